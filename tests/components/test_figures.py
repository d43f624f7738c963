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
