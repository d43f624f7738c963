import pytest


def provs(doc):
    return [(p.plan, p.number) for p in doc.facts["provision"]]


@pytest.mark.parametrize("text,numbers", [
    ("تنص النقطة الثامنة على عدم نشر قوات.", [8]),
    ("ويحدد البند 8 ذلك.", [8]),
    ("ترفض كييف النقطتين 7 و8.", [7, 8]),
    ("أما النقطة الخامسة والعشرين فتنص على انتخابات.", [25]),
    ("والبند الحادي والعشرون يخص الأراضي.", [21]),
])
def test_provisions_arabic_citations(ex, text, numbers):
    assert provs(ex(text)) == [("us-28-point-plan", n) for n in numbers]


@pytest.mark.parametrize("text,numbers", [
    ("Point 8 bars NATO troops.", [8]),
    ("The eighth point bars NATO troops.", [8]),
    ("Under point seven, Kyiv gives up its bid.", [7]),
    ("The 26th point grants an amnesty.", [26]),
    ("Points 7 and 8 are the hardest.", [7, 8]),
])
def test_provisions_english_citations(ex, text, numbers):
    assert provs(ex(text, lang="en")) == [("us-28-point-plan", n) for n in numbers]


@pytest.mark.parametrize("text", [
    "ضمانات شبيهة بالمادة الخامسة من معاهدة الناتو.",
    "نوقشت خطة النقاط الثماني والعشرين في جنيف.",
    "Guarantees modelled on Article 5 of NATO's treaty; the 28-point plan.",
    "The point 45 is beyond the plan.",
])
def test_provisions_not_citations(ex, text):
    assert provs(ex(text)) == []


def test_provisions_cited_content(ex):
    doc = ex("تنص النقطة الثامنة على: “يوافق حلف شمال الأطلسي على عدم نشر قوات في أوكرانيا”.")
    assert doc.facts["provision"][0].text == "يوافق حلف شمال الأطلسي على عدم نشر قوات في أوكرانيا"
    doc = ex("Point 8 was discussed.", lang="en")
    assert "NATO" in doc.facts["provision"][0].text  # the case's text of the provision
