"""Reading articles: text and HTML files, JSON Lines records, folders and standard input.

:func:`read_sources` turns command-line paths into a stream of :class:`Source` (one article, with its
metadata) and :class:`ReadError` (one clear reason a path could not be read). Nothing is loaded ahead:
a folder of 100,000 files is read one file at a time.

Decoding: UTF-8 (with or without BOM) first; otherwise the legacy Arabic encodings windows-1256 and
ISO-8859-6 when the result reads as Arabic; otherwise UTF-8 with the bad bytes replaced when they are
few (a warning says how many), else an error. Binary files, empty files and files over the size limit
are reported, not guessed at. Newlines are normalised to ``\\n`` before any offset is computed.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from .errors import Errors, Warnings

__all__ = ["Source", "ReadError", "read_sources", "decode_bytes", "SUFFIXES"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml")


@dataclass
class Source:
    id: str
    text: str
    path: str
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReadError:
    path: str
    message: str
    warning: bool = False  # a note (e.g. an empty file), not a failure

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return len(sample) > 0 and ctrl / len(sample) > 0.05


def _arabic_ratio(text: str) -> float:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode a file's bytes. Returns (text, warnings); raises ValueError with a coded message."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
        warnings: list[str] = []
    except UnicodeDecodeError:
        text = ""
        warnings = []
        best = None
        for enc in ("cp1256", "iso-8859-6"):
            try:
                cand = data.decode(enc)
            except UnicodeDecodeError:
                continue
            ratio = _arabic_ratio(cand)
            spaces = sum(1 for c in cand[:20000] if c.isspace()) / max(1, min(len(cand), 20000))
            # real prose has words: letters of the script and white space between them
            if ratio >= 0.5 and spaces >= 0.05 and (best is None or ratio > best[1]):
                best = (cand, ratio, enc)
        if best is not None:
            text, warnings = best[0], [Warnings.W003.format(encoding=best[2])]
        else:
            replaced = data.decode("utf-8", errors="replace")
            bad = replaced.count("\ufffd")
            if bad > max(8, len(replaced) // 100):
                raise ValueError(Errors.E004)
            text, warnings = replaced, [Warnings.W002.format(count=bad)]
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def _html_to_source(raw: str, sid: str, path: str) -> Source | ReadError:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as e:  # trafilatura raises a variety of parser errors on broken pages
        return ReadError(path, Errors.E001.format(reason=f"HTML could not be parsed ({type(e).__name__})"))
    if doc is None:
        return ReadError(path, Errors.E008)
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (d.get("text") or "").strip()
    if not text:
        return ReadError(path, Errors.E008)
    # one paragraph a line, as trafilatura returns it; keep the article's own line breaks
    meta = {k: d.get(k) for k in ("title", "date", "url", "sitename", "author") if d.get(k)}
    if meta.get("sitename"):
        meta["source"] = meta.pop("sitename")
    return Source(sid, text.replace("\r\n", "\n"), path, meta)


def _read_jsonl(data: str, path: str) -> Iterator[Source | ReadError]:
    stem = Path(path).stem
    for i, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            yield ReadError(f"{path}:{i}", Errors.E006.format(line=i))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield ReadError(f"{path}:{i}", Errors.E006.format(line=i))
            continue
        sid = str(rec.get("id") or f"{stem}-{i}")
        meta = {k: rec[k] for k in ("title", "date", "url", "source", "lang") if rec.get(k)}
        text = rec["text"].replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            yield ReadError(f"{path}:{i}", Warnings.W001, warning=True)
            continue
        yield Source(sid, text, f"{path}:{i}", meta)


def read_file(path: Path, max_bytes: int) -> Iterator[Source | ReadError]:
    p = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ReadError(p, Errors.E007.format(suffix=suffix or "(none)"))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadError(p, Errors.E003.format(size=size, limit=max_bytes))
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as e:
        yield ReadError(p, Errors.E001.format(reason=e.strerror or type(e).__name__))
        return
    yield from _from_bytes(data, p, path.stem, suffix, max_bytes)


def _from_bytes(data: bytes, p: str, stem: str, suffix: str, max_bytes: int) -> Iterator[Source | ReadError]:
    if len(data) > max_bytes:
        yield ReadError(p, Errors.E003.format(size=len(data), limit=max_bytes))
        return
    if not data.strip():
        yield ReadError(p, Warnings.W001, warning=True)
        return
    if _is_binary(data):
        yield ReadError(p, Errors.E002)
        return
    try:
        text, warnings = decode_bytes(data)
    except ValueError as e:
        yield ReadError(p, str(e))
        return
    for w in warnings:
        yield ReadError(p, w, warning=True)
    if suffix == ".jsonl":
        yield from _read_jsonl(text, p)
        return
    if suffix in (".rss", ".atom", ".xml"):
        from .fetch import read_feed

        yield from read_feed(data, p)
        return
    if suffix in (".html", ".htm") or (suffix == "" and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        yield _html_to_source(text, stem, p)
        return
    yield Source(stem, text, p)


def _walk(folder: Path) -> Iterator[Path | ReadError]:
    def onerror(e: OSError) -> None:
        errors.append(ReadError(str(e.filename or folder), Errors.E001.format(reason=e.strerror or "unreadable")))

    errors: list[ReadError] = []
    for root, dirs, files in os.walk(folder, onerror=onerror):
        dirs.sort()
        for name in sorted(files):
            if name.startswith("."):
                continue
            p = Path(root) / name
            if p.suffix.lower() in SUFFIXES:
                yield p
        while errors:
            yield errors.pop(0)
    while errors:
        yield errors.pop(0)


def read_sources(paths: Iterable[str], *, max_bytes: int = 50_000_000,
                 stdin: BinaryIO | None = None) -> Iterator[Source | ReadError]:
    """Every article under ``paths`` ("-" reads standard input), in order, lazily."""
    for raw in paths:
        if raw == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            head = data[:200].lstrip().lower()
            suffix = ".html" if head.startswith((b"<!doctype", b"<html")) else (
                ".jsonl" if head.startswith(b"{") else ".txt")
            yield from _from_bytes(data, "<stdin>", "stdin", suffix, max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for item in _walk(path):
                if isinstance(item, ReadError):
                    yield item
                else:
                    yield from read_file(item, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield ReadError(raw, Errors.E005)
