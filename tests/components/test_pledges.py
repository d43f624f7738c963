def pl(doc):
    return {(p.actor.id, p.category) for p in doc.facts["pledge"]}


def test_pledges_categories_and_amounts(ex):
    doc = ex("Germany has pledged €11.5 billion in military aid, while Turkey has offered to take charge of "
             "demining in the Black Sea.", lang="en")
    assert ("DEU", "funding") in pl(doc) and ("TUR", "maritime") in pl(doc)
    p = next(p for p in doc.facts["pledge"] if p.category == "funding")
    assert (p.value, p.unit) == (11.5e9, "EUR")


def test_pledges_arabic_and_nationals(ex):
    doc = ex("تعهدت تركيا ورومانيا بمواصلة عمليات نزع الألغام في البحر الأسود.")
    assert {("TUR", "maritime"), ("ROU", "maritime")} <= pl(doc)
    doc = ex("وأشار إلى أن “الجنود الفرنسيين والبريطانيين سيكونون حاضرين لإجراء عمليات التدريب”.")
    assert {("FRA", "troops"), ("GBR", "troops"), ("FRA", "training")} <= pl(doc)


def test_pledges_group_pledge(ex):
    doc = ex("Twenty-six countries committed to deploying troops after a ceasefire.", lang="en")
    assert [(p.actor.type, p.category) for p in doc.facts["pledge"]] == [("group", "troops")]


def test_pledges_negated_commitment_pledges_nothing(ex):
    assert pl(ex("Italy will not send troops to Ukraine.", lang="en")) == set()


def test_pledges_a_capital_pledges_for_its_state_and_a_qualifying_second_word(ex):
    got = pl(ex("وأوضح الوزير أن فيلنيوس مستعدة لإرسال مدربين عسكريين إلى أوكرانيا."))
    assert ("LTU", "training") in got and ("LTU", "troops") not in got and not any(a == "vilnius" for a, _ in got)
    got = pl(ex("والتزمت كندا بتوسيع برامج تدريب الجنود الأوكرانيين."))
    assert ("CAN", "training") in got and ("CAN", "troops") not in got


def test_pledges_what_follows_without_is_not_pledged_and_allocating_money(ex):
    got = pl(ex("وأكد الوزير أن الولايات المتحدة ستزود الآلية بالمعلومات الاستخباراتية من دون أن تنشر قوات على الأرض."))
    assert ("USA", "intelligence") in got and ("USA", "troops") not in got
    got = pl(ex("وذكّر المستشار بأن ألمانيا رصدت 11.5 مليار يورو للمساعدات العسكرية."))
    assert ("DEU", "funding") in got
    got = pl(ex("Donald Tusk said his country would act as a logistics hub rather than contribute troops.", lang="en"))
    assert ("POL", "other") in got and ("POL", "troops") not in got


def test_pledges_a_cue_after_without_pledges_nothing(ex):
    got = pl(ex("رصدت الحكومة الهولندية 500 مليون يورو لتدريب الجنود الأوكرانيين، من دون أن تلتزم بإرسال مدربين."))
    assert ("NLD", "funding") in got and not any(a == "UKR" for a, _ in got)


def test_pledges_troops_made_ready(ex):
    got = pl(ex("وأعلن وزير الدفاع الإندونيسي شافري شمس الدين أن بلاده جهزت ما يصل إلى 20 ألف جندي للمشاركة في القوة."))
    assert ("IDN", "troops") in got


def test_pledges_an_offer_as_a_noun_pledges_nothing(ex):
    assert pl(ex("Both mediators welcomed the offer.", lang="en")) == set()


def test_pledges_supporting_with_intelligence(ex):
    got = pl(ex("قال ويتكوف إن واشنطن ستدعم القوة الأوروبية استخباراتيًا، من دون أن تشارك فيها بقوات."))
    assert ("USA", "intelligence") in got and ("USA", "troops") not in got


def test_pledges_a_participle_after_the_sentence_and_a_dateline(ex):
    got = pl(ex("RIYADH — Saudi Arabia and the United Arab Emirates backed a fund for Gaza on Monday, pledging a "
                "combined $5 billion.", lang="en"))
    assert ("SAU", "funding") in got and ("ARE", "funding") in got


def test_pledges_an_aid_package(ex):
    got = pl(ex("وأعلنت السويد عن حزمة مساعدات عسكرية جديدة بقيمة 120 مليون يورو."))
    assert ("SWE", "funding") in got


def test_pledges_readiness_and_commitment_need_what_is_given(ex):
    assert pl(ex("The Netherlands is the latest to commit.", lang="en")) == set()
    assert ("NLD", "troops") in pl(ex("The Netherlands has committed a battalion to the force.", lang="en"))
    got = pl(ex("أعلن وزير الخارجية الألماني يوهان فاديفول أن بلاده لا ترى مكانًا لأوكرانيا في الحلف، لكنها مستعدة "
                "لتقديم ضمانات ثنائية تشمل التدريب والتسليح.", lang="ar", date="2026-01-12"))
    assert {("DEU", "training"), ("DEU", "equipment")} <= got


