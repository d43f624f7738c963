"""Currency names after or before a number, in both languages, read from CLDR (through Babel).

A qualified name ("Norwegian kroner", "كرونة نرويجية", "Swiss francs", "ريال قطري") names one currency. A bare
noun ("crowns", "كرونة", "riyals", "دينار") may name several: :func:`resolve` picks the one of a country named in
the same sentence, else the most used one. The dollar, the euro, the pound, the rouble and the hryvnia have
their own patterns in the figures component (a bare "dollar" is the US dollar); this table covers the other
currencies of every country (ISO 3166, through pycountry), so a figure in Danish kroner or Saudi riyals is money.

Built once, lazily, at the first number with a word after it (not at import).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import normalize_str

__all__ = ["Currencies", "currencies"]

# the currencies that have patterns of their own in the figures component
_OWN = {"USD", "EUR", "GBP", "CAD", "RUB", "UAH"}

# bare nouns that CLDR does not give (colloquial English, Arabic plurals), with the currencies they may name;
# the first is the one read when no country of the sentence says otherwise
_EXTRA_BARE = {
    "crown": ("SEK", "NOK", "DKK", "CZK", "ISK"), "crowns": ("SEK", "NOK", "DKK", "CZK", "ISK"),
    "krona": ("SEK", "ISK"), "kronor": ("SEK", "ISK"), "kronur": ("ISK",),
    "krone": ("NOK", "DKK"), "kroner": ("NOK", "DKK"),
    "كرونات": ("SEK", "NOK", "DKK", "CZK", "ISK"),
    "renminbi": ("CNY",), "رنمينبي": ("CNY",),
    "ريالات": ("SAR", "QAR", "OMR", "IRR", "YER"), "دراهم": ("AED", "MAD"),
    "دنانير": ("KWD", "JOD", "IQD", "BHD", "LYD", "TND", "DZD", "RSD"),
    "ليرات": ("TRY", "LBP", "SYP"), "فرنكات": ("CHF",), "شيكلات": ("ILS",), "شواكل": ("ILS",),
    "جنيهات": ("EGP", "SDG", "SSP"),
}
# bare nouns too common as words (or names) to be read as money ("5 billion won", "10 gold medals", "مارك")
_NOT_BARE = {"won", "real", "reais", "rand", "mark", "lev", "leva", "lei", "leu", "som", "manat", "lari", "dram",
             "peso", "pesos", "dollar", "dollars", "pound", "pounds", "euro", "euros", "دولار", "يورو",
             "جنيه", "روبل", "ruble", "rubles", "rouble", "roubles", "دولارا", "دولارات",
             "gold", "mark", "marks", "sol", "soles", "tala", "kina", "kip", "kips", "pula", "pulas", "loti",
             "lotis", "dong", "reals", "soms", "vatu", "ذهب", "مارك", "سيدي", "ليون", "ليو", "سول", "سوم", "بير",
             "كيب", "راند", "بولا", "كينا", "تالا"}
# where a bare noun names several currencies and no country of the sentence decides: the most reported
_FIRST = {"franc": "CHF", "francs": "CHF", "فرنك": "CHF", "rupee": "INR", "rupees": "INR", "روبيه": "INR",
          "riyal": "SAR", "riyals": "SAR", "ريال": "SAR", "dinar": "KWD", "dinars": "KWD", "دينار": "KWD",
          "dirham": "AED", "dirhams": "AED", "درهم": "AED", "lira": "TRY", "ليره": "TRY", "yuan": "CNY",
          "يوان": "CNY", "yen": "JPY", "ين": "JPY", "shekel": "ILS", "shekels": "ILS", "شيكل": "ILS"}


@dataclass(frozen=True)
class Currencies:
    names: dict  # normalised qualified name or symbol -> code
    nouns: dict  # normalised bare noun -> the currencies it may name, the usual one first
    codes: frozenset  # ISO codes
    of_country: dict  # ISO3 country -> its currencies
    longest: int  # the most words of a qualified name
    heads: dict  # the first word of each name -> the most words of a name starting with it

    def after(self, right: str) -> tuple[int, str | tuple[str, ...]] | None:
        """(length, code or candidate codes) of a currency name at the start of ``right`` (the normalised
        view after a number): the longest qualified name, else a bare noun (with an Arabic plural or
        accusative ending: كرونات، ريالًا), else a symbol."""
        first = _WORD_AFTER.match(right)
        if first is not None:
            w = first.group(1)
            # (words read only as far as a name starting with the first can reach: most words after a number
            # start no name, and no name is tried then)
            most = min(self.heads.get(w, 0), self.longest)
            if most:
                words = [first]
                pos = first.end()
                while len(words) < most:  # (each word matched where the one before ends: no search ahead)
                    m = _WORD_AFTER.match(right, pos)
                    if m is None:
                        break
                    words.append(m)
                    pos = m.end()
                for k in range(len(words), 0, -1):
                    code = self.names.get(" ".join(m.group(1) for m in words[:k]))
                    if code is not None:
                        return words[k - 1].end(), code
            for key in (w, w[:-2] if w.endswith("ات") else None, w[:-1] if w.endswith("ا") else None):
                if key and key in self.nouns:
                    return first.end(), self.nouns[key]
            return None
        head = right.lstrip(" \t")
        for k in (3, 2, 1):
            code = self.names.get(head[:k])
            if code is not None:
                return len(right) - len(head) + k, code
        return None

    def code(self, original_right: str) -> tuple[int, str] | None:
        """(length, code) of an ISO code ("NOK", "SAR") at the start of the original text after a number:
        in capitals only, as "ALL", "TOP" or "TRY" are words too."""
        m = _CODE_AFTER.match(original_right)
        return (m.end(1), m.group(1)) if m and m.group(1) in self.codes else None

    def before(self, original_left: str) -> tuple[int, str] | None:
        """(offset in ``original_left``, code) of an ISO code in capitals or a symbol that ends it."""
        m = _CODE_BEFORE.search(original_left)
        if m and m.group(1) in self.codes:
            return m.start(1), m.group(1)
        head = original_left.rstrip(" \t")
        for k in (3, 2, 1):
            code = self.names.get(head[-k:]) if len(head) >= k else None
            if code is not None and not head[-k:].isalpha():
                return len(head) - k, code
        return None

    def resolve(self, codes: str | tuple[str, ...], countries: list[str]) -> str:
        """One code of ``codes``: the currency of the first of ``countries`` (nearest first) that uses one."""
        if isinstance(codes, str):
            return codes
        for c in countries:
            for code in self.of_country.get(c, ()):
                if code in codes:
                    return code
        return codes[0]


# the words after a number, each ending where no letter follows (joined by spaces or tabs only)
_WORD_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")
_CODE_AFTER = re.compile(r"[ \t]*([A-Z]{3})(?![A-Za-z])")
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{3})[ \t]*$")


@lru_cache(maxsize=1)
def currencies() -> Currencies:
    import babel.numbers as bn
    import pycountry


    of_country: dict[str, tuple[str, ...]] = {}
    for c in pycountry.countries:
        try:
            codes = tuple(bn.get_territory_currencies(c.alpha_2, tender=True, non_tender=False))
        except Exception:  # a territory CLDR does not know
            codes = ()
        if codes:
            of_country[c.alpha_3] = codes
    codes = sorted({code for cs in of_country.values() for code in cs} - _OWN)
    names: dict[str, str] = {}
    nouns: dict[str, list[str]] = {}
    for code in codes:
        forms = {bn.get_currency_name(code, count, locale="en") for count in (1, 2)}
        forms |= {bn.get_currency_name(code, count, locale="ar") for count in (1, 3, 11)}
        for form in forms:
            if not form or form == code:
                continue
            key = normalize_str(form)
            names.setdefault(key, code)
            words = key.split()
            if len(words) > 1:
                # the noun: last in English ("Norwegian kroner"), first in Arabic ("كرونة نرويجية")
                noun = words[0] if form[:1] >= "\u0600" else words[-1]
                nouns.setdefault(noun, [])
                if code not in nouns[noun]:
                    nouns[noun].append(code)
    for noun, cands in _EXTRA_BARE.items():
        key = normalize_str(noun)
        nouns[key] = list(cands) + [c for c in nouns.get(key, []) if c not in cands]
    for noun, first in _FIRST.items():
        key = normalize_str(noun)
        if key in nouns and first in nouns[key]:
            nouns[key].remove(first)
            nouns[key].insert(0, first)
    not_bare = {normalize_str(w) for w in _NOT_BARE}
    for noun in list(nouns):
        if noun in not_bare or len(noun) < 3 and noun != normalize_str("ين"):
            del nouns[noun]
    bare = {k: tuple(v) for k, v in nouns.items() if v}
    symbols = {}
    for code in codes:
        sym = bn.get_currency_symbol(code, locale="en")
        if sym and sym != code and not sym.isascii():
            symbols[sym] = code
    names.update(symbols)
    heads: dict[str, int] = {}  # (a name matches words joined by single spaces: its own split on them)
    for k in names:
        parts = k.split(" ")
        heads[parts[0]] = max(heads.get(parts[0], 0), len(parts))
    return Currencies(names=names, nouns=bare, codes=frozenset(codes), of_country=of_country,
                      longest=max(len(k.split()) for k in names), heads=heads)
