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


def test_events_dateline_date_is_not_an_event_date(ex):
    doc = ex("KYIV, March 6 — The British foreign secretary arrived in Kyiv on Thursday for talks.",
             date="2026-03-06", lang="en")
    assert evs(doc) == [("visit", "2026-03-05")]
    doc = ex("لندن - 9 كانون الأول/ديسمبر (وكالات)\n\nاستقبل ستارمر زيلينسكي في لندن يوم الاثنين.", date="2025-12-09")
    assert evs(doc) == [("meeting", "2025-12-08")]


def test_events_names_are_not_a_future_prefix_and_past_verbs_stay_past(ex):
    doc = ex("استقبل رئيس الوزراء البريطاني كير ستارمر الرئيس الأوكراني يوم الاثنين.", date="2025-12-09")
    assert evs(doc) == [("meeting", "2025-12-08")]
    doc = ex("Indonesia, which signed on Thursday, has said it will send troops.", date="2026-01-23", lang="en")
    assert evs(doc) == [("agreement", "2026-01-22")]


def test_events_same_day_and_hours_after_take_a_date_from_their_context(ex):
    doc = ex("استقبل ستارمر زيلينسكي في لندن يوم الاثنين. وانتقل زيلينسكي في المساء نفسه إلى بروكسل، حيث التقى "
             "مارك روته.", date="2025-12-09")
    assert evs(doc) == [("meeting", "2025-12-08"), ("meeting", "2025-12-08")]
    doc = ex("Cooper arrived in Kyiv on Thursday, hours after a Russian missile strike on Odesa killed four people.",
             date="2026-03-06", lang="en")
    assert set(evs(doc)) == {("visit", "2026-03-05"), ("attack", "2026-03-05")}


def test_events_days_after_and_days_later_shift_the_date(ex):
    doc = ex("The summit came three days after the truce took effect at noon on Friday.", date="2025-10-14",
             lang="en")
    assert set(evs(doc)) == {("agreement", "2025-10-10"), ("meeting", "2025-10-13")}
    doc = ex("وجاءت الجولة بعد يوم من هجوم روسي واسع استهدف منشآت الطاقة ليل الاثنين.", date="2026-02-06")
    assert set(evs(doc)) == {("attack", "2026-02-02"), ("talks", "2026-02-03")}
    doc = ex("Leaders met in Berlin on 15 December. Four days later, EU leaders agreed to raise a loan for Kyiv.",
             date="2025-12-22", lang="en")
    assert evs(doc) == [("meeting", "2025-12-15"), ("agreement", "2025-12-19")]


def test_events_arabic_ordinal_day(ex):
    doc = ex("وتعقد الجولة المقبلة من المحادثات في الأول من شباط/فبراير.", date="2026-01-25")
    assert evs(doc) == [("talks", "2026-02-01")]


def test_events_an_agreement_only_spoken_of_is_no_happening(ex):
    doc = ex("European leaders said on Monday that they would help secure any peace deal.", date="2025-12-16",
             lang="en")
    assert evs(doc) == []
    doc = ex("وقال القادة أمس إن أي اتفاق يجب أن يحمي سيادة أوكرانيا.", date="2025-12-16")
    assert evs(doc) == []


def test_events_deadlines_without_by(ex):
    doc = ex("وأعرب عن أمله في إنجاز الاتفاق قبل عيد الميلاد في 25 كانون الأول/ديسمبر.", date="2025-12-21")
    assert evs(doc) == [("deadline", "2025-12-25")]
    doc = ex("Trump has given Kyiv until Thursday to respond.", date="2025-11-24", lang="en")
    assert evs(doc) == [("deadline", "2025-11-27")]
    doc = ex("Washington has set March 31 as a target date for a framework agreement.", date="2026-03-06", lang="en")
    assert evs(doc) == [("deadline", "2026-03-31")]


