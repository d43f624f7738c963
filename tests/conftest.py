"""Shared fixtures. Documents are built by hand from short texts written for the test."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEV = ROOT / "eval" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from marsad.api import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def kb(nlp):
    return nlp.kb


@pytest.fixture
def ex(nlp):
    """extract(text, date=...) with the session pipeline."""
    from marsad.api import make_doc

    def run(text, date="2025-11-25", lang=None):
        return nlp(make_doc(text, date=date, lang=lang))

    return run


def run_cli(*args, stdin: bytes | None = None, env=None, cwd=None):
    """Run ``python -m marsad ARGS`` in a real subprocess."""
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "marsad", *map(str, args)], input=stdin,
                          capture_output=True, env=e, cwd=cwd, timeout=300)


def ids(doc):
    return [m.entity.id for m in doc.mentions]
