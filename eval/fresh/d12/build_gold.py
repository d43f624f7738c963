"""Build gold/<id>.json for d12 from the quote table below; every offset is computed here (str.find, unique)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ABD = ["Badr Abdelatty", "Badr Abdel Aty", "Abdelatty"]
SAF = ["Ayman Safadi", "Ayman al-Safadi", "Safadi"]
EGYMFA = ["EGY", "Cairo", "Egyptian Foreign Ministry", "Egyptian Ministry of Foreign Affairs"]
QAS = ["Hazem Qassem", "Hazem Qasem", "Qassem"]
ANS = ["Majed Al-Ansari", "Majed al-Ansari", "Al-Ansari"]
GMO = ["Gaza Government Media Office", "Government Media Office", "Gaza government media office"]
LAZ = ["Philippe Lazzarini", "Lazzarini"]
COGAT = ["Coordinator of Government Activities in the Territories", "COGAT", "ISR"]
NET = ["Benjamin Netanyahu", "Netanyahu"]
NETO = NET + ["ISR", "Prime Minister's Office", "Israeli Prime Minister's Office"]
KATZ = ["Israel Katz", "Katz"]
LAP = ["Yair Lapid", "Lapid"]
SMO = ["Bezalel Smotrich", "Smotrich"]
FAM = [None, "Hostages and Missing Families Forum", "families of the hostages"]
MLA = ["Nickolay Mladenov", "Nikolay Mladenov", "Nikolai Mladenov", "Mladenov"]
PRA = ["Prabowo Subianto", "Prabowo"]
JEF = ["Jasper Jeffers", "Jeffers"]
NAIM = ["Bassem Naim", "Basem Naim", "Naim"]
PAKMFA = ["PAK", "Islamabad", "Pakistani Foreign Ministry", "Pakistan Foreign Office"]
WIT = ["Steve Witkoff", "Steven Witkoff", "Witkoff"]
USD = [None, "USA", "Washington", "State Department", "US State Department"]
IDF = ["Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "ISR"]
CD = ["Gaza Civil Defence", "Civil Defence", "Gaza Civil Defense"]
KAL = ["Kaja Kallas", "Kallas"]
TAJ = ["Antonio Tajani", "Tajani"]
GUT = ["António Guterres", "Antonio Guterres", "Guterres"]
FLE = ["Tom Fletcher", "Fletcher"]
MUS = ["Mohammad Mustafa", "Mohammed Mustafa", "Muhammad Mustafa"]

# (speaker, key, direct[, "opt"])
DOCS = {
 "d12_ar_01": ("2026-05-12", [
  (ABD, "بلاده ستستضيف الأسبوع المقبل جولة جديدة من المحادثات غير المباشرة", False),
  (ABD, "الفرصة ما زالت قائمة للتوصل إلى تفاهم شامل قبل نهاية الشهر", True),
  (ABD, "لن نقبل بأي ترتيبات تؤدي إلى تهجير سكان القطاع أو تقسيمه", True),
  (ABD, "القاهرة تنتظر ردًا مكتوبًا من الجانب الإسرائيلي على المقترح المصري", False),
  (SAF, "المجتمع الدولي مطالب بالضغط لفتح المعابر كلها من دون قيود", True),
  (SAF, "عمّان أرسلت خلال أسبوع واحد أكثر من مئتي شاحنة مساعدات", False),
  (EGYMFA, "سبل تثبيت التهدئة ومنع انهيارها في ظل الخروقات المتكررة", True),
  (EGYMFA, "الاتصالات مستمرة مع الجانبين القطري والأمريكي على مدار الساعة", False),
  ([None, "ISR"], "لن ترسل وفدها قبل تسلّم قائمة الأسرى المحدثة", True),
  (QAS, "تتعامل بإيجابية ومسؤولية عالية مع الجهود المصرية والقطرية", True),
  (QAS, "لكننا لن نوقع على أي ورقة لا تتضمن انسحابًا كاملًا", True),
  (QAS, "وفد الحركة سيصل إلى القاهرة فور تلقيه الدعوة الرسمية", False),
 ]),
 "d12_ar_02": ("2026-05-13", [
  (ANS, "يقتربون من صيغة نهائية بشأن آلية تبادل الدفعة الأخيرة من الجثامين", True),
  (ANS, "الخلاف يتركز على الجدول الزمني وترتيب مراحل الانسحاب", False),
  (ANS, "لا نتحدث عن أيام، بل عن أسابيع قليلة إذا توفرت الإرادة السياسية", True),
  (ANS, "ما نحتاجه الآن هو التزام واضح بوقف الخروقات", True),
  (ANS, "وليس مزيدًا من البيانات", True, "opt"),
  (GMO, "أكثر من 70 في المئة من الشاحنات المتفق عليها لم تدخل القطاع", True),
  (GMO, "سلطات الاحتلال أغلقت معبر كيسوفيم ثلاثة أيام متتالية", False),
  (LAZ, "النظام الصحي في القطاع على حافة الانهيار الكامل", True),
  (LAZ, "لدينا مخزون من الأدوية يكفي عشرة أيام فقط", True),
  (COGAT, "تعمل بصورة طبيعية ووفق الجدول المتفق عليه مع الوسطاء", True),
  (COGAT, "حماس بالاستيلاء على جزء من المساعدات", False, "opt"),
  (ANS, "لن تسمح بأن تتحول الوساطة إلى غطاء لاستمرار الحرب", True),
  (ANS, "الدوحة تنسق خطواتها مع القاهرة وأنقرة بشكل يومي", False),
  ([None], "فلسطينيين اثنين قُتلا برصاص القوات الإسرائيلية قرب الخط الأصفر", False),
 ]),
 "d12_ar_03": ("2026-05-14", [
  (NET, "لن تنتقل إلى المرحلة الثانية قبل نزع سلاح حماس بالكامل", True),
  (NET, "طالما اقتضت الحاجة", True, "opt"),
  (NET, "الجيش سيبقى في المنطقة العازلة", False, "opt"),
  (NET, "الآن جاء دور الطرف الآخر لكي يفي بالتزاماته", True),
  (NETO, "سيتوجه إلى القاهرة فقط لبحث ملف الرهائن", True),
  (KATZ, "كل نفق يُكتشف سيُدمَّر، ولن نسمح بإعادة بناء قدرات الحركة", True),
  (KATZ, "أوعز إلى الجيش بتوسيع عمليات الهدم شرق الخط الأصفر", False),
  (LAP, "تضيع فرصة تاريخية من أجل البقاء في السلطة", True),
  (LAP, "على نتنياهو أن يختار بين شركائه المتطرفين ومصلحة الدولة", True),
  (SMO, "سيكون خطأ استراتيجيًا ستدفع إسرائيل ثمنه لسنوات", True),
  (SMO, "بالانسحاب من الائتلاف", False, "opt"),
  (LAP, "الحكومة رهينة لوزير واحد يهدد كل أسبوع بإسقاطها", True),
  ([None], "الجيش أعد خططًا لاستئناف القتال خلال ساعات إذا فشلت المفاوضات", True),
  (FAM, "تشعر بالخذلان الشديد من تأخير عودة آخر جثمانين", True),
 ]),
 "d12_ar_04": ("2026-05-15", [
  (MLA, "نشر الدفعة الأولى من قوة الاستقرار الدولية بات مسألة أسابيع", True),
  (MLA, "والعقبة الوحيدة المتبقية هي تحديد قواعد الاشتباك", True),
  (PRA, "لن يدخلوا في مواجهة مع أي فصيل فلسطيني", True),
  (PRA, "مهمتهم ستقتصر على حماية المدنيين وتأمين قوافل الإغاثة", False),
  (JEF, "مقر القيادة سينتقل الشهر المقبل من كريات غات إلى رفح", False),
  (JEF, "سنكون على الأرض قبل نهاية حزيران", True),
  (JEF, "يسير بشكل جيد ومنتظم حتى الآن", True),
  (NAIM, "يجب أن تنتشر على حدود القطاع لا داخله", True),
  (NAIM, "الحركة لم تتلق أي تصور مكتوب عن صلاحيات القوة", False),
  ([None], "باكستان وأذربيجان تدرسان المشاركة بوحدات هندسية وطبية صغيرة", False),
  ([None, "IDN"], "التدريب المشترك مع الشرطة الفلسطينية سيبدأ في مصر قبل الانتشار", True),
  (PAKMFA, "ستتخذ قرارها النهائي بعد التشاور مع البرلمان", True),
 ]),
 "d12_en_01": ("2026-05-16", [
  (WIT, "is closer than most people think", True),
  (WIT, "come to the table with a serious answer on weapons", True),
  (WIT, "We are not going to wait forever", True),
  (WIT, "The president has been very clear about that, and so have our partners", True),
  (WIT, "Egypt and Qatar had delivered a revised proposal to the Hamas leadership", False),
  (USD, "fully supports the Egyptian arrangement for the Rafah crossing", True),
  (QAS, "Nobody can ask the resistance to disarm while the occupation is still inside Gaza", True),
  (QAS, "shown more flexibility than any other party", True),
  (NETO, "the Israeli delegation would travel to Cairo on Sunday", False),
  (IDF, "crossed the Yellow Line and posed an immediate threat", True),
  (IDF, "was reviewing the incident together with the coordination center", False),
  (CD, "two people were killed and three others wounded near Jabalia", False),
 ]),
 "d12_en_02": ("2026-05-18", [
  (KAL, "the bloc was ready to expand its border mission at the Rafah crossing", False),
  (KAL, "as soon as both sides give us the green light", True, "opt"),
  (KAL, "Europe will not simply pay for the reconstruction of Gaza and stay silent", True),
  (KAL, "We want a seat at the table", True),
  (KAL, "the EU would announce a new aid package of 120 million euros", False),
  (TAJ, "Italy was prepared to send carabinieri to train the Palestinian police", False),
  (TAJ, "Our officers have done this before in other missions", True),
  (GUT, "preserve the ceasefire at all costs and return to the talks", True),
  (FLE, "remains dire despite the improvements of recent weeks", True),
  (FLE, "aid convoys were still being held for hours at Kissufim", False),
  ([None, "ISR"], "would not accept European troops on the ground under any circumstances", True),
  (MUS, "This is the kind of support our people need", True),
 ]),
}
EMPTY = ("mentions", "stances", "figures", "events", "provisions", "pledges")
for doc, (date, rows) in DOCS.items():
    text = open(os.path.join(HERE, "articles", doc + ".txt"), encoding="utf-8").read()
    req, opt = [], []
    for row in rows:
        spk, key, direct = row[:3]
        s = text.find(key)
        assert s >= 0, (doc, key)
        assert text.find(key, s + 1) < 0, ("not unique", doc, key)
        q = {"speaker": spk, "key": key, "direct": direct,
             "evidence": {"start": s, "end": s + len(key), "text": text[s:s + len(key)]}}
        (opt if len(row) > 3 else req).append(q)
    g = {"doc": doc, "lang": doc.split("_")[1], "date": date}
    for k in EMPTY:
        g[k] = []
    g["quotes"] = req
    g["optional"] = {"quotes": opt}
    with open(os.path.join(HERE, "gold", doc + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(doc, len(req), "quotes,", len(opt), "optional")
