"""Where a plan provision contradicts a stated position or a pledge.

The case declares relations between provisions and topics (``relations`` in the case file): a provision
that *excludes* a topic conflicts with every actor that supports it or pledges to it (point 8 of the US
plan bars NATO troops from Ukraine; the states backing a multinational force conflict with it); one
that *requires* a topic conflicts with the actors who oppose it; one that *limits* a topic conflicts with
its supporters, more mildly. Each conflict carries the evidence of both sides: the words of an article
citing the provision (else the case's text of it) and the words of the position or pledge.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .case import Case
from .doc import Doc

__all__ = ["Conflict", "find_conflicts"]

_CONFLICTING = {"excludes": ("support",), "limits": ("support",), "requires": ("oppose",)}


@dataclass
class Conflict:
    plan: str
    number: int
    relation: str
    topic: str
    actor: dict[str, Any]
    position: str  # support | oppose | pledge:<category>
    provision_text: str | None
    provision_evidence: list[dict[str, Any]] = field(default_factory=list)
    position_evidence: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"plan": self.plan, "number": self.number, "relation": self.relation, "topic": self.topic,
                "actor": self.actor, "position": self.position, "provision_text": self.provision_text,
                "provision_evidence": self.provision_evidence, "position_evidence": self.position_evidence,
                "note": self.note}


def _ev(doc: Doc, fact) -> dict[str, Any]:
    return {"doc": doc.id, "start": fact.evidence.start, "end": fact.evidence.end, "text": fact.evidence.text}


def find_conflicts(docs: Iterable[Doc], case: Case, lang: str = "en") -> list[Conflict]:
    """Conflicts between the case's provisions and the positions and pledges found in ``docs``."""
    docs = list(docs)
    citations: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for doc in docs:
        for p in doc.facts.get("provision", []):
            citations.setdefault((p.plan, p.number), []).append(_ev(doc, p))
    category_topic = case.pledge_topics
    out: dict[tuple, Conflict] = {}
    for rel in case.relations:
        plan = case.plans[rel.plan]
        prov = plan.provision(rel.number)
        text = prov.text_in(None, lang) if prov else None
        wanted = _CONFLICTING[rel.relation]
        for doc in docs:
            positions = [(s.actor, s.polarity, s) for s in doc.facts.get("stance", [])
                         if s.topic == rel.topic and s.polarity in wanted]
            if rel.relation in ("excludes", "limits"):
                positions += [(p.actor, f"pledge:{p.category}", p) for p in doc.facts.get("pledge", [])
                              if category_topic.get(p.category) == rel.topic]
            for actor, position, fact in positions:
                key = (rel.plan, rel.number, rel.topic, actor.id, position)
                c = out.get(key)
                if c is None:
                    c = out[key] = Conflict(rel.plan, rel.number, rel.relation, rel.topic, actor.to_dict(), position,
                                            text, citations.get((rel.plan, rel.number), [])[:3], [],
                                            rel.note.get(lang) or rel.note.get("en"))
                if len(c.position_evidence) < 5:
                    c.position_evidence.append(_ev(doc, fact))
    return sorted(out.values(), key=lambda c: (c.plan, c.number, c.topic, c.actor.get("id", ""), c.position))
