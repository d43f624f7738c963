from common import *

G = Gold("d15_ar_01", "ar", "2026-01-25")
t = G.text
# ---- mentions
G.mention(ARE, "أبوظبي")
G.mention(USA, "الأمريكية")
G.mention(UKR, "الأوكرانية")
G.mention(RUS, "الروسية")
G.mention(UMEROV, "رستم عميروف")
G.mention(KOSTYUKOV, "إيغور كوستيوكوف")
G.mention(WITKOFF, "ستيف ويتكوف")
G.mention(KUSHNER, "جاريد كوشنر")
G.mention(DRISCOLL, "دان دريسكول")
G.mention(KREMLIN, "الكرملين")
G.mention(PESKOV, "دميتري بيسكوف")
G.mention(DONBAS, "دونباس")
G.mention(DONETSK, "مقاطعة دونيتسك")
G.mention(TRUMP, "دونالد ترامب")
G.mention(ZELENSKY, "فولوديمير زيلينسكي")
G.mention(["Davos"], "دافوس")
G.mention(CONGRESS, "الكونغرس")
G.mention(["Kharkiv", "Kharkov"], "خاركيف")
G.mention(SYBIHA, "أندريه سيبيها")
G.mention(EUROPE, "الأوروبيون")
G.mention(BARROT, "جان نويل بارو")
G.mention(["FRA"], "الفرنسي")
G.mention(EU, "الاتحاد الأوروبي")
G.mention(KALLAS, "كايا كالاس")
G.mention(["National Security and Defense Council of Ukraine", "National Security and Defence Council of Ukraine",
           "National Security and Defense Council", "NSDC"], "مجلس الأمن القومي والدفاع", opt=True)
G.mention(["GRU", "Russian military intelligence"], "الاستخبارات العسكرية", opt=True)
G.mention(["Telegram"], "تلغرام", opt=True)
G.mention(["Ukrainian Air Force", "Air Force of Ukraine"], "سلاح الجو الأوكراني", opt=True)
G.mention(["UAE Ministry of Foreign Affairs", "UAE Foreign Ministry", "Emirati Foreign Ministry"], "وزارة خارجيتها", opt=True)

# ---- quotes
G.quote(UMEROV, "النقاش تركز على «معايير إنهاء الحرب» وعلى آليات مراقبة أي هدنة محتملة", False)
G.quote(UMEROV, "لن تسلّم أرضًا عجز الجيش الروسي عن انتزاعها بالقوة", True)
G.quote(PESKOV + KREMLIN, "على القوات الأوكرانية أن تنسحب من كامل دونباس", False)
G.quote(WITKOFF, "تصمت المدافع في أسرع وقت ممكن", True)
G.quote(ZELENSKY, "وثيقة الضمانات الأمنية الثنائية مع الولايات المتحدة «جاهزة بنسبة 100%»", False)
G.quote(SYBIHA, "رسالة ازدراء موجهة إلى الوسطاء قبل أن تكون موجهة إلينا", True)
G.quote(BARROT, "لا يمكن أن يُصاغ في غيابها", True)
G.quote(KALLAS, "التكتل سيُبقي ضغطه الاقتصادي على موسكو ما دامت ترفض وقف القتال", False)
# optional
G.quote(UMEROV, "معايير إنهاء الحرب", True, opt=True)
G.quote(PESKOV + KREMLIN, "ثابت ومعروف", True, opt=True)
G.quote(PESKOV + KREMLIN, "لن يكون هناك وقف لإطلاق النار قبل ذلك", False, opt=True)
G.quote(WITKOFF, "بنّاءة للغاية", True, opt=True)
G.quote(ZELENSKY, "جاهزة بنسبة 100%", True, opt=True)
G.quote(ZELENSKY, "تنتظر توقيع الرئيسين ثم مصادقة الكونغرس", False, opt=True)
G.quote(SYBIHA, "الشركاء إلى تشديد العقوبات على النفط الروسي وأسطول الظل", False, opt=True)
G.quote(BARROT, "أي تفاهم يمس أمن أوروبا «لا يمكن أن يُصاغ في غيابها»", False, opt=True)
G.quote([None], "طرح الجانب الأمريكي هدنة تشمل منشآت الطاقة لمدة ثلاثين يومًا", False, opt=True)
G.quote(ARE + ["UAE Ministry of Foreign Affairs", "UAE Foreign Ministry"], "الأجواء الإيجابية", True, opt=True)