def test_pledges_agreeing_pledges_only_a_gift(ex):
    got = pl(ex("اتفق قادة الاتحاد الأوروبي على تقديم قرض بقيمة 90 مليار يورو لأوكرانيا.", lang="ar"))
    assert ("european-union", "funding") in got
    assert pl(ex("اتفق قادة الاتحاد الأوروبي على مواصلة المشاورات مع كييف.", lang="ar")) == set()


def test_pledges_conditions_and_nouns_pledge_nothing(ex):
    got = pl(ex("Canada will send trainers provided the United States offers air cover.", lang="en"))
    assert ("CAN", "training") in got and not any(a == "USA" for a, _ in got)
    assert pl(ex("The prime minister urged donors to honour the pledges made in Paris.", lang="en")) == set()
    assert pl(ex("Zelensky welcomed the Norwegian offer.", lang="en")) == set()


def test_pledges_subjects_of_joined_verbs_and_quotes(ex):
    got = pl(ex("قال ستارمر إن المملكة المتحدة ستقيم مراكز عسكرية في أوكرانيا، وستتولى مع فرنسا حماية مخازن الأسلحة.",
                lang="ar"))
    assert ("GBR", "troops") in got and not any(a == "FRA" for a, _ in got)
    got = pl(ex('"We will train Ukrainian pilots and ground crews from next month," said Norwegian Defence Minister '
                'Tore Sandvik.', lang="en", date="2025-12-10"))
    assert ("NOR", "training") in got
    got = pl(ex("At a meeting in Riga, ministers from Lithuania, Latvia and Estonia said they were prepared to "
                "contribute fighter jets.", lang="en"))
    assert {("LTU", "air"), ("LVA", "air"), ("EST", "air")} <= got and ("riga", "air") not in got
    got = pl(ex("Japan ruled out any military role but pledged funding for Ukraine.", lang="en"))
    assert ("JPN", "funding") in got


def test_pledges_in_the_first_person_inside_an_arabic_quote(ex):
    """"نتعهد"، "نلتزم"، "مستعدون لإرسال" in a quote: a commitment of its speaker's state, with or without
    "نحن"/"إننا" before it (any form of the hamza)."""
    for we in ("", "نحن ", "إننا ", "اننا "):
        for body, category in (("نتعهد بإرسال مدربين عسكريين إلى أوكرانيا", "training"),
                               ("نلتزم بتقديم مساعدات عسكرية بقيمة 500 مليون يورو لأوكرانيا", "funding"),
                               ("مستعدون لإرسال مدربين إلى أوكرانيا", "training")):
            if not we and body.startswith("مستعدون"):
                continue  # "ready" says nothing of who is ready without "we"
            got = pl(ex(f"وقال وزير الدفاع النرويجي تور ساندفيك: «{we}{body}».", lang="ar", date="2025-12-10"))
            assert ("NOR", category) in got, (we, body)
    # outside a quote, the first person commits no one
    assert pl(ex("وقال الوزير إن الحكومة ناقشت الأمر، ونتعهد بمتابعته.", lang="ar")) == set()


def test_pledges_no_pledge_from_a_dateline_and_a_company_of_infantry_is_troops(ex):
    got = pl(ex("BERLIN, Dec. 16 — European leaders said on Monday that they were ready to lead a multinational "
                "force to help secure any peace deal in Ukraine.", lang="en"))
    assert not any(a in ("berlin", "DEU") for a, _ in got)
    got = pl(ex("وقال وزير الدفاع الإستوني إن بلاده مستعدة لإرسال سرية مشاة إلى أوكرانيا في إطار القوة المستقبلية.",
                lang="ar"))
    assert ("EST", "troops") in got and ("EST", "other") not in got


def test_pledges_two_states_giving_the_backbone_and_our_troops_in_a_quote(ex):
    got = pl(ex("وأشار القائد إلى أن بريطانيا وفرنسا ستوفران \"العمود الفقري\" للقوة المقبلة.", lang="ar"))
    assert {("GBR", "troops"), ("FRA", "troops")} <= got
    got = pl(ex("وقالت رئيسة الوزراء الدنماركية ميته فريدريكسن: \"يجب أن نكون مستعدين لنشر قواتنا حالما يتوقف "
                "القتال\".", lang="ar"))
    assert ("DNK", "troops") in got


def test_pledges_a_family_verb_under_the_future_or_an_intention(ex):
    assert pl(ex("Germany will also send air defence systems to Ukraine.", lang="en")) == {("DEU", "equipment")}
    assert pl(ex("France plans to deploy troops in Ukraine.", lang="en")) == {("FRA", "troops")}
    assert pl(ex("Britain is sending fighter jets to Poland.", lang="en")) == {("GBR", "air")}
    assert ("DEU", "funding") in pl(ex("قالت ألمانيا إنها ستزيد مساهمتها في تمويل الجيش."))
    assert pl(ex("وتعتزم فرنسا وبريطانيا إرسال جنود إلى أوكرانيا.")) == {("FRA", "troops"), ("GBR", "troops")}
    assert ("ITA", "maritime") in pl(ex("وقالت إيطاليا إنها ستبعث بسفن لإزالة الألغام."))


