"""The briefing an analyst reads first: who stands where, who said what lately, who pledged what, and
where the plan collides with stated positions."""
from __future__ import annotations

from collections import Counter, defaultdict

from .case import Case
from .store import queries as Q
from .store.db import Database

_SIGN = {"support": "+", "oppose": "-", "open": "~"}


def briefing(db: Database, case: Case, *, quotes_per_actor: int = 1, actors: int = 8, width: int = 100) -> str:
    s = Q.stats(db)
    lines = [f"Briefing: {case.name.get('en', case.id)}",
             f"{s['originals']} documents ({', '.join(f'{k} {v}' for k, v in s['languages'].items())}), "
             f"{s['from'] or '?'} to {s['to'] or '?'}; {s['facts']['quote']} quotes, {s['facts']['stance']} "
             f"positions, {s['facts']['pledge']} pledges", ""]
    cells = Q.stance_matrix(db)
    topics = [t for t in case.topics if any(c["topic"] == t for c in cells)]
    by_actor: dict[str, dict] = defaultdict(dict)
    names: dict[str, str] = {}
    weight: Counter = Counter()
    for c in cells:
        aid = c["actor"].get("id")
        if c["actor"].get("type") == "person":
            continue  # the matrix shows states, organisations and groups; people speak in the quotes
        by_actor[aid][c["topic"]] = c
        names[aid] = c["actor"].get("name") or aid
        weight[aid] += c["documents"]
    lines.append("Who stands where (+ support, - oppose, ~ open; documents; * changed over time)")
    head = f"{'':<22}" + "".join(f"{t[:12]:>13}" for t in topics)
    lines += [head, "-" * len(head)]
    for aid, _ in weight.most_common(14):
        row = f"{names[aid][:21]:<22}"
        for t in topics:
            c = by_actor[aid].get(t)
            row += f"{(_SIGN[c['latest']] + str(c['documents']) + ('*' if c['changed'] else '')) if c else '':>13}"
        lines.append(row)
    lines += ["", "Latest quotes"]
    speakers = Counter()
    for q in Q.quotes(db, limit=400):
        if q.get("speaker"):
            speakers[q["speaker"]["id"]] += 1
    for sid, _ in speakers.most_common(actors):
        for q in Q.quotes(db, speaker_ids=[sid], limit=quotes_per_actor):
            text = " ".join(q["text"].split())
            lines.append(f"  {q['speaker']['name']} ({q['doc_date'] or 'undated'}): {text[:width]}"
                         + ("…" if len(text) > width else ""))
    lines += ["", "Pledges"]
    pledges: dict[str, set] = defaultdict(set)
    for p in Q.facts_of_kind(db, "pledge", limit=500):
        pledges[p["actor"].get("name") or p["actor"].get("id")].add(p["category"])
    for actor, cats in sorted(pledges.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:12]:
        lines.append(f"  {actor}: {', '.join(sorted(cats))}")
    lines += ["", "Where the plan collides with positions"]
    for c in Q.conflicts(db, case)[:8]:
        ev = c["position_evidence"][0]["text"] if c["position_evidence"] else ""
        lines.append(f"  {c['plan']} #{c['number']} {c['relation']} {c['topic']} <-> "
                     f"{c['actor'].get('name')} ({c['position']}, {c['documents']} documents)")
        lines.append(f"      {' '.join(ev.split())[:width]}")
    return "\n".join(lines)
