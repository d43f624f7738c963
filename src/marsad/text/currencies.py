"""Currency names after or before a number, in both languages, read from CLDR (through Babel).

A qualified name ("Norwegian kroner", "كرونة نرويجية", "Swiss francs", "ريال قطري") names one currency. A bare
noun ("crowns", "كرونة", "riyals", "دينار") may name several: :func:`resolve` picks the one of a country named in
the same sentence, else the most used one. The dollar, the euro, the pound, the rouble and the hryvnia have
their own patterns in the figures component (a bare "dollar" is the US dollar); this table covers the other
currencies of the countries the knowledge base knows, so a figure in Danish kroner or Saudi riyals is money.

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
    qualified: re.Pattern  # a qualified name or a symbol, at the start of the view after a number
    bare: re.Pattern  # a bare noun, at the start of the view after a number
    code_after: re.Pattern  # an ISO code in capitals, at the start of the original text after a number
    before: re.Pattern  # an ISO code in capitals or a symbol, right before a number in the original text
    names: dict  # normalised qualified name, symbol or code -> code
    nouns: dict  # normalised bare noun -> the currencies it may name, the usual one first
    of_country: dict  # ISO3 country -> its currencies
    starts: frozenset  # the first words (or symbols) of the names and nouns, to skip the rest at a glance

    def after(self, right: str) -> tuple[int, str | tuple[str, ...]] | None:
        """(length, code or candidate codes) of a currency name at the start of ``right`` (the normalised
        view after a number)."""
        first = _FIRST_WORD.match(right)
        if first is None or first.group(1) not in self.starts:
            return None
        m = self.qualified.match(right)
        if m:
            return m.end(1), self.names[m.group(1)]
        m = self.bare.match(right)
        if m:
            return m.end(), self.nouns[m.group(1)]
        return None

    def code(self, original_right: str) -> tuple[int, str] | None:
        """(length, code) of an ISO code ("NOK", "SAR") at the start of the original text after a number:
        in capitals only, as "ALL", "TOP" or "TRY" are words too."""
        m = self.code_after.match(original_right)
        return (m.end(1), m.group(1)) if m else None

    def resolve(self, codes: str | tuple[str, ...], countries: list[str]) -> str:
        """One code of ``codes``: the currency of the first of ``countries`` (nearest first) that uses one."""
        if isinstance(codes, str):
            return codes
        for c in countries:
            for code in self.of_country.get(c, ()):
                if code in codes:
                    return code
        return codes[0]


_FIRST_WORD = re.compile(r"[ \t]*([^\W\d_]+|\S)")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def currencies() -> Currencies:
    import babel.numbers as bn
    import pycountry

    from ..kb import default_kb

    of_country: dict[str, tuple[str, ...]] = {}
    for actor in default_kb():
        if actor.type != "country":
            continue
        c = pycountry.countries.get(alpha_3=actor.id)
        if c is None:
            continue
        try:
            codes = tuple(bn.get_territory_currencies(c.alpha_2, tender=True, non_tender=False))
        except Exception:  # a territory CLDR does not know
            codes = ()
        if codes:
            of_country[actor.id] = codes
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
    end = r"(?![^\W\d_])"  # the word ends here (a Latin or Arabic letter may not follow)
    return Currencies(
        qualified=re.compile(r"[ \t]*(" + _alternation(names) + ")" + end),
        bare=re.compile(r"[ \t]*(" + _alternation(bare) + ")(?:" + normalize_str("ات|ا") + ")?" + end),
        code_after=re.compile(r"[ \t]*(" + _alternation(codes) + r")(?![A-Za-z])"),
        before=re.compile(r"(?<![A-Za-z])(" + _alternation(codes + list(symbols)) + r")[ \t]*$"),
        names={**names, **{c: c for c in codes}},
        nouns=bare,
        of_country=of_country,
        starts=frozenset(_FIRST_WORD.match(w).group(1) for w in [*names, *bare]),
    )
