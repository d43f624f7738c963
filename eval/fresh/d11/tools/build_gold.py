"""Build d11 gold: article texts and event annotations; offsets computed by str.find (each evidence unique)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ZEL = ["UKR", "Volodymyr Zelensky", "Zelensky", "Volodymyr Zelenskyy", "Zelenskyy"]
MAC = ["FRA", "Emmanuel Macron", "Macron"]
RUS = ["RUS", "Kremlin", "Moscow", "Vladimir Putin", "Putin"]

DOCS = {}

DOCS["d11_ar_01"] = ("ar", "2026-03-10", """كييف - الثلاثاء 10 آذار/مارس 2026 (وكالات)

أجرى الرئيس الأوكراني فولوديمير زيلينسكي مساء الاثنين اتصالاً هاتفياً بالرئيس الفرنسي إيمانويل ماكرون، بحثا خلاله تفاصيل الضمانات الأمنية التي يعمل عليها الحلفاء الأوروبيون، وفق بيان للرئاسة الأوكرانية.

وجاء الاتصال بعد ساعات من هجوم شنّته روسيا فجر الاثنين بالطائرات المسيّرة على منشآت للطاقة في مدينة أوديسا، قالت السلطات المحلية إنه أدى إلى انقطاع الكهرباء عن عشرات آلاف المنازل.

وشنّت القوات الروسية فجر اليوم هجوماً صاروخياً جديداً على مدينة خاركيف، أسفر عن إصابة سبعة أشخاص، بحسب رئيس الإدارة العسكرية في المقاطعة.

وفي وقت سابق من اليوم، استقبل زيلينسكي في كييف وزير الدفاع البريطاني جون هيلي، الذي وصل في زيارة لم يُعلن عنها مسبقاً، وتناولت المحادثات تسليم منظومات دفاع جوي إضافية.

ومن المقرر أن يلتقي وزراء خارجية دول "تحالف الراغبين" في بروكسل يوم الخميس المقبل لمناقشة مساهمة كل دولة في القوة متعددة الجنسيات المزمع نشرها بعد وقف إطلاق النار. وكان الوزراء أنفسهم قد عقدوا اجتماعاً عبر الفيديو الأسبوع الماضي، اتفقوا فيه على تشكيل فريق عمل عسكري مشترك.

وقال وزير الخارجية الأوكراني أندريه سيبيها في مؤتمر صحفي اليوم إن بلاده "تنتظر التزامات مكتوبة لا وعوداً شفهية".

وفي موسكو، أعلن المتحدث باسم الكرملين دميتري بيسكوف أمس أن روسيا "لن تقبل بأي وجود عسكري غربي" في أوكرانيا، مضيفاً أن الرئيس فلاديمير بوتين سيعقد اجتماعاً لمجلس الأمن الروسي في اليوم التالي لاجتماع بروكسل.

