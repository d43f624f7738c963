"""Every offset marsad reports indexes the original text exactly, whatever the text."""
from hypothesis import HealthCheck, given, settings, strategies as st

WORDS = ["قال", "وقال", "أكد", "أن", "إن", "ماكرون", "وماكرون", "لأوكرانيا", "أوكرانيا", "الرئيس", "الفرنسي",
         "فلاديمير", "بوتين", "الكرملين", "للناتو", "والمملكة", "المتحدة", "ترمب", "زيلنسكي", "مصدر",
         "دبلوماسي", "يوم", "الثلاثاء", "said", "Macron", "Starmer's", "NATO", "Kyiv", "the", "French",
         "president", "told", "reporters", "that", "according", "to", "a", "senior", "official", "us",
         "٢٠٢٥", "35", "Finnish", "President", "Alexander", "Stubb", "Zelenskyy", "وأضاف"]
PUNCT = [" ", " ", " ", "، ", ". ", ": ", "؟ ", "\n\n", " «", "» ", " “", "” ", ' "', '" ', " ‘", "’ ", "\u064e",
         "\u0651", "\u0640", "\u200f", "\u00a0", "ﻻ"]

texts = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT)), min_size=1, max_size=120).map("".join)


@given(texts)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_offsets_every_fact_indexes_the_original_text(nlp, text):
    from marsad.api import make_doc
    from marsad.components.quotes import _clean_inner as clean_inner

    doc = nlp(make_doc(text, date="2025-11-25"))
    t = doc.text
    assert t == text.replace("\r\n", "\n").replace("\r", "\n")
    for rec in doc.to_records():
        ev = rec["evidence"]
        assert 0 <= ev["start"] <= ev["end"] <= len(t)
        assert t[ev["start"]:ev["end"]] == ev["text"]
        if rec["kind"] in ("mention", "figure"):
            assert ev["start"] <= rec["start"] <= rec["end"] <= ev["end"]
            assert t[rec["start"]:rec["end"]] == rec["text"]
        elif rec["kind"] == "quote":
            span = t[rec["start"]:rec["end"]]
            if rec["direct"]:
                # the quoted words, less the marks that reopen a quote at each new paragraph
                assert rec["text"] == clean_inner(span)
            else:
                assert span == rec["text"]
