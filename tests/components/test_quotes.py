from marsad.components.quotes import find_quoted_spans


def quotes(doc):
    return [(q.speaker.id if q.speaker else None, q.text, q.direct) for q in doc.quotes]


def sp(doc, fragment):
    for q in doc.quotes:
        if fragment in q.text:
            return q.speaker.id if q.speaker else None
    raise AssertionError(f"no quote with {fragment!r}: {quotes(doc)}")


def test_quotes_vso_with_long_title_and_colon(ex):
    doc = ex("قال المستشار الألماني فريدريش ميرز يوم الثلاثاء: «نسعى إلى وقف إطلاق النار في أقرب وقت».")
    assert quotes(doc) == [("friedrich-merz", "نسعى إلى وقف إطلاق النار في أقرب وقت", True)]


def test_quotes_all_mark_styles(ex):
    text = ('قال ماكرون: “الضمانات يجب أن تكون قوية جدًا”. وقال ستارمر: «سنواصل العمل على القوة المتعددة». '
            'وقال زيلينسكي: "لن نتخلى عن أرضنا مهما كان الثمن".')
    doc = ex(text)
    assert [s for s, _, _ in quotes(doc)] == ["emmanuel-macron", "keir-starmer", "volodymyr-zelensky"]
    doc = ex("Rubio said: ‘We made real progress on the text today, really.’", lang="en")
    assert quotes(doc)[0][:2] == ("marco-rubio", "We made real progress on the text today, really.")


def test_quotes_split_by_attribution(ex):
    doc = ex('"We are closer than we have been for months," Starmer said, "but there is more to do here."',
             lang="en")
    assert [(s, d) for s, _, d in quotes(doc)] == [("keir-starmer", True), ("keir-starmer", True)]
    doc = ex("«لم يُرفض شيء ولم يُقبل شيء بشكل نهائي»، قال بيسكوف، مضيفًا: «القنوات تبقى مفتوحة بيننا».")
    assert [s for s, _, _ in quotes(doc)] == ["dmitry-peskov", "dmitry-peskov"]


def test_quotes_multi_paragraph(ex):
    text = ("Ushakov spoke to reporters afterwards, telling them:\n\n"
            "“The talks were frank and long. We went through the documents point by point.\n\n"
            "“Some formulations suit us and others do not, and we said so plainly.”\n\nThe end.")
    doc = ex(text, lang="en")
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.speaker.id == "yuri-ushakov"
    assert "point by point" in q.text and "said so plainly" in q.text and "“" not in q.text


def test_quotes_scare_quotes_and_titles_are_not_quotes(ex):
    doc = ex("Leaders of the so-called “coalition of the willing” discussed the “reassurance force” plan.",
             lang="en")
    assert doc.quotes == []
    doc = ex("ناقش القادة «قوة الطمأنة» وما يسمى «خطة السلام المكونة من 28 نقطة» في باريس.")
    assert doc.quotes == []


def test_quotes_indirect_speech_after_verb_and_complementiser(ex):
    doc = ex("وأوضح ماكرون في وقت سابق من يوم الثلاثاء أن القوة ستنتشر في مواقع استراتيجية في أوكرانيا.")
    assert quotes(doc) == [("emmanuel-macron", "القوة ستنتشر في مواقع استراتيجية في أوكرانيا", False)]
    doc = ex("Rutte warned on Tuesday that Russia would test any ceasefire within weeks.", lang="en")
    assert quotes(doc) == [("mark-rutte", "Russia would test any ceasefire within weeks", False)]
    doc = ex("Kremlin spokesman Dmitry Peskov said Russia had received no official version of the text.",
             lang="en")
    assert quotes(doc) == [("dmitry-peskov", "Russia had received no official version of the text", False)]


def test_quotes_svo_and_pronoun_and_continuation(ex):
    text = ("ماكرون قال إن آلاف الجنود قد ينتشرون بعيدًا عن خط التماس. "
            "وأضاف: «مهمتهم ستكون الردع والتدريب لا القتال أبدًا». "
            "وتابع أن فرنسا لن ترسل قوات إلى الجبهة في أي حال.")
    doc = ex(text)
    assert [s for s, _, _ in quotes(doc)] == ["emmanuel-macron"] * 3
    doc = ex('Starmer met Macron in London. "We have to put the money in place now," he said. '
             'He added: "The force will not sit on the front line at all."', lang="en")
    assert [s for s, _, _ in quotes(doc)] == ["keir-starmer", "keir-starmer"]


def test_quotes_continuation_takes_the_previous_sentences_speaker(ex):
    text = ("أعرب رئيس الوزراء البريطاني كير ستارمر عن رسالة مماثلة. "
            "وقال: «نحن بحاجة إلى إعداد التخطيط والتمويل لبناء القوة».")
    assert sp(ex(text), "التخطيط") == "keir-starmer"


