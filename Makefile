# finalpos-client: every target in one table (`make help`, also in README.md).
# Settings: SPEC_URL, FORCE=1, STRICT_FETCH=1, STRICT_SPEC=1, ALLOW_BREAKING=1, APP (your app: folders or .py
# files), MOCK, MOCK_URL, FUZZ_EXAMPLES, and customer-dto's
# OUT, STRUCTURE, SCHEMA, FROM_API, BASE_URL, TABLE, CLASS.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NODE_BIN := node_modules/.bin
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/$(NODE_BIN):$(PATH)

.PHONY: help setup regen impact check-generated test test-pythons lint customer-dto mock contract fuzz reliability bench-regen bench-client clean

help: ## Show every target
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# uv (pinned in requirements.lock, bootstrapped with pip) installs the lock in seconds where pip takes a minute;
# --compile-bytecode as pip does, since PYTHONDONTWRITEBYTECODE may keep every later process compiling again.
$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@test -x $(VENV)/bin/uv || $(PY) -m pip install -qq --disable-pip-version-check "$$(grep '^uv==' requirements.lock)"
	$(VENV)/bin/uv pip install --quiet --compile-bytecode --python $(PY) -r requirements.lock
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# mypy's cache of what the generated package imports (stdlib, httpx, attrs), made once per environment:
# a fresh checkout's first regen then type-checks only the package (codegen/mypy_seed.py).
$(VENV)/.mypy-seed: $(VENV)/.installed
	@$(PY) -m codegen.mypy_seed >/dev/null
	@touch $@

setup: $(VENV)/.installed node_modules/.installed $(VENV)/.mypy-seed ## Install the pinned Python and Node tools (.venv, node_modules)

regen: setup ## Fetch the spec (SPEC_URL), regenerate generated/ if anything changed, print the report (APP=dir or file: which of its lines break)
	@$(PY) -m codegen regen

# APP and SPEC_URL reach codegen through the environment (make exports command-line variables).
impact: setup ## Only the report and which lines of APP="dir file.py ..." the spec at SPEC_URL breaks; changes nothing, exit 1 if any
	@$(PY) -m codegen impact

check-generated: setup ## Fail if generated/ differs from a fresh regen of openapi.json
	@$(PY) -m codegen check-generated

TEST_WORKERS ?= auto
test: setup ## The whole suite: pipeline, overrides, client, contract (Prism, Steady, prefixed Prism), bounded fuzz and reliability (TEST_WORKERS=auto)
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup

test-pythons: setup ## Build the wheel once; client, contract (no fuzz), the fake (finalpos.testing) and a reliability smoke on Python 3.11, 3.12, 3.13 (pyenv), each in a venv from the wheel
	$(PY) -m tests.pythons.run

lint: setup ## ruff and mypy --strict over codegen/ and tests/
	$(PY) -m ruff check codegen tests
	$(PY) -m ruff format --check codegen tests
	$(PY) -m mypy

customer-dto: setup ## Typed tenant Customer (pydantic): OUT=file.py and STRUCTURE=file.json, SCHEMA=file.json or FROM_API=1 [BASE_URL= TABLE= CLASS=]
	@test -n "$(OUT)" || { echo "customer-dto: set OUT=path/to/module.py (and STRUCTURE=, SCHEMA= or FROM_API=1)" >&2; exit 2; }
	@$(PY) -m codegen customer-dto --out "$(OUT)" \
		$(if $(STRUCTURE),--structure "$(STRUCTURE)") $(if $(SCHEMA),--schema "$(SCHEMA)") $(if $(FROM_API),--from-api) \
		$(if $(BASE_URL),--base-url "$(BASE_URL)") $(if $(CLASS),--class-name "$(CLASS)") $(if $(TABLE),--table "$(TABLE)")

MOCK_PORT ?= 4010
mock: setup ## Prism mock of openapi.json in the foreground on 127.0.0.1:4010 (MOCK_PORT=...); Ctrl-C stops it
	$(NODE_BIN)/prism mock openapi.json -h 127.0.0.1 -p $(MOCK_PORT)

contract: setup ## Contract suite only: every operation via FinalPOS against local Prism, Steady and Prism under /_mock/openapi (MOCK=steady picks one), or MOCK_URL=...
	MOCK="$(MOCK)" MOCK_URL="$(MOCK_URL)" $(PY) -m pytest tests/contract -m "not fuzz"

fuzz: FUZZ_EXAMPLES ?= 100
fuzz: setup ## Schemathesis fuzzing only, deep: FUZZ_EXAMPLES=500 cases per operation and mode, FUZZ_SEED=... to replay
	MOCK="$(MOCK)" MOCK_URL="$(MOCK_URL)" FUZZ_EXAMPLES="$(FUZZ_EXAMPLES)" $(PY) -m pytest tests/contract -m fuzz

reliability: setup ## Full reliability run (load, hostile servers, secrets, regen faults): prints the table, saves /tmp/reliability-table.txt
	$(PY) -m tests.reliability.run

bench-regen: setup ## Time a full regen vs the bare openapi-python-client generate (ratio), and the no-op regen
	$(PY) bench/bench_regen.py

bench-client: setup ## Our client vs raw httpx on one local server: per call, 1,000-item list, prefetch walk, memory, import, odd rows; parsing 1,000 Customers vs pydantic v2
	$(PY) bench/bench_client.py

clean: ## Remove scratch files (.regen/, .test-pythons/ venvs, caches); keeps .venv and node_modules
	rm -rf .regen .pytest_cache .mypy_cache .ruff_cache .hypothesis .test-pythons