def test_pledges_a_family_verb_not_governed_pledges_nothing(ex):
    assert pl(ex("Germany sent a delegation to Kyiv.", lang="en")) == set()
    assert pl(ex("بولندا تعرض قواعدها وتستبعد إرسال جنود.")) == set()
    assert pl(ex("Italy will not deploy troops.", lang="en")) == set()
    assert pl(ex("وأعلن ستارمر أن بريطانيا ستقدم حزمة عقوبات جديدة تستهدف 300 سفينة.")) == set()


def test_pledges_being_present_or_part_of_a_force_and_bearing_the_cost(ex):
    got = pl(ex("وقال مسؤول في الإليزيه إن واشنطن لن تنشر جنودا على الأرض لكنها ستكون حاضرة بقدراتها الاستخباراتية."))
    assert got == {("USA", "intelligence")}
    assert pl(ex("وأعلنت إيطاليا أنها ستكون جزءا من القوة متعددة الجنسيات.")) == {("ITA", "troops")}
    assert ("JPN", "funding") in pl(ex("Japan will foot the bill for demining.", lang="en"))
    assert pl(ex("وقالت تركيا إنها ستؤمن الملاحة في البحر الأسود.")) == {("TUR", "maritime")}


def test_pledges_not_to_do_own_spending_and_a_condition_after(ex):
    assert pl(ex("كما ذكر روته بأن دول الحلف تعهدت برفع إنفاقها الدفاعي إلى خمسة في المئة.")) == set()
    assert pl(ex("Allies pledged to raise defence spending to 5% of GDP.", lang="en")) == set()
    assert pl(ex("Germany pledged not to send troops.", lang="en")) == set()
    assert pl(ex("الذي كان ينص على تعهد أوكرانيا بعدم الانضمام إلى حلف شمال الأطلسي.")) == set()
    assert pl(ex("وقال بوتين إن روسيا ستواصل التقدم إذا لم تنسحب القوات الأوكرانية.")) == set()
    assert pl(ex("Britain will send troops if a ceasefire holds.", lang="en")) == {("GBR", "troops")}


def test_pledges_an_owned_or_announced_gift_noun_and_reconnaissance_aircraft(ex):
    assert pl(ex("Germany's contribution will include two Patriot batteries.", lang="en")) == {("DEU", "equipment")}
    assert pl(ex("The Netherlands announced a €500 million package for Ukraine.", lang="en")) == {("NLD", "funding")}
    assert pl(ex("The EU's package of sanctions targets oil.", lang="en")) == set()
    assert pl(ex("وأبدت السويد استعدادها للمساهمة بطائرات استطلاع.")) == {("SWE", "air")}


def test_pledges_the_subject_of_the_clause_before_and_of_the_sentence_before(ex):
    got = pl(ex("وأعلنت رئيسة الوزراء الإيطالية جورجيا ميلوني أن بلادها لن ترسل قوات إلى أوكرانيا، لكنها أبدت "
                "استعدادها للمشاركة في تدريب الجيش الأوكراني خارج أراضيه."))
    assert got == {("ITA", "training")}
    got = pl(ex("وقال ماكرون في مؤتمر صحفي إن الخطة ليست نهائية. كما أعلن تخصيص 200 مليون يورو لشراء أنظمة دفاع جوي."))
    assert ("FRA", "funding") in got


def test_pledges_a_verbal_noun_after_a_preposition_clitic_and_an_unnamed_national_speaker(ex):
    assert pl(ex("وقالت بولندا إنها جاهزة لتقديم دعم لوجستي.")) == {("POL", "other")}
    got = pl(ex("ويقول دبلوماسي تركي، طلب عدم الكشف عن اسمه، إن بلاده «مستعدة لقيادة مهمة بحرية لإزالة الألغام»."))
    assert got == {("TUR", "maritime")}


def test_pledges_a_clause_after_while_keeps_the_pledger(ex):
    got = pl(ex("وأعلن وزير الدفاع البريطاني جون هيلي أن بلاده ستخصص 200 مليون جنيه إسترليني لتجهيز وحداتها، "
                "فيما ستتولى طائرات سلاح الجو الملكي مهام الدوريات الجوية بعد الهدنة."))
    assert {("GBR", "funding"), ("GBR", "air")} <= got


def test_pledges_more_english_family_members_and_a_hyphen_is_no_dateline(ex):
    assert pl(ex("Belgium committed four F-16s to the air mission.", lang="en")) == {("BEL", "air")}
    assert pl(ex("Australia will chip in with surveillance aircraft.", lang="en")) == {("AUS", "air")}
    assert pl(ex("Canada's parliament approved sending 300 trainers.", lang="en")) == {("CAN", "training")}
    got = pl(ex("Britain and France said they would take the lead on the ground force.", lang="en"))
    assert got == {("GBR", "troops"), ("FRA", "troops")}