ويتزامن ذلك مع الذكرى الثانية عشرة لضم شبه جزيرة القرم، التي تحل الأسبوع المقبل. وأكد مسؤول أوروبي أنه لو عُقدت قمة بين بوتين وزيلينسكي فإنها ستكون في إسطنبول، لكن لا موعد لذلك حتى الآن. ويعقد البرلمان الأوكراني جلسة خاصة غداً الأربعاء لمناقشة الملف.
""", [
    ("أجرى الرئيس الأوكراني فولوديمير زيلينسكي مساء الاثنين اتصالاً هاتفياً", ["talks", "meeting", "other"], "2026-03-09", [ZEL, MAC], None, True),
    ("هجوم شنّته روسيا فجر الاثنين بالطائرات المسيّرة", ["attack"], "2026-03-09", [RUS], ["Odesa", "Odessa"], True),
    ("وشنّت القوات الروسية فجر اليوم هجوماً صاروخياً", ["attack"], "2026-03-10", [RUS], ["Kharkiv"], True),
    ("استقبل زيلينسكي في كييف وزير الدفاع البريطاني جون هيلي", ["visit", "meeting", "talks"], "2026-03-10", [ZEL, ["GBR", "John Healey", "Healey"]], ["Kyiv"], True),
    ("أن يلتقي وزراء خارجية دول \"تحالف الراغبين\" في بروكسل يوم الخميس المقبل", ["meeting"], "2026-03-12", [["Coalition of the Willing"]], ["Brussels"], True),
    ("قد عقدوا اجتماعاً عبر الفيديو الأسبوع الماضي", ["meeting"], None, [["Coalition of the Willing"]], None, False),
    ("وقال وزير الخارجية الأوكراني أندريه سيبيها في مؤتمر صحفي اليوم", ["statement"], "2026-03-10", [["UKR", "Andrii Sybiha", "Sybiha"]], None, True),
    ("أعلن المتحدث باسم الكرملين دميتري بيسكوف أمس", ["statement"], "2026-03-09", [["RUS", "Kremlin", "Dmitry Peskov", "Peskov"]], None, True),
    ("سيعقد اجتماعاً لمجلس الأمن الروسي في اليوم التالي لاجتماع بروكسل", ["meeting"], "2026-03-13", [RUS], None, True),
    ("ويعقد البرلمان الأوكراني جلسة خاصة غداً الأربعاء", ["meeting", "other"], "2026-03-11", [["UKR", "Verkhovna Rada"]], ["Kyiv"], True),
])

DOCS["d11_ar_02"] = ("ar", "2026-03-18", """بروكسل - الأربعاء 18 آذار/مارس 2026 (أ ف ب)

صوّت البرلمان الأوروبي أمس الثلاثاء بأغلبية واسعة على قرار يدعو إلى استخدام الأصول الروسية المجمدة لتمويل إعادة إعمار أوكرانيا، قبل ثلاثة أيام من قمة لقادة الاتحاد الأوروبي تُعقد في بروكسل يوم الجمعة.

وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين في كلمة ألقتها أمام النواب قبيل التصويت إن "الوقت حان لتحويل الأقوال إلى أفعال"، مؤكدة أن الأموال ستُستخدم "لحماية أوكرانيا لا لمعاقبة أحد".

ووقّع وزير المالية الأوكراني سيرغي مارتشينكو ومفوض شؤون الاقتصاد صباح اليوم في بروكسل اتفاقاً لتحويل دفعة جديدة من القرض الأوروبي بقيمة أربعة مليارات يورو.

وكانت بلجيكا، التي تحتضن مؤسسة يوروكلير حيث تودع معظم الأصول، قد أبدت تحفظها خلال اجتماع لوزراء المالية يوم الجمعة الماضي، مطالبة بضمانات قانونية تحميها من أي دعاوى روسية. ويزور رئيس الوزراء البلجيكي بارت دي ويفر برلين غداً الخميس لإجراء محادثات مع المستشار الألماني فريدريش ميرتس حول هذه المسألة. وأجرى ميرتس اتصالاً هاتفياً بفون دير لاين مساء أمس لتنسيق المواقف قبل القمة.

وفي كييف، أعلنت القوات الجوية الأوكرانية أنها أسقطت فجر الأربعاء 48 طائرة مسيّرة من أصل 60 أطلقتها روسيا على مناطق عدة، فيما أصيب مبنى سكني في مدينة دنيبرو.

ويحل يوم 31 آذار/مارس الموعد النهائي الذي حدده الاتحاد للدول الأعضاء لتقديم ملاحظاتها على الصيغة القانونية للقرض.

ولو فشلت القمة في التوصل إلى اتفاق، فإن المفوضية قد تدعو إلى اجتماع استثنائي الشهر المقبل، بحسب دبلوماسيين. وفي العام الماضي، انتهت قمة مماثلة من دون حسم الملف بسبب اعتراض عدد من الدول.

