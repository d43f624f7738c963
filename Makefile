# marsad: the two Quick-start commands are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SHARED_EVAL ?= ../shared/eval

.PHONY: setup compile demo test eval bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py src/marsad/_compiled.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# compile the hot modules again after editing them (until then an edited module runs as Python)
compile: setup
	$(BIN)/python -m pip install --quiet --no-deps -e .

demo: setup
	$(BIN)/marsad demo

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/marsad eval eval/dev $(wildcard $(SHARED_EVAL))

bench: setup
	$(BIN)/marsad bench

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .hypothesis src/marsad/_build.txt
	find src -name '*.so' -delete