def test_events_a_meeting_spoken_of_dates_what_closed_it(ex):
    doc = ex("وانضم قادة أوروبيون إلى المحادثات في برلين مساء أمس. وصدر في ختام اللقاء بيان مشترك.",
             date="2025-12-16")
    assert evs(doc) == [("talks", "2025-12-15"), ("statement", "2025-12-15")]
    doc = ex("Leaders of the Nordic states said on Tuesday that Europe must move faster.\n\nFinnish President "
             "Alexander Stubb, who hosted the meeting, said the region would not accept a weak ceasefire.",
             date="2026-03-25", lang="en")
    assert evs(doc) == [("meeting", "2026-03-24")]


def test_events_a_relative_clause_dates_its_noun(ex):
    doc = ex("أسفرت المفاوضات الثلاثية، التي احتضنتها أبوظبي يوم الأربعاء، عن اتفاق لتبادل الأسرى.", date="2026-02-06")
    assert evs(doc) == [("talks", "2026-02-04")]


def test_events_a_week_is_no_day_to_inherit(ex):
    doc = ex("استقبل ستارمر زيلينسكي في لندن يوم الاثنين. وكان ويتكوف قد التقى بوتين في الكرملين الأسبوع الماضي.",
             date="2025-12-09")
    assert ("meeting", "2025-12-08") in evs(doc) and len([d for _t, d in evs(doc) if d == "2025-12-08"]) == 1


def test_events_place_is_where_it_happened_not_where_it_goes(ex):
    doc = ex("استقبل ستارمر زيلينسكي في داونينغ ستريت يوم الاثنين قبل إعادة الخطة إلى واشنطن.", date="2025-12-09")
    assert doc.facts["event"][0].place.id == "downing-street"
    doc = ex("التقى ويتكوف بوتين أمس في الكرملين.", date="2025-12-03")
    assert doc.facts["event"][0].place.id == "kremlin"


def test_events_hostages_freed_and_a_declaration_signed_on_a_date(ex):
    doc = ex("Leaders met at the resort on Monday, hours after Hamas freed the last 20 living hostages.",
             date="2025-10-14", lang="en")
    assert set(evs(doc)) == {("meeting", "2025-10-13"), ("other", "2025-10-13")}
    doc = ex("ويصر القادة على ضمانات صلبة وفق ما نص عليه «إعلان باريس» الموقع في 6 يناير.", date="2026-02-06")
    assert evs(doc) == [("agreement", "2026-01-06")]


def test_events_the_future_of_a_quote_is_not_the_narration_s(ex):
    doc = ex('وقال كوستا في ختام القمة التي انطلقت الخميس: "وعدنا بتأمين تمويل أوكرانيا للعامين المقبلين".',
             date="2025-12-19")
    assert evs(doc) == [("meeting", "2025-12-18")]


def test_events_gathering_convening_hosting_and_the_future_of_meeting(ex):
    for text, lang in (("European leaders are due to gather in Paris on Jan. 6.", "en"),
                       ("Leaders will convene in Paris on Jan. 6.", "en"),
                       ("وسيجتمع القادة الأوروبيون في باريس في 6 يناير.", "ar")):
        doc = ex(text, lang=lang, date="2025-12-29")
        got = [(e.type, e.date, e.place.id if e.place else None) for e in doc.facts["event"]]
        assert ("meeting", "2026-01-06", "paris") in got, text


def test_events_one_night_across_two_days_is_dated_by_its_morning(ex):
    for text, lang in (("شنت روسيا ليل الثلاثاء الأربعاء أحد أعنف هجماتها على منظومة الطاقة الأوكرانية.", "ar"),
                       ("قصفت روسيا كييف ليلة الثلاثاء إلى الأربعاء.", "ar"),
                       ("Russia attacked Kyiv on the night of Tuesday to Wednesday.", "en")):
        assert evs(ex(text, lang=lang, date="2026-01-14")) == [("attack", "2026-01-14")], text
    # two days named as two days stay two
    got = evs(ex("اجتمع الوزراء الثلاثاء والأربعاء في بروكسل.", lang="ar", date="2026-01-14"))
    assert got == [("meeting", "2026-01-13"), ("meeting", "2026-01-14")]


