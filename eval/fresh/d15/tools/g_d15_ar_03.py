from common import *

G = Gold("d15_ar_03", "ar", "2026-02-15")
MSC = ["Munich Security Conference", "MSC"]
MUNICH = ["Munich", "München"]
# ---- mentions
G.mention(MUNICH, "ميونيخ")
G.mention(UKR, "أوكرانيا")
G.mention(MSC, "مؤتمر ميونيخ للأمن")
G.mention(EUROPE, "أوروبي")
G.mention(USA, "واشنطن")
G.mention(RUS, "موسكو")
G.mention(ZELENSKY, "فولوديمير زيلينسكي")
G.mention(CONGRESS, "الكونغرس")
G.mention(DONBAS, "دونباس")
G.mention(NATO, "حلف شمال الأطلسي")
G.mention(DEU, "الألماني")
G.mention(MERZ, "فريدريش ميرتس")
G.mention(["Bundestag", "German Bundestag", "German parliament"], "البوندستاغ")
G.mention(RUBIO, "ماركو روبيو")
G.mention(["Geneva"], "جنيف")
G.mention(["FRA"], "الفرنسي")
G.mention(MACRON, "إيمانويل ماكرون")
G.mention(PUTIN, "فلاديمير بوتين")
G.mention(ARE, "أبوظبي")
G.mention(["Miami"], "ميامي")
G.mention(["GBR"], "البريطاني")
G.mention(STARMER, "كير ستارمر")
G.mention(RUTTE, "مارك روته")
G.mention(ZAKHAROVA, "ماريا زاخاروفا")
G.mention(RUS_MFA, "الخارجية الروسية", opt=True)
G.mention(["The West", "Western countries"], "غربية", opt=True)

# ---- quotes
G.quote(ZELENSKY, "أي اتفاق لا تسنده ضمانات يصادق عليها الكونغرس سيكون «مجرد استراحة قبل الغزو التالي»", False)
G.quote(ZELENSKY, "جيشه لن ينسحب من المدن التي يدافع عنها في دونباس", False)
G.quote(ZELENSKY, "أي تعديل للحدود يجب أن يُعرض على الأوكرانيين في استفتاء", False)
G.quote(ZELENSKY, "الانضمام إلى حلف شمال الأطلسي يبقى أرخص ضمانة للسلام في أوروبا", True)
G.quote(MERZ, "أوروبا «ليست قاعة انتظار» في مفاوضات تخص أمنها", False)
G.quote(MERZ, "لا شيء يُتفق عليه بشأن العقوبات أو الأصول المجمدة من دون موافقتنا", True)
G.quote(MERZ, "مشاركة جنود ألمان في قوة لطمأنة أوكرانيا \"ليست مستبعدة\"", False)
G.quote(DEU, "ستدرّب لواءين أوكرانيين إضافيين على أراضيها هذا العام", False)
G.quote(RUBIO, "الإطار المعدل المؤلف من عشرين بندًا بات «أقرب من أي وقت مضى» إلى اتفاق", False)
G.quote(RUBIO, "الولايات المتحدة مستعدة لتقديم «دعم استخباراتي ومراقبة جوية» للقوة التي يعتزم الأوروبيون نشرها", False)
G.quote(RUBIO, "الوفود الأمريكية والأوكرانية والروسية ستلتقي مجددًا في جنيف بعد غد الثلاثاء", False)
G.quote(MACRON, "لا يمكن أن تكتفي بانتظار ما يُقرَّر في أبوظبي أو ميامي", True)
G.quote(MACRON, "فرنسا ستكون «في الصف الأول» حين تنتشر القوة متعددة الجنسيات", False)
G.quote(STARMER, "حكومته رصدت 500 مليون جنيه إسترليني إضافية لتجهيز هذه القوة", False)
G.quote(STARMER, "جنودًا بريطانيين سيصلون إلى أوكرانيا «في اليوم التالي لتوقيع الهدنة»", False)
G.quote(RUTTE + NATO, "عضوية أوكرانيا \"ليست مطروحة في الوقت الراهن\"", False)
G.quote(ZAKHAROVA + RUS_MFA, "يطلبون مقعدًا إلى طاولة لم يُدعَوا إليها", True)
G.quote(ZAKHAROVA + RUS_MFA, "أي قوات غربية تطأ الأراضي الأوكرانية ستكون هدفًا للجيش الروسي", False)
# optional
G.quote(ZELENSKY, "مجرد استراحة قبل الغزو التالي", True, opt=True)
G.quote(ZELENSKY, "بقرار يُتخذ في غرفة مغلقة", True, opt=True)
G.quote(ZELENSKY, "بلاده قبلت البحث في ضمانات بديلة عن العضوية", False, opt=True)
G.quote(MERZ, "ليست قاعة انتظار", True, opt=True)
G.quote(MERZ, "ليست مستبعدة", True, opt=True)
G.quote(RUBIO, "أقرب من أي وقت مضى", True, opt=True)
G.quote(RUBIO, "دعم استخباراتي ومراقبة جوية", True, opt=True)
G.quote(RUBIO, "إذا تبيّن أن موسكو تماطل", True, opt=True)
G.quote(MACRON, "الأوروبيين إلى تعيين مبعوث يتحدث باسمهم مباشرة مع فلاديمير بوتين", False, opt=True)
G.quote(MACRON, "في الصف الأول", True, opt=True)
G.quote(STARMER, "في اليوم التالي لتوقيع الهدنة", True, opt=True)
G.quote(RUTTE + NATO, "ليست مطروحة في الوقت الراهن", True, opt=True)
G.quote(RUTTE + NATO, "الحلف «لم يغلق بابه»", False, opt=True)

