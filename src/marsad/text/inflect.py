"""Forms of a verb, for the word families of the components (triggers of events, verbs of speech, of giving).

Generated forms are cue words, not a morphological analysis: a component picks the forms it wants and leaves
out those that read as other words.
"""
from __future__ import annotations

__all__ = ["ar_past", "ar_imperfect", "en_forms"]


def ar_past(past: str) -> list[str]:
    """An Arabic past verb with its person endings (ت، وا، ا، تا): "اجتمع" -> اجتمعت، اجتمعوا ..."""
    base = past[:-1] if past.endswith("ى") else past
    return [past] + [base + end for end in ("ت", "وا", "ا", "تا")]


def ar_imperfect(stem: str, *, persons: str = "يتن", endings: tuple[str, ...] = ("", "ان", "ون"),
                 future: tuple[str, ...] = ("",)) -> list[str]:
    """An Arabic imperfect stem with its person prefixes and endings, after each of ``future`` (س)."""
    return [fut + person + stem + end for fut in future for person in persons for end in endings]


def en_forms(entry: str) -> list[tuple[str, str]]:
    """"send:sends:sent:sending" -> [(send, base), (sends, s), (sent, ed), (sending, ing)]; a lone regular verb
    ("deploy") gets its regular forms; "_" stands for a space."""
    parts = [p.replace("_", " ") for p in entry.split(":")]
    if len(parts) == 1:
        w = parts[0]
        stem = w[:-1] if w.endswith("e") else w
        parts = [w, w + "s", stem + "ed", stem + "ing"]
    return list(zip(parts, ("base", "s", "ed", "ing")))