وفي موسكو، حذّرت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا في إحاطتها الأسبوعية اليوم من أن بلادها سترد على "أي سرقة" لأصولها، دون أن تحدد طبيعة الرد.
""", [
    ("صوّت البرلمان الأوروبي أمس الثلاثاء", ["other", "meeting"], "2026-03-17", [["European Parliament"]], ["Brussels"], True),
    ("قمة لقادة الاتحاد الأوروبي تُعقد في بروكسل يوم الجمعة", ["meeting"], "2026-03-20", [["European Union", "EU"]], ["Brussels"], True),
    ("في كلمة ألقتها أمام النواب قبيل التصويت", ["statement"], "2026-03-17", [["European Commission", "Ursula von der Leyen", "von der Leyen"]], None, False),
    ("ومفوض شؤون الاقتصاد صباح اليوم في بروكسل اتفاقاً", ["agreement"], "2026-03-18", [["UKR"], ["European Union", "EU", "European Commission"]], ["Brussels"], True),
    ("خلال اجتماع لوزراء المالية يوم الجمعة الماضي", ["meeting"], "2026-03-13", [["BEL"]], None, True),
    ("ويزور رئيس الوزراء البلجيكي بارت دي ويفر برلين غداً الخميس", ["visit", "talks", "meeting"], "2026-03-19", [["BEL", "Bart De Wever"], ["DEU", "Friedrich Merz", "Merz"]], ["Berlin"], True),
    ("وأجرى ميرتس اتصالاً هاتفياً بفون دير لاين مساء أمس", ["talks", "meeting", "other"], "2026-03-17", [["DEU", "Friedrich Merz", "Merz"], ["European Commission", "Ursula von der Leyen", "von der Leyen"]], None, True),
    ("أنها أسقطت فجر الأربعاء 48 طائرة مسيّرة", ["attack"], "2026-03-18", [RUS], None, True),
    ("ويحل يوم 31 آذار/مارس الموعد النهائي", ["deadline"], "2026-03-31", [["European Union", "EU"]], None, True),
    ("حذّرت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا في إحاطتها الأسبوعية اليوم", ["statement"], "2026-03-18", [["RUS", "Maria Zakharova", "Zakharova"]], None, True),
])

DOCS["d11_ar_03"] = ("ar", "2026-02-12", """أبوظبي - الخميس 12 شباط/فبراير 2026 (رويترز)

اختتمت وفود أوكرانيا وروسيا والولايات المتحدة مساء أمس جولة ثالثة من المحادثات الثلاثية في أبوظبي استمرت يومين، من دون إعلان اتفاق على وقف إطلاق النار، لكن مع تقدم في ملفات إنسانية.

وقال المبعوث الأمريكي ستيف ويتكوف في بيان صدر فجر اليوم إن الجانبين "حققا تقدماً ملموساً"، مشيراً إلى أنهما اتفقا على تبادل 150 أسيراً من كل جانب، على أن تتم عملية التبادل يوم السبت عبر الحدود البيلاروسية.

والتقى وزير الخارجية الإماراتي الشيخ عبد الله بن زايد رؤساء الوفود الثلاثة في ختام الجولة، وأكد استعداد بلاده لمواصلة دور الوساطة.

وكانت الجولة الثانية قد عُقدت في الرابع من شباط/فبراير في المدينة نفسها، وانتهت بالاتفاق على تشكيل لجان فنية.

وفي كييف، استقبل زيلينسكي أمس الأربعاء وفداً من مجلس الشيوخ الأمريكي، وبحث معه العقوبات المفروضة على روسيا وتمويل صفقات الأسلحة، على أن يتوجه الوفد إلى وارسو في اليوم التالي للقاء مسؤولين بولنديين. وقال زيلينسكي بعد اللقاء إن بلاده "لن تقبل بسلام مفروض".

