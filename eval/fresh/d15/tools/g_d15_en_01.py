from common import *

G = Gold("d15_en_01", "en", "2026-02-18")
GENEVA = ["Geneva"]
CHE = ["CHE", "Bern", "Switzerland"]
ICRC = ["International Committee of the Red Cross", "ICRC", "Red Cross"]
KIPER = ["Oleh Kiper", "Oleg Kiper", "Kiper"]
ODESA = ["Odesa", "Odessa"]
# ---- mentions
G.mention(GENEVA, "GENEVA")
G.mention(UKR, "Ukrainian")
G.mention(RUS, "Russian")
G.mention(USA, "U.S.")
G.mention(DONBAS, "Donbas")
G.mention(ZNPP, "Zaporizhzhia nuclear power plant")
G.mention(UMEROV, "Rustem Umerov")
G.mention(DONETSK, "Donetsk region")
G.mention(MEDINSKY, "Vladimir Medinsky")
G.mention(KREMLIN, "Kremlin")
G.mention(["TASS", "Tass", "TASS news agency"], "TASS")
G.mention(EUROPE, "Europe")
G.mention(WITKOFF, "Steve Witkoff")
G.mention(KUSHNER, "Jared Kushner")
G.mention(IAEA, "IAEA")
G.mention(GROSSI, "Rafael Grossi")
G.mention(["GBR"], "Britain")
G.mention(["FRA"], "France")
G.mention(["DEU"], "Germany")
G.mention(ZELENSKY, "Volodymyr Zelensky")
G.mention(BESSENT, "Scott Bessent")
G.mention(CHE, "Switzerland")
G.mention(ICRC, "International Committee of the Red Cross")
G.mention(PESKOV, "Dmitry Peskov")
G.mention(ODESA, "Odesa")
G.mention(KIPER, "Oleh Kiper")
G.mention(["X", "Twitter"], "X.", opt=True)
G.mention(["US Treasury", "U.S. Treasury", "Treasury Department", "Treasury"], "U.S. Treasury", opt=True)
G.mention(["CNBC"], "CNBC", opt=True)
G.mention(["Rosneft"], "Rosneft", opt=True)
G.mention(["Lukoil"], "Lukoil", opt=True)

# ---- quotes
G.quote(UMEROV, "will not pull its soldiers out of towns that Russia has failed to take", True)
G.quote(UMEROV, "Moscow's demand for a full withdrawal from the Donetsk region a non-starter", False)
G.quote(MEDINSKY, "a lasting settlement required Ukrainian forces to leave the Donbas", False)
G.quote(MEDINSKY, "Russia could consider halting strikes on energy facilities", False)
G.quote(None, "an American operator would run the facility and its output would be shared", False)
G.quote(WITKOFF, "we will keep pushing until the guns go quiet", True)
G.quote(GROSSI + IAEA, "extend a local ceasefire that had allowed engineers to repair", False)
G.quote(GROSSI + IAEA, "Every hour without off-site power is an hour of avoidable risk", True)
G.quote(["GBR", "FRA", "DEU"], "any arrangement touching European security \"must carry Europe's signature", False)
G.quote(ZELENSKY, "the only language the Kremlin understands", True)
G.quote(ZELENSKY, "Washington not to ease pressure as a goodwill gesture", False)
G.quote(ZELENSKY, "has been ready since January and still awaits signature", False)
G.quote(BESSENT, "sanctions on the Russian oil companies Rosneft and Lukoil would stay in place", False)
G.quote(PESKOV + KREMLIN, "too early to speak of results", True)
# optional
G.quote(MEDINSKY, "Moscow's position on territory had not changed", False, opt=True)
G.quote(WITKOFF, "We made real progress on humanitarian issues", True, opt=True)
G.quote(["GBR", "FRA", "DEU"], "must carry Europe's signature", True, opt=True)
G.quote(BESSENT, "until there is a signed deal", True, opt=True)
G.quote(ZELENSKY, "vital for Ukraine's survival", False, opt=True)
G.quote(PESKOV + KREMLIN, "the next round's venue had yet to be agreed", False, opt=True)
G.quote(KIPER + [None], "Russian drones struck the port of Odesa, killing two people", False, opt=True)
G.quote([None, "UKR", "RUS", "USA"], "a deal to exchange 300 prisoners of war each", False, opt=True)

