"""JSON webhooks (Apprise ``json://`` / ``jsons://``) sent on a keep-alive HTTP session.

Apprise 2.2 sends every message from a worker thread with ``requests.request``: a new TCP
connection per message plus a thread hop, which capped a worker at about 250 alerts/s to a local
receiver that takes 3,000/s (docs/operations.md, "Delivery rate"). For the JSON webhook this
module does the last step itself, on the event loop, over one ``aiohttp`` session whose
connections stay open. Apprise stays the layer that parses the URL (host, path, credentials,
extra headers and payload fields: the secrets never pass through our code as text), and
prepares the title and body (its per-service format conversion and size limits:
``_build_send_calls``); what is sent is the request Apprise's ``NotifyJSON.send`` would make,
byte for byte in its JSON body (tests/notify/test_webhook.py compares the two on a real server).

A session is only kept open inside ``keep_alive()`` (the worker's notify and retry agents run
in one); elsewhere (``alerts notify test``, one-off deliveries) each send opens and closes its
own, so nothing is left open when an event loop ends.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import AsyncIterator
from contextvars import ContextVar
from typing import Any

import aiohttp
from apprise import NotifyFormat
from apprise.plugins.base import NotifyBase
from apprise.plugins.custom_json import JSONPayloadField, NotifyJSON

from alerts.notify.formats import FormattedMessage

log = logging.getLogger(__name__)

_APPRISE_FORMAT = {"text": NotifyFormat.TEXT, "markdown": NotifyFormat.MARKDOWN, "html": NotifyFormat.HTML}
# Connections kept open per host: enough for a batch of alerts in flight at once to one receiver.
CONNECTIONS_PER_HOST = 32

_session: ContextVar[aiohttp.ClientSession | None] = ContextVar("alerts_webhook_session", default=None)


@contextlib.asynccontextmanager
async def keep_alive() -> AsyncIterator[aiohttp.ClientSession]:
    """Within the block (and the tasks it starts), JSON webhooks reuse open connections."""
    connector = aiohttp.TCPConnector(limit=0, limit_per_host=CONNECTIONS_PER_HOST)
    async with aiohttp.ClientSession(connector=connector) as session:
        token = _session.set(session)
        try:
            yield session
        finally:
            _session.reset(token)


def handles(service: NotifyBase) -> bool:
    """Whether this module sends for ``service``: a JSON webhook with nothing this module would
    send differently from Apprise (a user without a password: requests sends "None")."""
    return isinstance(service, NotifyJSON) and not (service.user and service.password is None)


Prepared = list[dict[str, Any]]


def prepare(service: NotifyBase, message: FormattedMessage) -> Prepared | None:
    """The message as Apprise prepares it for ``service`` (format conversion, title and body
    limits, overflow): one entry per request. None when Apprise will not prepare it (a disabled
    service, an empty body): the caller then lets Apprise's own path report why."""
    try:
        return list(
            service._build_send_calls(  # type: ignore[no-untyped-call]
                body=message.body,
                title=message.title,
                notify_type=message.notify_type,
                body_format=_APPRISE_FORMAT[message.body_format],
            )
        )
    except Exception:
        return None


async def send(service: NotifyBase, prepared: Prepared, timeout: float) -> str | None:
    """None when the webhook took every request of ``prepared``, else why not, in deliver's
    words (no secrets)."""
    session = _session.get()
    if session is not None:
        return await _post_all(session, service, prepared, timeout)
    async with aiohttp.ClientSession() as own:
        return await _post_all(own, service, prepared, timeout)


async def _post_all(
    session: aiohttp.ClientSession, service: NotifyBase, calls: list[dict[str, Any]], timeout: float
) -> str | None:
    # As Apprise: every piece is sent, and the message counts as taken only if all were.
    reasons = [await _post(session, service, call, timeout) for call in calls]
    return next((r for r in reasons if r is not None), None)


async def _post(
    session: aiohttp.ClientSession, service: NotifyBase, call: dict[str, Any], timeout: float
) -> str | None:
    hook: Any = service  # Apprise leaves NotifyJSON's attributes untyped
    notify_type = call["notify_type"]
    # The payload and request of NotifyJSON.send (apprise 2.2.0, pinned), without attachments.
    payload: dict[str, Any] = {
        JSONPayloadField.VERSION: hook.json_version,
        JSONPayloadField.TITLE: call["title"],
        JSONPayloadField.MESSAGE: call["body"],
        JSONPayloadField.ATTACHMENTS: [],
        JSONPayloadField.MESSAGETYPE: getattr(notify_type, "value", notify_type),
    }
    for key, value in hook.payload_extras.items():
        if key in payload:
            if not value:
                del payload[key]
            else:
                payload[value] = payload.pop(key)
        else:
            payload[key] = value
    headers = {"User-Agent": hook.app_id, "Content-Type": "application/json", **hook.headers}
    url = f"{'https' if hook.secure else 'http'}://{hook.host}"
    if isinstance(hook.port, int):
        url += f":{hook.port}"
    url += hook.fullpath
    auth = aiohttp.BasicAuth(hook.user, hook.password or "") if hook.user else None
    try:
        async with session.request(
            hook.method,
            url,
            data=json.dumps(payload),
            params=hook.params,
            headers=headers,
            auth=auth,
            ssl=bool(hook.verify_certificate),
            allow_redirects=bool(hook.redirects),
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as response:
            await response.read()  # the connection goes back to the pool only once read
            if response.status < 200 or response.status >= 300:
                return f"service refused (HTTP {response.status})"
    except TimeoutError:
        return f"timed out after {timeout:g}s"
    except aiohttp.ClientError as exc:
        # The type only: aiohttp's text names the URL, which may carry a token.
        log.debug("JSON webhook send failed: %s", type(exc).__name__)
        return "could not connect to the service"
    return None
