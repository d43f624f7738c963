from common import *

G = Gold("d15_ar_02", "ar", "2026-02-12")
# ---- mentions
G.mention(["BEL", "Brussels"], "بروكسل")
G.mention(["European Parliament", "EU Parliament"], "البرلمان الأوروبي")
G.mention(EUROPE, "الأوروبيون")
G.mention(UKR, "أوكرانيا")
G.mention(["HUN", "Budapest"], "المجر")
G.mention(["SVK", "Bratislava"], "سلوفاكيا")
G.mention(["CZE", "Czechia", "Czech Republic"], "التشيك")
G.mention(EC, "المفوضية الأوروبية")
G.mention(VDL, "أورسولا فون دير لاين")
G.mention(SVYRYDENKO, "يوليا سفيريدينكو")
G.mention(RUS, "روسيا")
G.mention(EU, "الاتحاد الأوروبي")
G.mention(["Central Bank of Russia", "Bank of Russia", "Russian Central Bank"], "البنك المركزي الروسي")
G.mention(["Euroclear", "Euroclear Bank"], "يوروكلير")
G.mention(DEWEVER, "بارت دي ويفر")
G.mention(SIKORSKI, "رادوسلاف سيكورسكي")
G.mention(["POL", "Warsaw"], "البولندي")
G.mention(USA, "واشنطن")
G.mention(MERZ, "فريدريش ميرتس")
G.mention(DEU, "الألماني")
G.mention(KALLAS, "كايا كالاس")
G.mention(KREMLIN, "الكرملين")
G.mention(ORBAN, "فيكتور أوربان")
G.mention(["NLD", "Netherlands"], "هولندا")
G.mention(ZAKHAROVA, "ماريا زاخاروفا")
G.mention(RUS_MFA, "الخارجية الروسية", opt=True)

# ---- quotes
G.quote(VDL + EC, "كييف لن تسدد شيئًا ما لم تدفع روسيا تعويضات عن الحرب", False)
G.quote(VDL + EC, "الاتحاد «يحتفظ بحقه» في استخدام الأصول الروسية المجمدة لسداد القرض", False)
G.quote(DEWEVER, "ما لم يتقاسم الجميع المخاطر القانونية والمالية", True)
G.quote(DEWEVER, "موسكو قد تلاحق يوروكلير أمام المحاكم «لعقود»", False)
G.quote(SIKORSKI, "ترك الأموال الروسية بلا استخدام «ترف لا تملكه أوروبا»", False)
G.quote(SVYRYDENKO, "يجب أن تُسخَّر لإعادة بناء ما دمّره المعتدي", True)
G.quote(SVYRYDENKO, "حكومتها ما زالت تحتاج إلى نحو 45 مليار دولار لسد فجوة التمويل هذا العام", False)
G.quote(MERZ, "لا يقرر مصيرها أحد غير الأوروبيين", True)
G.quote(KALLAS, "تجفيف الموارد التي يموّل بها الكرملين حربه", True)
G.quote(ORBAN, "أضرت بأوروبا أكثر مما أضرت بروسيا", True)
G.quote(DEU, "مساعداتها العسكرية لأوكرانيا هذا العام ستبلغ 11 مليارًا ونصف المليار يورو", False)
G.quote(ZAKHAROVA, "القرض الأوروبي بأنه «إنفاق على حرب خاسرة»", False)
# optional
G.quote(VDL + EC, "الدفعة الأولى ستُصرف «مطلع نيسان/أبريل»", False, opt=True)
G.quote(VDL + EC, "مطلع نيسان/أبريل", True, opt=True)
G.quote(VDL + EC, "يحتفظ بحقه", True, opt=True)
G.quote(DEWEVER, "بلاده لن تقبل المساس بهذه الأموال", False, opt=True)
G.quote(SIKORSKI, "ترف لا تملكه أوروبا", True, opt=True)
G.quote(ZAKHAROVA, "إنفاق على حرب خاسرة", True, opt=True)
G.quote(ZAKHAROVA, "بالرد «بشكل مؤلم» على أي مصادرة للأصول الروسية", False, opt=True)
G.quote(KALLAS, "أملها في إقرار الحزمة خلال اجتماع وزراء الخارجية يوم 23 شباط/فبراير", False, opt=True)
G.quote(["SVK", "Bratislava"], "الحصول على إعفاءات لوارداتها من الغاز قبل أن توافق", False, opt=True)

# ---- stances
G.stance(VDL + EC + EU, "frozen-assets", ["open", "support"],
         "الاتحاد «يحتفظ بحقه» في استخدام الأصول الروسية المجمدة لسداد القرض إذا امتنعت موسكو عن الدفع")
G.stance(["BEL"] + DEWEVER, "frozen-assets", ["oppose", "open"],
         "بلاده لن تقبل المساس بهذه الأموال \"ما لم يتقاسم الجميع المخاطر القانونية والمالية\"")
G.stance(["POL", "Warsaw"] + SIKORSKI, "frozen-assets", ["support"],
         "ترك الأموال الروسية بلا استخدام «ترف لا تملكه أوروبا»")
