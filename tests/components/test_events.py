def evs(doc):
    return [(e.type, e.date) for e in doc.facts["event"]]


def test_events_weekday_resolved_against_the_document_date(ex):
    doc = ex("عقد تحالف الراغبين اجتماعًا افتراضيًا يوم الثلاثاء لمناقشة الخطة.", date="2025-11-26")
    assert evs(doc) == [("meeting", "2025-11-25")]
    assert doc.facts["event"][0].participants[0].id == "coalition-of-the-willing"


def test_events_explicit_dates_in_both_calendars(ex):
    doc = ex("وقّع القادة الإعلان في 6 كانون الثاني/يناير 2026. واجتمعوا مجددًا في 8 يناير 2026.", date="2026-01-20")
    assert evs(doc) == [("agreement", "2026-01-06"), ("meeting", "2026-01-08")]
    doc = ex("Leaders met on Nov. 25, and the talks of 30 November 2025 followed.", date="2025-12-04", lang="en")
    assert set(evs(doc)) == {("meeting", "2025-11-25"), ("talks", "2025-11-30")}


def test_events_relative_days_and_future_weekdays(ex):
    doc = ex("التقى ويتكوف بوتين أمس في الكرملين.", date="2025-12-03")
    assert evs(doc) == [("meeting", "2025-12-02")]
    doc = ex("Leaders will hold a video call on Tuesday.", date="2025-11-24", lang="en")
    assert evs(doc) == [("meeting", "2025-11-25")]
    doc = ex("وتستأنف المحادثات في أبوظبي الأحد المقبل.", date="2026-01-25")
    assert evs(doc) == [("talks", "2026-02-01")]


def test_events_deadline(ex):
    doc = ex("أرادت الإدارة التوصل إلى اتفاق إطاري بحلول عيد الشكر، الذي يوافق 27 نوفمبر.", date="2025-11-26")
    assert evs(doc) == [("deadline", "2025-11-27")]


def test_events_without_document_date_stay_unresolved(ex):
    doc = ex("عقد التحالف اجتماعًا يوم الثلاثاء في باريس.", date=None)
    assert [d for _, d in evs(doc)] == [None]


def test_events_place_and_undated_past_happening(ex):
    doc = ex("التقى وفد أمريكي بنظرائه الروس في أبو ظبي.", date="2025-11-26")
    e = doc.facts["event"][0]
    assert (e.type, e.date, e.place.id) == ("meeting", None, "abu-dhabi")
