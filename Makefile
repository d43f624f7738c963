# marsad: the two Quick-start commands are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SHARED_EVAL ?= ../shared/eval

.PHONY: setup demo test eval bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/marsad demo

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/marsad eval eval/dev $(wildcard $(SHARED_EVAL))

bench: setup
	$(BIN)/marsad bench

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .hypothesis