# ---- stances
G.stance(UKR + ZELENSKY, "security-guarantees", ["support"],
         "أي اتفاق لا تسنده ضمانات يصادق عليها الكونغرس سيكون «مجرد استراحة قبل الغزو التالي»")
G.stance(UKR + ZELENSKY, "territorial-concessions", ["oppose", "open"],
         "جيشه لن ينسحب من المدن التي يدافع عنها في دونباس \"بقرار يُتخذ في غرفة مغلقة\"، موضحًا أن أي تعديل للحدود يجب أن يُعرض على الأوكرانيين في استفتاء")
G.stance(UKR + ZELENSKY, "nato-membership", ["support", "open"],
         "بلاده قبلت البحث في ضمانات بديلة عن العضوية، لكن \"الانضمام إلى حلف شمال الأطلسي يبقى أرخص ضمانة للسلام في أوروبا\"")
G.stance(DEU + MERZ, "european-say", ["support"],
         "أوروبا «ليست قاعة انتظار» في مفاوضات تخص أمنها، وإنه \"لا شيء يُتفق عليه بشأن العقوبات أو الأصول المجمدة من دون موافقتنا\"")
G.stance(DEU + MERZ, "multinational-force", ["open", "support"],
         "مشاركة جنود ألمان في قوة لطمأنة أوكرانيا \"ليست مستبعدة\"، على أن يبت فيها البوندستاغ بعد وقف إطلاق النار")
G.stance(USA + RUBIO, "security-guarantees", ["support"],
         "الولايات المتحدة مستعدة لتقديم «دعم استخباراتي ومراقبة جوية» للقوة التي يعتزم الأوروبيون نشرها")
G.stance(USA + RUBIO, "sanctions", ["open", "support"],
         "ولم يستبعد روبيو فرض عقوبات جديدة على قطاع الطاقة الروسي \"إذا تبيّن أن موسكو تماطل\"")
G.stance(FRA + MACRON, "european-say", ["support"],
         "القارة \"لا يمكن أن تكتفي بانتظار ما يُقرَّر في أبوظبي أو ميامي\"")
G.stance(FRA + MACRON, "multinational-force", ["support"],
         "فرنسا ستكون «في الصف الأول» حين تنتشر القوة متعددة الجنسيات")
G.stance(GBR + STARMER, "multinational-force", ["support"],
         "جنودًا بريطانيين سيصلون إلى أوكرانيا «في اليوم التالي لتوقيع الهدنة»")
G.stance(NATO + RUTTE, "nato-membership", ["open", "oppose"],
         "عضوية أوكرانيا \"ليست مطروحة في الوقت الراهن\"، لكنه شدد على أن الحلف «لم يغلق بابه»")
