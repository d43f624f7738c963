"""Readable summaries of extracted documents (``--format table`` and the demo)."""
from __future__ import annotations

from collections import Counter

from .doc import Doc


def _ent(e) -> str:
    if e is None:
        return "(unnamed)"
    return f"{e.name}" + (" *" if getattr(e, "provisional", False) else "")


def _short(s: str, n: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render_doc(doc: Doc) -> str:
    title = doc.meta.get("title") or ""
    lines = [f"== {doc.id}  [{doc.lang}, {doc.date.isoformat() if doc.date else 'date unknown'}]"
             + (f"  {title}" if title else "")]
    counts = Counter(m.entity.id for m in doc.mentions)
    names = {m.entity.id: m.entity for m in doc.mentions}
    if counts:
        top = ", ".join(f"{_ent(names[i])} ({n})" for i, n in counts.most_common(12))
        lines.append(f"   actors ({len(counts)}): {top}")
    for q in doc.quotes:
        mark = "“”" if q.direct else "~ "
        lines.append(f"   {mark[0]} {_ent(q.speaker) if q.speaker or not q.speaker_text else q.speaker_text + ' (unnamed)'}: "
                     f"{_short(q.text)}")
    for kind, facts in doc.facts.items():
        if facts:
            lines.append(f"   {kind}s: {len(facts)}")
    return "\n".join(lines)