def test_events_the_day_after_another_event_keeps_the_date_for_the_first(ex):
    doc = ex("استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الأوكراني فولوديمير زيلينسكي في قصر الإليزيه اليوم "
             "الاثنين، غداة جولة محادثات أوكرانية أمريكية في فلوريدا.", lang="ar", date="2025-12-01")
    assert [(e.type, e.date) for e in doc.facts["event"] if e.date] == [("meeting", "2025-12-01")]


def test_events_the_next_round_is_talks_but_not_a_round_of_sanctions(ex):
    assert ("talks", "2026-02-01") in evs(ex("The next round is scheduled for Feb. 1 in Abu Dhabi.", lang="en",
                                             date="2026-01-24"))
    got = evs(ex("The EU adopted a new round of sanctions on Feb. 1.", lang="en", date="2026-01-24"))
    assert not any(t == "talks" for t, _ in got)


def test_events_trigger_verb_families_in_every_person_and_tense(ex):
    assert evs(ex("وسيتباحثون في جنيف يوم الأحد المقبل.", date="2026-01-20")) == [("talks", "2026-01-25")]
    assert evs(ex("وتفاوضوا في أبوظبي يوم الثلاثاء.", date="2026-01-22")) == [("talks", "2026-01-20")]
    assert evs(ex("The envoys sat down with Putin on Tuesday.", date="2026-01-22", lang="en")) == \
        [("meeting", "2026-01-20")]


def test_events_a_live_blog_dates_its_undated_happenings_by_its_day(ex):
    text = ("Paris summit – live\n\n09:02 CET\n\nLeaders are gathering at the Elysee.\n\n09:25 CET\n\n"
            "Zelensky has landed.\n\n11:30 CET\n\nMacron and Starmer have signed a declaration of intent.\n")
    assert set(evs(ex(text, date="2026-01-06", lang="en"))) == {("meeting", "2026-01-06"), ("agreement", "2026-01-06")}
    text = ("قمة بروكسل – مباشر\n\n07:40 - أعلن كوستا التوصل إلى اتفاق بشأن القرض.\n\n08:10 - سقطت الخطة.\n\n"
            "08:30 - رحب زيلينسكي بالقرار.\n")
    assert set(evs(ex(text, date="2025-12-19"))) == {("meeting", "2025-12-19"), ("agreement", "2025-12-19")}


def test_events_phone_calls_travel_and_reconvening(ex):
    assert evs(ex("The leaders spoke by phone on Monday.", date="2026-01-15", lang="en")) == [("meeting", "2026-01-12")]
    assert evs(ex("Rubio travelled to Kyiv on Tuesday.", date="2026-01-15", lang="en")) == [("visit", "2026-01-13")]
    assert evs(ex("وهاتف ماكرون نظيره الأوكراني يوم الاثنين.", date="2026-01-15")) == [("meeting", "2026-01-12")]
    assert evs(ex("وتوجه ويتكوف إلى موسكو يوم الثلاثاء.", date="2026-01-15")) == [("visit", "2026-01-13")]


def test_events_an_attack_told_by_its_weapons(ex):
    assert evs(ex("Russia fired 40 missiles at Ukrainian cities on Tuesday.", date="2026-01-15", lang="en")) == \
        [("attack", "2026-01-13")]
    assert evs(ex("وأطلقت روسيا 40 صاروخا على المدن الأوكرانية يوم الثلاثاء.", date="2026-01-15")) == \
        [("attack", "2026-01-13")]
    assert evs(ex("The EU launched a new initiative on Monday.", date="2026-01-15", lang="en")) == []


def test_events_weapons_that_hit(ex):
    assert evs(ex("Drones hit an energy facility in Odesa on Monday.", date="2026-01-15", lang="en")) == \
        [("attack", "2026-01-12")]
    assert evs(ex("The missile shortage hit the army hard on Monday.", date="2026-01-15", lang="en")) == []


