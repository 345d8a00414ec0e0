"""Which addresses an article page may be fetched from, checked where the connection is made.

Links in a feed are third-party data: they must not lead the bot into its own network. A check
that resolves the name itself and then lets the HTTP client resolve it again can be fooled (DNS
rebinding: a public address to the check, 127.0.0.1 to the connect). So the check is a resolver
given to the connector: the addresses it lets through are the addresses connected to.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Collection
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult

from alerts.errors import NOT_PUBLIC, AddressRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# NAT64 prefixes whose last 32 bits are an IPv4 address the translator connects to (RFC 6052).
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# Local-use NAT64 (RFC 8215): the translator is someone's own; its targets are not ours to judge.
_LOCAL_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address leads to: mapped, NAT64, 6to4, Teredo (server, client)."""
    found: list[ipaddress.IPv4Address] = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address in _NAT64:
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    return found


def is_public(address: IPAddress) -> bool:
    """Whether a page on this address may be fetched for a feed on another host.

    Loopback, private, link-local, multicast, reserved, unspecified and shared (CGNAT) addresses
    are not; nor is an IPv6 address that embeds such an IPv4 address (::ffff:10.0.0.1,
    64:ff9b::7f00:1, 2002:7f00:1::, a Teredo address), as the packet ends up there.
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id:  # a zone (fe80::1%eth0) only makes sense on a local link
            return False
        embedded = embedded_ipv4(address)
        if address.ipv4_mapped is not None:
            # ::ffff:a.b.c.d is a.b.c.d itself (Python versions disagree on the block's is_global).
            return is_public(address.ipv4_mapped)
        if address in _LOCAL_NAT64 or not all(is_public(v4) for v4 in embedded):
            return False
        if embedded:
            # 6to4, NAT64 and Teredo blocks are not all marked global in every Python version;
            # with a public embedded address the IPv6 address is as public as that.
            return not (address.is_multicast or address.is_unspecified or address.is_loopback)
    return bool(
        address.is_global
        and not address.is_multicast
        and not address.is_reserved
        and not address.is_unspecified
        and not address.is_loopback
        and not address.is_link_local
        and not address.is_private
    )


def parse_address(text: str) -> IPAddress | None:
    """An IP address literal (with an IPv6 zone kept in scope_id), or None for a host name."""
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


def literal_refused(url: str) -> bool:
    """Whether the URL names a non-public IP address literally (no name to resolve).

    The connector skips its resolver for IP literals, so these are refused before the request.
    """
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    address = parse_address(host)
    return address is not None and not is_public(address)


def default_ports(url: str) -> tuple[str, frozenset[int]]:
    """The host name a URL names (lower case) and the ports a host_of() match allows for it.

    host_of() leaves a default port out, so an exemption for `http://intranet/feed` covers
    pages at http://intranet/... and https://intranet/... but not at intranet:8443.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    return host, frozenset({port} if port else {80, 443})


class PublicResolver(AbstractResolver):
    """Resolves through `inner` and refuses a name with any non-public address among its answers.

    A name answering one private address among public ones is refused as a whole: a mixed
    answer is how a rebinding attack hedges, and the client would try each address in turn.
    `exempt` names (host, port) pairs resolved without the check: a feed's own host, whose
    pages may live on an intranet as the feed does.
    """

    def __init__(self, inner: AbstractResolver, exempt: Collection[tuple[str, int]] = ()) -> None:
        self.inner = inner
        self.exempt = frozenset((host.lower().rstrip("."), port) for host, port in exempt)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        answers = await self.inner.resolve(host, port, family)
        if (host.lower().rstrip("."), port) in self.exempt:
            return answers
        for answer in answers:
            address = parse_address(answer["host"].split("%")[0])
            if address is None or not is_public(address):
                raise AddressRefused(NOT_PUBLIC)
        return answers

    async def close(self) -> None:
        """Nothing to release: the inner resolver belongs to whoever made it."""
