"""Case files: what one negotiation is about (its actors, topics, plans and conflicts), in YAML.

The format is documented in ``docs/case-files.md``. :func:`load_case` validates a file on load and names
the line of every problem; the shipped default is ``ukraine-security-guarantees``, any other negotiation
is followed by writing a case file and passing it with ``--case FILE`` (or ``MARSAD_CASE``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import Errors, MarsadError
from .facts import PLEDGE_CATEGORIES

__all__ = ["Case", "Topic", "Plan", "Provision", "Relation", "load_case", "case_template", "DEFAULT_CASE",
           "CaseError", "PLEDGE_CATEGORIES", "RELATIONS"]

DEFAULT_CASE = "ukraine-security-guarantees"
RELATIONS = ("excludes", "requires", "limits")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class CaseError(MarsadError):
    http_status = 400


@dataclass(frozen=True)
class Topic:
    id: str
    label: dict[str, str]
    description: str = ""
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words that name the topic only when it was named shortly before ("the force", "القوة")
    anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Provision:
    number: int
    text: dict[str, str]
    topics: tuple[str, ...] = ()
    versions: dict[str, dict[str, Any]] = field(default_factory=dict)

    def text_in(self, version: str | None, lang: str = "en") -> str | None:
        """The provision's text in a version (None: removed there), falling back to earlier text."""
        if version and version in self.versions:
            v = self.versions[version]
            if v.get("removed"):
                return None
            return v.get(lang) or v.get("en") or v.get("ar")
        return self.text.get(lang) or self.text.get("en") or self.text.get("ar")


@dataclass(frozen=True)
class Version:
    id: str
    date: dt.date | None
    label: dict[str, str]


@dataclass(frozen=True)
class Plan:
    id: str
    name: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    versions: tuple[Version, ...]
    provisions: dict[int, Provision]
    size: int

    def provision(self, number: int) -> Provision | None:
        return self.provisions.get(number)


@dataclass(frozen=True)
class Relation:
    plan: str
    number: int
    relation: str
    topic: str
    note: dict[str, str]


@dataclass
class Case:
    id: str
    name: dict[str, str] = field(default_factory=dict)
    description: str = ""
    actors: list[dict[str, Any]] = field(default_factory=list)
    topics: dict[str, Topic] = field(default_factory=dict)
    plans: dict[str, Plan] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    pledge_topics: dict[str, str] = field(default_factory=dict)
    # the pledge categories whose pledges state support for their topic (a pledge of troops is a position on
    # the force they are for): troops unless the case file says otherwise
    pledge_stances: tuple[str, ...] = ("troops",)
    source: str = ""


