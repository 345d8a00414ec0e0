"""grafana/: committed dashboards equal the generator's output, and every panel is usable."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import REPO, alert_rules, declared_metrics, load_yaml, metric_names

GRAFANA = REPO / "grafana"
DASHBOARDS = GRAFANA / "dashboards"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("grafana_generate", GRAFANA / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dashboards() -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text()) for p in sorted(DASHBOARDS.glob("*.json"))}


def panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in dashboard["panels"] if p["type"] != "row"]


def expressions() -> list[tuple[str, str, str]]:
    """(dashboard file, panel title, PromQL) for every query of every panel, variables included."""
    out = []
    for name, dash in dashboards().items():
        for panel in panels(dash):
            out += [(name, panel["title"], t["expr"]) for t in panel["targets"]]
        out += [(name, f"variable {v['name']}", v["query"]["query"]) for v in dash["templating"]["list"]]
    return out


def test_committed_json_is_the_generators_output() -> None:
    rendered = load_generator().render()
    assert set(rendered) == {"overview.json", "feeds.json", "rules.json"}
    assert {p.name for p in DASHBOARDS.glob("*.json")} == set(rendered), (
        "a dashboard the generator does not make"
    )
    for name, text in rendered.items():
        assert (DASHBOARDS / name).read_text() == text, f"{name} is stale: run python grafana/generate.py"


def test_check_mode_reports_stale_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gen = load_generator()
    assert gen.main(["--check"]) == 0
    monkeypatch.setattr(gen, "OUT_DIR", tmp_path)
    (tmp_path / "overview.json").write_text("{}")
    assert gen.main(["--check"]) == 1


@pytest.mark.parametrize("name", ["overview.json", "feeds.json", "rules.json"])
def test_every_panel_is_titled_described_unit_set_and_on_the_prometheus_datasource(name: str) -> None:
    dash = dashboards()[name]
    assert dash["uid"] and dash["title"]
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids)), "duplicate panel ids"
    assert panels(dash), "no panels"
    for panel in panels(dash):
        title = panel["title"]
        assert len(title.split()) >= 2, f"{title!r}: say what it shows"
        assert len(panel.get("description", "").split()) >= 5, f"{title}: no description"
        assert panel["datasource"] == {"type": "prometheus", "uid": "prometheus"}, title
        assert panel["fieldConfig"]["defaults"].get("unit"), f"{title}: no unit"
        assert panel["targets"], f"{title}: no query"
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "prometheus", title
            assert target["expr"].strip(), title
        pos = panel["gridPos"]
        assert pos["x"] >= 0 and pos["x"] + pos["w"] <= 24, f"{title} is off the grid"
    for var in dash["templating"]["list"]:
        assert var["datasource"]["uid"] == "prometheus"
        # Panels use variables in regex matchers, so "All" must be a regex.
        assert var["allValue"] == ".*"


def test_dashboard_uids_are_unique() -> None:
    uids = [d["uid"] for d in dashboards().values()]
    assert len(uids) == len(set(uids))


def test_queries_use_only_declared_metrics() -> None:
    declared = declared_metrics()
    for name, title, expr in expressions():
        unknown = metric_names(expr) - set(declared)
        assert not unknown, f"{name} / {title}: {sorted(unknown)} not in alerts/metrics.py"


def test_every_declared_metric_is_on_a_dashboard_or_in_an_alert() -> None:
    declared = declared_metrics()
    used = {declared[m] for _, _, expr in expressions() for m in metric_names(expr) if m in declared}
    used |= {declared[m] for r in alert_rules() for m in metric_names(r["expr"]) if m in declared}
    unused = set(declared.values()) - used
    assert not unused, f"metrics nobody looks at: {sorted(unused)}"


def test_provisioning_points_at_the_dashboards_and_prometheus() -> None:
    (ds,) = load_yaml(GRAFANA / "provisioning" / "datasources" / "prometheus.yaml")["datasources"]
    assert ds["uid"] == "prometheus" and ds["type"] == "prometheus"
    assert ds["url"] == "http://prometheus:9090"
    prom = load_yaml(REPO / "prometheus" / "prometheus.yml")
    assert ds["jsonData"]["timeInterval"] == prom["global"]["scrape_interval"]
    (provider,) = load_yaml(GRAFANA / "provisioning" / "dashboards" / "alerts.yaml")["providers"]
    assert provider["type"] == "file"
    grafana = load_yaml(REPO / "docker-compose.yml")["services"]["grafana"]
    mounts = dict(v.split(":")[1::-1] for v in grafana["volumes"])
    assert mounts[provider["options"]["path"]] == "./grafana/dashboards"
    assert mounts["/etc/grafana/provisioning"] == "./grafana/provisioning"
