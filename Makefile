# The two commands (see README):
#   make report [DATA=folder] [OUT=reports]   set up .venv, then build the HTML report
#   make test                                  set up .venv, then run the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
DATA   ?= data
OUT    ?= reports

.PHONY: report test setup lab bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

report: setup
	$(BIN)/python -m analysis report "$(DATA)" --out "$(OUT)"

test: setup
	$(BIN)/python scripts/ensure_chromium.py
	$(BIN)/python -m pytest -q

lab: setup
	$(BIN)/jupyter lab notebooks/

bench: setup
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) $(OUT)
