from common import *

G = Gold("d15_ar_04", "ar", "2026-02-24")
HUN = ["HUN", "Budapest"]
ESP = ["ESP", "Madrid"]
CAN = ["CAN", "Ottawa"]
# ---- mentions
G.mention(UKR, "كييف")
G.mention(RUS, "الروسي")
G.mention(EUROPE, "أوروبيين")
G.mention(COSTA, "أنطونيو كوستا")
G.mention(["European Council"], "المجلس الأوروبي")
G.mention(VDL, "أورسولا فون دير لاين")
G.mention(EC, "المفوضية الأوروبية")
G.mention(ESP, "الإسباني")
G.mention(SANCHEZ, "بيدرو سانشيز")
G.mention(CAN, "الكندي")
G.mention(CARNEY, "مارك كارني")
G.mention(ZELENSKY, "فولوديمير زيلينسكي")
G.mention(HUN, "بودابست")
G.mention(COALITION, "تحالف الراغبين")
G.mention(["FRA"], "الفرنسي")
G.mention(MACRON, "إيمانويل ماكرون")
G.mention(["GBR"], "البريطاني")
G.mention(STARMER, "كير ستارمر")
G.mention(ARE, "إماراتية")
G.mention(PUTIN, "فلاديمير بوتين")
G.mention(DONBAS, "دونباس")
G.mention(KREMLIN, "الكرملين")
G.mention(PESKOV, "دميتري بيسكوف")
G.mention(USA, "واشنطن")
G.mention(TRUMP, "دونالد ترامب")
G.mention(["Zaporizhzhia", "Zaporizhzhia Oblast", "Zaporizhzhia region", "Zaporozhye"], "زابوريجيا")
G.mention(IAEA, "الوكالة الدولية للطاقة الذرية")
G.mention(GROSSI, "رافائيل غروسي")
G.mention(["United Nations", "UN"], "الأمم المتحدة")
G.mention(["The West", "Western countries"], "وغربيين", opt=True)
G.mention(["Truth Social"], "تروث سوشال", opt=True)
G.mention(ZNPP, "المحطة النووية", opt=True)
G.mention(EU, "القرض الأوروبي", opt=True)

# ---- quotes
G.quote(COSTA, "لن يُتخذ قرار بشأن أوكرانيا من دون أوكرانيا", True)
G.quote(VDL + EC, "الدفعة الأولى من القرض الأوروبي، وقيمتها ستة مليارات يورو", False)
G.quote(VDL + EC, "الحزمة العشرين من العقوبات ستُقر \"خلال أيام\" رغم اعتراض بودابست", False)
G.quote(SANCHEZ, "إسبانيا مستعدة للمشاركة في القوة متعددة الجنسيات التي يعدّها \"تحالف الراغبين\"", False)
G.quote(SANCHEZ, "ستضع أربع مقاتلات من طراز يوروفايتر بتصرف مهمة حماية الأجواء الأوكرانية", False)
G.quote(MACRON, "القوة ستكون جاهزة للانتشار «في غضون أسابيع» من سريان أي وقف لإطلاق النار", False)
G.quote(STARMER, "لن تقبل سلامًا يُجبر أوكرانيا على التخلي عن أرضها", True)
G.quote(ZELENSKY, "مستعدة لوقف إطلاق النار غدًا على خطوط التماس الحالية", True)
G.quote(ZELENSKY, "لن تسحب جنودها من مدن عجز الروس عن احتلالها", False)
G.quote(PUTIN, "روسيا ستحقق أهدافها «بالسلم إن أمكن، وبالقوة إن لزم»", False)
G.quote(PESKOV + KREMLIN, "زيارة القادة الأوروبيين «استعراض لا يقرّب السلام خطوة واحدة»", False)
G.quote(IAEA + GROSSI, "فرقها أنجزت إصلاح خط الكهرباء الاحتياطي الذي يغذي المحطة النووية", False)
G.quote(GROSSI + IAEA, "تثبت أن التفاهم ممكن حتى في أصعب الظروف", True)
# optional
G.quote(COSTA, "ولا قرار بشأن أوروبا من دون أوروبا", True, opt=True)
G.quote(VDL + EC, "خلال أيام", True, opt=True)
G.quote(MACRON, "في غضون أسابيع", True, opt=True)
G.quote(ZELENSKY, "عودة 157 أسيرًا أوكرانيًا في عملية تبادل جرت أمس الاثنين", False, opt=True)
G.quote(PUTIN, "بالسلم إن أمكن، وبالقوة إن لزم", True, opt=True)
G.quote(PUTIN, "كييف إلى الخروج مما وصفها بـ«أراضي دونباس الروسية»", False, opt=True)
G.quote(PESKOV + KREMLIN, "استعراض لا يقرّب السلام خطوة واحدة", True, opt=True)
G.quote(TRUMP, "قريب جدًا", True, opt=True)
G.quote(TRUMP, "الاتفاق \"قريب جدًا\"", False, opt=True)
G.quote(TRUMP, "هذه المجزرة", True, opt=True)
G.quote(["United Nations", "UN", None], "أكثر من 15 ألف مدني قُتلوا منذ بدء الغزو", False, opt=True)
G.quote(CARNEY, "تعهد بتقديم ملياري دولار كندي على مدى عامين", False, opt=True)

