"""The search form of a text: the normalised view with Arabic proclitics and the article split off.

Applied the same way to what is indexed and to what is asked, so "أوكرانيا" finds "لأوكرانيا" and
"والمملكة" finds "المملكة"; English is lower-cased. :func:`highlight` marks the words of a sentence whose
search form is one of the query's.
"""
from __future__ import annotations

import re

from ..text.normalize import NormText, normalize_str

__all__ = ["search_form", "sentence_forms", "query_terms", "highlight"]

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_AR = re.compile(r"[\u0621-\u064a]")
_TOKEN_ORIG = re.compile(r"[^\W_](?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640])*")


def _strip_word(w: str) -> str:
    if not _AR.match(w) or len(w) < 4:
        return w
    for p in ("وال", "فال", "بال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):]
    for p in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            rest = w[len(p):]
            return rest[2:] if rest.startswith("ال") and len(rest) > 4 else rest
    return w


class _Stripped(dict):
    """word -> its search form, made on the first look-up (a dict look-up per word after that: news words
    repeat; cleared when it grows past 200,000 words)."""

    def __missing__(self, w: str) -> str:
        if len(self) >= 200_000:
            self.clear()
        form = self[w] = _strip_word(w)
        return form


_STRIPPED = _Stripped()
_strip = _STRIPPED.__getitem__


def search_form(text: str) -> str:
    return " ".join(_words(normalize_str(text)))


def sentence_forms(norm: NormText, spans, words: list[str] | None = None) -> list[str]:
    """``[search_form(text[s:e]) for s, e in spans]`` read off the text's normalised view (already made by
    the pipeline): normalisation maps each character on its own, so a sentence's view is a slice of the
    text's. The words of the forms are added to ``words`` when it is given (what a near-duplicate signature
    is made of: see :func:`marsad.store.neardup.signature_words`)."""
    view, to_view = norm.text, norm.to_view
    forms = []
    for s, e in spans:
        ws = _words(view[to_view(s):to_view(e)])
        forms.append(" ".join(ws))
        if words is not None:
            words.extend(ws)
    return forms


def _words(text: str) -> list[str]:
    """The search forms of the words of ``text``: ``map(_strip, _TOKEN.findall(text))``, with the regular
    expression run only on the pieces between white space that are not one word already (a piece whose
    characters are all letters and digits, ``str.isalnum``, is one word of ``_TOKEN``: its class is those very
    characters). Most pieces are, and the expression's class costs a look-up in the Unicode tables per
    character: about a third of the instructions."""
    strip, tokens = _STRIPPED.__getitem__, _TOKEN.findall
    pieces = text.split()
    if text.isascii():  # no Arabic letter: every word is its own search form (no look-up)
        if all(map(str.isalnum, pieces)):
            return pieces
        out = []
        for piece in pieces:
            if piece.isalnum():
                out.append(piece)
            else:
                out.extend(tokens(piece))
        return out
    out = []
    for piece in pieces:
        if piece.isalnum():
            out.append(strip(piece))
        else:
            out.extend(map(strip, tokens(piece)))
    return out


def query_terms(query: str) -> list[str]:
    return search_form(query).split()


def highlight(text: str, terms: list[str], mark=("«", "»")) -> str:
    """The text with every word whose search form is a query term wrapped in ``mark``."""
    wanted = set(terms)
    out = []
    last = 0
    for m in _TOKEN_ORIG.finditer(text):
        if _strip(normalize_str(m.group())) in wanted:
            out.append(text[last:m.start()])
            out.append(mark[0] + m.group() + mark[1])
            last = m.end()
    out.append(text[last:])
    return "".join(out)
