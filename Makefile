# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

# Analyse the bundled sample archive into out/ and print a summary.
run: $(STAMP)
	mkdir -p out
	$(BIN)/rupipe run corpus/sample/news.jsonl -o out/news.records.jsonl --overwrite

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/rupipe bench --stages

clean:
	rm -rf $(VENV) out