# ---- stances
G.stance(UKR + UMEROV, "territorial-concessions", ["oppose"],
         "مشددًا على أن كييف \"لن تسلّم أرضًا عجز الجيش الروسي عن انتزاعها بالقوة\"")
G.stance(RUS + KREMLIN + PESKOV, "territorial-concessions", ["support"],
         "على القوات الأوكرانية أن تنسحب من كامل دونباس")
G.stance(RUS + KREMLIN + PESKOV, "ceasefire", ["oppose", "open"],
         "على القوات الأوكرانية أن تنسحب من كامل دونباس، ولن يكون هناك وقف لإطلاق النار قبل ذلك")
G.stance(USA + TRUMP + WITKOFF, "ceasefire", ["support"],
         "الرئيس دونالد ترامب يريد أن \"تصمت المدافع في أسرع وقت ممكن\"")
G.stance(UKR, "ceasefire", ["open", "support"],
         "طرح الجانب الأمريكي هدنة تشمل منشآت الطاقة لمدة ثلاثين يومًا، أبدت كييف انفتاحًا عليها")
G.stance(UKR + ZELENSKY, "security-guarantees", ["support"],
         "وثيقة الضمانات الأمنية الثنائية مع الولايات المتحدة «جاهزة بنسبة 100%» وتنتظر توقيع الرئيسين ثم مصادقة الكونغرس")
G.stance(UKR + SYBIHA, "sanctions", ["support"],
         "داعيًا الشركاء إلى تشديد العقوبات على النفط الروسي وأسطول الظل")
G.stance(FRA + BARROT, "european-say", ["support"],
         "أي تفاهم يمس أمن أوروبا «لا يمكن أن يُصاغ في غيابها»")
G.stance(EU + KALLAS, "sanctions", ["support"],
         "التكتل سيُبقي ضغطه الاقتصادي على موسكو ما دامت ترفض وقف القتال")
# optional
G.stance(RUS, "ceasefire", ["oppose", "open"], "في حين ربطتها موسكو بتسوية شاملة", opt=True)
G.stance(ARE, "ceasefire", ["support", "open"],
         "مبدية استعدادها لمواصلة استضافة الوفود حتى التوصل إلى سلام دائم", opt=True)
G.stance(EUROPE, "european-say", ["support"],
         "وغاب الأوروبيون عن طاولة أبوظبي، وهو ما أثار تحفظات في عواصم القارة", opt=True)
G.stance(USA + WITKOFF, "security-guarantees", ["support"],
         "وثيقة الضمانات الأمنية الثنائية مع الولايات المتحدة «جاهزة بنسبة 100%»", opt=True)

# ---- figures
G.figure(28, "count", "28 نقطة")
G.figure(100, "percent", "100%")
G.figure(375, "count", "375 طائرة مسيّرة")
G.figure(21, "count", "21 صاروخًا")
G.figure(1000000, "count", "أكثر من مليون منزل")
G.figure(30, ["count", "day", "days"], "ثلاثين يومًا", opt=True)
G.figure(2, ["count", "day", "days"], "يومين", opt=True)

# ---- events
G.event(["talks", "meeting"], "2026-01-24",
        "اختتمت الوفود الأمريكية والأوكرانية والروسية أمس السبت في أبوظبي جولة محادثات ثلاثية", place=ARE)
G.event(["talks", "meeting"], "2026-02-01", "العودة إلى العاصمة الإماراتية في الأول من شباط/فبراير", place=ARE)
G.event(["meeting"], "2026-01-22", "الذي التقى ترامب في دافوس الخميس الماضي", place=["Davos"])
G.event(["attack"], "2026-01-23", "هجوم روسي ليل الجمعة استهدف كييف وخاركيف", place=UKR)
G.event(["talks", "meeting"], "2026-01-23", "جولة محادثات ثلاثية استمرت يومين", place=ARE, opt=True)
G.event(["attack"], "2026-01-24", "هجوم روسي ليل الجمعة استهدف كييف وخاركيف", place=UKR, opt=True)
G.event(["statement"], None, "قال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين", opt=True)
G.event(["statement"], None, "ورحبت الإمارات، في بيان لوزارة خارجيتها", opt=True)

# ---- provisions
G.provision(21, "البند الحادي والعشرين من الخطة الأمريكية الأصلية")

# ---- pledges (optional only)
G.pledge(ARE, ["other"], "مبدية استعدادها لمواصلة استضافة الوفود حتى التوصل إلى سلام دائم", opt=True)

G.write()
