# Everything runs from .venv, created on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG ?= alerts.yaml

# The extractor (alerts.extract, alerts.text) is compiled by mypyc on install (setup.py), its
# extensions beside its sources, where they win the import: the install reruns whenever one of
# those sources changes, so a stale extension never runs in place of an edited .py
# (tests/conftest.py refuses to test one). Without a C compiler it installs pure Python.
NATIVE_SOURCES := setup.py $(wildcard alerts/extract/*.py alerts/text/*.py)
# The modules' extensions, and the shared library of their compiled code beside the package.
DELETE_EXTENSIONS := rm -f alerts_native__mypyc.*.so && find alerts -name '*.so' -delete

.PHONY: run demo test lint bench rules-validate pure clean

$(STAMP): pyproject.toml $(NATIVE_SOURCES)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(DELETE_EXTENSIONS)  # none left behind by a build this one does not redo (no compiler)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(BIN)/alerts --version  # compiled or pure Python (pip's --quiet hides setup.py's reason)
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

pure:  ## remove the compiled extractor: pure Python until a compiled source changes or `touch setup.py`
	$(DELETE_EXTENSIONS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
	$(DELETE_EXTENSIONS)
