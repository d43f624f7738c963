"""The compiled modules: the hot path of extraction and ingest, compiled with Cython when marsad is installed.

marsad is Python. Installing it (``pip install``, ``make setup``) also compiles the modules named in
:data:`MODULES` with Cython where a C compiler is at hand: the same source, byte-identical output, about 1.2
times the speed of the interpreter. Nothing else changes: where the compiler or Cython is missing, or
``MARSAD_PURE_PYTHON=1`` is set at install time, marsad runs as plain Python.

A compiled module runs only while it was compiled from the source beside it. The build writes the CRC of each
source it compiled to ``_build.txt``; :func:`guard` (run by ``import marsad``) sends the import of any module
whose source has changed since (a developer's edit) to the source, so an edit always takes effect, compiled
build or not; ``make compile`` compiles it again. ``MARSAD_PURE_PYTHON=1`` at run time runs every module from
its source.

This module is read by ``setup.py`` before marsad is installed: it imports nothing but the standard library.
"""
from __future__ import annotations

import os
import sys
import zlib

__all__ = ["MODULES", "guard", "status", "source_crc", "write_manifest"]

# the modules worth compiling (where extraction and ingest spend their time), relative to the package
MODULES = (
    "doc", "facts",
    "components.actors", "components.clauses", "components.events", "components.figures",
    "components.lexicon", "components.pledges", "components.provisions", "components.quotes",
    "components.sentences", "components.stances", "components.titles",
    "kb.matcher",
    "store.ingest", "store.neardup", "store.search_form",
    "text.currencies", "text.dates", "text.normalize", "text.numbers", "text.sentences", "text.wordscan",
)
MANIFEST = "_build.txt"  # a line "module crc" per compiled module (read at every import: no json)
PURE_ENV = "MARSAD_PURE_PYTHON"
_HERE = os.path.dirname(os.path.abspath(__file__))


def source_crc(path: str) -> int:
    with open(path, "rb") as f:
        return zlib.crc32(f.read())


def _paths(root: str, module: str) -> tuple[str, str]:
    """The source and the compiled file of ``module`` under the package folder ``root``."""
    from importlib.machinery import EXTENSION_SUFFIXES

    base = os.path.join(root, *module.split("."))
    return base + ".py", base + EXTENSION_SUFFIXES[0]


def _manifest(root: str) -> dict[str, int]:
    try:
        with open(os.path.join(root, MANIFEST), encoding="utf-8") as f:
            return {m: int(crc) for m, crc in (line.split() for line in f if line.strip())}
    except (OSError, ValueError):
        return {}


def write_manifest(root: str, built: dict[str, int]) -> None:
    """Record the modules compiled under the package folder ``root`` with the CRC of their source."""
    with open(os.path.join(root, MANIFEST), "w", encoding="utf-8") as f:
        f.writelines(f"{m} {crc}\n" for m, crc in sorted(built.items()))


def status(root: str = _HERE, modules=MODULES) -> dict[str, str]:
    """What each compiled-able module runs as: ``compiled``, ``python`` (never compiled here) or ``stale``
    (compiled from another version of its source: runs as Python)."""
    built = _manifest(root)
    pure = os.environ.get(PURE_ENV, "") not in ("", "0")
    out = {}
    for m in modules:
        src, ext = _paths(root, m)
        if not os.path.exists(ext) or m not in built:
            out[m] = "python"
        elif pure or source_crc(src) != built[m]:
            out[m] = "stale" if not pure else "python"
        else:
            out[m] = "compiled"
    return out


class _SourceFirst:
    """A meta path finder that loads the listed modules from their ``.py`` file, ahead of the compiled file
    the standard finder would take."""

    def __init__(self, sources: dict[str, str]):
        self.sources = sources

    def find_spec(self, fullname, path=None, target=None):
        src = self.sources.get(fullname)
        if src is None:
            return None
        from importlib.util import spec_from_file_location

        return spec_from_file_location(fullname, src)


def guard(package: str = __package__ or "marsad", root: str = _HERE, modules=MODULES) -> list[str]:
    """Route the import of every module not compiled from its current source to the source; returns them."""
    routed = {}
    for m, state in status(root, modules).items():
        src, ext = _paths(root, m)
        if state != "compiled" and os.path.exists(ext):
            routed[f"{package}.{m}"] = src
    if routed:
        sys.meta_path.insert(0, _SourceFirst(routed))
    return sorted(routed)