def test_pledges_intentions_of_schedule_wish_and_promise_and_the_subject_of_a_verbal_noun(ex):
    assert pl(ex("ومن المقرر أن ترسل إستونيا سرية مشاة إلى أوكرانيا.")) == {("EST", "troops")}
    assert pl(ex("وأبدت بلجيكا رغبتها في المشاركة بطائرات إف-16.")) == {("BEL", "air")}
    assert pl(ex("ووعدت اليونان بإرسال فرقاطة.")) == {("GRC", "maritime")}
    assert pl(ex("وقررت الحكومة اليابانية منح أوكرانيا مليار دولار.")) == {("JPN", "funding")}


def test_pledges_a_counted_group_is_counted_by_a_number(ex):
    got = pl(ex("Twenty-six countries committed to deploying troops after a ceasefire.", lang="en"))
    assert got == {("group-twenty-six-countries", "troops")}
    assert pl(ex("Donors pledged nearly $7 billion, well short of what the United Nations estimate.", lang="en")) == set()
    assert {c for _, c in pl(ex("وأضاف أن ستًّا وعشرين دولة التزمت بالمساهمة بقوات برية."))} == {"troops"}


def test_pledges_counted_nationals_are_not_the_pledger():
    """"5,000 Palestinian policemen", "two thousand Turkish soldiers": whom the pledge is for or of, not who
    pledges (a definite demonym after its noun may be the subject: "الحكومة المصرية")."""
    from marsad.api import load_pipeline, make_doc
    from marsad.settings import Options

    nlp = load_pipeline(Options(case="gaza-ceasefire"))

    def pledgers(text):
        return {p.actor.id for p in nlp(make_doc(text, date="2026-01-10")).facts["pledge"]}

    assert pledgers("وأضاف المصدر أن مصر مستعدة لتدريب 5 آلاف شرطي فلسطيني إضافي.") == {"EGY"}
    assert pledgers("وقالت مصر إنها ستدرب ألف شرطي فلسطيني.") == {"EGY"}
    assert pledgers("وستقدم الحكومة المصرية 10 ملايين دولار.") == {"EGY"}


def test_pledges_a_pronoun_with_hamza_or_a_future_prefix_stands_for_the_nearest_subject(ex):
    got = pl(ex("قالت كرواتيا إنها ستقدم المعدات، فيما قالت البرتغال إنها ستموّل شراء الذخائر."))
    assert ("PRT", "funding") in got and ("HRV", "funding") not in got
    got = pl(ex("وأكدت النمسا دعمها للخطة، وأعلنت إيرلندا أنها ستضخ 300 مليون يورو في صندوق الإعمار داخل أوكرانيا."))
    assert ("IRL", "funding") in got and not any(a == "UKR" for a, _ in got)


def test_pledges_verbs_that_name_what_they_give_and_words_with_the_article(ex):
    assert pl(ex("وقالت النمسا إنها ستدرّب وحدات أوكرانية في معسكراتها.")) == {("AUT", "training")}
    assert pl(ex("وتعهدت هولندا بإرسال الأسلحة والمعدات قبل الربيع.")) == {("NLD", "equipment")}
    assert pl(ex("وأكد الوزير أن ألمانيا ستتحمل نصيبها من حماية أجواء البلاد.")) == {("DEU", "air")}
    assert pl(ex("وتعهدت ليتوانيا بتزويد الجيش بثلاثة آلاف طائرة مسيّرة.")) == {("LTU", "equipment")}


def test_pledges_a_verb_voweled_as_a_passive_commits_no_subject(ex):
    assert pl(ex("اجتمع وزراء الدفاع برئاسة إسبانيا، وخُصص اللقاء لتقاسم مهام قوة الطمأنة.")) == set()
    assert pl(ex("وسيُقدَّم القرض الأوروبي بمشاركة 19 دولة.")) == set()
    # an active one is voweled with a kasra before its last letter
    assert pl(ex("وسيُقدِّم الاتحاد الأوروبي قرضا بقيمة 5 مليارات يورو.")) == {("european-union", "funding")}


def test_pledges_an_announced_allocation_of_an_amount(ex):
    got = pl(ex("وأعلنت الحكومة الإسبانية بعد الاجتماع تخصيص 80 مليون يورو لإصلاح محطات الكهرباء."))
    assert got == {("ESP", "funding")}
    got = pl(ex("وكانت النرويج قد أعلنت الأحد الماضي رصد 500 مليون كرونة نرويجية لشراء الذخائر."))
    assert ("NOR", "funding") in got
    # the group of names right before the noun, not a place named before the intention
    got = pl(ex("وفي لاهاي، قررت الحكومة الهولندية منح كييف 40 مليون يورو."))
    assert got == {("NLD", "funding")}
    # no amount, no intention: no pledge
    assert pl(ex("وناقش الوزراء في مدريد تخصيص الأموال المجمدة.")) == set()


