# strife — the README's commands. `make demo` sets up .venv and reads the bundled sample corpus;
# `make test` runs the checks and the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := out/demo.duckdb

.PHONY: setup demo test lint bench clean schema

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: setup
	mkdir -p out
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/strife --db $(DEMO_DB) ingest src/strife/sample/corpus/
	$(BIN)/strife --db $(DEMO_DB) articles --format table
	$(BIN)/strife --db $(DEMO_DB) quotes --format table
	$(BIN)/strife --db $(DEMO_DB) actors --format table
	$(BIN)/strife --db $(DEMO_DB) events --format table
	$(BIN)/strife --db $(DEMO_DB) stories --format table
	$(BIN)/strife --db $(DEMO_DB) dyad EST RUS --by week --format table --plot out/est-rus.html
	$(BIN)/strife --db $(DEMO_DB) alerts --format table

lint: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/mypy scripts/convert_phoenix.py scripts/train_second_opinion.py scripts/train_event_verifier.py \
		scripts/tune_reading.py scripts/quote_misses.py scripts/coref_misses.py scripts/event_misses.py

test: lint
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/run.py

schema: setup
	$(BIN)/python -m strife.schema --write

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
