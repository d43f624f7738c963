import json, os
BASE = "/work/main/eval/fresh/d14-gaza"
PLAN = "gaza-20-point-plan"

# alias lists
HAMAS = ["Hamas", "Islamic Resistance Movement"]
PA = ["Palestinian Authority", "PA", "Palestinian National Authority", "Palestinian presidency",
      "Palestinian Presidency", "Palestinian government"]
PSE = ["PSE", "Palestine", "Palestinians"]
GAZA = ["Gaza Strip", "Gaza", "PSE"]
ISR = ["ISR", "Tel Aviv"]
NET = ["Benjamin Netanyahu", "Netanyahu", "Binyamin Netanyahu"]
PMO = ["Prime Minister's Office", "Israeli Prime Minister's Office"]
JERUSALEM = ["Jerusalem", "ISR"]
USA = ["USA", "Washington", "United States"]
EGY = ["EGY", "Egypt", "Cairo"]
QAT = ["QAT", "Qatar", "Doha"]
TUR = ["TUR", "Turkey", "Turkiye", "Ankara"]
RUS = ["RUS", "Russia", "Moscow"]
CHN = ["CHN", "China", "Beijing"]
DZA = ["DZA", "Algeria", "Algiers"]
IDN = ["IDN", "Indonesia", "Jakarta"]
AZE = ["AZE", "Azerbaijan", "Baku"]
PAK = ["PAK", "Pakistan", "Islamabad"]
ARE = ["ARE", "United Arab Emirates", "UAE", "Abu Dhabi"]
SAU = ["SAU", "Saudi Arabia", "Riyadh"]
DEU = ["DEU", "Germany", "Berlin"]
NOR = ["NOR", "Norway", "Oslo"]
THA = ["THA", "Thailand", "Bangkok"]
BOP = ["Board of Peace", "Gaza Board of Peace", "BoP"]
ISF = ["International Stabilization Force", "International Stabilisation Force", "ISF", "stabilization force"]
NCAG = ["National Committee for the Administration of Gaza", "NCAG", "technocratic committee",
        "Gaza technocratic committee"]
MEDIATORS = ["Gaza ceasefire mediators", "the mediators", "mediators"]
UNSC = ["UN Security Council", "United Nations Security Council", "Security Council", "UNSC"]
UN = ["United Nations", "UN"]
EU = ["European Union", "EU"]
IDF = ["Israel Defense Forces", "IDF", "Israeli military", "Israeli army"]
QASSAM = ["Izz ad-Din al-Qassam Brigades", "Izz al-Din al-Qassam Brigades", "Qassam Brigades",
          "al-Qassam Brigades"]
ICRC = ["International Committee of the Red Cross", "ICRC", "Red Cross"]
GHM = ["Gaza Health Ministry", "Ministry of Health in Gaza", "Gaza health ministry"]
CIVDEF = ["Gaza Civil Defence", "Gaza Civil Defense", "Palestinian Civil Defence", "Civil Defence", "Civil Defense"]
COGAT = ["Coordinator of Government Activities in the Territories", "COGAT"]
YELLOW = ["Yellow Line", "yellow line"]
RAFAH = ["Rafah", "Rafah crossing"]
GAZACITY = ["Gaza City"]
EGIS = ["Egyptian General Intelligence Service", "General Intelligence Service", "Egyptian General Intelligence",
        "General Intelligence Directorate", "EGIS"]
REUTERS = ["Reuters", "Reuters news agency"]
AFP = ["Agence France-Presse", "AFP", "Agence France Presse"]
ANADOLU = ["Anadolu Agency", "Anadolu"]
CH12 = ["Channel 12", "Channel 12 News", "N12"]
UNDP = ["UN Development Programme", "United Nations Development Programme", "UNDP"]
WB = ["World Bank"]
KFAED = ["Kuwait Fund for Arab Economic Development", "Kuwait Fund", "KFAED", "KWT", "Kuwait"]

