from marsad.text import split_sentences


def sents(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentences_arabic_punctuation():
    text = "قال ماكرون إن السلام ممكن، لكنه صعب؛ فهل ينجح؟ ربما. وأضاف شيئًا آخر!"
    assert sents(text) == ["قال ماكرون إن السلام ممكن، لكنه صعب؛ فهل ينجح؟", "ربما.", "وأضاف شيئًا آخر!"]


def test_sentences_not_split_inside_quotations():
    text = "قال: «هذا جيد. لكن الشرط صعب.» ثم غادر. Then he said: “We are close. Not there.” Fine."
    out = sents(text)
    assert out[0] == "قال: «هذا جيد. لكن الشرط صعب.»"
    assert out[1] == "ثم غادر."
    assert out[2] == "Then he said: “We are close. Not there.”"


def test_sentences_abbreviations_initials_decimals():
    text = "U.S. Secretary Rubio met J. D. Vance on Nov. 25 in Washington. It cost 1.5 billion. Done."
    assert sents(text) == ["U.S. Secretary Rubio met J. D. Vance on Nov. 25 in Washington.",
                           "It cost 1.5 billion.", "Done."]


def test_sentences_paragraph_break_always_splits_and_offsets_are_exact():
    text = "عنوان بلا نقطة\n\nفقرة أولى. فقرة ثانية"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["عنوان بلا نقطة", "فقرة أولى.", "فقرة ثانية"]


def test_sentences_stray_quote_is_closed_at_paragraph_end():
    text = "قال «هذا نص بلا إغلاق. وجملة أخرى\n\nفقرة جديدة. وأخرى."
    out = sents(text)
    assert out[-2:] == ["فقرة جديدة.", "وأخرى."]
