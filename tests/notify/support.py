"""Real servers on 127.0.0.1 standing in for chat services, a mail server and a homeserver,
and the alerts the tests send through them.

Apprise sends from worker threads with `requests`/`smtplib`, so the aiohttp servers can
share the test's event loop; the CLI runs its own loop, so it gets a server in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from aiohttp import web
from aiosmtpd.smtp import SMTP, Envelope, Session

from alerts.models import Alert, Evidence, Figure, Match
from alerts.stream.broker import free_port
from alerts.testing.harness import wait_for

SLACK_URL = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7"


# --- alerts ---------------------------------------------------------------------------------


def make_alert(**changes: Any) -> Alert:
    """A realistic alert; keyword arguments replace Alert fields, ``match_*`` replace Match fields."""
    figure = Figure(
        value=180,
        unit="families",
        approx=True,
        kind="new_displacement",
        location="Goma",
        text="about 180 families",
        sentence="About 180 families fled Goma on Monday.",
        start=0,
        end=18,
        people_estimate=900,
    )
    match_fields: dict[str, Any] = {
        "rule_id": "drc_displacement",
        "rule_name": "Displacement in eastern DRC",
        "severity": "high",
        "channels": ("desk",),
        "article_id": "a1",
        "evidence": (
            Evidence(kind="term", label="displaced", text="displaced"),
            Evidence(kind="figure", label="value >= 100", text="about 180 families"),
        ),
        "figures": (figure,),
        "message": "About 180 families fled Goma on Monday.",
    }
    match_fields.update({k[len("match_") :]: v for k, v in changes.items() if k.startswith("match_")})
    fields: dict[str, Any] = {
        "id": "abcdef0123456789abcdef0123456789",
        "match": Match(**match_fields),
        "article_title": "Fighting forces families to flee Goma",
        "article_url": "https://news.example.org/goma",
        "feed": "reliefweb",
        "fetched": datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
        "corroborations": 2,
    }
    fields.update({k: v for k, v in changes.items() if not k.startswith("match_")})
    return Alert(**fields)


MEGABYTE = 1_000_000
HOSTILE = (
    "<!here> <!channel> <@U123ABC> @channel @here @everyone @room @alice:example.org "
    "<script>alert(1)</script> <a href=javascript:alert(1)>click</a> <http://evil.example|click here> "
    "[also](http://evil.example) https://matrix.to/#/@bob:example.org &amp; \x1b[31m\u202e"
)


def hostile_alert() -> Alert:
    """Every trick at once, and a megabyte of text in every free-text field."""
    filler = "lorem ipsum " * (MEGABYTE // 12)
    return make_alert(
        article_title=HOSTILE + filler,
        article_url="javascript:alert(document.cookie)",
        match_message=HOSTILE + "\n" + filler,
        match_rule_name="Rule " + HOSTILE,
        match_evidence=(Evidence(kind="term", label=HOSTILE, text=HOSTILE + filler, sentence=filler),),
        feed="feed " + HOSTILE,
    )


# --- an HTTP service ------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class HttpService:
    """Answers each request with the next scripted status (then ``default``) and records it."""

    statuses: list[int] = field(default_factory=list)
    default: int = 200
    ok_body: str = "ok"
    hang: asyncio.Event | None = None  # while set to an unset event, requests wait on it
    requests: list[Request] = field(default_factory=list)
    accepted: list[Request] = field(default_factory=list)
    port: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        recorded = Request(request.method, request.path, await request.read())
        self.requests.append(recorded)
        if self.hang is not None:
            await self.hang.wait()
        status = self.statuses.pop(0) if self.statuses else self.default
        if status < 300:
            self.accepted.append(recorded)
            return web.Response(status=status, text=self.ok_body)
        return web.Response(status=status, text="unavailable")

    @property
    def json_url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook"


async def serve(app: web.Application) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, port


@contextlib.asynccontextmanager
async def running(service: HttpService) -> AsyncIterator[HttpService]:
    """``service`` listening on a free port of 127.0.0.1 for the duration of the block."""
    app = web.Application(client_max_size=16 * MEGABYTE)
    app.router.add_route("*", "/{tail:.*}", service.handle)
    runner, service.port = await serve(app)
    try:
        yield service
    finally:
        if service.hang is not None:
            service.hang.set()
        await runner.cleanup()


# --- a Matrix homeserver --------------------------------------------------------------------


@dataclass
class Homeserver:
    """The client-server API calls Apprise makes for matrix://user:pass@host:port/#room.

    Like Synapse, every login is a new device with its own access token, and a PUT that
    repeats a transaction id already used by the same user and device on the same path is a
    retransmission: it answers 200 with the first event's id and adds nothing to the room
    (synapse/rest/client/transactions.py keys on path, user and device_id).
    """

    logins: list[dict[str, Any]] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    retransmissions: int = 0
    port: int = 0
    devices: dict[str, str] = field(default_factory=dict)  # access token -> device id
    transactions: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    async def login(self, request: web.Request) -> web.Response:
        self.logins.append(await request.json())
        number = len(self.logins)
        token, device = ("syt_token" if number == 1 else f"syt_token_{number}"), f"D{number}"
        self.devices[token] = device
        return web.json_response({"access_token": token, "user_id": "@bot:localhost", "device_id": device})

    async def join(self, request: web.Request) -> web.Response:
        self.joins.append(request.match_info["room"])
        return web.json_response({"room_id": "!room1:localhost"})

    async def logout(self, request: web.Request) -> web.Response:
        return web.json_response({})

    async def send(self, request: web.Request) -> web.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        device = self.devices.get(token)
        if device is None:
            return web.json_response({"errcode": "M_UNKNOWN_TOKEN"}, status=401)
        key = (request.path, device)
        if key in self.transactions:
            self.retransmissions += 1
            return web.json_response(self.transactions[key])
        self.events.append({"room": request.match_info["room"], **await request.json()})
        self.transactions[key] = {"event_id": f"$e{len(self.events)}"}
        return web.json_response(self.transactions[key])


# --- a real Synapse -------------------------------------------------------------------------


@dataclass
class Synapse:
    """A real Synapse (matrix-synapse from PyPI) on 127.0.0.1 with open registration, so
    Apprise registers its bot itself, and a reader can make rooms and read what arrived."""

    port: int

    def call(self, method: str, path: str, token: str | None = None, body: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = requests.request(
            method,
            f"http://127.0.0.1:{self.port}/_matrix/client/v3{path}",
            json=body,
            headers=headers,
            timeout=30,
        )
        assert response.ok, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    def register(self, user: str, password: str) -> str:
        """A new user's access token."""
        body = {"username": user, "password": password, "auth": {"type": "m.login.dummy"}}
        return str(self.call("POST", "/register", body=body)["access_token"])

    def public_room(self, token: str, alias: str) -> str:
        """The id of a new public room that anyone may join as #alias:localhost."""
        body = {"preset": "public_chat", "room_alias_name": alias}
        return str(self.call("POST", "/createRoom", token, body)["room_id"])

    def bodies(self, token: str, room_id: str) -> list[str]:
        """The bodies of the room's text messages, oldest first."""
        page = self.call("GET", f"/rooms/{room_id}/messages?dir=b&limit=100", token)
        texts = [e["content"]["body"] for e in page["chunk"] if e["type"] == "m.room.message"]
        return texts[::-1]