وقال المتحدث باسم الكرملين إن الوفد الروسي سيعود إلى موسكو لإطلاع الرئيس فلاديمير بوتين على النتائج، مضيفاً أن اجتماعاً تقنياً بين الخبراء العسكريين سيُعقد بعد أسبوع من الآن لبحث آليات مراقبة أي هدنة.

وفي الأثناء، قُتل ثلاثة مدنيين في قصف مدفعي روسي على مدينة خيرسون يوم الثلاثاء، بحسب السلطات الأوكرانية، التي أعلنت أيضاً أن قواتها صدت هجوماً روسياً قرب بوكروفسك ليل الأربعاء.

ويرى محللون أن أي اتفاق شامل سيتطلب لقاءً مباشراً بين بوتين وزيلينسكي، وهو ما يرفضه الكرملين حتى الآن. وكان زيلينسكي قد عرض في مقابلة تلفزيونية الشهر الماضي لقاء بوتين "في أي مكان باستثناء موسكو".
""", [
    ("اختتمت وفود أوكرانيا وروسيا والولايات المتحدة مساء أمس جولة ثالثة من المحادثات", ["talks", "meeting"], "2026-02-11", [["UKR"], ["RUS"], ["USA"]], ["Abu Dhabi"], True),
    ("وقال المبعوث الأمريكي ستيف ويتكوف في بيان صدر فجر اليوم", ["statement"], "2026-02-12", [["USA", "Steve Witkoff", "Witkoff"]], None, True),
    ("على أن تتم عملية التبادل يوم السبت", ["other", "agreement"], "2026-02-14", [["UKR"], ["RUS"]], None, True),
    ("والتقى وزير الخارجية الإماراتي الشيخ عبد الله بن زايد رؤساء الوفود الثلاثة في ختام الجولة", ["meeting"], "2026-02-11", [["ARE", "Abdullah bin Zayed"]], ["Abu Dhabi"], True),
    ("استقبل زيلينسكي أمس الأربعاء وفداً من مجلس الشيوخ الأمريكي", ["meeting", "visit", "talks"], "2026-02-11", [ZEL, ["USA", "US Senate"]], ["Kyiv"], True),
    ("على أن يتوجه الوفد إلى وارسو في اليوم التالي", ["visit"], "2026-02-12", [["USA", "US Senate"]], ["Warsaw"], True),
    ("وقال زيلينسكي بعد اللقاء", ["statement"], "2026-02-11", [ZEL], None, False),
    ("وكانت الجولة الثانية قد عُقدت في الرابع من شباط/فبراير", ["talks", "meeting"], "2026-02-04", [["UKR"], ["RUS"], ["USA"]], ["Abu Dhabi"], True),
    ("اجتماعاً تقنياً بين الخبراء العسكريين سيُعقد بعد أسبوع من الآن", ["meeting", "talks"], "2026-02-19", [], None, False),
    ("قُتل ثلاثة مدنيين في قصف مدفعي روسي على مدينة خيرسون يوم الثلاثاء", ["attack"], "2026-02-10", [RUS], ["Kherson"], True),
    ("صدت هجوماً روسياً قرب بوكروفسك ليل الأربعاء", ["attack"], "2026-02-11", [RUS], ["Pokrovsk"], True),
    ("عرض في مقابلة تلفزيونية الشهر الماضي", ["statement"], None, [ZEL], None, False),
])

DOCS["d11_ar_04"] = ("ar", "2026-04-02", """أنقرة - الخميس 2 نيسان/أبريل 2026 (الأناضول)

يصل الرئيس الأوكراني فولوديمير زيلينسكي إلى أنقرة بعد غد السبت في زيارة رسمية يلتقي خلالها نظيره التركي رجب طيب أردوغان، لبحث دور تركيا في تأمين الملاحة في البحر الأسود ضمن أي تسوية مقبلة.

وأعلنت الرئاسة التركية النبأ في بيان مقتضب أمس الأربعاء، إثر اتصال هاتفي جرى بين الرئيسين مساء الثلاثاء واستمر نحو ساعة.

