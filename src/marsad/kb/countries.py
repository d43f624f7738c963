"""Expansion of country records: library names, nisba adjectives, capitals and seats of power.

A record of ``countries.jsonl`` holds only what the libraries lack; :func:`expand_country` adds the
English and Arabic names of CLDR (Babel) and the ISO 3166 names of pycountry, and turns the capital and
the seats of power into actors of their own that stand for the country (``stands_for``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

__all__ = ["expand_country", "expand_nisba", "library_names"]

# ISO codes for states pycountry does not list under an alpha-3 code.
_ALPHA2_EXTRA = {"XKX": "XK"}


@lru_cache(maxsize=1)
def _locales():
    from babel import Locale

    return Locale("en").territories, Locale("ar").territories


def library_names(alpha3: str) -> tuple[list[str], list[str]]:
    """English and Arabic names of a state from pycountry and CLDR."""
    import pycountry

    en: list[str] = []
    ar: list[str] = []
    c = pycountry.countries.get(alpha_3=alpha3)
    a2 = _ALPHA2_EXTRA.get(alpha3) or (c.alpha_2 if c else None)
    if c is not None:
        for attr in ("common_name", "name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                en.append(v)
    if a2:
        t_en, t_ar = _locales()
        if a2 in t_en:
            en.append(t_en[a2])
        if a2 in t_ar:
            ar.append(t_ar[a2])
    # Library names such as "Korea, Republic of" are not how anyone writes: drop inverted forms.
    en = [n for n in en if "," not in n]
    ar = [n for n in ar if "،" not in n and "," not in n]
    return en, ar


def _slug(name: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def expand_country(rec: dict[str, Any]) -> list[dict[str, Any]]:
    cid = rec["id"]
    en, ar = library_names(cid)
    country = {
        "id": cid, "type": "country", "name": rec.get("name") or (en[0] if en else cid),
        "name_ar": rec.get("name_ar") or (ar[0] if ar else None),
        "aliases_en": [*en, *(rec.get("aliases_en") or ())],
        "aliases_ar": [*ar, *(rec.get("aliases_ar") or ())],
        "nisba_ar": rec.get("nisba_ar") or [], "broken_plural_ar": rec.get("broken_plural_ar") or [],
        "demonym_en": rec.get("demonym_en") or [], "members": rec.get("members") or [],
        "_expanded": True,
    }
    out = [country]
    cap = rec.get("capital")
    if isinstance(cap, dict) and cap.get("name"):
        out.append({
            "id": cap.get("id") or _slug(cap["name"]), "type": "place", "name": cap["name"],
            "name_ar": cap.get("name_ar"), "aliases_en": cap.get("aliases_en") or [],
            "aliases_ar": cap.get("aliases_ar") or [], "country": cid,
            # a capital speaks for its state, unless the record names another actor (Brussels: the EU)
            "stands_for": cap.get("stands_for") or cid,
        })
    for seat in rec.get("seats") or ():
        out.append({
            "id": seat.get("id") or _slug(seat["name"]), "type": seat.get("type") or "organization",
            "name": seat["name"], "name_ar": seat.get("name_ar"),
            "aliases_en": seat.get("aliases_en") or [], "aliases_ar": seat.get("aliases_ar") or [],
            "country": cid, "stands_for": cid,
        })
    return out


def expand_nisba(nisba: Iterable[str], broken_plurals: Iterable[str] = ()) -> list[str]:
    """Every written form of Arabic relative adjectives: فرنسي -> فرنسي فرنسية فرنسيون فرنسيين
    فرنسيات, each also with the article ال. Broken plurals (أتراك) get the article too."""
    forms: list[str] = []
    for base in nisba:
        base = base.strip()
        if not base:
            continue
        stem = base[2:] if base.startswith("ال") else base
        for f in (stem, stem + "ة", stem + "ون", stem + "ين", stem + "ات"):
            forms += [f, "ال" + f]
    for bp in broken_plurals:
        bp = bp.strip()
        if bp:
            stem = bp[2:] if bp.startswith("ال") else bp
            forms += [stem, "ال" + stem]
    return forms
