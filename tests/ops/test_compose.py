"""docker-compose.yml, the Dockerfile and the bot's compose config, checked without Docker.

No Docker engine runs here, so everything that would only fail at `docker compose up` time is
checked statically: the Compose spec, pinned images, scaling, health checks and start order, and
that the pieces agree with each other (ports, hosts, topics, variables) and with the bot's own
config loader.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import apprise
import pytest
from aiosmtpd.controller import Controller

from alerts.config import Config, load_config
from alerts.stream.broker import free_port
from alerts.stream.topics import all_topics

from .conftest import REPO, VENV_BIN, load_yaml

COMPOSE = REPO / "docker-compose.yml"
BOT_SERVICES = ("poller", "worker")
ONE_SHOT = ("kafka-init",)
CONFIG_IN_CONTAINER = "/etc/alerts/alerts.yaml"
# ${NAME}, ${NAME:-default}, ${NAME:?error}
VAR_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    doc: dict[str, Any] = load_yaml(COMPOSE)  # YAML's loader is untyped: the file is a mapping
    return doc


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = compose["services"]
    return found


def env_example() -> dict[str, str]:
    env = {}
    for line in (REPO / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip()
    return env


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error}, enough for this file."""

    def repl(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2), m.group(3)
        if name in env and env[name] != "":
            return env[name]
        if op and op.endswith("-"):
            return arg
        raise AssertionError(f"${{{name}}} has no value in .env.example and no default")

    return VAR_REF.sub(repl, value)


def strings(node: Any) -> list[str]:
    """Every string value in parsed YAML (comments are not values, so they cannot match)."""
    if isinstance(node, dict):
        return [s for v in node.values() for s in strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in strings(v)]
    return [node] if isinstance(node, str) else []


def variables(node: Any) -> set[str]:
    return {m.group(1) for s in strings(node) for m in VAR_REF.finditer(s)}


def bind_mounts(service: dict[str, Any]) -> dict[str, Path]:
    """Container path -> host path of a service's bind mounts (short syntax, relative to the repo)."""
    out = {}
    for vol in service.get("volumes", []):
        source, target = vol.split(":")[:2]
        if source.startswith("."):
            out[target] = (REPO / source).resolve()
    return out


def named_volumes(service: dict[str, Any]) -> dict[str, str]:
    out = {}
    for vol in service.get("volumes", []):
        source, target = vol.split(":")[:2]
        if not source.startswith((".", "/")):
            out[target] = source
    return out


def bot_env(service: dict[str, Any]) -> dict[str, str]:
    """The environment a bot container gets, resolved with the placeholders of .env.example."""
    example = env_example()
    return {k: interpolate(str(v), example) for k, v in service["environment"].items()}


def bot_config(service: dict[str, Any]) -> Config:
    mounts = bind_mounts(service)
    assert CONFIG_IN_CONTAINER in mounts, f"the bot's config is not mounted at {CONFIG_IN_CONTAINER}"
    command = service["command"]
    assert command[:2] == ["--config", CONFIG_IN_CONTAINER], command
    return load_config(mounts[CONFIG_IN_CONTAINER], env=bot_env(service))


# --- the file itself ---------------------------------------------------------------------------