وكان وزير الخارجية التركي هاكان فيدان قد زار موسكو في 24 آذار/مارس، حيث أجرى محادثات مع نظيره الروسي سيرغي لافروف استمرت أربع ساعات تناولت مقترحاً تركياً لنشر كاسحات ألغام في المياه الدولية.

وقال فيدان للصحفيين اليوم إن بلاده "مستعدة لاستضافة جولة جديدة من المفاوضات في إسطنبول متى توفرت الإرادة السياسية لدى الطرفين".

وفي تطور ميداني، استهدفت مسيّرات روسية ليل الأربعاء ميناء إسماعيل على نهر الدانوب، ما ألحق أضراراً بمستودعات للحبوب، وفق الإدارة العسكرية في أوديسا. وردت أوكرانيا بعد يومين من ذلك بحسب مصادر عسكرية، لكن لم يصدر تأكيد رسمي.

وتستضيف إسطنبول يومي 20 و21 نيسان/أبريل مؤتمراً دولياً حول أمن البحر الأسود بمشاركة الدول المطلة عليه، إضافة إلى ممثلين عن حلف شمال الأطلسي والاتحاد الأوروبي.

وكانت تركيا قد رعت في تموز/يوليو 2022 اتفاق الحبوب الذي سمح بتصدير ملايين الأطنان من الحبوب الأوكرانية، قبل أن تنسحب منه روسيا بعد عام. ويقول دبلوماسيون أتراك إن أنقرة قد تقترح صيغة مماثلة إذا جرى التوصل إلى وقف لإطلاق النار.

وفي سياق متصل، التقى أردوغان الأسبوع الماضي الأمين العام لحلف شمال الأطلسي مارك روته في إسطنبول، فيما يُنتظر أن يصوت البرلمان التركي يوم الثلاثاء 7 نيسان/أبريل على مذكرة تتيح إرسال سفن إلى البحر الأسود في إطار مهمة دولية.
""", [
    ("يصل الرئيس الأوكراني فولوديمير زيلينسكي إلى أنقرة بعد غد السبت في زيارة رسمية", ["visit", "meeting"], "2026-04-04", [ZEL, ["TUR", "Recep Tayyip Erdogan", "Erdogan"]], ["Ankara"], True),
    ("وأعلنت الرئاسة التركية النبأ في بيان مقتضب أمس الأربعاء", ["statement"], "2026-04-01", [["TUR"]], None, True),
    ("اتصال هاتفي جرى بين الرئيسين مساء الثلاثاء", ["talks", "meeting", "other"], "2026-03-31", [ZEL, ["TUR", "Recep Tayyip Erdogan", "Erdogan"]], None, True),
    ("قد زار موسكو في 24 آذار/مارس", ["visit", "talks", "meeting"], "2026-03-24", [["TUR", "Hakan Fidan", "Fidan"], ["RUS", "Sergei Lavrov", "Lavrov"]], ["Moscow"], True),
    ("حيث أجرى محادثات مع نظيره الروسي سيرغي لافروف", ["talks", "meeting"], "2026-03-24", [["TUR", "Hakan Fidan", "Fidan"], ["RUS", "Sergei Lavrov", "Lavrov"]], ["Moscow"], False),
    ("وقال فيدان للصحفيين اليوم", ["statement"], "2026-04-02", [["TUR", "Hakan Fidan", "Fidan"]], None, True),
    ("استهدفت مسيّرات روسية ليل الأربعاء ميناء إسماعيل", ["attack"], "2026-04-01", [RUS], ["Izmail"], True),
    ("وتستضيف إسطنبول يومي 20 و21 نيسان/أبريل مؤتمراً دولياً", ["meeting"], "2026-04-20", [], ["Istanbul"], True),
    ("التقى أردوغان الأسبوع الماضي الأمين العام لحلف شمال الأطلسي", ["meeting"], None, [["TUR", "Recep Tayyip Erdogan", "Erdogan"], ["NATO", "Mark Rutte", "Rutte"]], ["Istanbul"], False),
    ("أن يصوت البرلمان التركي يوم الثلاثاء 7 نيسان/أبريل", ["other", "meeting"], "2026-04-07", [["TUR"]], ["Ankara"], True),
    ("قد رعت في تموز/يوليو 2022 اتفاق الحبوب", ["agreement"], None, [["TUR"]], None, False),
])

DOCS["d11_en_01"] = ("en", "2026-02-20", """LONDON, Feb 20, 2026 (wire) - Defence ministers from more than 20 countries met in London on Thursday to finalise the command structure of a multinational force that would deploy to Ukraine once a ceasefire takes hold, British officials said.