def test_pledges_what_training_is_about_is_not_given_besides(ex):
    got = pl(ex("وتعهدت بلجيكا بتدريب طيارين أوكرانيين على مقاتلات إف-16."))
    assert got == {("BEL", "training")}
    got = pl(ex("وتعهدت بلجيكا بتدريب طيارين أوكرانيين وإرسال مقاتلات إف-16."))
    assert got == {("BEL", "training"), ("BEL", "air")}


def test_pledges_a_proposal_offered_or_a_meeting_hosted_is_no_gift(ex):
    assert pl(ex("وقال مصدر إن عمّان عرضت صيغة تقضي بتسليم الأسلحة إلى طرف ثالث.")) == set()
    assert pl(ex("وقالت النمسا إنها ستستضيف الأسبوع المقبل اجتماعًا لقادة الجيوش.")) == set()
    assert pl(ex("Portugal said it would offer a compromise on the troops question.", lang="en")) == set()
    # what is given before a preposition is still given
    assert pl(ex("Portugal offered troops for the plan.", lang="en")) == {("PRT", "troops")}


def test_pledges_an_amount_marked_as_more_than_before(ex):
    got = pl(ex("Portugal will spend an extra 40 million euros on winter shelters, its cabinet said.", lang="en"))
    assert got == {("PRT", "funding")}
    assert pl(ex("Ireland announced a further €12 million for the recovery.", lang="en")) == {("IRL", "funding")}
    assert pl(ex("Ireland said it would not spend an additional €12 million.", lang="en")) == set()
    assert pl(ex("Ukraine needs an extra 5 billion euros.", lang="en")) == set()


def test_pledges_setting_aside_going_on_paying_and_putting_at_a_disposal(ex):
    got = pl(ex("Austria had set aside 60 million euros to keep Ukrainian units supplied.", lang="en"))
    assert got == {("AUT", "funding")}  # the units are whom it is for
    assert pl(ex("Norway set aside its differences with Sweden.", lang="en")) == set()
    got = pl(ex("A Qatari envoy said the emirate would stay out of the force but would keep paying for the police "
                "training.", lang="en"))
    assert got == {("QAT", "funding"), ("QAT", "training")}
    assert pl(ex("Finland would put its surveillance aircraft at the disposal of the mission.", lang="en")) \
        == {("FIN", "air")}
    assert pl(ex("Belgium will send Belgian troops.", lang="en")) == {("BEL", "troops")}


def test_pledges_those_around_a_state_a_compound_noun_and_a_governed_gift_noun(ex):
    assert pl(ex("Officials said Kyiv's partners had pledged 300 interceptors.", lang="en")) == set()
    assert pl(ex("وتعهد حلفاء كييف بتقديم منظومات دفاع جوي.")) == set()
    assert pl(ex("The meeting was meant to match troop offers to tasks.", lang="en")) == set()
    got = pl(ex("Chile went further, tying its contribution of 20 million dollars to a vote.", lang="en"))
    assert got == {("CHL", "funding")}
    assert pl(ex("Brazil announced a contribution of 50 million dollars.", lang="en")) == {("BRA", "funding")}
    assert pl(ex("Brazil welcomed the contribution of Chile.", lang="en")) == set()


def test_pledges_an_adverb_between_an_intention_and_its_verbal_noun(ex):
    assert pl(ex("وقال الوزير إن أوسلو مستعدة أيضًا لنشر جنود ضمن القوة.")) == {("NOR", "troops")}
    assert pl(ex("وأعلنَت الحكومة البلجيكية بعد القمة تخصيص 30 مليون يورو.")) == {("BEL", "funding")}


def test_pledges_going_on_pledges_a_gift_only_and_a_subject_right_before_the_verb(ex):
    assert pl(ex("وأكد المتحدث أن المفوضية الأوروبية ستواصل العمل على قرض جديد.")) == set()
    assert pl(ex("وأكد المتحدث أن المفوضية الأوروبية ستواصل تمويل المدارس.")) == {("european-commission", "funding")}
    # a name after the verb is its object where the subject stands right before it
    assert pl(ex("وأكد الوزير أن كندا ستواصل تدريب الجيش الأوكراني.")) == {("CAN", "training")}


def test_pledges_the_government_right_before_the_verb_is_the_speakers(ex):
    got = pl(ex("وقال وزير الدفاع الهولندي روبن بريكلمانس إن أوروبا لن تتخلى عن أوكرانيا، مؤكدًا أن الحكومة خصصت "
                "90 مليون يورو للذخائر."))
    assert ("NLD", "funding") in got and not any(a == "UKR" for a, _ in got)


def test_pledges_what_a_relative_pronoun_stands_for(ex):
    got = pl(ex("They discussed a stabilisation force, which Spain and Portugal have offered to lead.", lang="en"))
    assert got == {("ESP", "troops"), ("PRT", "troops")}
    assert pl(ex("وتحدث الوزير عن مئات الجنود الذين قد ترسلهم إسبانيا.")) == {("ESP", "troops")}
    # not across a clause that ends before the cue
    assert pl(ex("Sweden, which has sent tanks, offered to help.", lang="en")) == {("SWE", "other")}


