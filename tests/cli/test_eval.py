"""cli.py: `eval DATASET.jsonl [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from alerts.cli.eval import eval_command

ITEMS = [
    {"id": "t1", "text": "About 2,000 families fled Ariha on Monday.",
     "figures": [{"value": 2000, "range_high": None, "unit": "families", "approx": True,
                  "kind": "new_displacement", "location": "Ariha"}],
     "offensive_warning": False, "warning_location": None},
    {"id": "t2", "text": "The army warned it would storm Saraqeb within days.", "figures": [],
     "offensive_warning": True, "warning_location": "Saraqeb"},
    {"id": "t3", "text": "Shelling killed 14 people in Sarmin.",
     "figures": [{"value": 300, "range_high": None, "unit": "people", "approx": False,
                  "kind": "new_displacement", "location": None}],
     "offensive_warning": False, "warning_location": None},
]  # fmt: skip


def _dataset(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_json_output_is_one_object(tmp_path: Path) -> None:
    path = _dataset(tmp_path, [json.dumps(i) for i in ITEMS])
    result = CliRunner().invoke(eval_command, [str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["figures"]["precision"] == 1.0
    assert data["figures"]["recall"] == 0.5
    assert data["figures"]["misses"][0]["item"] == "t3"
    assert data["warnings"]["f1"] == 1.0
    for part in ("figures", "warnings"):
        assert {"precision", "recall", "f1"} <= set(data[part])


def test_human_report(tmp_path: Path) -> None:
    path = _dataset(tmp_path, [json.dumps(i) for i in ITEMS])
    result = CliRunner().invoke(eval_command, [str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Figures   precision 1.000  recall 0.500  F1 0.667" in out
    assert "Warnings  precision 1.000  recall 1.000  F1 1.000" in out
    assert "kind accuracy" in out and "location accuracy" in out
    assert "Figure misses (1)" in out and "t3:" in out
    assert "Figure false alarms (0)" in out


def test_malformed_line_exits_2_with_file_and_line(tmp_path: Path) -> None:
    path = _dataset(tmp_path, [json.dumps(ITEMS[0]), '{"id": "broken", "text": '])
    result = CliRunner().invoke(eval_command, [str(path), "--json"])
    assert result.exit_code == 2
    assert f"{path}:2:" in result.output
    assert "not valid JSON" in result.output


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 2


# --- article datasets (the form of articles-dev.jsonl) ---------------------------------------
RULES = Path(__file__).resolve().parents[2] / "rules"
SHARED_ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "data" / "articles-dev.jsonl"


def _article(id_: str, text: str, **labels: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": id_,
        "source": f"https://news.example.org/{id_}",
        "title": f"Story {id_}",
        "date_hint": None,
        "text": text,
        "should_alert_displacement": False,
        "figures": [],
        "should_alert_offensive_warning": False,
        "warning_place": None,
        "warning_place_aliases": [],
    }
    base.update(labels)
    return base


def _gold(value: int, unit: str, kind: str, text: str, optional: bool = False) -> dict[str, object]:
    return {"value": value, "range_high": None, "unit": unit, "approx": True, "kind": kind,
            "location": None, "text": text, "optional": optional}  # fmt: skip


ARTICLES = [
    _article(
        "a-new",
        "Heavy shelling hit the outskirts of Marrow on Sunday.\n"
        "About 2,500 families fled Marrow overnight, local officials said.",
        should_alert_displacement=True,
        figures=[_gold(2500, "families", "new_displacement", "About 2,500 families fled")],
    ),
    _article(
        "a-quiet",
        "The ministers met in Geneva to discuss reconstruction funding.\n"
        "The talks ended without an agreement, a spokesman said.",
    ),
    _article(
        "a-warn",
        "The army warned it would launch an offensive on Brackton within days.\n"
        "Residents were stocking up on food.",
        should_alert_offensive_warning=True,
        warning_place="Brackton",
        warning_place_aliases=["Brakton"],
    ),
]


def test_article_dataset_scores_what_the_shipped_rules_send(tmp_path: Path) -> None:
    path = _dataset(tmp_path, [json.dumps(a) for a in ARTICLES])
    result = CliRunner().invoke(eval_command, [str(path), "--json", "--rules", str(RULES)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["items"] == 3
    disp = data["displacement_alerts"]
    assert (disp["tp"], disp["fp"], disp["fn"]) == (1, 0, 0)
    warn = data["warnings"]
    assert (warn["tp"], warn["fp"], warn["fn"]) == (1, 0, 0)
    assert warn["place_accuracy"] == 1.0
    figures = data["figures_in_alerts"]
    assert (figures["tp"], figures["fp"], figures["found"], figures["fn"]) == (1, 0, 1, 0)
    assert data["rules"]["new_displacement_figure"] == {"fired": 1, "correct": 1}
    assert data["rules"]["offensive_warning"] == {"fired": 1, "correct": 1}
    assert set(data["parts"]) == {"tune", "held-out"}
    assert sum(p["items"] for p in data["parts"].values()) == 3


def test_article_false_alarm_and_miss_name_the_sentence(tmp_path: Path) -> None:
    wrong = [
        # labelled quiet, but it reports a flight: a false alarm, with the sentence behind it
        _article("b-fa", "About 4,000 people fled Corvale after the dam burst on Monday."),
        # labelled as a warning, with nothing the detector can read: a miss
        _article(
            "b-miss",
            "Nothing happened in Lindel today.",
            should_alert_offensive_warning=True,
            warning_place="Lindel",
        ),
    ]
    path = _dataset(tmp_path, [json.dumps(a) for a in wrong])
    result = CliRunner().invoke(eval_command, [str(path), "--rules", str(RULES)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Displacement false alarms (1)" in out
    assert "b-fa:" in out and "fled Corvale after the dam burst" in out
    assert "Warning misses (1)" in out and "b-miss:" in out
    assert "tune (" in out and "held-out (" in out


def test_split_is_stable_and_partitions_the_items(tmp_path: Path) -> None:
    from alerts.cli.eval import part_of

    ids = [f"item{n:03d}" for n in range(300)]
    parts = [part_of(i) for i in ids]
    assert parts == [part_of(i) for i in ids]  # the same id always lands on the same side
    assert 70 <= parts.count("held-out") <= 130  # about one in three
    rows = [json.dumps(_article(i, "The weather was calm in the valley.")) for i in ids]
    path = _dataset(tmp_path, rows)
    counts = {}
    for split in ("tune", "held-out"):
        result = CliRunner().invoke(
            eval_command, [str(path), "--json", "--split", split, "--rules", str(RULES)]
        )
        assert result.exit_code == 0, result.output
        counts[split] = json.loads(result.output)["items"]
    assert counts == {"tune": parts.count("tune"), "held-out": parts.count("held-out")}


def test_article_date_hint_accepts_partial_dates(tmp_path: Path) -> None:
    from datetime import date

    from alerts.cli.eval import hint_date

    assert hint_date("2024-05-10") == date(2024, 5, 10)
    assert hint_date("2018-09") == date(2018, 9, 1)
    assert hint_date("2019") == date(2019, 1, 1)
    assert hint_date(None) is None and hint_date("soon") is None


def test_an_undated_item_takes_its_address_date(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime

    from alerts.cli.eval import GoldArticle, article_of

    dated = GoldArticle.model_validate(
        _article("x", "Text.", source="https://news.example.org/world/2017/04/town-empties")
    )
    hinted = GoldArticle.model_validate(
        _article("y", "Text.", source="https://news.example.org/2017/04/t", date_hint="2020-01-05")
    )
    plain = GoldArticle.model_validate(_article("z", "Text."))

    assert article_of(dated, date(2024, 1, 1)).published == datetime(2017, 4, 1, 12, tzinfo=UTC)
    assert article_of(hinted).published == datetime(2020, 1, 5, 12, tzinfo=UTC)  # the hint wins
    assert article_of(plain, date(2024, 1, 1)).published == datetime(2024, 1, 1, 12, tzinfo=UTC)


def test_bad_rules_directory_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "rules"
    bad.mkdir()
    (bad / "broken.yaml").write_text("version: 1\nrules:\n  - id: Bad Id\n", encoding="utf-8")
    path = _dataset(tmp_path, [json.dumps(ARTICLES[0])])
    result = CliRunner().invoke(eval_command, [str(path), "--rules", str(bad)])
    assert result.exit_code == 2


@pytest.mark.skipif(not SHARED_ARTICLES.is_file(), reason="shared article dataset not available")
def test_shared_article_dataset_reports_both_parts() -> None:
    result = CliRunner().invoke(eval_command, [str(SHARED_ARTICLES), "--json", "--rules", str(RULES)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["items"] == sum(p["items"] for p in data["parts"].values())
    assert data["parts"]["held-out"]["items"] > 0 and data["parts"]["tune"]["items"] > 0
    for key in ("displacement_alerts", "warnings", "figures_in_alerts"):
        assert {"precision", "recall", "f1"} <= set(data[key])


def _alerts_for(text: str) -> dict[str, str]:
    """Rule id -> message of the alerts the shipped rules send for one article."""
    from alerts.cli.eval import GoldArticle, article_of
    from alerts.dispatch.evaluate import process
    from alerts.extract import extract_facts
    from alerts.rules.loader import load_rules

    rules = load_rules([RULES])
    item = GoldArticle.model_validate(_article("x", text))
    envelopes = process(article_of(item), rules, extract_facts, rules.story_rules)
    return {env.alert.match.rule_id: env.alert.match.message for env in envelopes}


def test_the_generic_warning_rule_names_the_threatened_place_first() -> None:
    sent = _alerts_for("The army warned it would launch an offensive on Brackton within days.")
    assert sent["offensive_warning"].splitlines()[0] == "⚠ Offensive warning — Brackton (medium)"


def test_a_warning_about_idlib_is_sent_once_by_its_own_rule() -> None:
    sent = _alerts_for("The army warned it would launch an offensive on Idlib within days.")
    assert "idlib_offensive_warning" in sent and "offensive_warning" not in sent
    assert sent["idlib_offensive_warning"].splitlines()[0] == "⚠ Offensive warning — Idlib (high)"
