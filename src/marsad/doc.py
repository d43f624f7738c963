"""The document object that flows through the pipeline."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .facts import Fact, Mention, Quote, Span
from .text import NormText, normalize

__all__ = ["Doc", "SpanSet"]


@dataclass
class Doc:
    """An article and everything the components found in it.

    ``text`` is never changed: every offset in every fact indexes it. ``norm`` is the normalised view
    used for matching (see :mod:`marsad.text.normalize`).
    """

    text: str
    id: str = "doc"
    lang: str | None = None
    date: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sents: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    _norm: NormText | None = field(default=None, repr=False)
    _sent_starts: list[int] | None = field(default=None, repr=False)

    @cached_property  # read hundreds of times an article: after the first, a plain attribute
    def norm(self) -> NormText:
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    def _starts(self) -> list[int]:
        """The start of every sentence, listed again (the sentences were set or changed in number)."""
        starts = self._sent_starts = [s for s, _ in self.sents]
        return starts

    def sent_index(self, pos: int) -> int:
        """Index of the sentence that contains (or precedes) ``pos``."""
        starts = self._sent_starts
        if starts is None or len(starts) != len(self.sents):
            starts = self._starts()
        i = bisect_right(starts, pos) - 1
        return i if i > 0 else 0

    def sent_span(self, pos: int) -> tuple[int, int]:
        """The sentence that contains (or precedes) ``pos``: the look-up of :meth:`sent_index`, not called
        (both are made for nearly every fact)."""
        sents = self.sents
        if not sents:
            return (0, len(self.text))
        starts = self._sent_starts
        if starts is None or len(starts) != len(sents):
            starts = self._starts()
        i = bisect_right(starts, pos) - 1
        return sents[i if i > 0 else 0]

    def all_facts(self) -> list[Fact]:
        out: list[Fact] = [*self.mentions, *self.quotes]
        for facts in self.facts.values():
            out.extend(facts)
        return out

    def to_records(self) -> list[dict[str, Any]]:
        """The facts as contract records (JSON-ready dicts), in document order per kind."""
        return [f.to_dict(self.id) for f in self.all_facts()]


class SpanSet:
    """Spans (start, end) that may nest or overlap, asked whether one holds a position: made once per article,
    their starts in order and the furthest end among the spans up to each one. A span holds ``pos`` iff the
    furthest end among those starting by ``pos`` lies after it: one bisection, no walk back."""
    __slots__ = ("starts", "reach")

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def holds(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos

    def covers(self, start: int, end: int) -> bool:
        """Whether a span holds all of [start, end): one starting by ``start`` ends at ``end`` or after (the
        furthest end among those starting by ``start`` does)."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end