def test_events_an_institution_that_speaks_makes_a_statement(ex):
    doc = ex("Prime Minister Benjamin Netanyahu's office said on Saturday that the panel had not been coordinated.",
             date="2026-01-23", lang="en")
    assert evs(doc) == [("statement", "2026-01-17")]
    assert evs(ex("وقال مكتب رئيس الوزراء الإسرائيلي يوم السبت إن اللجنة لم تنسق مع إسرائيل.", date="2026-01-23")) == \
        [("statement", "2026-01-17")]
    assert evs(ex("وقالت إسرائيل يوم السبت إن اللجنة لم تنسق معها.", date="2026-01-23")) == []


def test_events_a_weekday_takes_the_tense_of_its_clause():
    """"met on Monday, but the money will not flow": last Monday; "will meet on Monday, but ...": next Monday;
    a clause that goes on with the same outlook keeps it ("من المنتظر أن ...، بينما يعقد القادة قمتهم يوم الخميس")."""
    from marsad.api import load_pipeline, make_doc
    from marsad.settings import Options

    nlp = load_pipeline(Options(case="gaza-ceasefire"))

    def dates(text):
        return [e.date for e in nlp(make_doc(text, date="2026-06-09")).facts["event"]]

    assert dates("Donors pledged 1.9 billion euros at a meeting in Brussels on Monday, but most of the money "
                 "will not flow through the board.") == ["2026-06-08"]
    assert dates("Donors will meet in Brussels on Monday, but the money will not flow.") == ["2026-06-15"]
    assert dates("اجتمع المانحون في بروكسل يوم الاثنين، لكن الأموال لن تمر عبر المجلس.") == ["2026-06-08"]
    assert "2026-06-11" in dates("ومن المنتظر أن يلتقي المفاوضون في القاهرة، بينما يعقد القادة قمتهم في بروكسل "
                                 "يوم الخميس.")


def test_events_a_date_after_by_with_no_trigger_is_a_deadline_where_something_is_owed(ex):
    doc = ex("ويعتزم المجلس تسليم تقريره إلى المحكمة بحلول صباح الجمعة.", date="2026-03-03")
    assert evs(doc) == [("deadline", "2026-03-06")]
    doc = ex("Asked whether Lisbon must reply by Friday, she shrugged.", date="2026-03-03", lang="en")
    assert evs(doc) == [("deadline", "2026-03-06")]
    # nothing owed: a past count
    assert evs(ex("By Monday the mood had changed.", date="2026-03-03", lang="en")) == []


def test_events_expected_arrivals_field_tours_phone_talks_and_a_past_verb_with_sin(ex):
    doc = ex("Portuguese envoys are expected in Madrid on Sunday for a new round of talks.", date="2026-03-04",
             lang="en")
    assert evs(doc) == [("talks", "2026-03-08")]
    assert evs(ex("وقال الوزير خلال جولة ميدانية أمس الثلاثاء إن الوضع هادئ.", date="2026-03-04")) \
        == [("visit", "2026-03-03")]
    assert evs(ex("وبحث وزير الخارجية هاتفيًا مساء أمس مع نظيره الإسباني التطورات.", date="2026-03-04")) \
        == [("meeting", "2026-03-03")]
    # "سيطرت" (took control) is a past verb, not a future one
    assert evs(ex("وكانت الوزارة قد أعلنت الاثنين أن قواتها سيطرت على بلدتين.", date="2026-03-04")) \
        == [("statement", "2026-03-02")]


def test_events_agreed_on_a_course_or_a_view_is_no_deal_made(ex):
    # a course or a view agreed on at a place is not a deal made there; a deal to something named is
    doc = ex("The foreign ministers met in Vienna and agreed to meet again in the spring.", date="2025-10-03",
             lang="en")
    assert ("agreement", None) not in evs(doc)
    doc = ex("The two envoys, speaking in Oslo, agreed that any settlement would need a monitoring mission.",
             date="2025-10-03", lang="en")
    assert ("agreement", None) not in evs(doc)
    doc = ex("In Lisbon, the mediator said the text was \"80 percent\" agreed.", date="2025-10-03", lang="en")
    assert ("agreement", None) not in evs(doc)
    doc = ex("The delegations agreed to a prisoner exchange in Doha.", date="2025-10-03", lang="en")
    assert ("agreement", None) in evs(doc)


