import pytest


def figs(doc):
    return [(f.value, f.unit) for f in doc.facts["figure"]]


@pytest.mark.parametrize("text,expected", [
    ("تبلغ قيمة الأصول 210 مليار يورو.", [(210e9, "EUR")]),
    ("قرض بقيمة ٩٠ مليار يورو لأوكرانيا.", [(90e9, "EUR")]),
    ("تعهدت ستة وعشرون دولة بالمشاركة.", [(26, "count")]),
    ("قال إن ستًّا وعشرين دولة التزمت.", [(26, "count")]),
    ("حضر الاجتماع خمسة وثلاثون بلدًا.", [(35, "count")]),
    ("ليكون مستعدًا بحلول عام 2030.", [(2030, "year")]),
    ("ارتفع الإنفاق 40 في المئة و12٪.", [(40, "percent"), (12, "percent")]),
    ("سقف الجيش عند 600 ألف جندي.", [(600000, "count")]),
    ("خطة النقاط الثماني والعشرين.", [(28, "count")]),
    ("خسائر بقيمة 18.2 تريليون روبل.", [(18.2e12, "RUB")]),
    # a number told in parts: a scale word's number, then the rest after "و"
    ("ليتجاوز عدد الضحايا 70 ألفا و600 قتيل.", [(70600, "count")]),
    ("خصص الاتحاد 3 مليارات و500 مليون يورو لإعادة الإعمار.", [(3.5e9, "EUR")]),
    ("أرسلت 20 ألف جندي و300 دبابة.", [(20000, "count"), (300, "count")]),
    ("تصدرت السعودية المانحين بمليارين ونصف المليار دولار.", [(2.5e9, "USD")]),
    ("أنهى الأردن تدريب ألف ومئتي شرطي.", [(1200, "count")]),
    ("يخالف البند الثامن من خطة النقاط العشرين.", [(20, "count")]),
    ("قمة مجموعة العشرين في جوهانسبرغ.", []),
])
def test_figures_arabic(ex, text, expected):
    assert figs(ex(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The EU will lend €90bn, on top of $100bn and 210 billion euros.", [(90e9, "EUR"), (100e9, "USD"), (210e9, "EUR")]),
    ("Twenty-six countries committed to it.", [(26, "count")]),
    ("Some 1.5 million people fled; 40% of them left.", [(1.5e6, "count"), (40, "percent")]),
    ("Europe must be ready by 2030, and Canada gave C$2 billion.", [(2030, "year"), (2e9, "CAD")]),
])
def test_figures_english(ex, text, expected):
    assert figs(ex(text, lang="en")) == expected


@pytest.mark.parametrize("text", [
    "اجتمعوا في 25 نوفمبر 2025 عند الساعة 08:30.",
    "نص البند 8 والنقطتين 6 و7 على ذلك، وفق القرار 2803.",
    "في 6 كانون الثاني/يناير 2026 وصل الوفد.",
    "Leaders met on Nov. 25 under Point 8 of the G7 text in 2025.",
    "عقدت مجموعة السبع ومجموعة العشرين اجتماعهما الثامن عشر.",
])
def test_figures_dates_points_and_names_are_not_figures(ex, text):
    assert figs(ex(text)) == []


def test_figures_counted_thing_and_offsets(ex):
    text = "شاركت 35 دولة في الاجتماع."
    f = ex(text).facts["figure"][0]
    assert f.counted == "دولة" and text[f.start:f.end] == f.text == "35"


@pytest.mark.parametrize("text,lang,expected", [
    # a bare noun is the currency of the nearest country of the sentence that uses it
    ("أعلنت النرويج أنها ستنفق 5 مليارات كرونة إضافية على الدفاع الجوي.", "ar", [(5e9, "NOK")]),
    ("Norway adds 5 billion crowns, and Denmark 1.5 billion kroner.", "en", [(5e9, "NOK"), (1.5e9, "DKK")]),
    ("ساهمت السعودية بمبلغ 300 مليون ريال، وقطر بـ100 مليون ريال قطري.", "ar", [(3e8, "SAR"), (1e8, "QAR")]),
    # a qualified name names its currency wherever it is said
    ("تبرعت الدنمارك بـ1.5 مليار كرونة دنماركية وأنفقت سويسرا 20 مليون فرنك.", "ar", [(1.5e9, "DKK"), (2e7, "CHF")]),
    ("Canberra offered 50 million Australian dollars and Tokyo ¥3 billion.", "en", [(5e7, "AUD"), (3e9, "JPY")]),
    ("دفعت كانبيرا 40 مليون دولار أسترالي.", "ar", [(4e7, "AUD")]),
    # codes in capitals, before or after the amount
    ("Denmark pledged DKK 1.5 billion and Sweden 2 billion SEK.", "en", [(1.5e9, "DKK"), (2e9, "SEK")]),
    # without a country to decide, the most used currency of the noun
    ("The fund holds 40 billion lira and 7 million riyals.", "en", [(4e10, "TRY"), (7e6, "SAR")]),
])
def test_figures_other_currencies(ex, text, lang, expected):
    assert figs(ex(text, lang=lang)) == expected


def test_figures_words_that_are_codes_or_names_stay_counts(ex):
    # "all", "top", "try" are ISO codes only in capitals; "gold" and "marks" are not read as money
    text = "All 35 members met; 27 all agreed, 5 top officials came, 10 gold medals and 3 marks were given."
    assert all(unit == "count" for _, unit in figs(ex(text, lang="en")))


def test_figures_currency_span_is_in_the_original_text(ex):
    text = "وخصصت السويد 2 مليار كرونةٍ سويديةٍ للصندوق."
    f = ex(text).facts["figure"][0]
    assert f.unit == "SEK" and text[f.start:f.end] == f.text and f.text.startswith("2 مليار كرون")


@pytest.mark.parametrize("text,expected", [
    # a model's number is no figure
    ("وصلت ثماني مقاتلات من طراز إف-35 إلى القاعدة.", [(8, "count")]),
    # the first number of a range takes the scale and unit of the second
    ("قد يتراوح عددها ما بين 30 و40 ألف جندي.", [(30000, "count"), (40000, "count")]),
    ("وقال إن ما بين 70 و80 في المئة من البنود حُسم.", [(70, "percent"), (80, "percent")]),
    ("between 3 and 4 billion euros", [(3e9, "EUR"), (4e9, "EUR")]),
    ("وعقد الاجتماع يومي 18 و19 كانون الأول.", []),
    # the dual of a scale alone: two thousand
    ("وسترسل البرتغال نحو ألفي جندي.", [(2000, "count")]),
    # an amount told again without its currency keeps it
    ("قدمت قرضا بقيمة 7 مليارات يورو. وقال إن قرض السبعة مليارات سيصرف قريبا.", [(7e9, "EUR"), (7e9, "EUR")]),
    # a number in the range of years before soldiers counts them
    ("وستدرب النرويج 2000 جندي في عام 2026.", [(2000, "count")]),
    ("Spain will send 1990 troops from 2027.", [(1990, "count")]),
])
def test_figures_models_ranges_duals_repeated_amounts_and_year_like_counts(ex, text, expected):
    assert figs(ex(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Officials said a million homes were without power.", [(1e6, "count")]),
    ("A thousand engineers will be sent.", [(1000, "count")]),
    ("That is a million-dollar question.", []),
])
def test_figures_a_scale_word_after_a_is_one_of_it(ex, text, expected):
    assert figs(ex(text, lang="en")) == expected