G.stance(RUS + ZAKHAROVA + RUS_MFA, "european-say", ["oppose"],
         "الأوروبيين «يطلبون مقعدًا إلى طاولة لم يُدعَوا إليها»")
G.stance(RUS + ZAKHAROVA + RUS_MFA, "multinational-force", ["oppose"],
         "أي قوات غربية تطأ الأراضي الأوكرانية ستكون هدفًا للجيش الروسي")
# optional
G.stance(USA + RUBIO, "multinational-force", ["support", "open"],
         "للقوة التي يعتزم الأوروبيون نشرها، من دون إرسال جنود أمريكيين", opt=True)
G.stance(USA + RUBIO, "us-peace-plan", ["support", "open"],
         "الإطار المعدل المؤلف من عشرين بندًا بات «أقرب من أي وقت مضى» إلى اتفاق", opt=True)
G.stance(EUROPE, "european-say", ["support"],
         "وسط قلق أوروبي من أن تُرسم التسوية بين واشنطن وموسكو وكييف من دون القارة", opt=True)
G.stance(FRA + MACRON, "ceasefire", ["support", "open"],
         "دعا الأوروبيين إلى تعيين مبعوث يتحدث باسمهم مباشرة مع فلاديمير بوتين", opt=True)
G.stance(GBR + STARMER, "security-guarantees", ["support"],
         "حكومته رصدت 500 مليون جنيه إسترليني إضافية لتجهيز هذه القوة", opt=True)
G.stance(DEU, "security-guarantees", ["support"],
         "ستدرّب لواءين أوكرانيين إضافيين على أراضيها هذا العام", opt=True)

# ---- figures
G.figure(60, "count", "أكثر من ستين رئيس دولة وحكومة")
G.figure(20, "count", "عشرين بندًا")
G.figure(28, "count", "28 نقطة")
G.figure(500000000, "GBP", "500 مليون جنيه إسترليني")
G.figure(2, "count", "لواءين", opt=True)

# ---- events
G.event(["meeting", "other"], "2026-02-15", "مؤتمر ميونيخ للأمن الذي يُختتم اليوم الأحد", place=MUNICH)
G.event(["talks", "meeting"], "2026-02-17", "ستلتقي مجددًا في جنيف بعد غد الثلاثاء", place=["Geneva"])
G.event(["meeting", "other"], "2026-02-13", "افتتاح المستشار الألماني فريدريش ميرتس المؤتمر", place=MUNICH, opt=True)
G.event(["statement"], "2026-02-13", "افتتاح المستشار الألماني فريدريش ميرتس المؤتمر بخطاب", opt=True)
G.event(["statement"], "2026-02-14", "وفي خطاب ألقاه أمس السبت", opt=True)
G.event(["meeting", "other"], "2026-02-14", "وفي خطاب ألقاه أمس السبت", place=MUNICH, opt=True)
G.event(["statement", "other"], "2026-02-13", "وأعلنت برلين في اليوم نفسه", opt=True)

# ---- provisions
G.provision(7, "البند السابع من الخطة الأصلية المؤلفة من 28 نقطة")

# ---- pledges
G.pledge(DEU, ["training"], "ستدرّب لواءين أوكرانيين إضافيين على أراضيها هذا العام")
G.pledge(USA + RUBIO, ["intelligence", "air"],
         "الولايات المتحدة مستعدة لتقديم «دعم استخباراتي ومراقبة جوية» للقوة التي يعتزم الأوروبيون نشرها")
G.pledge(GBR + STARMER, ["funding", "equipment"], "حكومته رصدت 500 مليون جنيه إسترليني إضافية لتجهيز هذه القوة",
         value=500000000, unit="GBP")
G.pledge(GBR + STARMER, ["troops"], "جنودًا بريطانيين سيصلون إلى أوكرانيا «في اليوم التالي لتوقيع الهدنة»")
G.pledge(FRA + MACRON, ["troops", "other"], "فرنسا ستكون «في الصف الأول» حين تنتشر القوة متعددة الجنسيات", opt=True)

G.write()