G.stance(UKR + SVYRYDENKO, "frozen-assets", ["support"],
         "الأصول الروسية المجمدة «يجب أن تُسخَّر لإعادة بناء ما دمّره المعتدي»")
G.stance(DEU + MERZ, "european-say", ["support"],
         "أموالًا مودعة في أوروبا «لا يقرر مصيرها أحد غير الأوروبيين»")
G.stance(EU + KALLAS, "sanctions", ["support"],
         "الهدف «تجفيف الموارد التي يموّل بها الكرملين حربه»")
G.stance(["HUN", "Budapest"] + ORBAN, "sanctions", ["oppose"],
         "لوّح بالنقض، معتبرًا أن العقوبات «أضرت بأوروبا أكثر مما أضرت بروسيا»")
G.stance(["SVK", "Bratislava"], "sanctions", ["oppose", "open"],
         "اشترطت براتيسلافا الحصول على إعفاءات لوارداتها من الغاز قبل أن توافق")
G.stance(RUS + ZAKHAROVA + RUS_MFA, "frozen-assets", ["oppose"],
         "متوعدة بالرد «بشكل مؤلم» على أي مصادرة للأصول الروسية")
# optional
G.stance(EC, "sanctions", ["support"],
         "الحزمة العشرين من العقوبات، التي اقترحتها المفوضية الجمعة الماضي", opt=True)
G.stance(EUROPE, "us-peace-plan", ["oppose"],
         "ويخشى دبلوماسيون أوروبيون أن تعود واشنطن إلى البند الرابع عشر من الخطة الأمريكية الأصلية", opt=True)
G.stance(DEU + MERZ, "frozen-assets", ["open", "support", "oppose"],
         "أموالًا مودعة في أوروبا «لا يقرر مصيرها أحد غير الأوروبيين»", opt=True)
G.stance(RUS + ZAKHAROVA + RUS_MFA, "security-guarantees", ["oppose"],
         "القرض الأوروبي بأنه «إنفاق على حرب خاسرة»", opt=True)

# ---- figures
G.figure(458, "count", "458 صوتًا")
G.figure(140, "count", "مقابل 140")
G.figure(90000000000, "EUR", "90 مليار يورو")
G.figure(60000000000, "EUR", "ستون مليارًا")
G.figure(30000000000, "EUR", "ثلاثون مليارًا")
G.figure(24, "count", "أربع وعشرين دولة")
G.figure(27, "count", "سبع وعشرين")
G.figure(210000000000, "EUR", "210 مليارات يورو")
G.figure(185000000000, "EUR", "185 مليارًا")
G.figure(45000000000, "USD", "45 مليار دولار")
G.figure(100000000000, "USD", "100 مليار دولار")
G.figure(43, "count", "43 سفينة")
G.figure(250000000, "EUR", "250 مليون يورو")
G.figure(11500000000, "EUR", "11 مليارًا ونصف المليار يورو")
G.figure(2026, "year", "2026 و2027", opt=True)
G.figure(2027, "year", "2027", opt=True)
G.figure(50, "percent", "نصف الأرباح", opt=True)
G.figure(66.67, "percent", "ثلثاه", opt=True)

# ---- events
G.event(["other", "agreement"], "2026-02-11", "صادق البرلمان الأوروبي أمس الأربعاء", place=["BEL", "Brussels"])
G.event(["meeting", "visit"], "2026-02-12",
        "استقبلت اليوم في بروكسل رئيسة الوزراء الأوكرانية يوليا سفيريدينكو", place=["BEL", "Brussels"])
G.event(["meeting"], "2026-02-23", "اجتماع وزراء الخارجية يوم 23 شباط/فبراير")
G.event(["statement", "other"], "2026-02-06", "التي اقترحتها المفوضية الجمعة الماضي", opt=True)
G.event(["agreement", "meeting"], None,
        "القرض الذي توافق عليه القادة الأوروبيون في كانون الأول/ديسمبر الماضي", opt=True)
G.event(["deadline", "other"], None, "الدفعة الأولى ستُصرف «مطلع نيسان/أبريل»", opt=True)
G.event(["other"], "2026-02-24", "عشية الذكرى الرابعة للغزو", opt=True)

# ---- provisions
G.provision(14, "البند الرابع عشر من الخطة الأمريكية الأصلية")

# ---- pledges
G.pledge(EU + EC + VDL + ["European Parliament"], ["funding"],
         "القرض الذي توافق عليه القادة الأوروبيون في كانون الأول/ديسمبر الماضي لتمويل أوكرانيا خلال عامي 2026 و2027، وقيمته 90 مليار يورو",
         value=90000000000, unit="EUR")
G.pledge(["NLD", "Netherlands"], ["funding", "equipment"],
         "أعلنت هولندا تخصيص 250 مليون يورو لشراء منظومات دفاع جوي أمريكية لصالح كييف",
         value=250000000, unit="EUR")
G.pledge(DEU, ["funding", "equipment"],
         "أكدت برلين أن مساعداتها العسكرية لأوكرانيا هذا العام ستبلغ 11 مليارًا ونصف المليار يورو",
         value=11500000000, unit="EUR")

G.write()
