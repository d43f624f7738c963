"""Settings: declared once, read from defaults, then a file, then ``MARSAD_*`` variables, then flags.

:class:`Options` is the one options object every entry point takes. ``SETTINGS`` declares each setting
with its type, default and help text; the README's settings table must list every one of them (a test
checks it).
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from .errors import Errors, OptionsError

__all__ = ["Setting", "SETTINGS", "Options", "parse_date", "parse_lang"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "" or isinstance(value, dt.date):
        return value or None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as e:
        raise OptionsError(Errors.E010.format(value=value)) from e


def parse_lang(value: str | None) -> str | None:
    if value in (None, "", "auto"):
        return None
    if value not in ("ar", "en"):
        raise OptionsError(Errors.E011.format(value=value))
    return value


def _paths(value: str) -> tuple[str, ...]:
    return tuple(p for p in value.split(os.pathsep) if p)


def _int(name: str) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError as e:
            raise OptionsError(Errors.E012.format(name=name, value=value, reason="not an integer")) from e
        if n <= 0:
            raise OptionsError(Errors.E012.format(name=name, value=value, reason="must be positive"))
        return n
    return parse


SETTINGS: tuple[Setting, ...] = (
    Setting("lang", None, "Language of the input: ar, en or auto (detected from the script).", parse_lang),
    Setting("date", None, "Document date (YYYY-MM-DD) used to resolve relative dates and role holders "
            "when the document carries none.", parse_date),
    Setting("case", "ukraine-security-guarantees", "The case followed: a shipped case name or a case "
            "file (YAML) declaring the negotiation's actors, topics and plans."),
    Setting("kb", (), "Extra knowledge-base files (JSON Lines or YAML), separated by the path separator.", _paths),
    Setting("max_bytes", 50_000_000, "Largest input file read, in bytes; larger files are refused "
            "with an error line.", _int("max_bytes")),
    Setting("fast", False, "Rules and gazetteers only (the default pipeline has no models; reserved "
            "for optional model-based components).", lambda v: v.lower() in ("1", "true", "yes")),
)


@dataclass(frozen=True)
class Options:
    """Options for reading and extraction. Build with :meth:`Options.resolve`."""

    lang: str | None = None
    date: dt.date | None = None
    case: str = "ukraine-security-guarantees"
    kb: tuple[str, ...] = ()
    max_bytes: int = 50_000_000
    fast: bool = False

    @classmethod
    def resolve(cls, config_file: str | Path | None = None, env: dict[str, str] | None = None,
                **flags: Any) -> "Options":
        """Defaults, then ``config_file`` (YAML mapping), then ``MARSAD_<NAME>`` variables, then
        ``flags`` (None values are ignored)."""
        values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
        by_name = {s.name: s for s in SETTINGS}
        if config_file:
            import yaml

            data = yaml.safe_load(Path(config_file).read_text(encoding="utf-8")) or {}
            for k, v in data.items():
                if k not in by_name:
                    raise OptionsError(Errors.E012.format(name=k, value=v, reason="unknown setting"))
                values[k] = by_name[k].parse(str(v)) if isinstance(v, str) else v
        env = os.environ if env is None else env
        for s in SETTINGS:
            raw = env.get("MARSAD_" + s.name.upper())
            if raw not in (None, ""):
                values[s.name] = s.parse(raw)
        for k, v in flags.items():
            if v is None:
                continue
            if k not in by_name:
                raise OptionsError(Errors.E012.format(name=k, value=v, reason="unknown setting"))
            values[k] = by_name[k].parse(v) if isinstance(v, str) else v
        return cls(**values)

    def with_(self, **changes: Any) -> "Options":
        return replace(self, **changes)

