"""Helpers for writing the d13 gold files (evidence given as verbatim substrings; offsets computed here)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KB = os.path.join(ROOT, "..", "..", "..", "src", "marsad", "kb", "data")


def _kb():
    out = {}
    for f in ("people.jsonl", "organizations.jsonl", "places.jsonl"):
        for line in open(os.path.join(KB, f), encoding="utf-8"):
            r = json.loads(line)
            out[r["id"]] = r
    return out


_K = _kb()


def kb(slug):
    r = _K[slug]
    names = [r["name"]] + list(r.get("aliases_en") or [])
    seen, res = set(), []
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            res.append(n)
    return res


# countries (capital merged, as in e4/e5)
FRA = ["FRA", "Paris"]; GBR = ["GBR", "London"]; USA = ["USA", "Washington"]; UKR = ["UKR", "Kyiv", "Kiev"]
RUS = ["RUS", "Moscow"]; POL = ["POL", "Warsaw"]; ITA = ["ITA", "Rome"]; DEU = ["DEU", "Berlin"]; NLD = ["NLD"]
CAN = ["CAN", "Ottawa"]; TUR = ["TUR", "Ankara"]; BEL = ["BEL", "Brussels"]; HUN = ["HUN", "Budapest"]
SVK = ["SVK"]; CZE = ["CZE"]; DNK = ["DNK"]; JPN = ["JPN", "Tokyo"]; KGZ = ["KGZ"]

COW = ["Coalition of the Willing", "Coalition of Willing", "Coalition of the Determined"]
ELYSEE = ["Élysée Palace", "Elysee Palace", "Élysée", "Elysee"]
KREMLIN = ["Kremlin", "The Kremlin"]
WHITE_HOUSE = ["White House", "The White House"]
DOWNING = ["Downing Street"]
EUROPE = ["Europe", "Europeans"]
EU = ["European Union", "EU"]
NATO = kb("nato"); EC = kb("european-commission"); ECO = kb("european-council")
EUROCLEAR = kb("euroclear"); CBR = kb("central-bank-of-russia"); G20 = kb("g20")
STATE_DEPT = kb("us-state-department"); RUS_SC = kb("russian-security-council")
UKR_PRES = kb("ukraine-presidential-office"); NSDC = kb("ukraine-nsdc"); NABU = kb("nabu")
RUS_MFA = ["Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia", "Russian Ministry of Foreign Affairs"]
UKR_MFA = ["Ukrainian Foreign Ministry", "Ministry of Foreign Affairs of Ukraine", "Ukrainian Ministry of Foreign Affairs"]

MACRON = kb("emmanuel-macron"); STARMER = kb("keir-starmer"); RUBIO = kb("marco-rubio"); TUSK = kb("donald-tusk")
MELONI = kb("giorgia-meloni"); MERZ = kb("friedrich-merz"); SCHOOF = kb("dick-schoof"); CARNEY = kb("mark-carney")
ZEL = kb("volodymyr-zelensky"); PESKOV = kb("dmitry-peskov"); TRUMP = kb("donald-trump"); VDL = kb("ursula-von-der-leyen")
PREVOT = kb("maxime-prevot"); DEWEVER = kb("bart-de-wever"); ORBAN = kb("viktor-orban"); ZAKHAROVA = kb("maria-zakharova")
KALLAS = kb("kaja-kallas"); LANDAU = kb("christopher-landau"); RUTTE = kb("mark-rutte"); WADEPHUL = kb("johann-wadephul")
SYBIHA = kb("andrii-sybiha"); UMEROV = kb("rustem-umerov"); WITKOFF = kb("steve-witkoff"); PUTIN = kb("vladimir-putin")
YERMAK = kb("andriy-yermak"); COSTA = kb("antonio-costa") + ["Costa"]; DMITRIEV = kb("kirill-dmitriev")
KUSHNER = kb("jared-kushner"); USHAKOV = kb("yuri-ushakov"); DRISCOLL = kb("dan-driscoll"); TAKAICHI = kb("sanae-takaichi")

FLORIDA = kb("florida"); MIAMI = kb("miami"); DNIPRO = kb("dnipro"); DONETSK_OBL = kb("donetsk-oblast") + ["Donetsk"]
DONBAS = kb("donbas"); BLACK_SEA = kb("black-sea"); GENEVA = ["Geneva"]; JOBURG = ["Johannesburg", "ZAF"]


def U(*lists):
    out = []
    for l in lists:
        for x in (l if isinstance(l, list) else [l]):
            if x not in out:
                out.append(x)
    return out


class Doc:
    def __init__(self, doc, lang, date):
        self.doc, self.lang, self.date = doc, lang, date
        with open(os.path.join(ROOT, "articles", doc + ".txt"), encoding="utf-8") as fh:
            self.t = fh.read().replace("\r\n", "\n").replace("\r", "\n")
        self.g = {"doc": doc, "lang": lang, "date": date, "mentions": [], "quotes": [], "stances": [],
                  "figures": [], "events": [], "provisions": [], "pledges": [],
                  "optional": {k: [] for k in ("mentions", "quotes", "stances", "figures", "events",
                                               "provisions", "pledges", "mention_evidence")},
                  "mention_evidence": []}

    def ev(self, s, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = self.t.find(s, i + 1)
            if i < 0:
                raise SystemExit("%s: not found: %r" % (self.doc, s))
        return {"start": i, "end": i + len(s), "text": s}

    def _tgt(self, opt):
        return self.g["optional"] if opt else self.g

    def mention(self, ref, surface, opt=False, nth=0):
        self._tgt(opt)["mentions"].append(ref)
        self._tgt(opt)["mention_evidence"].append(self.ev(surface, nth))

    def quote(self, speaker, key, direct, opt=False, nth=0):
        self._tgt(opt)["quotes"].append({"speaker": speaker, "key": key, "direct": direct, "evidence": self.ev(key, nth)})

    def stance(self, actor, topic, pol, ev, opt=False, nth=0):
        self._tgt(opt)["stances"].append({"actor": actor, "topic": topic, "polarity": pol, "evidence": self.ev(ev, nth)})

    def figure(self, value, unit, ev, opt=False, nth=0):
        self._tgt(opt)["figures"].append({"value": value, "unit": unit, "evidence": self.ev(ev, nth)})

    def event(self, types, date, ev, place=None, opt=False, nth=0):
        e = {"type": types, "date": date}
        if place:
            e["place"] = place
        e["evidence"] = self.ev(ev, nth)
        self._tgt(opt)["events"].append(e)

    def provision(self, number, ev, opt=False, plan="us-28-point-plan", nth=0):
        self._tgt(opt)["provisions"].append({"plan": plan, "number": number, "evidence": self.ev(ev, nth)})

    def pledge(self, actor, cats, ev, value=None, unit=None, opt=False, nth=0):
        p = {"actor": actor, "category": cats}
        if value is not None:
            p["value"] = value
            p["unit"] = unit
        p["evidence"] = self.ev(ev, nth)
        self._tgt(opt)["pledges"].append(p)

    def write(self):
        with open(os.path.join(ROOT, "gold", self.doc + ".json"), "w", encoding="utf-8") as fh:
            json.dump(self.g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(self.doc, {k: len(v) for k, v in self.g.items() if isinstance(v, list)},
              "optional:", {k: len(v) for k, v in self.g["optional"].items()})