def test_pledges_deploying_alone_gives_troops_and_a_name_in_an_inserted_clause(ex):
    assert pl(ex("Chile will deploy within weeks.", lang="en")) == {("CHL", "troops")}
    assert pl(ex("Chile is ready to deploy its frigate.", lang="en")) == {("CHL", "maritime")}
    got = pl(ex("Peru, whose offer of troops Chile has blocked, said it remained ready to deploy.", lang="en"))
    assert got == {("PER", "troops")}
    got = pl(ex("The talks ended, while Peru said it would send engineers.", lang="en"))
    assert got == {("PER", "other")}


def test_pledges_dispatching_and_a_subject_before_an_inserted_clause(ex):
    assert pl(ex("وأعلنت إسبانيا أنها ستوفد 40 مدربًا إلى الأردن.")) == {("ESP", "training")}
    got = pl(ex("Chile, which has already supplied trucks, will train Peruvian engineers.", lang="en"))
    assert got == {("CHL", "training")}


def test_pledges_contenting_itself_with_giving(ex):
    got = pl(ex("وقال الوزير إن كندا لن ترسل جنودًا، مكتفية بتقديم الدعم الاستخباراتي والإسناد الجوي."))
    assert got == {("CAN", "intelligence"), ("CAN", "air")}


def test_pledges_a_cue_right_after_another_is_governed_by_it(ex):
    # "ستتعهد بتمويل" / "ستمنح حزمة مساعدات": one commitment, whose subject is found from the first verb
    got = pl(ex("وأوضح الوزير أن مدريد لن ترسل جنودا إلى الحدود البولندية، لكنها ستتكفل بتدريب وحدات طبية على أراضيها."))
    assert ("ESP", "training") in got and ("POL", "training") not in got
    got = pl(ex("وقال المستشار إن فيينا ستقدم حزمة مساعدات بقيمة 300 مليون يورو."))
    assert ("AUT", "funding") in got and ("AUT", "other") not in got


def test_pledges_demining_is_maritime_only_at_sea(ex):
    got = pl(ex("وقالت كرواتيا إنها سترسل فرقا لإزالة الألغام من الحقول والطرق الريفية."))
    assert ("HRV", "other") in got and ("HRV", "maritime") not in got
    got = pl(ex("Greece will send teams for mine clearance in the Black Sea ports.", lang="en"))
    assert ("GRC", "maritime") in got


def test_pledges_a_share_of_gdp_given_is_funding_not_own_spending(ex):
    got = pl(ex("وأكدت فنلندا التزامها بتخصيص 0.1 في المئة من ناتجها المحلي سنويا لمساعدة الجيش الأوكراني."))
    assert ("FIN", "funding") in got
    got = pl(ex("Portugal committed to set aside 0.2% of its GDP every year for the Ukrainian army.", lang="en"))
    assert ("PRT", "funding") in got
    assert pl(ex("Portugal committed to raise its defence spending to 3% of GDP by 2030.", lang="en")) == set()


def test_pledges_what_an_agreement_grants_is_given_by_its_parties_but_the_one_granted(ex):
    got = pl(ex("ووقعت اليابان والحكومة المولدوفية في طوكيو أمس اتفاقا يقضي بمنح مولدوفا قرضا بقيمة 200 مليون دولار."))
    assert ("JPN", "funding") in got and ("MDA", "funding") not in got
    assert pl(ex("وينص البند التاسع على تقديم 50 مليار دولار لإعادة الإعمار.")) == set()


def test_pledges_a_pronoun_right_before_the_verb_is_its_subject(ex):
    got = pl(ex("وأعلنت النمسا أنها ستزود مولدوفا بطائرتي استطلاع خلال الربيع."))
    assert ("AUT", "air") in got and not any(a == "MDA" for a, _ in got)


def test_pledges_buying_for_another_and_channelling_money(ex):
    got = pl(ex("Denmark said it would buy $200m worth of artillery shells for Ukraine next year.", lang="en"))
    assert ("DNK", "funding") in got and ("DNK", "equipment") in got
    assert pl(ex("Serbia said it would buy 12 tanks next year.", lang="en")) == set()
    got = pl(ex("Sweden said Stockholm would channel 3 billion crowns into a fund for Ukrainian schools.", lang="en"))
    assert ("SWE", "funding") in got
    # the name only hopes what its antecedent will give
    assert pl(ex("They discussed a fund that Kyiv hopes will channel $90 billion into rebuilding.", lang="en")) == set()


def test_pledges_an_amount_announced_as_a_gift(ex):
    got = pl(ex("Portugal announced a €150 million loan for Ukrainian farmers.", lang="en"))
    assert ("PRT", "funding") in got
    got = pl(ex("Spain's finance minister announced on behalf of Madrid €80 million in grants for hospitals.", lang="en"))
    assert ("ESP", "funding") in got
    assert pl(ex("The ministry announced a $20 billion deficit on Monday.", lang="en")) == set()
    got = pl(ex("وأعلنت النمسا عن صندوق لدعم المستشفيات بقيمة 90 مليون يورو."))
    assert ("AUT", "funding") in got
    got = pl(ex("وأعلنت البرتغال منحة بقيمة 40 مليون يورو للمزارعين الأوكرانيين."))
    assert ("PRT", "funding") in got