# --------------------------------------------------------------------------- YAML with line numbers
def _loader():
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it: 10x faster

    class LineLoader(base):
        pass

    def construct_mapping(loader, node, deep=False):
        mapping = base.construct_mapping(loader, node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


class _V:
    """Validation helpers that raise a :class:`CaseError` naming the file and line."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, node: Any, reason: str) -> None:
        line = node.get("__line__", "?") if isinstance(node, dict) else "?"
        raise CaseError(Errors.E051.format(path=self.source, line=line, reason=reason))

    def strings(self, node: dict, key: str, value: Any, *, required: bool = False) -> dict[str, str]:
        if value is None:
            if required:
                self.fail(node, f"\"{key}\" is required")
            return {}
        if isinstance(value, str):
            return {"en": value}
        if not isinstance(value, dict):
            self.fail(node, f"\"{key}\" must be a mapping of languages (en, ar) to text")
        out = {}
        for lang, text in value.items():
            if lang == "__line__":
                continue
            if lang not in ("en", "ar") or not isinstance(text, str):
                self.fail(value, f"\"{key}\": expected en/ar text, got {lang!r}")
            out[lang] = text
        if required and not out:
            self.fail(node, f"\"{key}\" is empty")
        return out

    def lists(self, node: dict, key: str, value: Any) -> dict[str, tuple[str, ...]]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(node, f"\"{key}\" must map en/ar to lists of strings")
        out = {}
        for lang, items in value.items():
            if lang == "__line__":
                continue
            if lang not in ("en", "ar") or not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                self.fail(value, f"\"{key}\": {lang!r} must be a list of strings")
            out[lang] = tuple(dict.fromkeys(w for i in items for w in expand_cue(i)))
        return out

    def slug(self, node: dict, key: str) -> str:
        v = node.get(key)
        if not isinstance(v, str) or not _SLUG.match(v):
            self.fail(node, f"\"{key}\" must be a slug (lower-case letters, digits and hyphens), got {v!r}")
        return v


_GROUP = re.compile(r"\{([^{}]*)\}")
# an Arabic preposition of one letter ending a choice is written on the next word ("{المشاركة ب} {قوات}" is
# "المشاركة بقوات", as the text writes it; "ل" drops the alef of the article: "{إلى|ل} {الحلف}" is "للحلف")
_PROCLITIC = re.compile(r"(?<!\S)([بل]) (ا(?=ل))?(?=[^\W\d_])")


def _attach(m: re.Match) -> str:
    return m.group(1) if m.group(1) == "ل" else m.group(1) + (m.group(2) or "")


def expand_cue(cue: str) -> list[str]:
    """The phrases a cue stands for: each ``{a|b|}`` group is one of its choices (an empty choice drops it),
    so one line names a family ("{send|deploy} {troops|soldiers}" is four phrases). Spaces are tidied."""
    m = _GROUP.search(cue)
    if m is None:
        return [_PROCLITIC.sub(_attach, " ".join(cue.split()))]
    out: list[str] = []
    for choice in m.group(1).split("|"):
        out += expand_cue(cue[:m.start()] + choice + cue[m.end():])
    return [w for w in out if w]


def _strip_lines(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [_strip_lines(v) for v in obj]
    return obj


def _read(name_or_path: str) -> tuple[str, str]:
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") or p.exists() or "/" in name_or_path:
        if not p.is_file():
            raise CaseError(Errors.E050.format(path=name_or_path, reason="no such file"))
        return p.read_text(encoding="utf-8"), str(p)
    res = resources.files("marsad") / "cases" / f"{name_or_path}.yaml"
    if not res.is_file():
        raise CaseError(Errors.E050.format(path=name_or_path, reason="no such case file or shipped case"))
    return res.read_text(encoding="utf-8"), f"marsad/cases/{name_or_path}.yaml"


def shipped_cases() -> list[str]:
    return sorted(p.name[:-5] for p in (resources.files("marsad") / "cases").iterdir() if p.name.endswith(".yaml"))


@lru_cache(maxsize=16)
def load_case(name_or_path: str = DEFAULT_CASE) -> Case:
    """Load and validate a case by shipped name or path (cached per process)."""
    import yaml

    text, source = _read(name_or_path)
    try:
        data = yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise CaseError(Errors.E051.format(path=source, line=line, reason=getattr(e, "problem", None) or str(e))) from e
    return parse_case(data, source)


def parse_case(data: Any, source: str = "<case>") -> Case:
    v = _V(source)
    if not isinstance(data, dict):
        raise CaseError(Errors.E050.format(path=source, reason="not a YAML mapping"))
    case = Case(id=v.slug(data, "id"), source=source)
    case.name = v.strings(data, "name", data.get("name"))
    case.description = str(data.get("description") or "")
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        v.fail(data, "\"actors\" must be a list")
    for a in actors:
        if not isinstance(a, dict) or not isinstance(a.get("id"), str) or not a.get("name"):
            v.fail(a if isinstance(a, dict) else data, "an actor needs an \"id\" and a \"name\"")
        case.actors.append(_strip_lines(a) | {"__line__": a.get("__line__")})
    topics = data.get("topics") or []
    if not isinstance(topics, list):
        v.fail(data, "\"topics\" must be a list")
    for t in topics:
        if not isinstance(t, dict):
            v.fail(data, "a topic must be a mapping")
        tid = v.slug(t, "id")
        if tid in case.topics:
            v.fail(t, f"topic {tid!r} is declared twice")
        case.topics[tid] = Topic(tid, v.strings(t, "label", t.get("label"), required=True),
                                 str(t.get("description") or ""), v.lists(t, "cues", t.get("cues")),
                                 v.lists(t, "anaphors", t.get("anaphors")))
    for p in data.get("plans") or []:
        plan = _parse_plan(v, p, case)
        if plan.id in case.plans:
            v.fail(p, f"plan {plan.id!r} is declared twice")
        case.plans[plan.id] = plan
    for r in data.get("relations") or []:
        if not isinstance(r, dict):
            v.fail(data, "a relation must be a mapping")
        ref = r.get("provision")
        m = re.match(r"^([a-z0-9-]+)#(\d+)$", str(ref or ""))
        if not m:
            v.fail(r, f"\"provision\" must read PLAN#NUMBER, got {ref!r}")
        plan_id, num = m.group(1), int(m.group(2))
        if plan_id not in case.plans or num not in case.plans[plan_id].provisions:
            v.fail(r, f"relation refers to an unknown provision {ref!r}")
        if r.get("relation") not in RELATIONS:
            v.fail(r, f"\"relation\" must be one of {', '.join(RELATIONS)}")
        if r.get("topic") not in case.topics:
            v.fail(r, f"relation refers to an unknown topic {r.get('topic')!r}")
        case.relations.append(Relation(plan_id, num, r["relation"], r["topic"], v.strings(r, "note", r.get("note"))))
    pt = data.get("pledge_topics") or {}
    if not isinstance(pt, dict):
        v.fail(data, "\"pledge_topics\" must be a mapping")
    for cat, topic in pt.items():
        if cat == "__line__":
            continue
        if cat not in PLEDGE_CATEGORIES:
            v.fail(pt, f"unknown pledge category {cat!r}")
        if topic not in case.topics:
            v.fail(pt, f"pledge_topics: unknown topic {topic!r}")
        case.pledge_topics[cat] = topic
    ps = data.get("pledge_stances")
    if ps is not None:
        if not isinstance(ps, list) or not all(isinstance(c, str) for c in ps):
            v.fail(data, "\"pledge_stances\" must be a list of pledge categories")
        for cat in ps:
            if cat not in case.pledge_topics:
                v.fail(data, f"pledge_stances: {cat!r} has no topic in pledge_topics")
        case.pledge_stances = tuple(ps)
    return case


def _parse_plan(v: _V, p: Any, case: Case) -> Plan:
    if not isinstance(p, dict):
        raise CaseError(Errors.E050.format(path=v.source, reason="a plan must be a mapping"))
    pid = v.slug(p, "id")
    versions = []
    for ver in p.get("versions") or []:
        vid = v.slug(ver, "id")
        d = ver.get("date")
        if d is not None and not isinstance(d, dt.date):
            try:
                d = dt.date.fromisoformat(str(d))
            except ValueError:
                v.fail(ver, f"version date {d!r} is not YYYY-MM-DD")
        versions.append(Version(vid, d, v.strings(ver, "label", ver.get("label"))))
    vids = {x.id for x in versions}
    provisions: dict[int, Provision] = {}
    for pr in p.get("provisions") or []:
        if not isinstance(pr, dict) or not isinstance(pr.get("number"), int) or pr["number"] <= 0:
            v.fail(pr if isinstance(pr, dict) else p, "a provision needs a positive integer \"number\"")
        n = pr["number"]
        if n in provisions:
            v.fail(pr, f"provision {n} is declared twice")
        topics = tuple(pr.get("topics") or ())
        for t in topics:
            if t not in case.topics:
                v.fail(pr, f"provision {n}: unknown topic {t!r}")
        pv = {}
        for vid, text in (pr.get("versions") or {}).items():
            if vid == "__line__":
                continue
            if vid not in vids:
                v.fail(pr, f"provision {n}: unknown version {vid!r}")
            pv[vid] = {k: val for k, val in (text or {}).items() if k != "__line__"}
        provisions[n] = Provision(n, v.strings(pr, "text", pr.get("text"), required=True), topics, pv)
    size = p.get("size") or max(provisions, default=0)
    return Plan(pid, v.strings(p, "name", p.get("name"), required=True), v.lists(p, "aliases", p.get("aliases")),
                tuple(versions), provisions, int(size))


def case_template(name: str) -> str:
    """A skeleton case file for ``marsad case new``."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "my-case"
    return f"""# Case file for marsad: see docs/case-files.md for every field.
id: {slug}
name: {{en: {name}, ar: ""}}
description: >
  What the negotiation is about, in one paragraph.

actors: []            # extra actors and groups (knowledge-base records)

topics:
  - id: ceasefire
    label: {{en: Ceasefire, ar: وقف إطلاق النار}}
    description: A ceasefire or an end of hostilities soon.
    cues:
      en: [ceasefire, truce, end of hostilities]
      ar: [وقف إطلاق النار, هدنة, وقف الأعمال العدائية]

plans: []             # plans with numbered provisions

relations: []         # provision/topic relations that make conflicts

pledge_topics: {{}}
"""
