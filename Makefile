# marsad: the two Quick-start commands are `make demo` and `make test`.
# The interpreter of the venv: the system's CPython where it is 3.11 or newer and can make a venv and compile
# (Debian's and Ubuntu's builds are optimised with profile-guided and link-time optimisation: marsad ran up to
# 1.17 times as fast on them as on a default source build such as pyenv's, median 1.09), else python3 on the PATH.
# `make setup PYTHON=...` chooses another.
ifeq ($(origin PYTHON), undefined)
PYTHON := $(shell /usr/bin/python3 -c 'import ensurepip, os, sys, sysconfig; \
	sys.exit(sys.version_info < (3, 11) or not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
	2>/dev/null && echo /usr/bin/python3 || echo python3)
endif
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
