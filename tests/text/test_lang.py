"""Language by script: the count of Arabic letters against Latin ones, decided without counting further than
needed, gives what the full counts give."""
import random
import re

from marsad.text.lang import _AR_RUNS, _ASCII_NOT_LETTERS, detect_language


def _by_full_counts(text, sample=1500):
    s = text[:sample]
    ar = sum(len(r) for r in _AR_RUNS.findall(s))
    lat = len(re.findall(r"[A-Za-z]", s))
    assert lat == len(s.encode("ascii", "ignore").translate(None, _ASCII_NOT_LETTERS))
    if not ar and not lat:
        return None
    return "ar" if ar >= lat else "en"


def test_articles_and_edge_cases():
    assert detect_language("قال الوزير إن الاتفاق قريب.") == "ar"
    assert detect_language("The minister said the deal was close.") == "en"
    assert detect_language("") is None and detect_language("123 ... !!") is None and detect_language("ééé ü") is None
    assert detect_language("ab سلام") == "ar"  # four Arabic letters against two Latin ones
    assert detect_language("abcde سلام") == "en"
    assert detect_language("abcd سلام") == "ar"  # a tie is Arabic
    assert detect_language("ééééé ab") == "en"  # non-ASCII that is not Arabic counts for neither
    assert detect_language("x" * 1500 + "عربي" * 1000) == "en"  # only the sample is read


def test_the_short_cuts_give_what_the_full_counts_give():
    rnd = random.Random(11)
    pieces = ["وزير", "الخارجية", "abc", "NATO", "ﻻ", "١٢٣", "é", "Ж", " ", ".", "\n", "«", "x", "ـ", "پ"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 60)))
        for sample in (1500, 7):
            assert detect_language(text, sample) == _by_full_counts(text, sample), (text, sample)
