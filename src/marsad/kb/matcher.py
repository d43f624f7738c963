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

import weakref
from dataclasses import dataclass
from typing import Iterable

from ..text.normalize import NormText, normalize_str
from ..text.wordscan import SharedWords, build_automaton

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


# A hit: (start, end, entries, nstart, nend): the original offsets of the alias (without proclitics), the
# entries of its key, its offsets in the normalised view. A plain tuple, read by index or unpacked: a named
# tuple (or a dataclass) costs a call to make for each of the hundred hits or so of an article.
Hit = tuple[int, int, tuple[Entry, ...], int, int]


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


class AliasMatcher:
    """Finds the aliases of a set of actors in a text. Build once, use for many documents."""

    def __init__(self, aliases: Iterable[tuple[str, str, str, str]], *, cased: bool = True,
                 shared: SharedWords | None = None):
        """``aliases``: (actor_id, alias text, lang, kind) tuples. ``cased``: English names must be
        capitalised in the text (off for common nouns such as titles). ``shared``: put the aliases in that
        shared automaton instead of an automaton of their own (one pass over a text for them and the other
        lists; the aliases are given back when the matcher is deleted)."""
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
        words = ((key, (len(key), *self._accepted(key, entries))) for key, entries in table.items())
        if shared is not None:
            self._auto = shared.add(words)
            weakref.finalize(self, shared.discard, self._auto)
        else:
            self._auto = build_automaton(words)

    def _accepted(self, key: str, entries: list[Entry]):
        """What :meth:`match` needs of a key besides its length: (proclitics allowed before it, its entries,
        None) for an Arabic key (all entries of a key share its script), (None, its entries, case rules) for an
        English one (no rules when every entry matches in any case)."""
        if entries[0].lang == "ar":
            allowed = [_PROCLITICS_LL if e.contracted else _PROCLITICS_AL if key.startswith("ال") else PROCLITICS
                       for e in entries]
            if all(a is allowed[0] for a in allowed):
                return allowed[0], tuple(entries), None
            # entries allowing different proclitics (rare): the entries of each prefix
            by_prefix = {p: tuple(e for e, a in zip(entries, allowed) if p in a) for p in PROCLITICS}
            return {p: ok for p, ok in by_prefix.items() if ok}, None, None
        # (entry, exact surface wanted, capital wanted): abbreviations match their capitals exactly; an
        # alias written capitalised in the data must be capitalised in the text, one written in lower case
        # ("coalition of the willing") matches any case
        rules = tuple((e, e.kind == "abbrev", self.cased and e.surface[:1].isupper()) for e in entries)
        return None, tuple(entries), rules if any(exact or cap for _, exact, cap in rules) else ()

    def __len__(self) -> int:
        return len(self.table)

    def match(self, norm: NormText) -> list[Hit]:
        text = norm.text
        orig = norm.original
        # the view's offsets are the original offsets where no character was deleted or expanded (most
        # texts): no mapping then
        to_original = None if norm.is_plain() else norm.to_original
        n = len(text)
        hits: list[Hit] = []
        for last, (klen, allowed, entries, english) in self._auto.iter(text):
            end = last + 1
            if end < n and text[end].isalnum():
                continue
            start = end - klen
            if start and text[start - 1].isalnum():
                # the hit does not start a word: only an Arabic proclitic (one or two letters) may precede it
                if english is not None:
                    continue
                if start > 1 and text[start - 2].isalnum():
                    if start > 2 and text[start - 3].isalnum():
                        continue
                    prefix = text[start - 2:start]
                else:
                    prefix = text[start - 1]
            else:
                prefix = ""
            if english is None:
                if prefix not in allowed:
                    continue
                ok = entries if entries is not None else allowed[prefix]
                ostart, oend = (start, end) if to_original is None else to_original(start, end)
            else:
                ostart, oend = (start, end) if to_original is None else to_original(start, end)
                if english:
                    surface = orig[ostart:oend]
                    capital = surface[:1].isupper() or surface[:1].isdigit()
                    ok = tuple([e for e, exact, cap in english
                                if (surface == e.surface if exact else capital or not cap)])
                    if not ok:
                        continue
                else:
                    ok = entries
            hits.append((ostart, oend, ok, start, end))
        return hits


def _add(table: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    lst = table.setdefault(key, [])
    if entry not in lst:
        lst.append(entry)
