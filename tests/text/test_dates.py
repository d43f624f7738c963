from marsad.text.dates import dateline_span


def test_dates_dateline_spaced_or_glued_dash_but_not_a_hyphen_in_a_word():
    assert dateline_span("KYIV, March 6 — Leaders met.") == (0, 16)
    assert dateline_span("لندن - 9 كانون الأول/ديسمبر (وكالات)\nقال الوزير") == (0, 36)
    assert dateline_span("باريس- قال الرئيس الفرنسي") is not None
    assert dateline_span("Belgium committed F-16 jets to the mission.") is None