The meeting, chaired by Defence Secretary John Healey, came a day after Prime Minister Keir Starmer spoke by phone with U.S. President Donald Trump about American backing for the force, including air cover and intelligence sharing.

"We are no longer talking about whether, but about how," Healey told reporters after the session. He said the force headquarters would be based in Kyiv and led in turns by Britain and France.

Healey will travel to Warsaw on Monday to discuss logistics with his Polish counterpart, and a follow-up meeting of military planners is scheduled for March 3 in Paris. Ukraine's defence minister is due to brief parliament in Kyiv on the outcome next Tuesday.

Moscow dismissed the talks. Kremlin spokesman Dmitry Peskov said on Friday morning that any foreign troops in Ukraine would be "legitimate targets" and accused London of "prolonging the war".

Early on Friday, Russian missiles struck a power plant in the Dnipropetrovsk region, Ukrainian officials said, the third such attack this week. Two workers were injured.

Next week marks four years since Russia launched its full-scale invasion. If Washington agreed to provide air cover, a European brigade could be in place within weeks, one diplomat said, but several capitals still want a firmer U.S. commitment before any deployment.

Last month, at a similar gathering in Paris, ministers had agreed only on general principles.
""", [
    ("Defence ministers from more than 20 countries met in London on Thursday", ["meeting"], "2026-02-19", [], ["London"], True),
    ("Prime Minister Keir Starmer spoke by phone with U.S. President Donald Trump", ["talks", "meeting", "other"], "2026-02-18", [["GBR", "Keir Starmer", "Starmer"], ["USA", "Donald Trump", "Trump"]], None, True),
    ("Healey told reporters after the session", ["statement"], "2026-02-19", [["GBR", "John Healey", "Healey"]], None, False),
    ("Healey will travel to Warsaw on Monday", ["visit", "talks", "meeting"], "2026-02-23", [["GBR", "John Healey", "Healey"], ["POL"]], ["Warsaw"], True),
    ("a follow-up meeting of military planners is scheduled for March 3 in Paris", ["meeting"], "2026-03-03", [], ["Paris"], True),
    ("is due to brief parliament in Kyiv on the outcome next Tuesday", ["statement", "meeting", "other"], "2026-02-24", [["UKR"]], ["Kyiv"], True),
    ("Kremlin spokesman Dmitry Peskov said on Friday morning", ["statement"], "2026-02-20", [["RUS", "Kremlin", "Dmitry Peskov", "Peskov"]], None, True),
    ("Early on Friday, Russian missiles struck a power plant", ["attack"], "2026-02-20", [RUS], ["Dnipropetrovsk"], True),
    ("Last month, at a similar gathering in Paris", ["meeting"], None, [], ["Paris"], False),
])

DOCS["d11_en_02"] = ("en", "2026-03-26", """GENEVA, March 26, 2026 (wire) - U.S., Ukrainian and Russian negotiators will meet again in Geneva next Wednesday, the Swiss foreign ministry said on Thursday, after two days of talks this week ended with agreement on a framework for monitoring a future ceasefire.

The framework was signed on Wednesday evening by the heads of the three delegations, according to a joint statement released hours later. It provides for a monitoring mission of unarmed observers along the front line.