@contextlib.contextmanager
def running_synapse(directory: Path) -> Iterator[Synapse]:
    """Synapse with its database, keys and log in ``directory``, for the duration of the block."""
    synapse = Synapse(port=free_port())
    unlimited = {"per_second": 1000, "burst_count": 1000}
    config = {
        "server_name": "localhost",
        "pid_file": str(directory / "homeserver.pid"),
        "listeners": [
            {
                "port": synapse.port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(directory / "homeserver.db")}},
        "media_store_path": str(directory / "media"),
        "signing_key_path": str(directory / "signing.key"),  # Synapse makes it on first start
        "report_stats": False,
        "enable_registration": True,
        "enable_registration_without_verification": True,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "macaroon_secret_key": "test-only-macaroon-secret",
        "form_secret": "test-only-form-secret",
        # The test logs in, registers and sends faster than a person would.
        "rc_message": unlimited,
        "rc_registration": unlimited,
        "rc_login": {"address": unlimited, "account": unlimited, "failed_attempts": unlimited},
        "rc_joins": {"local": unlimited},
    }
    config_file = directory / "homeserver.yaml"
    config_file.write_text(json.dumps(config))  # JSON is YAML
    with (directory / "synapse.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "--config-path", str(config_file)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(
                lambda: process.poll() is not None or _answers(synapse.port),
                timeout=120,
                what="Synapse to answer",
            )
            assert process.poll() is None, (directory / "synapse.log").read_text()[-3000:]
            yield synapse
        finally:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(30)


def _answers(port: int) -> bool:
    try:
        return requests.get(f"http://127.0.0.1:{port}/_matrix/client/versions", timeout=2).ok
    except requests.RequestException:
        return False


# --- a mail server --------------------------------------------------------------------------


class Mailbox:
    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


# --- an HTTP service in its own thread (for code that runs its own event loop) -------------


@dataclass
class ThreadedService:
    service: HttpService
    loop: asyncio.AbstractEventLoop
    thread: threading.Thread

    @property
    def json_url(self) -> str:
        return self.service.json_url
