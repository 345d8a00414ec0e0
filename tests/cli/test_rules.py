"""`alerts rules validate|test|schema`, driven through click as a user would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from alerts.cli.rules import rules_group, schema_text
from alerts.testing.feedserver import Item, build_rss
from alerts.testing.harness import REPO
from alerts.testing.harness import SAMPLE_ARTICLE as SAMPLE
from alerts.testing.harness import SEED_ARTICLE as SEED
from alerts.testing.rulefiles import CONTROL, write

INVALID = Path(__file__).resolve().parents[1] / "rules" / "invalid"

RULES = REPO / "rules"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED}")


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(rules_group, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout


def test_sample_article_fires_the_idlib_offensive_warning_with_evidence() -> None:
    code, out = _run("test", str(SAMPLE), "--rules", str(RULES))
    assert code == 0
    assert "FIRED idlib_offensive_warning (high -> console): Offensive warned of in Idlib" in out
    # Evidence is marked in its sentence ([[...]] when the output is not a terminal).
    (marked,) = [line for line in out.splitlines() if line.startswith("    text: Aid agencies [[warned")]
    assert "[[warned that an offensive on Idlib is imminent]]" in marked
    assert "    title: Families leave southern [[Idlib]] as aid agencies [[warn]] of a [[bloodbath]]" in out
    assert "    | ⚠ Offensive warning — Idlib (high)" in out
    assert "\x1b[" not in out


@needs_seed
def test_seed_article_marks_the_evidence_in_its_title() -> None:
    code, out = _run("test", str(SEED), "--rules", str(RULES))
    assert code == 0
    assert "FIRED idlib_offensive_warning (high -> console): Offensive warned of in Idlib" in out
    # The title, read from the file rather than quoted here (third-party text stays in shared/).
    title = SEED.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    (marked,) = [line for line in out.splitlines() if line.startswith("    title: ")]
    assert marked.removeprefix("    title: ").replace("[[", "").replace("]]", "") == title
    assert {"[[Idlib]]", "[[warn]]", "[[bloodbath]]"} <= set(marked.split())


@needs_seed
def test_seed_article_json_evidence_points_into_the_article() -> None:
    code, out = _run("test", str(SEED), "--rules", str(RULES), "--json")
    assert code == 0
    (item,) = json.loads(out)["articles"]
    matches = {m["rule_id"]: m for m in item["matches"]}
    warning = matches["idlib_offensive_warning"]
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1].strip()
    title = SEED.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    terms = [e for e in warning["evidence"] if e["kind"] == "term"]
    assert {e["text"] for e in terms} >= {"Idlib", "assault", "offensive"}
    for ev in terms:
        source = title if ev["field"] == "title" else body
        assert source[ev["start"] : ev["end"]] == ev["text"]
    assert warning["message"].endswith(SEED.resolve().as_uri())  # the link closes the message


@needs_seed
def test_seed_article_figures_fire_when_the_extractor_is_installed() -> None:
    _, out = _run("test", str(SEED), "--rules", str(RULES), "--json")
    (item,) = json.loads(out)["articles"]
    (match,) = [m for m in item["matches"] if m["rule_id"] == "new_displacement_figure"]
    texts = [f["text"] for f in match["figures"]]
    assert "about 180 families" in texts and "800,000" in texts
    assert "three million" not in " ".join(texts) and "350,000" not in texts  # stocks and deaths are not new
    assert match["message"].splitlines()[0].startswith(texts[0])


def test_control_article_fires_nothing_and_explain_says_why(tmp_path: Path) -> None:
    control = write(tmp_path, "football.txt", CONTROL)
    code, out = _run("test", str(control), "--rules", str(RULES), "--explain")
    assert code == 0
    assert "FIRED" not in out
    assert "no rule fired (3 enabled rule(s) checked)" in out
    assert "not fired: idlib_offensive_warning" in out
    assert "condition.any[1].near: none of group c ('Idlib ($idlib)'" in out


def test_text_from_stdin_and_feed_files(tmp_path: Path) -> None:
    code, out = _run("test", "-", "--rules", str(RULES), stdin=b"Offensive on Idlib feared\nAid groups warn.")
    assert code == 0 and "FIRED idlib_offensive_warning" in out
    items = [
        Item.from_text(
            "1", "Idlib braces\n\nOfficials warn an offensive on Idlib could start soon.", "https://e.org/1"
        ),
        Item.from_text("2", "Cup final\n\nA quiet evening.", "https://e.org/2"),
    ]
    feed = tmp_path / "feed.xml"
    feed.write_bytes(build_rss("test", items))
    code, out = _run("test", str(feed), "--rules", str(RULES))
    assert code == 0
    assert out.count("FIRED idlib_offensive_warning") == 1
    assert "== Cup final\n   https://e.org/2\nno rule fired" in out


def test_validate_shipped_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # as CI runs it: `alerts rules validate rules/`, with alerts.yaml beside
    monkeypatch.delenv("ALERTS_CONFIG", raising=False)
    code, out = _run("validate", "rules/")
    assert code == 0
    assert out == "OK: 3 rules (3 enabled) in 3 file(s); channels checked against alerts.yaml\n"


def test_validate_checks_channels_against_the_config(tmp_path: Path) -> None:
    config = write(tmp_path, "alerts.yaml", "channels:\n  slack-desk: {urls: '${SLACK_URL}'}\n")
    code, out = _run("validate", str(RULES / "idlib.yaml"), "--config", str(config))
    assert code == 1
    assert out == (
        f"{RULES / 'idlib.yaml'}:40: idlib_offensive_warning: channels[0]: unknown channel 'console' "
        "(configured channels: slack-desk)\n"
    )


def test_validate_prints_every_problem_and_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no alerts.yaml here: channels are not checked
    code, out = _run("validate", str(INVALID / "bad_term.yaml"), str(INVALID / "bad_severity.yaml"))
    assert code == 1
    assert out.splitlines() == [
        f"{INVALID}/bad_term.yaml:8: idlib_watch: condition.terms.any[1]: term 'of*': a word ending in * "
        "needs 3 letters or more before it",
        f"{INVALID}/bad_term.yaml:8: idlib_watch: condition.terms.any[2]: term '!!' has no letters or digits",
        f"{INVALID}/bad_severity.yaml:5: idlib_watch: severity: should be 'info', 'low', 'medium', 'high' or "
        "'critical'",
    ]


def test_schema_command_prints_the_shipped_schema() -> None:
    code, out = _run("schema")
    assert code == 0
    assert out == schema_text()
    assert json.loads(out)["title"] == "Alert rule file"


def test_the_article_date_decides_whether_a_dated_figure_is_new(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "dated.txt",
        "Floods in the north\nIn March, floods forced 20,000 people from their homes in Ruvo district.\n",
    )
    _, fresh = _run("test", str(path), "--rules", str(RULES), "--date", "2024-03-20")
    _, months_later = _run("test", str(path), "--rules", str(RULES), "--date", "2024-11-20")
    assert "FIRED new_displacement_figure" in fresh
    assert "no rule fired" in months_later


def test_sample_article_json_evidence_and_figures_point_into_the_article() -> None:
    code, out = _run("test", str(SAMPLE), "--rules", str(RULES), "--json")
    assert code == 0
    (item,) = json.loads(out)["articles"]
    matches = {m["rule_id"]: m for m in item["matches"]}
    title, body = (part.strip() for part in SAMPLE.read_text(encoding="utf-8").split("\n", 1))
    terms = [e for e in matches["idlib_offensive_warning"]["evidence"] if e["kind"] == "term"]
    assert {e["text"] for e in terms} >= {"Idlib", "offensive"}
    for ev in terms:
        source = title if ev["field"] == "title" else body
        assert source[ev["start"] : ev["end"]] == ev["text"]
    texts = [f["text"] for f in matches["new_displacement_figure"]["figures"]]
    assert "about 240 families" in texts and "up to 600,000 people" in texts
    assert "two million" not in " ".join(texts)  # people displaced long ago are not new