def test_quotes_according_to_and_reported_from(ex):
    doc = ex("ونقلت وكالة تاس عن المبعوث الرئاسي كيريل دميترييف قوله إن المحادثات «أحرزت تقدمًا يتيح مواصلة العمل».")
    assert sp(doc, "أحرزت") == "kirill-dmitriev"
    doc = ex("According to Zelensky, the list of open questions is much shorter than a week ago.", lang="en")
    assert sp(doc, "open questions") == "volodymyr-zelensky"


def test_quotes_anonymous_sources_keep_the_surface(ex):
    doc = ex("“Nobody believes that timetable is realistic at all,” said a senior EU official.", lang="en")
    q = doc.quotes[0]
    assert q.speaker is None and q.speaker_text == "a senior EU official"
    doc = ex("وقال مصدر دبلوماسي أوروبي إن المفاوضات ستستمر طوال الأسبوع المقبل في جنيف.")
    q = doc.quotes[0]
    assert q.speaker is None and "مصدر دبلوماسي" in q.speaker_text and not q.direct


def test_quotes_partial_quote_inside_indirect_speech_is_one_quote(ex):
    doc = ex('وأكد بيسكوف أن الكرملين لا يزال يعد الصيغة الأصلية "أساسًا صالحًا للتسوية".')
    assert len(doc.quotes) == 1 and not doc.quotes[0].direct
    assert "أساسًا صالحًا للتسوية" in doc.quotes[0].text


def test_quotes_places_after_prepositions_do_not_speak(ex):
    doc = ex("ترمب، من جهته، قال اليوم للصحفيين في البيت الأبيض إن الاتفاق بات قريبًا جدًا من الإنجاز.")
    assert sp(doc, "الاتفاق") == "donald-trump"


def test_quotes_offsets_point_at_the_words(ex):
    text = "قال ماكرون: «الضمانات يجب أن تكون قوية جدًا وليست ورقية» ثم غادر."
    q = ex(text).quotes[0]
    assert text[q.start:q.end] == q.text
    assert text[q.evidence.start:q.evidence.end] == q.evidence.text


def test_quotes_find_spans_apostrophes_are_not_quotes():
    text = "Macron’s view and Kyiv’s ‘real peace’ plan, and “a quote here”."
    spans = [text[q.start:q.end] for q in find_quoted_spans(text)]
    assert spans == ["real peace", "a quote here"]


def test_quotes_possessive_apostrophe_before_the_speaker_is_not_an_attribution(ex):
    doc = ex("Poland’s prime minister, Donald Tusk, said his country would keep its troops at home.", lang="en")
    assert quotes(doc) == [("donald-tusk", "his country would keep its troops at home", False)]
    doc = ex('“We will hold the line,” the minister’s spokesman said after the talks.', lang="en")
    assert [d for _, _, d in quotes(doc)] == [True]
    doc = ex("He went on: ‘Our troops will be there to deter.’ Downing Street later said Parliament would "
             "be given a vote before any deployment.", lang="en")
    assert sp(doc, "Parliament would be given a vote") == "downing-street"


def test_quotes_a_text_is_not_a_speaker(ex):
    doc = ex("The seventh point bars Ukraine from the alliance, and point eight said NATO would not station "
             "troops in Ukraine.", lang="en")
    assert quotes(doc) == []
    doc = ex("A European official who saw the draft said Kyiv would reject the territorial clauses.", lang="en")
    assert [t for _, t, _ in quotes(doc)] == ["Kyiv would reject the territorial clauses"]


def test_quotes_reminded_someone_that(ex):
    doc = ex("Ursula von der Leyen reminded leaders that the union had agreed to lend Ukraine €90bn.", lang="en")
    assert quotes(doc) == [("ursula-von-der-leyen", "the union had agreed to lend Ukraine €90bn", False)]


def test_quotes_said_no_is_an_answer_but_said_no_date_is_speech(ex):
    doc = ex("Dmitry Peskov said no date had been set for a summit.", lang="en")
    assert quotes(doc) == [("dmitry-peskov", "no date had been set for a summit", False)]
    doc = ex("Asked about a summit, Dmitry Peskov said no.", lang="en")
    assert quotes(doc) == []


def test_quotes_an_abbreviation_does_not_end_the_clause(ex):
    doc = ex("In Kyiv, Mr. Zelensky said he would speak to Mr. Witkoff and Mr. Kushner, and insisted that "
             "Ukraine would not accept a reward for the aggressor.", lang="en")
    assert sp(doc, "Ukraine would not accept") == "volodymyr-zelensky"


def test_quotes_the_audience_after_telling_is_not_the_speaker(ex):
    doc = ex("Yuri Ushakov was more open later, telling Russian reporters: “We went through the American "
             "documents point by point.”", lang="en")
    assert sp(doc, "We went through") == "yuri-ushakov"
