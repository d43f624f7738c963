from common import *

G = Gold("d15_en_02", "en", "2026-01-06")
POL = ["POL", "Warsaw"]
ITA = ["ITA", "Rome"]
TUR = ["TUR", "Ankara"]
CAN = ["CAN", "Ottawa"]
AUS = ["AUS", "Canberra"]
ROU = ["ROU", "Bucharest"]
UKPARL = ["UK Parliament", "British Parliament", "Parliament"]
KLITSCHKO = ["Vitali Klitschko", "Vitaliy Klitschko", "Klitschko"]
# ---- mentions
G.mention(FRA, "PARIS")
G.mention(UKR, "Ukraine")
G.mention(["GBR", "London"], "Britain")
G.mention(USA, "United States")
G.mention(COALITION, "Coalition of the Willing")
G.mention(MACRON, "Emmanuel Macron")
G.mention(STARMER, "Keir Starmer")
G.mention(ZELENSKY, "Volodymyr Zelensky")
G.mention(UKPARL, "Parliament")
G.mention(DONBAS, "Donbas")
G.mention(WITKOFF, "Steve Witkoff")
G.mention(KUSHNER, "Jared Kushner")
G.mention(EUROPE, "European")
G.mention(POL, "Poland")
G.mention(ROU, "Romania")
G.mention(MERZ, "Friedrich Merz")
G.mention(NATO, "NATO")
G.mention(["DEU", "Berlin"], "German")
G.mention(["Bundestag", "German Bundestag", "German parliament"], "Bundestag")
G.mention(ITA, "Italian")
G.mention(MELONI, "Giorgia Meloni")
G.mention(TUSK, "Donald Tusk")
G.mention(["Rzeszów", "Rzeszow"], "Rzeszow")
G.mention(TUR, "Turkey")
G.mention(FIDAN, "Hakan Fidan")
G.mention(["Black Sea"], "Black Sea")
G.mention(CAN, "Canada")
G.mention(AUS, "Australia")
G.mention(RUS, "Moscow")
G.mention(KREMLIN, "Kremlin")
G.mention(PESKOV, "Dmitry Peskov")
G.mention(KLITSCHKO, "Vitali Klitschko")
G.mention(["Brussels", "BEL"], "Brussels")

# ---- quotes
G.quote(MACRON, "Today the Coalition of the Willing stops being a promise and becomes a plan", True)
G.quote(STARMER, "British troops would be among the first to arrive", False)
G.quote(STARMER, "London would spend 250 million pounds on protected depots and equipment for the force", False)
G.quote(STARMER, "would vote before any soldier is sent", False)
G.quote(ZELENSKY, "put their soldiers' names next to their promises", True)
G.quote(ZELENSKY, "Kyiv still needs a U.S. commitment able to survive", False)
G.quote(ZELENSKY, "Ukraine would not withdraw from parts of the Donbas that its forces still hold", False)
G.quote(WITKOFF, "Washington would supply satellite and drone surveillance to police a truce", False)
G.quote(WITKOFF, "The President stands behind these protocols, and they are meant to deter", True)
G.quote(MERZ, "German troops could be stationed in alliance states bordering Ukraine", False)
G.quote(TUSK, "his country would not deploy troops but would serve as the force's logistics hub", False)
G.quote(PESKOV + KREMLIN, "foreign troops in Ukraine were \"absolutely unacceptable\" to Russia", False)
# optional
G.quote(ZELENSKY, "any change of mood in Washington", True, opt=True)
G.quote(MERZ, "the Bundestag would have the final say", False, opt=True)
G.quote(CAN, "it would send trainers", False, opt=True)
G.quote(PESKOV + KREMLIN, "absolutely unacceptable", True, opt=True)
G.quote(KLITSCHKO, "a Russian missile and drone attack overnight into Tuesday left parts of Kyiv without heating", False, opt=True)
G.quote(WITKOFF, "but no ground forces", False, opt=True)

# ---- stances
G.stance(FRA + MACRON, "multinational-force", ["support"],
         "Britain and France committing to set up military hubs on Ukrainian soil")
G.stance(["GBR", "London"] + STARMER, "multinational-force", ["support"],
         "British troops would be among the first to arrive")
G.stance(COALITION, "multinational-force", ["support"],
         "signed a declaration of intent in Paris on Tuesday that sets out how a multinational force would deploy to Ukraine once the fighting stops")
G.stance(UKR + ZELENSKY, "security-guarantees", ["support"],
         "Kyiv still needs a U.S. commitment able to survive \"any change of mood in Washington,\"")
