"""Helpers to write d15 gold files: evidence is given as a verbatim substring, offsets are computed here."""
import json
import os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- alias lists
UKR = ["UKR", "Kyiv", "Kiev"]
RUS = ["RUS", "Moscow"]
USA = ["USA", "Washington"]
GBR = ["GBR", "London"]
FRA = ["FRA", "Paris"]
DEU = ["DEU", "Berlin"]
ARE = ["ARE", "Abu Dhabi", "UAE"]
EUROPE = ["Europe", "Europeans"]
EU = ["European Union", "EU"]
EC = ["European Commission", "EC"]
NATO = ["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
        "North Atlantic Alliance", "Atlantic Alliance"]
KREMLIN = ["Kremlin", "The Kremlin"]
COALITION = ["Coalition of the Willing", "Coalition of Willing", "Coalition of the Determined"]
CONGRESS = ["United States Congress", "US Congress", "U.S. Congress", "Congress"]
IAEA = ["International Atomic Energy Agency", "IAEA"]
DONBAS = ["Donbas", "Donbass", "Donbas region"]
DONETSK = ["Donetsk Oblast", "Donetsk region", "Donetsk"]
ZNPP = ["Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia nuclear plant", "Zaporizhzhia NPP", "ZNPP",
        "Zaporizhzhia power plant"]
RUS_MFA = ["Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia", "Russian Ministry of Foreign Affairs"]

ZELENSKY = ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelensky", "Zelenskyy", "Zelenskiy"]
PUTIN = ["Vladimir Putin", "Putin"]
PESKOV = ["Dmitry Peskov", "Dmitri Peskov", "Peskov"]
ZAKHAROVA = ["Maria Zakharova", "Zakharova"]
MEDINSKY = ["Vladimir Medinsky", "Medinsky"]
KOSTYUKOV = ["Igor Kostyukov", "Kostyukov"]
TRUMP = ["Donald Trump", "Trump", "Donald J. Trump"]
WITKOFF = ["Steve Witkoff", "Steven Witkoff", "Witkoff"]
KUSHNER = ["Jared Kushner", "Kushner"]
DRISCOLL = ["Dan Driscoll", "Daniel Driscoll", "Driscoll"]
RUBIO = ["Marco Rubio", "Rubio"]
BESSENT = ["Scott Bessent", "Bessent"]
UMEROV = ["Rustem Umerov", "Umerov"]
SYBIHA = ["Andrii Sybiha", "Andriy Sybiha", "Sybiha"]
SVYRYDENKO = ["Yulia Svyrydenko", "Yuliia Svyrydenko", "Svyrydenko"]
MACRON = ["Emmanuel Macron", "Macron"]
BARROT = ["Jean-Noël Barrot", "Jean-Noel Barrot", "Barrot"]
STARMER = ["Keir Starmer", "Starmer"]
MERZ = ["Friedrich Merz", "Merz"]
MELONI = ["Giorgia Meloni", "Meloni"]
TUSK = ["Donald Tusk", "Tusk"]
SIKORSKI = ["Radosław Sikorski", "Radoslaw Sikorski", "Radek Sikorski", "Sikorski"]
DEWEVER = ["Bart De Wever", "De Wever"]
ORBAN = ["Viktor Orbán", "Viktor Orban", "Orbán", "Orban"]
KALLAS = ["Kaja Kallas", "Kallas"]
VDL = ["Ursula von der Leyen", "von der Leyen"]
COSTA = ["António Costa", "Antonio Costa", "Costa"]
SANCHEZ = ["Pedro Sánchez", "Pedro Sanchez", "Sánchez", "Sanchez"]
CARNEY = ["Mark Carney", "Carney"]
RUTTE = ["Mark Rutte", "Rutte"]
GROSSI = ["Rafael Grossi", "Rafael Mariano Grossi", "Grossi"]
FIDAN = ["Hakan Fidan", "Fidan"]


class Gold:
    def __init__(self, doc, lang, date):
        self.doc = doc
        self.path = os.path.join(BASE, "articles", doc + ".txt")
        with open(self.path, encoding="utf-8") as fh:
            self.text = fh.read()
        self.g = {"doc": doc, "lang": lang, "date": date,
                  "mentions": [], "quotes": [], "stances": [], "figures": [], "events": [],
                  "provisions": [], "pledges": [],
                  "optional": {"mentions": [], "quotes": [], "stances": [], "figures": [], "events": [],
                               "provisions": [], "pledges": [], "mention_evidence": []},
                  "mention_evidence": []}

    # evidence: s must occur in the text; n picks the n-th occurrence (1-based); unique unless n given
    def ev(self, s, n=None):
        cnt = self.text.count(s)
        if cnt == 0:
            raise ValueError("%s: evidence not found: %r" % (self.doc, s))
        if n is None:
            if cnt > 1:
                raise ValueError("%s: evidence not unique (%d): %r" % (self.doc, cnt, s))
            n = 1
        idx = -1
        for _ in range(n):
            idx = self.text.find(s, idx + 1)
            if idx < 0:
                raise ValueError("%s: occurrence %d not found: %r" % (self.doc, n, s))
        return {"start": idx, "end": idx + len(s), "text": s}

    def _dst(self, opt):
        return self.g["optional"] if opt else self.g

    def mention(self, ref, surface, n=None, opt=False):
        d = self._dst(opt)
        d["mentions"].append(ref)
        d["mention_evidence"].append(self.ev(surface, n or 1))  # first surface form by default

    def quote(self, speaker, key, direct, n=None, opt=False):
        self._dst(opt)["quotes"].append({"speaker": speaker, "key": key, "direct": direct,
                                         "evidence": self.ev(key, n)})

    def stance(self, actor, topic, pol, evid, n=None, opt=False):
        self._dst(opt)["stances"].append({"actor": actor, "topic": topic, "polarity": pol,
                                          "evidence": self.ev(evid, n)})

    def figure(self, value, unit, evid, n=None, opt=False):
        self._dst(opt)["figures"].append({"value": value, "unit": unit, "evidence": self.ev(evid, n)})

    def event(self, types, date, evid, place=None, n=None, opt=False):
        e = {"type": types, "date": date}
        if place is not None:
            e["place"] = place
        e["evidence"] = self.ev(evid, n)
        self._dst(opt)["events"].append(e)

    def provision(self, number, evid, plan="us-28-point-plan", n=None, opt=False):
        self._dst(opt)["provisions"].append({"plan": plan, "number": number, "evidence": self.ev(evid, n)})

    def pledge(self, actor, cats, evid, value=None, unit=None, n=None, opt=False):
        p = {"actor": actor, "category": cats}
        if value is not None:
            p["value"] = value
            p["unit"] = unit
        p["evidence"] = self.ev(evid, n)
        self._dst(opt)["pledges"].append(p)

    def write(self):
        out = os.path.join(BASE, "gold", self.doc + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(self.g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        req = {k: len(self.g[k]) for k in ("mentions", "quotes", "stances", "figures", "events",
                                            "provisions", "pledges")}
        opt = {k: len(self.g["optional"][k]) for k in req}
        print(self.doc, req, "optional", opt)