# ---- stances
G.stance(UKR + UMEROV, "territorial-concessions", ["oppose"],
         "Ukraine \"will not pull its soldiers out of towns that Russia has failed to take in four years,\"")
G.stance(RUS + MEDINSKY + KREMLIN, "territorial-concessions", ["support"],
         "a lasting settlement required Ukrainian forces to leave the Donbas")
G.stance(RUS + MEDINSKY + KREMLIN, "ceasefire", ["open"],
         "Russia could consider halting strikes on energy facilities if Ukraine stopped attacking Russian refineries and ports")
G.stance(USA + WITKOFF, "ceasefire", ["support"], "we will keep pushing until the guns go quiet")
G.stance(IAEA + GROSSI, "ceasefire", ["support"],
         "urged them to extend a local ceasefire that had allowed engineers to repair the plant's last backup power line")
G.stance(["GBR"], "european-say", ["support"],
         "any arrangement touching European security \"must carry Europe's signature.\"")
G.stance(["FRA"], "european-say", ["support"],
         "any arrangement touching European security \"must carry Europe's signature.\"")
G.stance(["DEU"], "european-say", ["support"],
         "any arrangement touching European security \"must carry Europe's signature.\"")
G.stance(UKR + ZELENSKY, "sanctions", ["support"],
         "sanctions were \"the only language the Kremlin understands\" and urged Washington not to ease pressure as a goodwill gesture")
G.stance(UKR + ZELENSKY, "security-guarantees", ["support"],
         "A bilateral security guarantee with the United States, which he called vital for Ukraine's survival")
G.stance(USA + BESSENT, "sanctions", ["support"],
         "sanctions on the Russian oil companies Rosneft and Lukoil would stay in place \"until there is a signed deal.\"")
# optional
G.stance(USA, "us-peace-plan", ["support", "open"],
         "The U.S. side floated a compromise on the Zaporizhzhia plant", opt=True)
G.stance(USA + WITKOFF, "security-guarantees", ["support"],
         "A bilateral security guarantee with the United States", opt=True)

# ---- figures
G.figure(300, "count", "300 prisoners of war")
G.figure(6, "count", "six reactors")
G.figure(28, "count", "28-point")
G.figure(5000000, "CHF", "5 million Swiss francs")
G.figure(2, "count", "killing two people")
G.figure(4, ["count", "year", "years"], "four years", opt=True)
G.figure(2, ["count", "day", "days"], "two days", opt=True)

# ---- events
G.event(["talks", "meeting"], "2026-02-18", "ended two days of U.S.-brokered talks in Geneva on Wednesday", place=GENEVA)
G.event(["meeting"], "2026-02-16", "who met both delegations on the eve of the talks", place=GENEVA)
G.event(["meeting"], "2026-02-17",
        "On Tuesday, national security advisers from Britain, France and Germany held a separate meeting with the Ukrainian delegation",
        place=GENEVA)
G.event(["attack"], "2026-02-18", "Overnight into Wednesday, Russian drones struck the port of Odesa", place=ODESA)
G.event(["talks", "meeting"], "2026-02-17", "two days of U.S.-brokered talks in Geneva", place=GENEVA, opt=True)
G.event(["agreement", "other"], "2026-02-18", "a deal to exchange 300 prisoners of war each", opt=True)
G.event(["agreement", "other"], None, "a deal to exchange 300 prisoners of war each", opt=True)
G.event(["attack"], "2026-02-17", "Overnight into Wednesday, Russian drones struck the port of Odesa", place=ODESA, opt=True)
G.event(["statement"], "2026-02-17", "In a joint statement, the three countries said", opt=True)
G.event(["statement"], None, "In a joint statement, the three countries said", opt=True)

# ---- provisions
G.provision(19, "Point 19 of the original 28-point U.S. plan")

# ---- pledges
G.pledge(CHE, ["funding", "other"],
         "Switzerland, which hosted the round, pledged 5 million Swiss francs to help the International Committee of the Red Cross trace missing soldiers and civilians",
         value=5000000, unit="CHF")

G.write()
