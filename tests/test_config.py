"""alerts.yaml: every mistake is reported as `file:line: key: message`, and never with a secret."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from alerts.cli.main import main
from alerts.config import Config, FeedConfig, load_config
from alerts.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
SECRET = "xoxb-42-SUPERSECRET"


def write(folder: Path, text: str, name: str = "alerts.yaml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"))
    return path


def error_of(path: Path, env: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as err:
        load_config(path, env=env or {})
    return str(err.value)


def test_minimal_valid_config(tmp_path: Path) -> None:
    cfg = write(
        tmp_path,
        """
        feeds:
          - name: reliefweb-syria
            url: https://reliefweb.int/updates/rss.xml
        channels:
          console: {urls: "console://"}
        """,
    )

    config = load_config(cfg, env={})

    assert config.feeds == (FeedConfig(name="reliefweb-syria", url="https://reliefweb.int/updates/rss.xml"),)
    assert config.channels["console"].urls == ("console://",)  # one URL or a list


def test_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "# nothing configured\n"), env={})

    assert config.kafka.bootstrap == "embedded" and config.kafka.embedded
    assert config.kafka.partitions == 4
    assert config.feeds == ()
    assert config.channels == {}
    assert config.fetch.timeout_seconds == 20.0
    assert config.fetch.max_bytes == 5_000_000
    assert config.fetch.concurrency == 8
    assert config.metrics.host == "127.0.0.1" and config.metrics.port == 9108
    assert config.log_level == "INFO"
    assert config.rules_dir == tmp_path / "rules"
    assert config.state_dir == tmp_path / ".alerts-state"
    feed = load_config(write(tmp_path, "feeds: [{name: a, url: 'file:///x.xml'}]\n"), env={}).feeds[0]
    assert feed.interval_seconds == 300 and feed.tags == ()


def test_shipped_config_is_valid_without_any_environment() -> None:
    config = load_config(REPO / "alerts.yaml", env={})

    assert config.kafka.bootstrap == "embedded"  # ${ALERTS_KAFKA:-embedded}
    assert [f.name for f in config.feeds] == [
        "reliefweb-syria",
        "un-news-middle-east",
        "new-humanitarian",
        "bbc-middle-east",
    ]
    assert config.rules_dir == REPO / "rules"


def test_kafka_url_bootstrap_accepted(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "kafka: {bootstrap: 'kafka://k1:9092,k2:9092'}\n"), env={})

    assert config.kafka.bootstrap == "kafka://k1:9092,k2:9092"
    assert not config.kafka.embedded


# (YAML, the expected error lines after "<file>:")
ERRORS: dict[str, tuple[str, list[str]]] = {
    "unknown_top_key": (
        """
        kafka:
          partitions: 2
        feedz: []
        """,
        ["3: feedz: unknown key"],
    ),
    "unknown_nested_key": (
        """
        kafka:
          partitions: 2
          sesion_timeout_seconds: 4
        """,
        ["3: kafka.sesion_timeout_seconds: unknown key"],
    ),
    "unknown_feed_key": (
        """
        feeds:
          - name: a
            url: http://x/
            interval: 60
        """,
        ["4: feeds.0.interval: unknown key"],
    ),
    "not_an_integer": (
        """
        kafka:
          partitions: many
        """,
        ["2: kafka.partitions: Input should be a valid integer, unable to parse string as an integer"],
    ),
    "out_of_range": (
        """
        kafka:
          partitions: 0
        """,
        ["2: kafka.partitions: Input should be greater than or equal to 1"],
    ),
    "bad_bootstrap": (
        """
        kafka:
          bootstrap: localhost:9092
        """,
        ["2: kafka.bootstrap: Value error, must be 'embedded' or 'kafka://host:port[,host:port...]'"],
    ),
    "bad_feed_url": (
        """
        feeds:
          - name: good
            url: http://x/
          - name: bad
            url: ftp://x/feed
        """,
        ["5: feeds.1.url: Value error, must start with http://, https:// or file://"],
    ),
    "bad_feed_name": (
        """
        feeds:
          - name: Bad Name
            url: http://x/
        """,
        ["2: feeds.0.name: String should match pattern '^[a-z0-9][a-z0-9_.-]*$'"],
    ),
    "missing_feed_url": (
        """
        feeds:
          - name: a
            interval_seconds: 10
        """,
        ["2: feeds.0.url: Field required"],
    ),
    "interval_too_short": (
        """
        feeds:
          - name: a
            url: http://x/
            interval_seconds: 0.5
        """,
        ["4: feeds.0.interval_seconds: Input should be greater than or equal to 1"],
    ),
    "duplicate_feed_names": (
        """
        log_level: INFO
        feeds:
          - name: a
            url: http://x/
          - name: a
            url: http://y/
        """,
        ["2: feeds: Value error, feed name 'a' is used twice"],
    ),
    "bad_channel_name": (
        """
        channels:
          Slack Desk:
            urls: console://
        """,
        ["2: channels.Slack Desk.[key]: String should match pattern '^[a-z0-9][a-z0-9_.-]*$'"],
    ),
    "bad_severity": (
        """
        channels:
          desk:
            urls: console://
            min_severity: urgent
        """,
        ["4: channels.desk.min_severity: Input should be 'info', 'low', 'medium', 'high' or 'critical'"],
    ),
    "no_channel_urls": (
        """
        channels:
          desk:
            urls: []
        """,
        ["3: channels.desk.urls: Tuple should have at least 1 item after validation, not 0"],
    ),
    "bad_log_level": (
        """
        log_level: LOUD
        """,
        ["1: log_level: Input should be 'DEBUG', 'INFO', 'WARNING' or 'ERROR'"],
    ),
    "section_not_a_mapping": (
        """
        metrics: 9108
        """,
        ["1: metrics: Input should be a valid dictionary or instance of MetricsConfig"],
    ),
    "several_problems_all_reported": (
        """
        kafka:
          partitions: 0
        fetch:
          timeout_seconds: -1
          max_bytez: 10
        """,
        [
            "2: kafka.partitions: Input should be greater than or equal to 1",
            "4: fetch.timeout_seconds: Input should be greater than 0",
            "5: fetch.max_bytez: unknown key",
        ],
    ),
    "top_level_not_a_mapping": (
        """
        - feeds
        - channels
        """,
        ["1: the configuration must be a mapping of keys"],
    ),
    "yaml_syntax": (
        """
        kafka:
          bootstrap: embedded
          partitions: 4
         feeds: []
        """,
        ["4: invalid YAML: expected <block end>, but found '<block mapping start>'"],
    ),
    "missing_env_var": (
        """
        channels:
          slack-desk:
            urls: "${SLACK_WEBHOOK_URL}"
        """,
        ["3: channels.slack-desk.urls: environment variable SLACK_WEBHOOK_URL is not set"],
    ),
    "missing_env_var_in_a_list": (
        """
        channels:
          mail:
            urls:
              - console://
              - "mailtos://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.org"
        """,
        ["5: channels.mail.urls.1: environment variable SMTP_USER is not set"],
    ),
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_error_names_file_line_and_key(tmp_path: Path, case: str) -> None:
    text, expected = ERRORS[case]
    cfg = write(tmp_path, text)

    assert error_of(cfg) == "\n".join(f"{cfg}:{line}" for line in expected)


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"

    assert error_of(missing) == f"{missing}: configuration file not found (set --config or ALERTS_CONFIG)"


def test_cli_prints_the_errors_and_exits_2(tmp_path: Path) -> None:
    cfg = write(tmp_path, "kafka:\n  partitions: 0\nfeedz: []\n")

    result = CliRunner().invoke(main, ["--config", str(cfg), "broker"])

    assert result.exit_code == 2
    assert result.output == (
        "configuration error:\n"
        f"{cfg}:2: kafka.partitions: Input should be greater than or equal to 1\n"
        f"{cfg}:3: feedz: unknown key\n"
    )


class TestEnvironment:
    def test_variables_and_defaults_substituted(self, tmp_path: Path) -> None:
        cfg = write(
            tmp_path,
            """
            kafka:
              bootstrap: "${ALERTS_KAFKA:-embedded}"
              partitions: "${PARTITIONS:-3}"
            feeds:
              - name: private
                url: "https://feeds.example.org/rss?key=${FEED_KEY}&lang=${LANG:-en}"
            channels:
              slack-desk: {urls: "${SLACK_WEBHOOK_URL}", min_severity: medium}
            """,
        )

        config = load_config(cfg, env={"FEED_KEY": "k1", "SLACK_WEBHOOK_URL": "slack://T/B/C"})

        assert config.kafka.bootstrap == "embedded"
        assert config.kafka.partitions == 3  # a substituted string still validates as a number
        assert config.feeds[0].url == "https://feeds.example.org/rss?key=k1&lang=en"
        assert config.channels["slack-desk"].urls == ("slack://T/B/C",)

    def test_a_set_variable_beats_the_default(self, tmp_path: Path) -> None:
        cfg = write(tmp_path, 'kafka: {bootstrap: "${ALERTS_KAFKA:-embedded}"}\n')

        config = load_config(cfg, env={"ALERTS_KAFKA": "kafka://kafka:9092"})

        assert config.kafka.bootstrap == "kafka://kafka:9092"

    def test_substituted_values_are_not_substituted_again(self, tmp_path: Path) -> None:
        cfg = write(tmp_path, 'channels: {c: {urls: "json://h/${A}"}}\n')

        config = load_config(cfg, env={"A": "${B}"})

        assert config.channels["c"].urls == ("json://h/${B}",)

    def test_process_environment_used_by_default(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("ALERTS_TEST_PARTITIONS", "7")
        cfg = write(tmp_path, 'kafka: {partitions: "${ALERTS_TEST_PARTITIONS}"}\n')

        assert load_config(cfg).kafka.partitions == 7

    def test_an_empty_variable_takes_the_default(self, tmp_path: Path) -> None:
        cfg = write(tmp_path, 'kafka: {bootstrap: "${ALERTS_KAFKA:-embedded}"}\n')

        assert load_config(cfg, env={"ALERTS_KAFKA": ""}).kafka.bootstrap == "embedded"

    @pytest.mark.parametrize(
        ("yaml", "expected"),
        [
            (
                'feeds: [{name: a, url: "${FEED_URL}"}]\n',
                "1: feeds.0.url: Value error, must start with http://, https:// or file://",
            ),
            (
                'kafka: {partitions: "${FEED_URL}"}\n',
                "1: kafka.partitions: Input should be a valid integer, unable to parse string as an integer",
            ),
            (
                'kafka: {bootstrap: "${FEED_URL}"}\n',
                "1: kafka.bootstrap: Value error, must be 'embedded' or 'kafka://host:port[,host:port...]'",
            ),
            (
                'log_level: "${FEED_URL}"\n',
                "1: log_level: Input should be 'DEBUG', 'INFO', 'WARNING' or 'ERROR'",
            ),
            (
                'metrics: {host: "${FEED_URL}", port: "${FEED_URL}"}\n',
                "1: metrics.port: Input should be a valid integer, unable to parse string as an integer",
            ),
            (
                'channels: {c: {urls: "json://u:${FEED_URL}@h/${MISSING_TOO}"}}\n',
                "1: channels.c.urls: environment variable MISSING_TOO is not set",
            ),
        ],
    )
    def test_a_secret_value_is_never_in_the_error(self, tmp_path: Path, yaml: str, expected: str) -> None:
        cfg = write(tmp_path, yaml)

        message = error_of(cfg, env={"FEED_URL": f"ftp://reader:{SECRET}@feeds.example.org/x"})

        assert message == f"{cfg}:{expected}"
        assert SECRET not in message


class TestPaths:
    def test_relative_paths_are_relative_to_the_config_file_not_the_cwd(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        write(tmp_path / "deploy", "rules_dir: ../rules\nstate_dir: state\n")
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        monkeypatch.chdir(elsewhere)

        config = load_config(Path("../deploy/alerts.yaml"), env={})

        assert config.rules_dir.is_absolute() and config.state_dir.is_absolute()
        assert config.rules_dir.resolve() == (tmp_path / "rules").resolve()
        assert config.state_dir.resolve() == (tmp_path / "deploy" / "state").resolve()

    def test_absolute_paths_are_kept(self, tmp_path: Path) -> None:
        cfg = write(tmp_path / "conf", f"rules_dir: {tmp_path / 'r'}\nstate_dir: /var/lib/alerts\n")

        config = load_config(cfg, env={})

        assert config.rules_dir == tmp_path / "r"
        assert config.state_dir == Path("/var/lib/alerts")

    def test_paths_from_the_environment_resolve_too(self, tmp_path: Path) -> None:
        cfg = write(tmp_path, 'state_dir: "${STATE:-var/state}"\n')

        assert load_config(cfg, env={}).state_dir == tmp_path / "var" / "state"

    def test_alerts_config_variable_names_the_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        cfg = write(tmp_path / "etc", "log_level: DEBUG\n", name="bot.yaml")
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("ALERTS_CONFIG", str(cfg))

        config = load_config(None, env={})

        assert config.log_level == "DEBUG"
        assert config.rules_dir == tmp_path / "etc" / "rules"

    def test_config_is_immutable(self, tmp_path: Path) -> None:
        config = load_config(write(tmp_path, "{}\n"), env={})

        assert isinstance(config, Config)
        with pytest.raises(ValueError):
            config.log_level = "DEBUG"
