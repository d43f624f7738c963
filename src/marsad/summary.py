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


_STYLE = {"mention": ("\x1b[4m", "\x1b[24m"), "quote": ("\x1b[36m", "\x1b[39m")}
_PLAIN = {"mention": ("[", "]"), "quote": ("«", "»")}


def mark_text(text: str, facts: list[dict], *, lang: str | None = None, color: bool = False) -> str:
    """The text with mentions and quotes marked (underline and colour on a terminal, brackets otherwise).
    Arabic paragraphs start with a right-to-left mark so a bidi-aware terminal lays them out right to left."""
    marks = _STYLE if color else _PLAIN
    spans = []
    for f in facts:
        if f.get("kind") in marks and f.get("start") is not None and f.get("end") is not None:
            spans.append((f["start"], f["end"], f["kind"]))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, pos, taken_until = [], 0, -1
    for s, e, kind in spans:
        if s < taken_until or s < pos:
            continue
        out.append(text[pos:s])
        out.append(marks[kind][0] + text[s:e] + marks[kind][1])
        pos = taken_until = e
    out.append(text[pos:])
    marked = "".join(out)
    if lang == "ar":
        marked = "\n".join("\u200f" + line if line.strip() else line for line in marked.split("\n"))
    return marked