# ---- stances
G.stance(COSTA + ["European Council"] + EU, "european-say", ["support"],
         "«لن يُتخذ قرار بشأن أوكرانيا من دون أوكرانيا، ولا قرار بشأن أوروبا من دون أوروبا»")
G.stance(VDL + EC + EU, "sanctions", ["support"],
         "الحزمة العشرين من العقوبات ستُقر \"خلال أيام\" رغم اعتراض بودابست")
G.stance(HUN, "sanctions", ["oppose"], "رغم اعتراض بودابست")
G.stance(ESP + SANCHEZ, "multinational-force", ["support"],
         "إسبانيا مستعدة للمشاركة في القوة متعددة الجنسيات التي يعدّها \"تحالف الراغبين\"")
G.stance(FRA + MACRON, "multinational-force", ["support"],
         "القوة ستكون جاهزة للانتشار «في غضون أسابيع» من سريان أي وقف لإطلاق النار")
G.stance(GBR + STARMER, "territorial-concessions", ["oppose"],
         "بلاده «لن تقبل سلامًا يُجبر أوكرانيا على التخلي عن أرضها»")
G.stance(UKR + ZELENSKY, "ceasefire", ["support"],
         "بلاده \"مستعدة لوقف إطلاق النار غدًا على خطوط التماس الحالية\"")
G.stance(UKR + ZELENSKY, "territorial-concessions", ["oppose"],
         "لكنها لن تسحب جنودها من مدن عجز الروس عن احتلالها")
G.stance(RUS + PUTIN, "territorial-concessions", ["support"],
         "داعيًا كييف إلى الخروج مما وصفها بـ«أراضي دونباس الروسية» إن أرادت أن تتوقف الحرب")
G.stance(RUS + PUTIN, "ceasefire", ["oppose", "open"],
         "روسيا ستحقق أهدافها «بالسلم إن أمكن، وبالقوة إن لزم»، داعيًا كييف إلى الخروج مما وصفها بـ«أراضي دونباس الروسية» إن أرادت أن تتوقف الحرب")
G.stance(USA + TRUMP, "ceasefire", ["support"],
         "أن الاتفاق \"قريب جدًا\"، مطالبًا الطرفين بإنهاء «هذه المجزرة»")
# optional
G.stance(IAEA + GROSSI, "ceasefire", ["support", "open"],
         "هذه الهدنات «تثبت أن التفاهم ممكن حتى في أصعب الظروف»", opt=True)
G.stance(COALITION, "multinational-force", ["support"],
         "أعلنت خلاله خمس وعشرون دولة استعدادها للمساهمة بقوات أو معدات أو تمويل", opt=True)
