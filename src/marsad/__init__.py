"""marsad: evidence-linked facts from Arabic and English news about negotiations.

The public API is loaded lazily, so ``import marsad`` stays cheap::

    import marsad
    doc = marsad.extract(text, date="2025-11-25")
    for record in doc.to_records():
        ...
"""
from __future__ import annotations

from ._compiled import guard as _guard

_guard()  # a compiled module older than its source is not run: its source is (see marsad._compiled)
__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "load_pipeline", "make_doc", "load_kb", "Options", "Doc", "__version__"]


def __getattr__(name: str):
    if name in ("extract", "extract_many", "load_pipeline", "make_doc"):
        from . import api

        return getattr(api, name)
    if name == "load_kb":
        from .kb import load_kb

        return load_kb
    if name == "Options":
        from .settings import Options

        return Options
    if name == "Doc":
        from .doc import Doc

        return Doc
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
