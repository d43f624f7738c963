"""A definite common noun ("الحركة", "the movement", "the alliance") holds the position of the organisation of
its kind named before it, and is never a mention of its own."""
import pytest



def st(doc):
    return {(s.actor.id, s.topic, s.polarity) for s in doc.facts["stance"]}


@pytest.fixture(scope="module")
def gaza():
    from marsad.api import load_pipeline, make_doc
    from marsad.settings import Options

    nlp = load_pipeline(Options(case="gaza-ceasefire"))
    return lambda text, lang=None: nlp(make_doc(text, date="2026-01-25", lang=lang))


def test_the_movement_is_the_movement_named_before(gaza):
    doc = gaza("Hamas delegates spent the morning with the mediators in Cairo. "
               "An analyst in the city said the movement rejects any plan to disarm it.", lang="en")
    assert ("hamas", "hamas-disarmament", "oppose") in st(doc)
    assert all(m.via != "backref" for m in doc.mentions)
    assert not any(m.text == "the movement" for m in doc.mentions)


def test_arabic_back_reference_after_a_complementizer(gaza):
    doc = gaza("أنهى وفد حركة حماس جولة محادثات في القاهرة. وقال محلل سياسي مصري إن الحركة ترفض نزع سلاحها.")
    assert ("hamas", "hamas-disarmament", "oppose") in st(doc)


def test_no_back_reference_without_an_earlier_actor_of_its_kind(gaza):
    doc = gaza("An analyst in Cairo said the movement rejects any plan to disarm it.", lang="en")
    assert not any(s.actor.id == "hamas" for s in doc.facts["stance"])


def test_a_genitive_is_not_a_holder(ex):
    doc = ex("عقد حلف شمال الأطلسي اجتماعًا في بروكسل. وقال دبلوماسي إن دول الحلف ترفض انضمام أوكرانيا.")
    assert not any(s.actor.id == "nato" and s.polarity == "oppose" for s in doc.facts["stance"])
    doc = ex("NATO ministers met in Brussels on Tuesday. A diplomat said the alliance opposes Ukraine joining NATO soon.",
             lang="en")
    assert ("nato", "nato-membership", "oppose") in st(doc)
