"""Typed facts and their JSON form (the facts contract).

Every fact carries ``evidence``: the span of the original text (a sentence or smaller) that supports it.
``Fact.to_dict()`` gives exactly the record ``marsad extract`` prints.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

__all__ = ["Entity", "Evidence", "Fact", "Mention", "Quote", "Stance", "Figure", "Event", "Pledge",
           "ProvisionRef", "FACT_KINDS", "POLARITIES", "EVENT_TYPES", "PLEDGE_CATEGORIES"]

FACT_KINDS = ("mention", "quote", "stance", "figure", "event", "pledge", "provision")
POLARITIES = ("support", "oppose", "open")
EVENT_TYPES = ("meeting", "talks", "statement", "agreement", "attack", "visit", "deadline", "other")
PLEDGE_CATEGORIES = ("troops", "training", "funding", "equipment", "air", "maritime", "intelligence", "other")


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor: ``id`` is an ISO 3166-1 alpha-3 code for countries, else a stable slug."""

    id: str
    type: str  # country | person | organization | place | group
    name: str
    name_ar: str | None = None
    provisional: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = {"id": self.id, "type": self.type, "name": self.name, "name_ar": self.name_ar}
        if self.provisional:
            d["provisional"] = True
        return d


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    @staticmethod
    @lru_cache(maxsize=64)
    def of(text: str, start: int, end: int) -> "Evidence":
        """The span ``start:end`` of ``text`` (one object for the facts of one span, often a sentence). A
        static method: a class method would make a bound method at every call."""
        return Evidence(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Fact:
    kind: ClassVar[str] = ""
    evidence: Evidence

    def payload(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def to_dict(self, doc_id: str | None = None) -> dict[str, Any]:
        return {"doc": doc_id, "kind": self.kind, **self.payload(), "evidence": self.evidence.to_dict()}


@dataclass(slots=True)
class Mention(Fact):
    """One occurrence of a linked actor. ``start``/``end`` delimit the surface form."""

    kind: ClassVar[str] = "mention"
    entity: Entity
    text: str
    start: int
    end: int
    via: str = "alias"  # alias | surname | title | demonym | provisional | metonym

    def payload(self) -> dict[str, Any]:
        return {"entity": self.entity.to_dict(), "text": self.text,
                "start": self.start, "end": self.end}


@dataclass(slots=True)
class Quote(Fact):
    """Reported speech: the words (``start``/``end`` delimit them) and who said them."""

    kind: ClassVar[str] = "quote"
    speaker: Entity | None
    speaker_text: str | None
    text: str
    direct: bool
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # the speech verb or attribution phrase

    def payload(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_dict() if self.speaker else None,
                "speaker_text": self.speaker_text, "text": self.text, "direct": self.direct,
                "start": self.start, "end": self.end}


@dataclass(slots=True)
class Span:
    """A labelled span used between components (titles, cues); not printed as a fact."""

    start: int
    end: int
    label: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Stance(Fact):
    """An actor's position on a topic of the case."""

    kind: ClassVar[str] = "stance"
    actor: Entity
    topic: str
    polarity: str  # support | oppose | open
    cue: str = ""  # the words that carry the position
    source: str = "text"  # text | quote

    def payload(self) -> dict[str, Any]:
        return {"actor": self.actor.to_dict(), "topic": self.topic, "polarity": self.polarity, "cue": self.cue}


@dataclass(slots=True)
class Figure(Fact):
    """A number of the story, fully expanded (210 مليار يورو -> 210000000000 EUR)."""

    kind: ClassVar[str] = "figure"
    value: float
    unit: str  # ISO 4217 code, count, percent or year
    text: str
    start: int
    end: int
    counted: str | None = None  # what is counted ("دولة", "troops")

    def payload(self) -> dict[str, Any]:
        v = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": v, "unit": self.unit, "text": self.text, "counted": self.counted,
                "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event(Fact):
    kind: ClassVar[str] = "event"
    type: str  # meeting | talks | statement | agreement | attack | visit | deadline | other
    date: str | None
    participants: list[Entity]
    place: Entity | None
    trigger: str = ""
    date_text: str | None = None

    def payload(self) -> dict[str, Any]:
        return {"type": self.type, "date": self.date, "participants": [p.to_dict() for p in self.participants],
                "place": self.place.to_dict() if self.place else None, "trigger": self.trigger,
                "date_text": self.date_text}


@dataclass(slots=True)
class Pledge(Fact):
    kind: ClassVar[str] = "pledge"
    actor: Entity
    category: str  # troops | training | funding | equipment | air | maritime | intelligence | other
    value: float | None = None
    unit: str | None = None
    cue: str = ""

    def payload(self) -> dict[str, Any]:
        d: dict[str, Any] = {"actor": self.actor.to_dict(), "category": self.category, "cue": self.cue}
        if self.value is not None:
            d["value"] = int(self.value) if float(self.value).is_integer() else self.value
            d["unit"] = self.unit
        return d


@dataclass(slots=True)
class ProvisionRef(Fact):
    """A citation of a numbered provision of a plan declared in the case."""

    kind: ClassVar[str] = "provision"
    plan: str
    number: int
    text: str | None  # the cited content: quoted in the article, else the case's text
    cited: str = ""  # the words of the citation ("النقطة الثامنة")

    def payload(self) -> dict[str, Any]:
        return {"plan": self.plan, "number": self.number, "text": self.text, "cited": self.cited}