def test_compose_file_follows_the_compose_spec(tmp_path: Path) -> None:
    checker = str(VENV_BIN / "check-jsonschema")
    ok = subprocess.run(
        [checker, "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # The same check rejects a misspelt key, so a pass above means something.
    typo = tmp_path / "docker-compose.yml"
    typo.write_text("services:\n  bot:\n    image: alerts-bot:0.1.0\n    restart_policy: always\n")
    bad = subprocess.run(
        [checker, "--builtin-schema", "vendor.compose-spec", str(typo)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode != 0, bad.stdout


def test_every_image_is_pinned_to_a_version(services: dict[str, Any]) -> None:
    for name, svc in services.items():
        image = svc.get("image", "")
        assert image, f"{name}: no image (build-only services get an untagged name)"
        ref, _, digest = image.partition("@")
        # The tag follows the last ':' of the last path part (a registry may have a :port).
        tag = ref.rsplit("/", 1)[-1].partition(":")[2]
        assert tag, f"{name}: {image} has no tag, which means latest"
        assert tag != "latest", f"{name}: {image}"
        # A version such as 3.9.1 or v2.53.3, not a floating major like 11 or a word like stable.
        assert re.search(r"\d+\.\d+", tag), f"{name}: {image} is not pinned to a specific version"
        assert not digest or re.fullmatch(r"sha256:[0-9a-f]{64}", digest), f"{name}: {image}"


def test_bot_image_is_the_local_build_tagged_with_the_package_version(services: dict[str, Any]) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    for name in BOT_SERVICES:
        svc = services[name]
        assert svc["image"] == f"alerts-bot:{version}", name
        assert svc["build"]["context"] == "."


def test_workers_can_scale(services: dict[str, Any]) -> None:
    worker = services["worker"]
    # Replicas would collide on a fixed container name, hostname or host port.
    for key in ("container_name", "hostname", "ports"):
        assert key not in worker, f"worker has {key}: `docker compose up --scale worker=3` would fail"
    # Scaled workers share nothing on disk: their state is in Kafka changelogs.
    assert not named_volumes(worker), "a named volume shared by several workers"


def test_services_restart_and_report_health(services: dict[str, Any]) -> None:
    for name, svc in services.items():
        if name in ONE_SHOT:
            assert svc.get("restart") == "no", f"{name} must run once, not be restarted after exit 0"
            continue
        assert svc.get("restart") == "unless-stopped", name
        test = svc.get("healthcheck", {}).get("test")
        assert test and test != ["NONE"], f"{name} has no health check"


def test_start_order_waits_for_health_and_topics(services: dict[str, Any]) -> None:
    assert services["kafka-init"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    for name in BOT_SERVICES:
        deps = services[name]["depends_on"]
        assert deps["kafka"]["condition"] == "service_healthy", name
        assert deps["kafka-init"]["condition"] == "service_completed_successfully", name
    assert services["grafana"]["depends_on"]["prometheus"]["condition"] == "service_healthy"


def test_published_ports_are_on_localhost_only(services: dict[str, Any]) -> None:
    # Grafana, Prometheus and Mailpit have no TLS and (Mailpit, Prometheus) no login.
    for name, svc in services.items():
        for port in svc.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"
    assert "ports" not in services["kafka"]


def test_kafka_runs_kraft_single_node_with_data_on_a_volume(services: dict[str, Any]) -> None:
    env = services["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == f"{env['KAFKA_NODE_ID']}@kafka:9093"
    for key in ("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"):
        assert int(env[key]) == 1, f"{key}: a single broker cannot hold more replicas"
    assert named_volumes(services["kafka"]).get(env["KAFKA_LOG_DIRS"]) == "kafka-data"
    # Other containers reach the broker under the name it advertises.
    assert env["KAFKA_ADVERTISED_LISTENERS"] == "PLAINTEXT://kafka:9092"


# --- secrets -------------------------------------------------------------------------------------


def test_every_variable_has_a_placeholder_and_env_stays_private(
    compose: dict[str, Any], services: dict[str, Any]
) -> None:
    example = env_example()
    referenced = variables(compose)
    assert referenced, "no ${VAR} in docker-compose.yml: where do the secrets come from?"
    assert referenced <= set(example), f"missing from .env.example: {referenced - set(example)}"
    for name in BOT_SERVICES:
        needed = variables(load_yaml(bind_mounts(services[name])[CONFIG_IN_CONTAINER]))
        passed = set(services[name]["environment"])
        assert needed <= passed, f"{name}: the config needs {needed - passed}, compose does not pass them"
    # The bot never receives the Grafana password.
    for name in BOT_SERVICES:
        assert not any(
            "GRAFANA" in k or "GRAFANA" in str(v) for k, v in services[name]["environment"].items()
        )
    assert ".env" in (REPO / ".gitignore").read_text().split()
    assert ".env" in (REPO / ".dockerignore").read_text().split()


# --- the bot's config and the services around it ---------------------------------------------


def test_bot_config_loads_and_points_at_the_compose_services(services: dict[str, Any]) -> None:
    prom = load_yaml(REPO / "prometheus" / "prometheus.yml")
    scraped = {
        sd["names"][0]: sd["port"] for job in prom["scrape_configs"] for sd in job.get("dns_sd_configs", [])
    }
    for name in BOT_SERVICES:
        svc = services[name]
        cfg = bot_config(svc)
        assert cfg.kafka.bootstrap == "kafka://kafka:9092", name
        assert cfg.feeds, f"{name}: no feeds"
        # Reachable by Prometheus over the compose network, on the port it scrapes.
        assert cfg.metrics.host == "0.0.0.0", name
        assert scraped[name] == cfg.metrics.port, f"Prometheus scrapes {name} on {scraped[name]}"
        assert f":{cfg.metrics.port}/metrics" in " ".join(svc["healthcheck"]["test"]), name
        # The rules the config names are the ones mounted from ./rules.
        assert bind_mounts(svc)[str(cfg.rules_dir)] == (REPO / "rules").resolve(), name
    poller = services["poller"]
    assert str(bot_config(poller).state_dir) in named_volumes(poller), "the poller's seen store is not kept"


def test_channels_reach_mailpit_and_slack(services: dict[str, Any]) -> None:
    svc = services["worker"]
    cfg = bot_config(svc)
    env = bot_env(svc)
    assert set(cfg.channels) >= {"email", "slack"}
    (email,) = cfg.channels["email"].urls
    parts = urlsplit(email)
    assert parts.scheme == "mailto", "mailto:// is plain SMTP, what Mailpit speaks on 1025"
    assert (parts.hostname, parts.port) == ("mailpit", 1025)
    assert "mailpit" in services
    query = parse_qs(parts.query)
    assert query["from"] == [env["ALERTS_MAIL_FROM"]] and query["to"] == [env["ALERTS_MAIL_TO"]]
    assert cfg.channels["slack"].urls == (env["SLACK_WEBHOOK_URL"],)
    for name, channel in cfg.channels.items():
        for url in channel.urls:
            assert apprise.Apprise().add(url), f"Apprise rejects the {name} channel URL"


def test_email_channel_url_delivers_over_plain_smtp(services: dict[str, Any]) -> None:
    """The compose email URL, pointed at a local SMTP server instead of Mailpit, sends a mail."""
    received: list[tuple[str, list[str], bytes]] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
            return "250 OK"

    port = free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        (email,) = bot_config(services["worker"]).channels["email"].urls
        assert "mailpit:1025" in email
        sender = apprise.Apprise()
        assert sender.add(email.replace("mailpit:1025", f"127.0.0.1:{port}"))
        assert sender.notify(title="Test alert", body="Hundreds flee Idlib")
    finally:
        controller.stop()
    env = bot_env(services["worker"])
    assert [(f, t) for f, t, _ in received] == [(env["ALERTS_MAIL_FROM"], [env["ALERTS_MAIL_TO"]])]
    assert b"Hundreds flee Idlib" in received[0][2]


def test_kafka_init_creates_exactly_the_topics_the_bot_declares(
    services: dict[str, Any], tmp_path: Path
) -> None:
    init = services["kafka-init"]
    script_in_container = init["entrypoint"][-1]
    script = bind_mounts(init)[script_in_container]
    # Run the real script with a stand-in kafka-topics.sh that records its arguments.
    record = tmp_path / "calls"
    fake = tmp_path / "kafka-topics.sh"
    fake.write_text(f'#!/usr/bin/env bash\nprintf "%s\\n" "$*" >> {record}\n')
    fake.chmod(0o755)
    run = subprocess.run(
        ["bash", str(script)],
        env={"PATH": "/usr/bin:/bin", "TOPICS_SH": str(fake), "BOOTSTRAP": init["environment"]["BOOTSTRAP"]},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert run.returncode == 0, run.stderr
    created = {}
    for call in record.read_text().splitlines():
        args = call.split()
        assert args[args.index("--bootstrap-server") + 1] == "kafka:9092"
        if "--create" in args:
            assert "--if-not-exists" in args, "kafka-init must be safe to run again"
            configs = {args[i + 1] for i, a in enumerate(args) if a == "--config"}
            created[args[args.index("--topic") + 1]] = (
                int(args[args.index("--partitions") + 1]),
                "cleanup.policy=compact" in configs,
            )
    partitions = bot_config(services["worker"]).kafka.partitions
    expected = {t.name: (t.partitions, t.compacted) for t in all_topics(partitions)}
    assert created == expected


# --- the image ------------------------------------------------------------------------------------


def test_dockerfile_pins_python_and_runs_as_a_user() -> None:
    lines = [ln.strip() for ln in (REPO / "Dockerfile").read_text().splitlines()]
    bases = [ln.split()[1] for ln in lines if ln.upper().startswith("FROM ")]
    assert bases, "no FROM"
    for base in bases:
        assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm", base), base
    final_stage = lines[max(i for i, ln in enumerate(lines) if ln.upper().startswith("FROM ")) :]
    users = [ln.split()[1] for ln in final_stage if ln.upper().startswith("USER ")]
    assert users and users[-1] not in ("root", "0"), "the bot must not run as root"
    assert 'ENTRYPOINT ["alerts"]' in final_stage
    # What the Dockerfile copies exists and is not excluded by .dockerignore.
    ignored = set((REPO / ".dockerignore").read_text().split())
    for needed in ("pyproject.toml", "README.md", "alerts", "rules"):
        assert (REPO / needed).exists(), needed
        assert needed not in ignored, f".dockerignore excludes {needed}, which the build copies"