At the United Nations in New York, the General Assembly voted on Tuesday on a resolution calling for the return of Ukrainian children deported to Russia. Ninety-five countries backed the text and 12 opposed it.

Russian Foreign Minister Sergei Lavrov, speaking in Moscow a day after the vote, called the resolution "a propaganda exercise" and said Russia would not be bound by it.

Fighting continued. A Russian glide bomb hit an apartment block in Zaporizhzhia on Monday night, killing four people, regional governor Ivan Fedorov said.

President Volodymyr Zelensky is expected to visit Washington in April, though no date has been set. The European Union set an April 15 deadline for member states to name the officers they will contribute to the monitoring mission.

Had the talks collapsed, Washington would have imposed new sanctions on Russian oil buyers, a U.S. official said. Last November's meeting in Geneva, by contrast, produced only a short communique and no follow-up.

Swiss Foreign Minister Ignazio Cassis met the three delegation heads on Thursday morning before they left the city.
""", [
    ("will meet again in Geneva next Wednesday", ["talks", "meeting"], "2026-04-01", [["USA"], ["UKR"], ["RUS"]], ["Geneva"], True),
    ("the Swiss foreign ministry said on Thursday", ["statement"], "2026-03-26", [["CHE"]], None, True),
    ("after two days of talks this week", ["talks", "meeting"], None, [["USA"], ["UKR"], ["RUS"]], ["Geneva"], False),
    ("The framework was signed on Wednesday evening", ["agreement"], "2026-03-25", [["USA"], ["UKR"], ["RUS"]], ["Geneva"], True),
    ("according to a joint statement released hours later", ["statement"], "2026-03-25", [["USA"], ["UKR"], ["RUS"]], None, False),
    ("the General Assembly voted on Tuesday", ["other", "meeting"], "2026-03-24", [["United Nations", "UN", "UN General Assembly"]], ["New York"], True),
    ("speaking in Moscow a day after the vote", ["statement"], "2026-03-25", [["RUS", "Sergei Lavrov", "Lavrov"]], ["Moscow"], True),
    ("A Russian glide bomb hit an apartment block in Zaporizhzhia on Monday night", ["attack"], "2026-03-23", [RUS], ["Zaporizhzhia"], True),
    ("is expected to visit Washington in April", ["visit"], None, [ZEL], ["Washington"], False),
    ("set an April 15 deadline", ["deadline"], "2026-04-15", [["European Union", "EU"]], None, True),
    ("Last November's meeting in Geneva", ["meeting"], None, [], ["Geneva"], False),
    ("Swiss Foreign Minister Ignazio Cassis met the three delegation heads on Thursday morning", ["meeting"], "2026-03-26", [["CHE", "Ignazio Cassis", "Cassis"]], ["Geneva"], True),
])

EMPTY = {"mentions": [], "quotes": [], "stances": [], "figures": [], "events": [], "provisions": [], "pledges": []}


def main():
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for doc, (lang, date, text, events) in DOCS.items():
        text = text.lstrip("\n")
        words = len(text.split())
        gold = {"doc": doc, "lang": lang, "date": date}
        gold.update({k: [] for k in EMPTY})
        gold["optional"] = {k: [] for k in EMPTY}
        for ev, types, d, parts, place, required in events:
            start = text.find(ev)
            assert start >= 0, (doc, ev)
            assert text.find(ev, start + 1) < 0, ("not unique", doc, ev)
            e = {"type": types, "date": d, "participants": parts}
            if place:
                e["place"] = place
            e["evidence"] = {"start": start, "end": start + len(ev), "text": ev}
            (gold["events"] if required else gold["optional"]["events"]).append(e)
        with open(os.path.join(ROOT, "articles", doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        print(doc, words, "words", len(gold["events"]), "events +", len(gold["optional"]["events"]), "optional")


if __name__ == "__main__":
    main()
