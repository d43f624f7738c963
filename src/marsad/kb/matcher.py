"""Alias matching over the normalised view, with Arabic proclitics and word boundaries.

Aliases go into one Aho-Corasick automaton keyed on their normalised form. :meth:`AliasMatcher.match`
returns every acceptable hit; choosing among overlapping hits (longest first) is the caller's business,
as in spaCy's entity ruler where ``match()`` is kept apart from ``set_annotations()``.

Arabic: a hit may follow the proclitics و ف ب ل ك and their combinations (وماكرون، لأوكرانيا، وبالرياض).
An alias that starts with the article ال also matches its contracted form after ل (للناتو، وللاتحاد).
English: a hit must start a word; a name written capitalised in the data must be capitalised in the
text and abbreviations (EU, US, UN) must match their capitals exactly, so "us" and "turkey" are not
actors; an alias written in lower case in the data matches in any case.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..text.normalize import NormText, normalize_str

__all__ = ["AliasMatcher", "Hit", "PROCLITICS", "strip_proclitics"]

# Proclitic strings (normalised) allowed before an Arabic word.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "س", "وس"})
# Before a word that carries the article ال, ل contracts with it (ل + الناتو -> للناتو): handled by the
# contracted key, so the plain prefixes exclude ل.
_PROCLITICS_AL = frozenset({"", "و", "ف", "ب", "ك", "وب", "وك", "فب", "فك"})
_PROCLITICS_LL = frozenset({"", "و", "ف"})


def strip_proclitics(word: str) -> list[str]:
    """Candidate readings of a normalised Arabic word without its proclitics, longest prefix first."""
    out = [word]
    for n in (1, 2):
        if len(word) > n + 1 and word[:n] in PROCLITICS:
            out.append(word[n:])
    if word.startswith(("لل", "ولل", "فلل")):
        i = word.index("لل")
        out.append("ال" + word[i + 2:])
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    actor_id: str
    lang: str
    kind: str  # name | surname | demonym | abbrev
    surface: str  # the alias as written in the data (for the case check)
    contracted: bool = False


@dataclass(slots=True)
class Hit:
    start: int  # original offsets of the alias (without proclitics)
    end: int
    entries: tuple[Entry, ...]
    nstart: int  # offsets in the normalised view
    nend: int


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


class AliasMatcher:
    """Finds the aliases of a set of actors in a text. Build once, use for many documents."""

    def __init__(self, aliases: Iterable[tuple[str, str, str, str]], *, cased: bool = True):
        """``aliases``: (actor_id, alias text, lang, kind) tuples. ``cased``: English names must be
        capitalised in the text (off for common nouns such as titles)."""
        import ahocorasick

        self.cased = cased
        table: dict[str, list[Entry]] = {}
        for actor_id, text, lang, kind in aliases:
            key = " ".join(normalize_str(text).split())
            if len(key) < 2:
                continue
            lang = "ar" if _is_arabic(key) else "en"
            entry = Entry(actor_id, lang, kind, text)
            _add(table, key, entry)
            if lang == "ar" and ("عبد ال" in key or "عبدال" in key):
                # "عبد الرحمن" and "عبدالرحمن" are the same name
                other = key.replace("عبد ال", "عبدال") if "عبد ال" in key else key.replace("عبدال", "عبد ال")
                _add(table, other, entry)
            if lang == "ar" and key.startswith("ال") and len(key) > 3:
                _add(table, "لل" + key[2:], Entry(actor_id, lang, kind, text, True))
        self.table = table
        self._auto = ahocorasick.Automaton()
        for key, entries in table.items():
            self._auto.add_word(key, (key, tuple(entries), key.startswith("ال"),
                                      any(e.lang == "en" for e in entries)))
        self._auto.make_automaton()

    def __len__(self) -> int:
        return len(self.table)

    def match(self, norm: NormText) -> list[Hit]:
        text = norm.text
        orig = norm.original
        n = len(text)
        hits: list[Hit] = []
        for last, (key, entries, ar_al, has_en) in self._auto.iter(text):
            end = last + 1
            if end < n and text[end].isalnum():
                continue
            start = end - len(key)
            ws = start
            while ws > 0 and text[ws - 1].isalnum():
                ws -= 1
            prefix = text[ws:start] if ws < start else ""
            if prefix and not has_en and prefix not in PROCLITICS:
                continue
            ok: list[Entry] = []
            surface = None
            for e in entries:
                if e.lang == "ar":
                    if e.contracted:
                        allowed = _PROCLITICS_LL
                    elif ar_al:
                        allowed = _PROCLITICS_AL
                    else:
                        allowed = PROCLITICS
                    if prefix not in allowed:
                        continue
                else:
                    if prefix:
                        continue
                    if surface is None:
                        ostart, oend = norm.to_original(start, end)
                        surface = orig[ostart:oend]
                    if e.kind == "abbrev":
                        if surface != e.surface:
                            continue
                    elif (self.cased and e.surface[:1].isupper() and not surface[:1].isupper()
                          and not surface[:1].isdigit()):
                        # an alias written capitalised in the data must be capitalised in the text;
                        # one written in lower case ("coalition of the willing") matches any case
                        continue
                ok.append(e)
            if ok:
                ostart, oend = norm.to_original(start, end)
                hits.append(Hit(ostart, oend, tuple(ok), start, end))
        return hits


def _add(table: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    lst = table.setdefault(key, [])
    if entry not in lst:
        lst.append(entry)