def test_events_the_meeting_spoken_of_takes_the_date_of_a_meeting(ex):
    # "على هامش الاجتماع" is the meeting told first, not the talks told after it
    doc = ex("عقد وزراء الدفاع اجتماعًا في فيينا يوم الخميس. وجاء الاجتماع بعد محادثات جرت في جنيف يوم الاثنين. "
             "وعلى هامش الاجتماع، أعلن الوزير النمساوي تقديم مساعدات جديدة.", date="2025-10-10")
    assert ("statement", "2025-10-09") in evs(doc)
    assert ("statement", "2025-10-06") not in evs(doc)


def test_events_talks_framing_a_reported_act_take_its_date(ex):
    # "at the close of two days of talks" frames the act of the sentence, reported words included
    doc = ex("The two sides agreed on Tuesday to reopen the border crossing, at the close of two days of "
             "UN-brokered talks in Nicosia, the mediator said.", date="2025-10-08", lang="en")
    assert ("talks", "2025-10-07") in evs(doc)


def test_events_a_future_in_a_relative_clause_after_the_date_is_not_its_tense(ex):
    # "a forum on Thursday ... a fund that donors hope will raise ...": the forum was on Thursday
    doc = ex("Donors gathered at the Aid Forum in Geneva on Thursday to back a housing fund that Ukraine hopes "
             "will raise money for ten years.", date="2026-02-13", lang="en")
    assert ("meeting", "2026-02-12") in evs(doc)
    doc = ex("Donors will gather in Geneva on Thursday.", date="2026-02-13", lang="en")
    assert evs(doc) == [("meeting", "2026-02-19")]


def test_events_today_before_a_preposition_dates_a_trip(ex):
    doc = ex("وزار الوزير برلين أمس، على أن يتوجه اليوم إلى مدريد.", date="2026-02-13")
    assert ("visit", "2026-02-13") in evs(doc)


def test_events_a_working_meal_a_seat_across_the_table_and_an_unveiling(ex):
    doc = ex("وأيد رئيس الوزراء الخطة خلال عشاء عمل جمعه بنظيره في مدريد يوم الأحد الماضي.", date="2026-03-04")
    assert ("meeting", "2026-03-01") in evs(doc)
    doc = ex("For three hours on Monday, the two envoys sat across a table from the rebel commander in Juba.",
             date="2026-03-04", lang="en")
    assert ("meeting", "2026-03-02") in evs(doc)
    doc = ex("كشف وزير المالية الكندي، أمس الثلاثاء، عن خطة لدعم الموانئ الأوكرانية.", date="2026-03-04")
    assert ("statement", "2026-03-03") in evs(doc)


def test_events_talks_after_which_a_meeting_was_held_elsewhere_are_a_second_happening(ex):
    # "met in Doha ... after talks in Oslo": two undated happenings of one sentence, each at its own place
    doc = ex("اجتمع وفد بريطاني بنظرائه الأتراك في الدوحة لبحث المقترحات التي صيغت بعد محادثات مطولة مع الوسطاء في "
             "أوسلو.", date="2026-03-04")
    places = {(e.type, e.date, e.place.id if e.place else None) for e in doc.facts["event"]}
    assert ("talks", None, "oslo") in places and ("meeting", None, "doha") in places


def test_events_telling_a_legislative_body_is_a_statement(ex):
    doc = ex("The defence minister told the Storting Defence Committee on Tuesday that the frigates would sail in "
             "April.", date="2026-03-05", lang="en")
    assert ("statement", "2026-03-03") in evs(doc)


