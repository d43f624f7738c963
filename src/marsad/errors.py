"""Coded messages and the exception tree.

Every user-facing problem has a code (``E###`` for errors, ``W###`` for warnings) so that it can be
searched for and filtered. Messages are format strings; raise them through the typed exceptions below,
always ``from`` the underlying exception when there is one.
"""
from __future__ import annotations


class _Coded(type):
    def __getattribute__(cls, code: str):  # noqa: N805 - metaclass
        msg = super().__getattribute__(code)
        if code.startswith(("E", "W")) and code[1:].isdigit():
            return f"[{code}] {msg}"
        return msg


class Errors(metaclass=_Coded):
    # input
    E001 = "cannot read: {reason}"
    E002 = "file is binary, not text"
    E003 = "file is too large ({size} bytes; the limit is {limit} bytes, set by --max-bytes or MARSAD_MAX_BYTES)"
    E004 = "not valid UTF-8 and not a recognised Arabic encoding (windows-1256, ISO-8859-6)"
    E005 = "no such file or folder"
    E006 = "line {line}: not a JSON object with a \"text\" field"
    E007 = "unsupported file type {suffix!r} (expected .txt, .html, .htm, .jsonl, .rss, .atom, .xml)"
    E008 = "HTML page has no extractable main text"
    # options
    E010 = "invalid date {value!r}: expected YYYY-MM-DD"
    E011 = "invalid language {value!r}: expected ar, en or auto"
    E012 = "invalid value for setting {name}: {value!r} ({reason})"
    # schedulers (where ingest's extraction runs)
    E013 = "unknown scheduler {name!r}: expected sync, processes, dask or a Dask scheduler address (tcp://HOST:PORT)"
    E014 = "the dask scheduler needs the dask and distributed packages ({reason})"
    E015 = "cannot reach the Dask scheduler at {address}: {reason}"
    E016 = "the Dask cluster failed during the run ({reason}); the batches written before it are whole, run the same command again to finish"
    E017 = "Dask worker {worker} runs marsad {version}, this process {mine}: every worker needs the same version"
    # knowledge base
    E020 = "knowledge-base file {path}: line {line}: {reason}"
    E021 = "knowledge-base file {path} not found"
    # pipeline
    E030 = "unknown pipeline component {name!r}; known: {known}"
    E031 = "component {name!r} requires {attr!r}, which no earlier component assigns"
    E032 = "component {name!r} did not return a Doc"
    # cases
    E050 = "case file {path}: {reason}"
    E051 = "case file {path}: line {line}: {reason}"
    # evaluation
    E040 = "gold folder {path} has no *.json files"
    E041 = "no article text for gold document {doc!r} (looked for {path})"


class Warnings(metaclass=_Coded):
    W001 = "empty file: no facts"
    W002 = "invalid UTF-8 bytes replaced ({count})"
    W003 = "decoded as {encoding}"
    W004 = "skipped: {reason}"
    W005 = "no document date (give --date); relative dates stay unresolved"
    W020 = "knowledge base: alias {alias!r} is claimed by {ids}; it is kept only where the context decides"


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""

    http_status = 500


class InputError(MarsadError):
    """A document could not be read or decoded. Carries the offending source."""

    http_status = 400

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class OptionsError(MarsadError, ValueError):
    http_status = 400


class KnowledgeBaseError(MarsadError):
    http_status = 500


class PipelineError(MarsadError):
    http_status = 500


class EvaluationError(MarsadError):
    http_status = 400