G.stance(GBR + STARMER, "multinational-force", ["support"],
         "اجتماع للتحالف ترأسه الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر", opt=True)
G.stance(CAN + CARNEY, "security-guarantees", ["support"],
         "تعهد بتقديم ملياري دولار كندي على مدى عامين، منها 400 مليون لتدريب الطيارين الأوكرانيين", opt=True)
G.stance(RUS + KREMLIN + PESKOV, "european-say", ["oppose"],
         "زيارة القادة الأوروبيين «استعراض لا يقرّب السلام خطوة واحدة»", opt=True)

# ---- figures
G.figure(19, "percent", "نحو 19 في المئة")
G.figure(6000000000, "EUR", "ستة مليارات يورو")
G.figure(4, "count", "أربع مقاتلات")
G.figure(2000000000, "CAD", "ملياري دولار كندي")
G.figure(400000000, "CAD", "400 مليون")
G.figure(25, "count", "خمس وعشرون دولة")
G.figure(157, "count", "157 أسيرًا")
G.figure(15000, "count", "أكثر من 15 ألف مدني")
G.figure(2, ["count", "year", "years"], "عامين", opt=True)
G.figure(3, ["count", "day", "days"], "ثلاثة أيام", opt=True)
G.figure(4, ["count", "year", "years"], "الذكرى الرابعة", opt=True)

# ---- events
G.event(["visit"], "2026-02-24", "قادة أوروبيين وغربيين وصلوا صباحًا بالقطار إلى كييف", place=UKR)
G.event(["meeting"], "2026-02-24",
        "شارك القادة الزائرون، عبر الفيديو من كييف، في اجتماع للتحالف ترأسه الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر")
G.event(["other", "agreement"], "2026-02-23", "عملية تبادل جرت أمس الاثنين بوساطة إماراتية")
G.event(["other"], "2026-02-24", "أحيت أوكرانيا اليوم الثلاثاء الذكرى الرابعة للغزو الروسي", opt=True)
G.event(["meeting", "statement"], "2026-02-24", "في مؤتمر صحفي مع الرئيس فولوديمير زيلينسكي", opt=True)
G.event(["statement"], None, "قال الرئيس فلاديمير بوتين في كلمة متلفزة", opt=True)
G.event(["statement"], "2026-02-24", "قال الرئيس فلاديمير بوتين في كلمة متلفزة", opt=True)
G.event(["other", "agreement"], None, "بعد هدنة محلية دامت ثلاثة أيام", opt=True)
G.event(["deadline", "other"], None, "ستصل إلى الخزينة الأوكرانية في نيسان/أبريل", opt=True)

# ---- provisions
G.provision(24, "البند الرابع والعشرين من الخطة الأمريكية الأصلية")

# ---- pledges
G.pledge(EU + EC + VDL, ["funding"],
         "الدفعة الأولى من القرض الأوروبي، وقيمتها ستة مليارات يورو، ستصل إلى الخزينة الأوكرانية في نيسان/أبريل",
         value=6000000000, unit="EUR")
G.pledge(ESP + SANCHEZ, ["troops", "other"],
         "إسبانيا مستعدة للمشاركة في القوة متعددة الجنسيات التي يعدّها \"تحالف الراغبين\"")
G.pledge(ESP + SANCHEZ, ["air", "equipment"],
         "ستضع أربع مقاتلات من طراز يوروفايتر بتصرف مهمة حماية الأجواء الأوكرانية")
G.pledge(CAN + CARNEY, ["funding"], "تعهد بتقديم ملياري دولار كندي على مدى عامين",
         value=2000000000, unit="CAD")
G.pledge(CAN + CARNEY, ["training", "funding"], "منها 400 مليون لتدريب الطيارين الأوكرانيين",
         value=400000000, unit="CAD")
G.pledge(COALITION, ["troops", "equipment", "funding"],
         "أعلنت خلاله خمس وعشرون دولة استعدادها للمساهمة بقوات أو معدات أو تمويل", opt=True)

G.write()
