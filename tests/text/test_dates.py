import datetime as dt

from marsad.text.dates import dateline_span


def test_dates_dateline_spaced_or_glued_dash_but_not_a_hyphen_in_a_word():
    assert dateline_span("KYIV, March 6 — Leaders met.") == (0, 16)
    assert dateline_span("لندن - 9 كانون الأول/ديسمبر (وكالات)\nقال الوزير") == (0, 36)
    assert dateline_span("باريس- قال الرئيس الفرنسي") is not None
    assert dateline_span("Belgium committed F-16 jets to the mission.") is None


def test_dates_parts_of_the_day_relative_to_the_document_date():
    import datetime as dt

    from marsad.text.dates import find_dates
    from marsad.text.normalize import normalize_str

    ref = dt.date(2026, 1, 15)
    for text, want in (("met this morning in London", "2026-01-15"), ("attacked Kyiv last night", "2026-01-14"),
                       ("قصفت روسيا كييف الليلة الماضية", "2026-01-14"), ("التقى ماكرون هذا المساء", "2026-01-15")):
        got = [d.date.isoformat() for d in find_dates(normalize_str(text), ref) if d.date]
        assert got == [want], text


def test_dates_days_ago_but_not_days_before_something():
    import datetime as dt

    from marsad.text.dates import find_dates
    from marsad.text.normalize import normalize_str

    ref = dt.date(2026, 1, 15)
    for text, want in (("signed the agreement two days ago", ["2026-01-13"]),
                       ("ووقع الجانبان الاتفاق قبل يومين في الرياض", ["2026-01-13"]),
                       ("والتقى الوزراء قبل ثلاثة أيام في بروكسل", ["2026-01-12"]),
                       ("وعقد الاجتماع قبل يومين من القمة", [])):
        assert [d.date.isoformat() for d in find_dates(normalize_str(text), ref) if d.date] == want, text


def test_dates_today_before_a_preposition_but_not_the_day_before_an_adjective():
    import datetime as dt

    from marsad.text.dates import find_dates
    from marsad.text.normalize import normalize_str

    ref = dt.date(2026, 1, 15)
    for text, want in (("على أن يسافر الوزير اليوم إلى فيينا", ["2026-01-15"]),
                       ("كان اليوم الأصعب على المفاوضين", [])):
        assert [d.date.isoformat() for d in find_dates(normalize_str(text), ref) if d.date] == want, text


def test_dates_overnight_is_the_night_before_the_page_unless_a_day_follows():
    import datetime as dt

    from marsad.text.dates import find_dates
    from marsad.text.normalize import normalize_str

    ref = dt.date(2026, 1, 15)
    for text, want in (("Rebels shelled the port overnight, officials said", ["2026-01-15"]),
                       ("Rebels shelled the port overnight into Tuesday", ["2026-01-13"])):
        assert [d.date.isoformat() for d in find_dates(normalize_str(text), ref) if d.date] == want, text


def test_dates_the_day_after_tomorrow_and_days_before_another_happening():
    import datetime as dt

    from marsad.text.dates import find_dates
    from marsad.text.normalize import normalize_str

    ref = dt.date(2026, 5, 6)  # a Wednesday
    for text, want in (("يصل الوزير إلى روما بعد غد الجمعة في جولة أوروبية", ["2026-05-08"]),
                       ("the envoys fly to Oslo the day after tomorrow", ["2026-05-08"]),
                       ("ونشر المجلس تقريره قبل خمسة أيام من المؤتمر", []),
                       ("ونشر المجلس تقريره قبل خمسة أيام في لاهاي", ["2026-05-01"])):
        assert [d.date.isoformat() for d in find_dates(normalize_str(text), ref) if d.date] == want, text


def test_dates_the_date_of_a_dateline_with_its_year():
    from marsad.text.dates import dateline_date

    assert dateline_date("KYIV, Nov 21, 2025 (wire) — Zelensky said on Friday ...") == dt.date(2025, 11, 21)
    assert dateline_date("باريس - الأربعاء 26 تشرين الثاني/نوفمبر 2025 (أ ف ب)\n\nعقد القادة ...") == \
        dt.date(2025, 11, 26)
    assert dateline_date("JOHANNESBURG, Nov 22 (AFP) - Leaders said ...") is None  # no year: no date
    assert dateline_date("Leaders met in Paris on 6 January 2026 to sign a declaration of intent.") is None


def test_dates_an_article_given_no_date_takes_its_datelines():
    import marsad
    from marsad.api import doc_from_source
    from marsad.io import Source
    from marsad.settings import Options

    text = "KYIV, Nov 21, 2025 (wire) — Leaders held a video call on Tuesday."
    doc = marsad.extract(text)
    assert doc.date == dt.date(2025, 11, 21)
    assert [(e.type, e.date) for e in doc.facts["event"]] == [("meeting", "2025-11-18")]
    # the document's own date: its metadata's first, then its dateline's, then --date
    assert doc_from_source(Source("a", text, "<a>", {"date": "2025-11-22"}), Options()).date == dt.date(2025, 11, 22)
    assert doc_from_source(Source("a", text, "<a>", {}), Options.resolve(date="2025-12-01")).date == \
        dt.date(2025, 11, 21)
    assert doc_from_source(Source("a", "Leaders met on Tuesday.", "<a>", {}),
                           Options.resolve(date="2025-12-01")).date == dt.date(2025, 12, 1)
