"""Case files: what one negotiation is about (its actors, topics and plans), in YAML.

The shipped default is ``ukraine-security-guarantees``; any other negotiation is followed by writing a
case file of the same shape and passing it with ``--case FILE`` (or ``MARSAD_CASE``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import Errors, MarsadError

__all__ = ["Case", "load_case", "DEFAULT_CASE", "CaseError"]

DEFAULT_CASE = "ukraine-security-guarantees"


class CaseError(MarsadError):
    http_status = 400


@dataclass
class Case:
    id: str
    name: dict[str, str] = field(default_factory=dict)
    description: str = ""
    actors: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""
    raw: dict[str, Any] = field(default_factory=dict)


def _read(name_or_path: str) -> tuple[str, str]:
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") or p.exists():
        if not p.is_file():
            raise CaseError(Errors.E050.format(path=name_or_path, reason="no such file"))
        return p.read_text(encoding="utf-8"), str(p)
    res = resources.files("marsad") / "cases" / f"{name_or_path}.yaml"
    if not res.is_file():
        raise CaseError(Errors.E050.format(path=name_or_path, reason="no such case file or shipped case"))
    return res.read_text(encoding="utf-8"), f"marsad/cases/{name_or_path}.yaml"


def load_case(name_or_path: str = DEFAULT_CASE) -> Case:
    """Load and validate a case by shipped name or path."""
    import yaml

    text, source = _read(name_or_path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise CaseError(Errors.E051.format(path=source, line=line, reason=getattr(e, "problem", str(e)))) from e
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise CaseError(Errors.E050.format(path=source, reason="not a mapping with an \"id\""))
    actors = data.get("actors") or []
    if not isinstance(actors, list) or not all(isinstance(a, dict) for a in actors):
        raise CaseError(Errors.E050.format(path=source, reason="\"actors\" must be a list of mappings"))
    return Case(id=data["id"], name=data.get("name") or {}, description=data.get("description") or "",
                actors=actors, source=source, raw=data)