def test_events_a_council_session_is_a_meeting_but_not_a_training_course(ex):
    doc = ex("وصادق مجلس الوزراء في ختام دورته الاستثنائية بالرباط يوم الاثنين على خطة المياه.", date="2026-03-05")
    assert ("meeting", "2026-03-02") in evs(doc)
    doc = ex("وأنهى الضباط دورة تدريبية في الرباط يوم الاثنين.", date="2026-03-05")
    assert evs(doc) == []


def test_events_the_end_of_a_span_is_no_new_happening(ex):
    # "بدأت صباح الأربعاء وامتدت حتى فجر اليوم الخميس": one meeting, on the day it began
    doc = ex("تتواصل أعمال القمة الأفريقية في أديس أبابا، التي بدأت صباح أمس الأربعاء وامتدت حتى فجر اليوم الخميس.",
             date="2026-02-12")
    assert evs(doc) == [("meeting", "2026-02-11")]


def test_events_a_live_blog_title_names_the_happening_its_lead_dates(ex):
    text = ("مباشر | قمة أديس أبابا: اتفاق على تمويل قوة حفظ السلام\n\n"
            "نتابع في هذه الصفحة تطورات القمة الأفريقية في أديس أبابا، التي انطلقت أمس الأربعاء.\n\n"
            "07:10 - وصل الوفد الكيني إلى القاعة.\n\n08:20 - قال رئيس المفوضية إن النقاش صعب.\n\n"
            "09:30 - غادر الصحفيون المبنى.\n")
    doc = ex(text, date="2026-02-12")
    assert ("meeting", "2026-02-11") in evs(doc)
    assert ("meeting", "2026-02-12") not in evs(doc)


def test_events_a_decision_taken_is_an_agreement_but_not_one_still_to_take(ex):
    doc = ex("وتبقى الحدود مغلقة بموجب قرار اتخذه المجلس الأربعاء الماضي.", date="2026-02-13")
    assert ("agreement", "2026-02-11") in evs(doc)
    doc = ex("ولم يتخذ المجلس قرارًا بعد بشأن الحدود يوم الأربعاء.", date="2026-02-13")
    assert evs(doc) == []


def test_events_a_deadline_on_a_bare_weekday_is_the_coming_one_unless_told_as_passed(ex):
    doc = ex("وتنتهي المهلة التي منحها البيت الأبيض لكييف للرد الخميس.", date="2025-11-26")
    assert evs(doc) == [("deadline", "2025-11-27")]
    doc = ex("The deadline Washington set for Kyiv's answer runs out on Thursday.", date="2025-11-22", lang="en")
    assert evs(doc) == [("deadline", "2025-11-27")]
    doc = ex("The deadline Washington set for Kyiv's answer expired on Thursday.", date="2025-11-22", lang="en")
    assert evs(doc) == [("deadline", "2025-11-20")]


def test_events_an_exchange_of_prisoners_is_a_happening(ex):
    doc = ex("وأعلن زيلينسكي عودة 157 أسيرًا في عملية تبادل جرت أمس الاثنين بوساطة إماراتية.", date="2026-02-24")
    assert ("other", "2026-02-23") in evs(doc)
    doc = ex("Russia and Ukraine carried out a prisoner swap on Monday.", date="2026-02-24", lang="en")
    assert ("other", "2026-02-23") in evs(doc)
    doc = ex("وتبادلت الأمم المتحدة وإسرائيل الاتهامات أمس بشأن المساعدات.", date="2026-02-24")
    assert not any(t == "other" for t, _ in evs(doc))


def test_events_a_weekday_after_a_participle_of_saying_takes_the_tense_of_its_own_clause(ex):
    doc = ex("أعلن الوزير أن بلاده سترفع عدد جنودها، لافتًا إلى أن الرئيس أقر الخطة خلال اجتماع لمجلس الأمن القومي "
             "يوم الأربعاء.", date="2026-03-07")
    assert ("meeting", "2026-03-04") in evs(doc)