def test_pledges_arabic_two_word_categories_with_the_article(ex):
    got = pl(ex("وتعهدت بلجيكا بتزويد الجيش الأوكراني بالطائرات المسيّرة."))
    assert ("BEL", "equipment") in got and ("BEL", "air") not in got
    got = pl(ex("وتعهدت إستونيا بتزويد المراقبين ببيانات الأقمار الصناعية."))
    assert ("EST", "intelligence") in got


def test_pledges_what_training_or_paying_is_for_is_no_gift_of_its_own(ex):
    got = pl(ex("وأكد الوزير أن أوسلو ستتولى تدريب 500 جندي أوكراني على أنظمة الصواريخ خلال الربيع."))
    assert ("NOR", "training") in got and ("NOR", "equipment") not in got
    got = pl(ex("وقالت الوزيرة إن مدريد ستقدم 70 مليون يورو لتمويل الخدمات اللوجستية للبعثة."))
    assert ("ESP", "funding") in got and ("ESP", "other") not in got
    # an amount is no paying for: what the package includes is given too
    got = pl(ex("وقال الوزير إن فيينا ستقدم حزمة بقيمة 90 مليون يورو تشمل منظومات للدفاع الجوي."))
    assert {("AUT", "funding"), ("AUT", "equipment")} <= got


def test_pledges_dual_and_plural_future_verbs(ex):
    got = pl(ex("وقال الوزير إن بلجيكا وهولندا ستقيمان مراكز عسكرية في غرب أوكرانيا."))
    assert {("BEL", "troops"), ("NLD", "troops")} <= got


def test_pledges_backing_gives_what_it_backs_with_and_a_condition_after_is_not_given(ex):
    got = pl(ex("An official said Canada would back the mission with surveillance aircraft, provided that "
                "Nordic troops lead it.", lang="en"))
    assert ("CAN", "air") in got and ("CAN", "troops") not in got
    assert pl(ex("Canada would support a multinational force after the war.", lang="en")) == set()


def test_pledges_going_on_giving_in_the_present_with_the_subject_after_the_verb(ex):
    got = pl(ex("ويواصل الأردن تدريب عناصر من الشرطة في معسكرات قرب عمّان."))
    assert ("JOR", "training") in got
    assert pl(ex("وتواصل روسيا قصف المدن الأوكرانية.")) == set()


def test_pledges_soldiers_of_a_nation_whose_number_is_to_reach(ex):
    got = pl(ex("وقال الوزير إن عدد الجنود الإسبان قد يصل إلى ثلاثة آلاف في المرحلة الأولى."))
    assert ("ESP", "troops") in got


def test_pledges_past_a_relative_clause_between_commas(ex):
    got = pl(ex("وأعلنت النمسا، التي لا ترسل أسلحة بسبب حيادها، عن صندوق لإعادة البناء بقيمة 80 مليون يورو."))
    assert ("AUT", "funding") in got


def test_pledges_rehabilitating_roads_is_not_training(ex):
    got = pl(ex("وتعهدت اليونان بإرسال فرق فنية وإعادة تأهيل شبكة المياه."))
    assert ("GRC", "other") in got and ("GRC", "training") not in got
    got = pl(ex("وتعهدت اليونان بتأهيل عناصر الدفاع المدني."))
    assert ("GRC", "training") in got


def test_pledges_what_soldiers_of_a_nation_will_do_is_troops(ex):
    got = pl(ex("وقال الوزير إن الجنود الماليزيين سيتولون حراسة المستودعات."))
    assert ("MYS", "troops") in got and ("MYS", "other") not in got


def test_pledges_salaries_are_funding_and_the_topic_of_amma(ex):
    got = pl(ex("وقالت الكويت إنها ستتحمل رواتب المعلمين لمدة عام."))
    assert ("KWT", "funding") in got
    got = pl(ex("أما كوريا الجنوبية، التي تعد من أكبر المانحين للأمم المتحدة، فأعلنت عن منحة بقيمة 90 مليون دولار."))
    assert ("KOR", "funding") in got and not any(a == "united-nations" for a, _ in got)


def test_pledges_a_verb_joined_by_and_to_a_future_one(ex):
    got = pl(ex("Canada will expand its training mission and put $300 million into a fund for schools.", lang="en"))
    assert ("CAN", "funding") in got


def test_pledges_a_state_saying_it_could_give_offers_it(ex):
    got = pl(ex("Tunisia said it could contribute a field hospital if the mandate were extended.", lang="en"))
    assert ("TUN", "other") in got
    assert pl(ex("Analysts said Russia could send more troops.", lang="en")) == set()


