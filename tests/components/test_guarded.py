"""Every guarded pattern keeps its guard words in step with its text: wherever the bare pattern matches a
sentence of any development or fresh article (as written and normalised), or the start of one through a
space (the windows of the patterns anchored at their end), that stretch holds one of the guard words, so
the guard never hides a match."""
import glob
import sys

import pytest

from marsad.components import clauses, events, pledges, stances  # noqa: F401 - their patterns are collected
from marsad.components.clauses import Guarded
from marsad.text import normalize, split_sentences
from tests.conftest import ROOT


def _guarded():
    for name in ("clauses", "pledges", "stances", "events"):
        module = sys.modules[f"marsad.components.{name}"]
        for attr, value in vars(module).items():
            if isinstance(value, Guarded):
                yield f"{name}.{attr}", value


def _sentences():
    out = []
    for path in sorted(glob.glob(str(ROOT / "eval" / "**" / "articles" / "*.txt"), recursive=True)):
        text = open(path, encoding="utf-8").read()
        view = normalize(text).text
        for s, e in split_sentences(text):
            out.append(text[s:e])
            out.append(view[s:e] if len(view) == len(text) else normalize(text[s:e]).text)
    return out


SENTENCES = _sentences()
GUARDED = dict(_guarded())


def test_the_guarded_patterns_are_found():
    assert len(GUARDED) >= 10 and len(SENTENCES) > 1000


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guard_never_hides_a_match(name):
    g = GUARDED[name]
    matched = 0
    for s in SENTENCES:
        for end in [i + 1 for i, c in enumerate(s) if c == " "] + [len(s)]:
            if g.pattern.search(s, 0, end):
                matched += 1
                assert any(w in s[:end] for w in g.words), (name, s[:end])
    assert matched, f"{name} matches nothing here: the test says nothing of it"
