"""The actor knowledge base: countries, organisations, people, places and groups.

The base ships as JSON Lines data files in ``marsad/kb/data/`` (one actor a line); country names come
from CLDR (Babel) and ISO 3166 (pycountry) at load time, the files add what those libraries lack
(spelling variants, Arabic nisba adjectives, English demonyms, capitals, seats of power). A user extends
the base with files of the same shape (``--kb FILE``, ``MARSAD_KB``), and a case file adds its actors.

    >>> from marsad.kb import load_kb
    >>> kb = load_kb()
    >>> kb["FRA"].name
    'France'
    >>> kb.holder("president", country="FRA", on=datetime.date(2025, 11, 25)).name
    'Emmanuel Macron'
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import Errors, KnowledgeBaseError
from ..facts import Entity

__all__ = ["Actor", "Alias", "Role", "KnowledgeBase", "load_kb", "default_kb", "DATA_FILES"]

DATA_FILES = ("countries.jsonl", "organizations.jsonl", "places.jsonl", "people.jsonl")
ACTOR_TYPES = ("country", "person", "organization", "place", "group")


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    lang: str  # "ar" | "en"
    kind: str = "name"  # name | surname | demonym | abbrev


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    country: str | None = None
    org: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def active(self, on: dt.date | None) -> bool:
        # ``end`` is the day the office passed on: the successor holds it from that day
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(slots=True)
class Actor:
    id: str
    type: str
    name: str
    name_ar: str | None = None
    aliases: list[Alias] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None  # the state a place, seat or person belongs to
    stands_for: str | None = None  # metonyms: the actor a capital or seat of power speaks for
    part_of: str | None = None
    members: list[str] = field(default_factory=list)
    provisional: bool = False
    _entity: Entity | None = None

    @property
    def entity(self) -> Entity:
        if self._entity is None:
            self._entity = Entity(self.id, self.type, self.name, self.name_ar, self.provisional)
        return self._entity


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as e:
        raise KnowledgeBaseError(where + f"invalid date {value!r}") from e


class KnowledgeBase:
    """Actors by id, with role look-up by date. Build with :func:`load_kb`."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self._roles: dict[tuple[str, str | None, str | None], list[tuple[Role, Actor]]] = {}
        self.version = 0  # bumped on every change, so matchers built on the KB know to rebuild

    # ----------------------------------------------------------------- access
    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def holder(self, title: str, *, country: str | None = None, org: str | None = None,
               on: dt.date | None = None) -> Actor | None:
        """The actor holding ``title`` for ``country``/``org`` on the date ``on`` (None: the current one)."""
        cands = [a for r, a in self._roles.get((title, country, org), ()) if r.active(on)]
        if len(cands) == 1:
            return cands[0]
        return None

    # ----------------------------------------------------------------- building
    def add(self, actor: Actor, *, replace: bool = True) -> Actor:
        if actor.type not in ACTOR_TYPES:
            raise KnowledgeBaseError(f"actor {actor.id}: unknown type {actor.type!r}")
        old = self.actors.get(actor.id)
        if old is not None and not replace:
            return old
        if old is not None:
            # A user file may extend a shipped actor: keep its aliases and roles, add the new ones.
            actor.aliases = _unique(old.aliases + actor.aliases)
            actor.roles = _unique(old.roles + actor.roles)
            actor.name_ar = actor.name_ar or old.name_ar
            actor.country = actor.country or old.country
            actor.stands_for = actor.stands_for or old.stands_for
            self._unindex_roles(old)
        self.actors[actor.id] = actor
        for r in actor.roles:
            self._roles.setdefault((r.title, r.country, r.org), []).append((r, actor))
        self.version += 1
        return actor

    def _unindex_roles(self, actor: Actor) -> None:
        for r in actor.roles:
            lst = self._roles.get((r.title, r.country, r.org), [])
            lst[:] = [(rr, a) for rr, a in lst if a is not actor]

    def add_record(self, rec: dict[str, Any], where: str = "") -> list[Actor]:
        """Add one data-file record (see the data files for the shape). Returns the actors added."""
        from .countries import expand_country, expand_nisba

        if "id" not in rec or not isinstance(rec.get("id"), str):
            raise KnowledgeBaseError(where + "record has no string \"id\"")
        typ = rec.get("type") or ("country" if "status" in rec else None)
        if typ == "country" and not rec.get("_expanded"):
            added = []
            for r in expand_country(rec):
                added.extend(self.add_record(r, where))
            return added
        if typ not in ACTOR_TYPES:
            raise KnowledgeBaseError(where + f"unknown type {typ!r}")
        if not rec.get("name"):
            raise KnowledgeBaseError(where + "record has no \"name\"")
        aliases: list[Alias] = []
        for lang in ("en", "ar"):
            for a in rec.get(f"aliases_{lang}") or ():
                aliases.append(Alias(a, lang, "abbrev" if _is_abbrev(a) else "name"))
        aliases.append(Alias(rec["name"], "en", "abbrev" if _is_abbrev(rec["name"]) else "name"))
        if rec.get("name_ar"):
            aliases.append(Alias(rec["name_ar"], "ar"))
        sur = rec.get("surname") or {}
        for lang in ("en", "ar"):
            vals = sur.get(lang) or ()
            for a in [vals] if isinstance(vals, str) else vals:
                aliases.append(Alias(a, lang, "surname"))
        for form in expand_nisba(rec.get("nisba_ar") or (), rec.get("broken_plural_ar") or ()):
            aliases.append(Alias(form, "ar", "demonym"))
        for d in rec.get("demonym_en") or ():
            aliases.append(Alias(d, "en", "demonym"))
        roles = []
        for r in rec.get("roles") or ():
            if not isinstance(r, dict) or not r.get("title"):
                raise KnowledgeBaseError(where + "role without a title")
            roles.append(Role(r["title"], r.get("country"), r.get("org"),
                              _date(r.get("start"), where), _date(r.get("end"), where)))
        actor = Actor(
            id=rec["id"], type=typ, name=rec["name"], name_ar=rec.get("name_ar"),
            aliases=_unique(aliases), roles=roles, country=rec.get("country"),
            stands_for=rec.get("stands_for"), part_of=rec.get("part_of"),
            members=list(rec.get("members") or ()), provisional=bool(rec.get("provisional")),
        )
        return [self.add(actor)]

    def load_file(self, path: str | Path) -> int:
        """Add every record of a JSON Lines (or YAML list) file. Returns the number of actors added."""
        p = Path(path)
        if not p.is_file():
            raise KnowledgeBaseError(Errors.E021.format(path=p))
        return self.load_lines(p.read_text(encoding="utf-8").splitlines(), str(p), yaml=p.suffix in (".yaml", ".yml"))

    def load_lines(self, lines: Iterable[str], name: str, *, yaml: bool = False) -> int:
        n = 0
        if yaml:
            import yaml as _yaml

            data = _yaml.safe_load("\n".join(lines)) or []
            if isinstance(data, dict):
                data = data.get("actors") or []
            for i, rec in enumerate(data, 1):
                n += len(self.add_record(rec, Errors.E020.format(path=name, line=i, reason="")))
            return n
        for i, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            where = Errors.E020.format(path=name, line=i, reason="")
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise KnowledgeBaseError(Errors.E020.format(path=name, line=i, reason=f"not JSON ({e.msg})")) from e
            if not isinstance(rec, dict):
                raise KnowledgeBaseError(Errors.E020.format(path=name, line=i, reason="not a JSON object"))
            n += len(self.add_record(rec, where))
        return n


def _is_abbrev(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isascii() and c.isupper() for c in letters) and len(letters) <= 6


def _unique(items: list) -> list:
    seen: set = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def load_kb(extra: Iterable[str | Path] = (), *, base: bool = True) -> KnowledgeBase:
    """Load the shipped base (unless ``base=False``) and then each file of ``extra`` in order."""
    kb = KnowledgeBase()
    if base:
        pkg = resources.files("marsad.kb") / "data"
        for name in DATA_FILES:
            res = pkg / name
            if res.is_file():
                kb.load_lines(res.read_text(encoding="utf-8").splitlines(), f"marsad/kb/data/{name}")
    for path in extra:
        kb.load_file(path)
    return kb


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped base, loaded once per process."""
    return load_kb()