G.stance(UKR + ZELENSKY, "territorial-concessions", ["oppose"],
         "Ukraine would not withdraw from parts of the Donbas that its forces still hold")
G.stance(USA + WITKOFF + TRUMP, "security-guarantees", ["support"],
         "The President stands behind these protocols, and they are meant to deter")
G.stance(ITA + MELONI, "multinational-force", ["oppose"],
         "Italian Prime Minister Giorgia Meloni again ruled out sending soldiers")
G.stance(POL + TUSK, "multinational-force", ["oppose", "open"],
         "his country would not deploy troops but would serve as the force's logistics hub through Rzeszow airport")
G.stance(RUS + KREMLIN + PESKOV, "multinational-force", ["oppose"],
         "foreign troops in Ukraine were \"absolutely unacceptable\" to Russia")
# optional
G.stance(["DEU", "Berlin"] + MERZ, "multinational-force", ["open", "support", "oppose"],
         "German troops could be stationed in alliance states bordering Ukraine but that the Bundestag would have the final say", opt=True)
G.stance(USA + WITKOFF, "multinational-force", ["support", "open", "oppose"],
         "Washington would supply satellite and drone surveillance to police a truce, but no ground forces", opt=True)
G.stance(TUR + FIDAN, "multinational-force", ["support", "open"],
         "offered to lead mine clearance in the Black Sea", opt=True)
G.stance(UKR + ZELENSKY, "multinational-force", ["support"],
         "hailed the text as the first in which allies \"put their soldiers' names next to their promises.\"", opt=True)
G.stance(COALITION, "security-guarantees", ["support"],
         "Signatories also pledged to help sustain a Ukrainian army of 800,000 in peacetime", opt=True)

# ---- figures
G.figure(35, "count", "35 countries")
G.figure(250000000, "GBP", "250 million pounds")
G.figure(28, "count", "28-point")
G.figure(800000, "count", "800,000")
G.figure(17, "count", "17 battalions")

# ---- events
G.event(["meeting", "agreement"], "2026-01-06", "signed a declaration of intent in Paris on Tuesday", place=FRA)
G.event(["meeting"], "2026-01-05", "who dined with Macron on Monday evening", place=FRA)
G.event(["attack"], "2026-01-06", "a Russian missile and drone attack overnight into Tuesday", place=UKR)
G.event(["meeting"], "2026-02-11", "Defence ministers of the coalition are due to meet in Brussels on Feb. 11",
        place=["Brussels", "BEL"])
G.event(["attack"], "2026-01-05", "a Russian missile and drone attack overnight into Tuesday", place=UKR, opt=True)
G.event(["statement"], "2026-01-05", "Kremlin spokesman Dmitry Peskov said on Monday", opt=True)
G.event(["statement"], "2026-01-06", "told reporters, flanked by British Prime Minister Keir Starmer", opt=True)

# ---- provisions
G.provision(9, "Point 9 of the original 28-point U.S. plan")

# ---- pledges
G.pledge(["GBR", "London"] + STARMER, ["troops"], "British troops would be among the first to arrive")
G.pledge(["GBR", "London"] + STARMER, ["funding", "equipment"],
         "London would spend 250 million pounds on protected depots and equipment for the force",
         value=250000000, unit="GBP")
G.pledge(FRA + MACRON, ["troops", "other"], "Britain and France committing to set up military hubs on Ukrainian soil")
G.pledge(USA + WITKOFF, ["intelligence", "air", "other"],
         "Washington would supply satellite and drone surveillance to police a truce")
G.pledge(ITA + MELONI, ["air", "troops", "other"], "offering air-defence crews based in Romania instead")
G.pledge(POL + TUSK, ["other"], "would serve as the force's logistics hub through Rzeszow airport")
G.pledge(TUR + FIDAN, ["maritime"], "offered to lead mine clearance in the Black Sea")
G.pledge(CAN, ["training"], "Canada said it would send trainers")
G.pledge(AUS, ["air", "intelligence", "equipment"], "Australia pledged a surveillance aircraft with its crew")
G.pledge(COALITION, ["other", "funding", "training"],
         "Signatories also pledged to help sustain a Ukrainian army of 800,000 in peacetime", opt=True)
G.pledge(EUROPE + COALITION, ["air"],
         "European fighter jets would patrol Ukrainian skies from bases in Poland and Romania", opt=True)
G.pledge(["DEU", "Berlin"] + MERZ, ["troops", "other"],
         "German troops could be stationed in alliance states bordering Ukraine", opt=True)

G.write()