def test_pledges_playing_a_role_in_what_the_relative_pronoun_stands_for(ex):
    got = pl(ex("Officials described a border monitoring mission, in which Brazil would play the leading role.", lang="en"))
    assert ("BRA", "intelligence") in got
    assert pl(ex("Brazil would play a key role in the talks.", lang="en")) == set()
    assert ("BRA", "intelligence") in pl(ex("وقال الوزير إن البرازيل ستلعب دورا في مراقبة الحدود."))


def test_pledges_the_means_a_task_is_done_with_are_not_given(ex):
    got = pl(ex("وأكد الوزير أن كندا ستتولى مراقبة الحدود بالاعتماد على الطائرات المسيّرة."))
    assert ("CAN", "intelligence") in got and ("CAN", "equipment") not in got
    got = pl(ex("Canada will provide surveillance of the border using drones and ships.", lang="en"))
    assert ("CAN", "intelligence") in got and ("CAN", "maritime") not in got


def test_pledges_a_nationality_after_a_preposition_is_no_subject(ex):
    got = pl(ex("وجددت مدريد رفض إرسال أي جندي إلى الأراضي المولدوفية، مع إبداء استعدادها للمشاركة في مراقبة الحدود."))
    assert ("ESP", "intelligence") in got and not any(a == "MDA" for a, _ in got)
    # nor a country named after one
    got = pl(ex("وجددت مدريد رفض إرسال أي جندي إلى مولدوفا، مع استعدادها لاستضافة مركز الإمداد على أراضيها."))
    assert got and all(a == "ESP" for a, _ in got)


def test_pledges_delivering_is_giving_but_handing_over_a_text_is_not(ex):
    got = pl(ex("وقال ماكرون إن باريس ستسلم كييف دفعة جديدة من صواريخ الدفاع الجوي قبل نهاية العام."))
    assert ("FRA", "air") in got or ("FRA", "equipment") in got
    assert pl(ex("وقال زيلينسكي إن كييف ستسلّم الجانب الأمريكي نسخة معدلة من الوثيقة مساء اليوم.")) == set()
    got = pl(ex("Sweden said it would deliver two more air-defence systems to Ukraine this winter.", lang="en"))
    assert got and all(a == "SWE" for a, _ in got)


def test_pledges_readiness_to_talk_about_something_gives_nothing(ex):
    doc = ex("Hamas said it was willing to discuss the future of its weapons with the mediators.", lang="en")
    assert pl(doc) == set()
    assert pl(ex("وأبدت تركيا استعدادها لمناقشة إرسال قوات مع الوسطاء.")) == set()
    got = pl(ex("Spain said it was willing to send 40 police instructors to Egypt.", lang="en"))
    assert got and all(a == "ESP" for a, _ in got)


def test_pledges_a_verb_of_giving_money_serves_the_next_actor_and_its_amount(ex):
    doc = ex("وتعهدت قطر بمليار دولار إضافة إلى إمدادات وقود، والكويت بخمسمئة مليون دولار عبر صندوق التنمية.")
    got = {(p.actor.id, p.category, p.value) for p in doc.facts["pledge"]}
    assert got == {("QAT", "funding", 1e9), ("KWT", "funding", 5e8)}
    doc = ex("Qatar pledged $1 billion and Kuwait $500 million for housing.", lang="en")
    assert {(p.actor.id, p.value) for p in doc.facts["pledge"]} == {("QAT", 1e9), ("KWT", 5e8)}
    # another actor's amount that is no gift
    doc = ex("Norway pledged $10 million, while Hamas said it needed $50 billion.", lang="en")
    assert {p.actor.id for p in doc.facts["pledge"]} == {"NOR"}


def test_pledges_spending_an_amount_on_something_is_giving(ex):
    doc = ex("Starmer said London would spend 250 million pounds on depots and equipment for the force.", lang="en")
    assert ("GBR", "funding") in pl(doc) or ("keir-starmer", "funding") in pl(doc)


def test_pledges_raising_a_contingent_to_a_number_is_giving_troops(ex):
    got = pl(ex("أعلن وزير الدفاع الإندونيسي أن بلاده سترفع عدد جنودها في غزة إلى ثلاثة آلاف بحلول حزيران/يونيو."))
    assert ("IDN", "troops") in got
    got = pl(ex("Indonesia will increase its contingent in Gaza to 3,000 soldiers by June.", lang="en"))
    assert ("IDN", "troops") in got


def test_pledges_a_second_reported_clause_and_counted_states(ex):
    got = pl(ex('وقال سانشيز إن إسبانيا مستعدة للمشاركة في القوة التي يعدّها "تحالف الراغبين"، وإنها ستضع أربع '
                'مقاتلات بتصرف مهمة حماية الأجواء الأوكرانية.'))
    assert ("ESP", "air") in got and not any(a == "coalition-of-the-willing" for a, _ in got)
    got = pl(ex("وشارك القادة في اجتماع ترأسه ماكرون وستارمر، أعلنت خلاله خمس وعشرون دولة استعدادها للمساهمة "
                "بقوات أو معدات."))
    assert not any(a in ("FRA", "GBR", "emmanuel-macron", "keir-starmer") for a, _ in got)
