# Everything runs from .venv, created on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG ?= alerts.yaml

.PHONY: run demo test lint bench rules-validate clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## run the bot on the embedded broker, durable in state_dir (Ctrl-C stops everything)
	$(BIN)/alerts --config $(CONFIG) run

demo: $(STAMP)  ## offline showcase: local sample feeds -> pipeline -> console alerts
	$(BIN)/alerts demo

test: $(STAMP)  ## all tests, the rule files and lint
	$(BIN)/alerts rules validate rules/
	$(BIN)/pytest -q
	$(MAKE) --no-print-directory lint

lint: $(STAMP)
	$(BIN)/ruff check alerts tests bench
	$(BIN)/ruff format --check alerts tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)  ## throughput ratios against baselines run in the same process
	$(BIN)/python -m bench

rules-validate: $(STAMP)
	$(BIN)/alerts rules validate rules/

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