TRUMP = ["Donald Trump", "Trump", "Donald J. Trump"]
WITKOFF = ["Steve Witkoff", "Steven Witkoff", "Witkoff"]
KUSHNER = ["Jared Kushner", "Kushner"]
WALTZ = ["Mike Waltz", "Michael Waltz", "Waltz"]
NEBENZIA = ["Vassily Nebenzia", "Vasily Nebenzya", "Vassily Nebenzya", "Nebenzia", "Nebenzya"]
FUCONG = ["Fu Cong"]
SJAFRIE = ["Sjafrie Sjamsoeddin", "Sjafrie"]
QASSEM = ["Hazem Qassem", "Hazem Qasem", "Hazem Kassem"]
NAIM = ["Bassem Naim", "Basem Naim"]
HAYYA = ["Khalil al-Hayya", "Khalil al-Hayyah", "Khalil Al-Hayya", "al-Hayya"]
ABDELATTY = ["Badr Abdelatty", "Badr Abdel Aty", "Abdelatty"]
ANSARI = ["Majed Al-Ansari", "Majed al-Ansari", "Majed Al Ansari"]
MBA = ["Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman"]
FIDAN = ["Hakan Fidan", "Fidan"]
MERZ = ["Friedrich Merz", "Merz"]
SHEIKH = ["Hussein al-Sheikh", "Hussein Al-Sheikh", "Hussein al Sheikh", "Hussein Sheikh"]
RAED = ["Raed Saad", "Raad Saad", "Raed Sa'ad"]
MUSTAFA = ["Mohammad Mustafa", "Mohammed Mustafa", "Muhammad Mustafa"]
KALLAS = ["Kaja Kallas", "Kallas"]
EIDE = ["Espen Barth Eide", "Barth Eide"]
KHALLAF = ["Tamim Khallaf", "Khallaf"]
SHARIF = ["Shehbaz Sharif", "Shahbaz Sharif"]


def u(*lists):
    out = []
    for l in lists:
        for x in (l if isinstance(l, list) else [l]):
            if x not in out:
                out.append(x)
    return out


class Doc:
    def __init__(self, doc, lang, date):
        self.doc, self.lang, self.date = doc, lang, date
        with open(os.path.join(BASE, "articles", doc + ".txt"), encoding="utf-8") as fh:
            self.text = fh.read()
        self.req = {k: [] for k in ("mentions", "quotes", "stances", "figures", "events", "provisions", "pledges")}
        self.opt = {k: [] for k in self.req}
        self.mev, self.omev = [], []

    def ev(self, s, nth=1):
        start = -1
        for _ in range(nth):
            start = self.text.find(s, start + 1)
            if start < 0:
                raise SystemExit(f"{self.doc}: not found: {s!r}")
        return {"start": start, "end": start + len(s), "text": s}

    def _put(self, kind, fact, opt):
        (self.opt if opt else self.req)[kind].append(fact)

    def M(self, a, surface, opt=False, nth=1):
        self._put("mentions", a, opt)
        (self.omev if opt else self.mev).append(self.ev(surface, nth))

    def Q(self, speaker, key, direct, opt=False, nth=1):
        n = len(key.split())
        if not opt and not (6 <= n <= 15):
            raise SystemExit(f"{self.doc}: key length {n}: {key}")
        self._put("quotes", {"speaker": speaker, "key": key, "direct": direct, "evidence": self.ev(key, nth)}, opt)

    def S(self, actor, topic, pol, evs, opt=False, nth=1):
        assert topic in TOPICS, topic
        self._put("stances", {"actor": actor, "topic": topic, "polarity": pol, "evidence": self.ev(evs, nth)}, opt)

    def F(self, value, unit, evs, opt=False, nth=1):
        self._put("figures", {"value": value, "unit": unit, "evidence": self.ev(evs, nth)}, opt)

    def E(self, types, date, evs, place=None, opt=False, nth=1):
        f = {"type": types, "date": date}
        if place:
            f["place"] = place
        f["evidence"] = self.ev(evs, nth)
        self._put("events", f, opt)

    def P(self, number, evs, opt=False, nth=1):
        self._put("provisions", {"plan": PLAN, "number": number, "evidence": self.ev(evs, nth)}, opt)

    def PL(self, actor, cats, evs, opt=False, nth=1):
        self._put("pledges", {"actor": actor, "category": cats, "evidence": self.ev(evs, nth)}, opt)

    def write(self):
        g = {"doc": self.doc, "lang": self.lang, "date": self.date}
        g.update(self.req)
        o = dict(self.opt)
        o["mention_evidence"] = self.omev
        g["optional"] = o
        g["mention_evidence"] = self.mev
        with open(os.path.join(BASE, "gold", self.doc + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(self.doc, {k: (len(self.req[k]), len(self.opt[k])) for k in self.req})


TOPICS = {"ceasefire", "hamas-disarmament", "hamas-governance", "stabilization-force", "board-of-peace",
          "israeli-withdrawal", "reconstruction", "palestinian-authority-role", "palestinian-statehood"}
