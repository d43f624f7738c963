"""Cue words of positions (``marsad.stance_rules.v1``): support, oppose, open, in both languages.

Words are separated by white space; the words of a phrase are joined by "_" ("ruled_out").
"""
from __future__ import annotations

VERSION = "marsad.stance_rules.v1"

SUPPORT = """
أيد أيدت أيدوا أيدا أيدتا يؤيد يؤيدان تؤيدان تؤيد يؤيدون تأييد تأييده تأييدها تأييدهم تأييدهما مؤيد مؤيدة
دعم دعمت دعموا دعما دعمتا يدعم تدعم يدعمون يدعمان تدعمان دعمه دعمها دعمهما
رحب رحبت رحبوا رحبا رحبتا يرحب ترحب يرحبان ترحبان ترحيب ترحيبه ترحيبها ترحيبهما
أصر أصرت أصروا أصرا أصرتا يصر تصر يصرون يصران تصران إصرار إصراره إصرارها إصرارهما
تمسك تمسكت تمسكوا تمسكا تمسكتا يتمسك تتمسك يتمسكان تتمسكان
طالب طالبت طالبوا طالبا طالبتا يطالب تطالب يطالبان تطالبان المطالبة مطالبة مطالبتها
دعا دعت دعوا دعتا يدعو تدعو يدعوان تدعوان الدعوات دعوات دعوته دعوتها
سعى سعت تسعى يسعى نسعى
وحث وحثت حثت حثوا يحث تحث يحثون
اقترح اقترحت اقترحوا يقترح تقترح طرحت طرحوا يطرح تطرح يطرحون
حشد
فضل فضلت فضلوا فضلتا يفضل تفضل يفضلان تفضلان تفضيل تفضيلها تفضيله
ساند ساندت يساند تساند
دافع دافعت دافعوا يدافع تدافع
تبنى تبنت يتبنى تتبنى
الحاجة_إلى ضرورة بضرورة
يقبل تقبل يقبلون نقبل بقبول قبوله قبولها
وافق وافقت وافقوا وافقا وافقتا يوافق توافق يوافقون يوافقان توافقان موافقة موافقتها موافقته
support supports supported supporting back backs backed backing welcome welcomes welcomed welcoming
favour favours favoured favor favors favored endorse endorses endorsed endorsing
insist insists insisted insisting urge urges urged urging champion champions championed
prefer prefers preferred advocate advocates advocated
pushed_for push_for pushing_for called_for calls_for call_for seek seeks sought
agreed_to agree_to agrees_to agreed accept accepts accepted
the_need_for the_need_to stressed_the_need
want wants wanted proposed proposes put_forward threw_their_weight_behind threw_its_weight_behind
throw_their_weight_behind throws_its_weight_behind hailed hails
تدفع_باتجاه يدفع_باتجاه دفعت_باتجاه دفع_باتجاه تدفع_نحو يدفع_نحو pushes_for
أساسا a_basis_for the_basis_for a_good_basis a_sound_basis
praise praises praised praising أشاد أشادت أشادوا أشادا يشيد تشيد يشيدون إشادة
احتفى احتفت احتفوا يحتفي تحتفي الاحتفاء بالاحتفاء celebrated celebrates celebrating
راهن راهنت يراهن تراهن يراهنون نقطة_انطلاق starting_point a_starting_point
approve approves approved approving stood_behind stands_behind stand_behind pressed_for presses_for press_for
pressing_for press pressed presses pressing pressured pressuring pressures اعترف اعترفت يعترف تعترف نعترف تسمح يسمح نسمح سمحت
demand demands demanded demanding appeal_for appeals_for appealed_for lobbying_for lobbied_for lobbies_for lobby_for
مشترطا مشترطة مشترطين اشترط اشترطت يشترط تشترط
متمسك متمسكة متمسكون متمسكين متمسكا متمسكان
داعيا داعية داعين مطالبا مطالبين مرحبا مرحبة مرحبين مؤيدا
thrown_his_weight_behind threw_his_weight_behind throws_his_weight_behind thrown_her_weight_behind
threw_her_weight_behind thrown_its_weight_behind thrown_their_weight_behind
ثمنت ثمنوا يثمن تثمن يثمنون
حماستها حماسته حماستهم حماستهما متحمسة متحمس متحمسون enthusiastic_about enthusiasm_for keen_on
تؤيده تؤيدها يؤيده يؤيدها تدعمه تدعمها يدعمه يدعمها تدعمهما يدعمهما
تقف_خلف يقف_خلف وقفت_خلف وقف_خلف نقف_خلف تقف_وراء يقف_وراء وقفت_وراء وقف_وراء
تقف_بقوة_خلف يقف_بقوة_خلف تقف_بحزم_خلف يقف_بحزم_خلف
طرح_فكرة طرحت_فكرة يطرح_فكرة تطرح_فكرة
قادت_الدعوات قاد_الدعوات تقود_الدعوات يقود_الدعوات تقود_المسعى يقود_المسعى تقودان_المسعى يقودان_المسعى
تقود_الجهود يقود_الجهود قادت_الجهود قاد_الجهود
أسفه_لعدم أسفها_لعدم أسفهم_لعدم أسفهما_لعدم
ترى_مكانا يرى_مكانا نرى_مكانا
floated floats floating floated_the_idea_of floats_the_idea_of
spearhead spearheads spearheaded spearheading led_the_push_for leads_the_push_for leading_the_push_for
led_calls_for led_the_calls_for made_the_case_for makes_the_case_for making_the_case_for make_the_case_for
made_the_case makes_the_case made_the_pitch makes_the_pitch making_the_pitch
agreeing_to called_on calling_on regretted_the_failure_to pressed_ahead_with press_ahead_with presses_ahead_with
pressing_ahead_with pushed_ahead_with push_ahead_with pushes_ahead_with
shares_that_view shared_that_view share_that_view shares_this_view shared_this_view shares_that_position
shared_that_position echoed echoes echoing يشاطر تشاطر شاطر شاطرت يشاطره تشاطره يشاطرها تشاطرها
step_towards step_toward a_step_towards a_step_toward a_step_closer_to خطوة_نحو خطوة_باتجاه خطوة_على_طريق
خطوة_مهمة_نحو خطوة_ملموسة_نحو خطوة_أولى_نحو regrets_the_failure_to
asking_for asks_for asked_for ask_for hoped_to_see hopes_to_see hope_to_see
"""
# Commitments: a position only on a topic named in the same clause ("will not send soldiers into
# Ukraine", "signed a declaration on deploying a multinational force").
COMMIT = """
signed sign signs send sends sending contribute contributes contributing deploy deploys
put_their_names_to
committed_to commits_to pledged pledges offered offers
وقع وقعا وقعت وقعتا وقعوا سترسل سيرسل ترسل يرسل تساهم يساهم ستساهم سيساهم تعهدت تعهد تلتزم التزمت
مستعدة_لنشر مستعد_لنشر مستعدة_لإرسال مستعد_لإرسال
stands_ready_to stood_ready_to stand_ready_to ماض_في ماضية_في ماضون_في ماضيان_في
ستنشر سينشر سننشر قد_تنشر قد_ينشر قد_ترسل قد_يرسل ستقدم سيقدم سنقدم ستوفر سيوفر
ستقيم سيقيم ستزود سيزود ستمول سيمول ستخصص سيخصص جهزت جهز ستجهز سيجهز
will_provide would_provide will_deploy would_deploy will_send would_send will_fund would_fund will_lead would_lead
has_promised promised will_station would_station commit intends_to intend_to intended_to
تنوي ينوي ننوي تعتزم يعتزم نعتزم
ستشارك سيشارك سنشارك will_take_part would_take_part will_participate would_participate
trade trading نعطي نتنازل يتنازل تتنازل أتنازل
نمول
"""
# Joining: a commitment only to a topic named right after the verb ("would not join the board").
JOIN = """
join joins joined joining انضمت انضم انضموا تنضم ينضم ستنضم سينضم put puts
"""
OPPOSE = """
عارض عارضت عارضوا عارضا عارضتا يعارض تعارض يعارضون يعارضان تعارضان معارضة معارضته معارضتها معارضتهم معارضتهما معارض معارضة الرافض الرافضة الرافضين
المعارض المعارضة_لنشر
رفض رفضت رفضوا رفضا رفضتا يرفض ترفض يرفضون يرفضان ترفضان رفضه رفضها رفضهم رفضهما رافض رافضة
تحفظ تحفظت يتحفظ تتحفظ تحفظات تحفظها تحفظه
استبعد استبعدت استبعدوا استبعدا استبعدتا يستبعد تستبعد
اعترض اعترضت يعترض تعترض
ندد نددت انتقد انتقدت ينتقد تنتقد
oppose opposes opposed opposing reject rejects rejected rejecting
ruled_out rules_out rule_out ruling_out resist resists resisted block blocks blocked blocking
veto vetoes vetoed criticised criticized criticise criticize object objects objected
refuse refuses refused dismissed dismisses declined declines stayed_away_from
not_on_the_table off_the_table non-negotiable ليس_مطروحا ليست_مطروحة غير_مطروح غير_قابل_للتفاوض
ruled_this_out ruled_it_out rules_it_out rule_it_out ruled_that_out
unwilling_to not_willing_to balked_at balks_at balk_at condemn condemns condemned condemning denounced
denounces slammed تمانع يمانع نمانع مانعت reservations_about reservations_over reservations_on refusal objection objections turned_down turn_down turns_down turning_down
اعتراض اعتراضه اعتراضها اعتراضهم اعتراضهما
poured_cold_water_on pours_cold_water_on pouring_cold_water_on out_of_the_question غير_وارد
stay_out_of stays_out_of stayed_out_of staying_out_of
رافضا رافضين معارضا
ترفضه ترفضها يرفضه يرفضها ترفضهما يرفضهما تعارضه تعارضها يعارضه يعارضها يرفضونه يعارضونه
أغلق_الباب_أمام أغلقت_الباب_أمام يغلق_الباب_أمام تغلق_الباب_أمام أغلقوا_الباب_أمام أوصد_الباب_أمام
أوصدت_الباب_أمام يوصد_الباب_أمام توصد_الباب_أمام
وقف_حجر_عثرة وقفت_حجر_عثرة يقف_حجر_عثرة تقف_حجر_عثرة وقفوا_حجر_عثرة
حذر_من حذرت_من حذروا_من حذرا_من يحذر_من تحذر_من يحذرون_من محذرا_من محذرة_من محذرين_من
لسنا_في_وارد ليس_في_وارد ليست_في_وارد لست_في_وارد لسنا_بوارد ليست_بوارد ليس_بوارد
هدد_بالرد_على هددت_بالرد_على يهدد_بالرد_على تهدد_بالرد_على توعد_بالرد_على توعدت_بالرد_على
يتوعد_بالرد_على تتوعد_بالرد_على
warned_against warns_against warning_against warn_against cautioned_against cautions_against
cautioning_against closed_the_door_on closes_the_door_on closing_the_door_on shut_the_door_on shuts_the_door_on
brushed_off brushes_off brushing_off shrugged_off shrugs_off waved_away waved_off dismissive_of
stood_in_the_way_of stand_in_the_way_of stands_in_the_way_of standing_in_the_way_of stand_in_the_way
stood_in_the_way stands_in_the_way no_basis_for saw_no_basis_for sees_no_basis_for held_out holding_out
threatened_to_retaliate threatens_to_retaliate retaliate_against no_basis
no_intention_of no_intention_to has_no_intention لا_نية_لديها لا_نية_لديه لا_نية_لها لا_نية_له
حذر حذرت حذروا يحذر تحذر يحذرون محذرا محذرة
الاكتفاء اكتفى اكتفت يكتفي تكتفي ستكتفي سيكتفي مكتفيا مكتفية مكتفين limit_itself_to limited_itself_to
limits_itself_to confine_itself_to confined_itself_to confines_itself_to
لا_نملك_الحق لا_نملك_أي_حق لا_يملك_الحق لا_تملك_الحق ليس_لدينا_الحق ليس_لدينا_أي_حق لا_يحق_لنا لا_يحق_لأحد
have_no_right_to has_no_right_to no_one_has_the_right_to
قاد_المعارضة قادت_المعارضة يقود_المعارضة تقود_المعارضة قاد_معارضة قادت_معارضة led_the_opposition_to
leads_the_opposition_to leading_the_opposition_to led_opposition_to leads_opposition_to
لا_ترى_جدوى لا_يرى_جدوى لا_نرى_جدوى لم_تر_جدوى لم_ير_جدوى لا_يرون_جدوى
sees_no_point_in saw_no_point_in see_no_point_in sees_little_point_in saw_little_point_in
لا_تملك_حقا لا_يملك_حقا لا_نملك_حقا لا_يملكون_حقا ليس_لها_حق ليس_له_حق ليس_لنا_حق
ليست_في_وضع_يسمح ليس_في_وضع_يسمح لسنا_في_وضع_يسمح لست_في_وضع_يسمح not_in_a_position_to
الاعتراض_على قادت_الاعتراض قاد_الاعتراض تقود_الاعتراض يقود_الاعتراض
would_not_discuss will_not_discuss won't_discuss wouldn't_discuss لن_تناقش لن_يناقش لن_نناقش لن_تبحث لن_يبحث لن_نبحث
لن_تمول لن_يمول لن_نمول
"""
OPEN = """
انفتاح انفتاحها انفتاحه انفتاحهم انفتاحهما منفتح منفتحة منفتحون
استعداد استعدادها استعداده استعدادهم استعدادهما مستعد مستعدة
openness open_to signalled_openness signaled_openness willing_to_consider considering
questioned_whether questions_whether questioning_whether sceptical_of sceptical_about skeptical_of skeptical_about
wary_of doubts_about doubted_whether cast_doubt_on casts_doubt_on شكك شككت يشكك تشكك مشككا مشككة
kept_its_options_open keeps_its_options_open keep_its_options_open keeping_its_options_open
kept_their_options_open keep_their_options_open kept_the_door_open keeps_the_door_open left_the_door_open
leaves_the_door_open leave_the_door_open أبقى_الباب_مفتوحا أبقت_الباب_مفتوحا يبقي_الباب_مفتوحا تبقي_الباب_مفتوحا
ترك_الباب_مفتوحا تركت_الباب_مفتوحا يترك_الباب_مفتوحا تترك_الباب_مفتوحا
no_reason_to_rule_out لا_يرى_ما_يمنع لا_ترى_ما_يمنع لا_نرى_ما_يمنع لا_مانع
warmed_to warms_to warming_to is_weighing was_weighing are_weighing were_weighing weighing_whether weighs_whether
reluctant reluctance hesitant hesitancy less_forthcoming in_no_hurry_to in_no_hurry
متردد مترددة مترددون مترددين مترددا تتردد يتردد يترددون ترددها تردده
تتجنب يتجنب تجنبت تتحاشى يتحاشى avoids avoided avoiding steered_clear_of steers_clear_of
تدرس_إمكانية يدرس_إمكانية تدرس_بجدية يدرس_بجدية ندرس_بجدية
متشكك متشككة متشككون متشككين متشككا
"""
# Reluctance (also in OPEN): not to hesitate is to be for it ("لن تتردد في فرض عقوبات إضافية").
RELUCTANT = """
reluctant reluctance hesitant hesitancy less_forthcoming متردد مترددة مترددون مترددين مترددا تتردد يتردد يترددون
ترددها تردده
"""
# Words inside a quotation that state what the speaker wants: the speaker supports the topic.
QUOTE_SUPPORT = """
نسعى نريد نحتاج نحن_بحاجة يجب ضروري ضرورية تتطلب يتطلب نطالب ندعو ندعم نؤيد
we_need we_must we_want we_seek we_support must should essential requires need demands demand
one_way_or_another بطريقة_أو_بأخرى
had_to has_to have_to
"""
# Phrases that hold a cue word but state no position ("على وقع المفاوضات": amid the talks; "فضلًا عن": besides;
# "اكتفى بالقول إن": merely said that).
NOT_POSITION = """
على_وقع وعلى_وقع فضلا_عن on_the_basis_for on_the_basis_of
حذر_من_أن حذرت_من_أن حذروا_من_أن يحذر_من_أن تحذر_من_أن محذرا_من_أن محذرة_من_أن حذر_من_ان حذرت_من_ان
محذرا_من_ان held_out_hope holds_out_hope held_out_the_prospect holds_out_the_prospect held_out_the_possibility
اكتفى_بالقول اكتفت_بالقول اكتفوا_بالقول يكتفي_بالقول تكتفي_بالقول مكتفيا_بالقول مكتفية_بالقول
اكتفى_بالإشارة اكتفت_بالإشارة يكتفي_بالإشارة تكتفي_بالإشارة مكتفيا_بالإشارة مكتفية_بالإشارة
اكتفى_بالتعليق اكتفت_بالتعليق اكتفى_بالرد اكتفت_بالرد
"""
# Sharing another's position: the stances of the actors named before, or of the one whose line is named
# ("Israel's government shares that view", "Fico, who has echoed Budapest's line"); also in SUPPORT.
SHARE = """
shares_that_view shared_that_view share_that_view shares_this_view shared_this_view shares_that_position
shared_that_position echoed echoes echoing يشاطر تشاطر شاطر شاطرت يشاطره تشاطره يشاطرها تشاطرها
"""
# Doing with less: the topic spoken of is turned down ("أما ألمانيا فتفضّل الاكتفاء بدعم لوجستي", "limited itself to
# air support"); these words are also in OPPOSE and name no topic after them.
LIMIT = """
الاكتفاء اكتفى اكتفت يكتفي تكتفي ستكتفي سيكتفي مكتفيا مكتفية مكتفين limit_itself_to limited_itself_to
limits_itself_to confine_itself_to confined_itself_to confines_itself_to
"""
# Words of obligation: in a "that"-clause after a cue, the topic after them is what the actor asks for
# ("insisted that any provision touching sanctions must have the consent of ...").
MODALS = """
يجب ينبغي لا_بد must should has_to have_to had_to needs_to need_to
"""
# Arabic names of states (and their capitals) that take a masculine verb; every other state or city is feminine
# ("أعلنت مصر", "رحب الأردن"): a masculine verb right before a feminine name is not that name's
# ("ويطالب إسرائيل بالانسحاب": the name is the one asked).
MASCULINE_NAMES = """
الأردن العراق المغرب السودان لبنان اليمن البحرين الفاتيكان الصومال الكرملين البنتاغون
"""
# Arabic verbs of calling whose past stem is masculine with no ending ("دعا", "طالب"; not "رفض", which is also
# the noun "refusal" whose genitive is its subject).
AR_CALL_PAST = """
دعا طالب حث ناشد
"""
# A text adopted by a body speaks for it: "أقر مجلس الجامعة قرارًا ...؛ وشدد القرار على ...", "the council adopted
# a resolution ... The resolution also calls for ...". The verbs of adopting and the nouns of the texts
# (indefinite when adopted, definite when spoken of again).
ADOPT_VERBS = """
أقر أقرت أقروا اعتمد اعتمدت اعتمدوا أصدر أصدرت أصدروا تبنى تبنت تبنوا
adopted passed approved issued released
"""
ADOPTED_TEXTS = """
قرارا بيانا إعلانا resolution statement declaration communique communiqué
"""
ADOPTED_TEXT_REFS = """
القرار البيان الإعلان the_resolution the_statement the_declaration the_communique the_communiqué
"""
# Verbs of pressing that are a call only with an addressee and "to" after them ("pressed Kyiv to sign up to the
# plan"; not "pressed reporters", "pressing concerns"); also in SUPPORT.
PRESS = """
press pressed presses pressing pressured pressuring pressures
"""
# Tying one thing to another: the first is offered on a condition (open), the second asked for ("tying its
# contribution to a path to statehood", "ربطت واشنطن أي تمويل للإعمار بنزع السلاح", "conditioned its support on").
TIE = """
tie ties tied tying links linking linked conditions conditioned conditioning
ربط ربطت ربطوا ربطا يربط تربط يربطون يربطان تربطان رابطا رابطة
"""
# Nouns that name two actors named together before ("Britain and France ... Both hosts urged"): leaders
# (two people, or the two states they lead) and states.
PAIR_LEADERS = """
both_hosts the_two_hosts both_leaders the_two_leaders both_men the_two_men both_presidents the_two_presidents
both_co-chairs the_two_co-chairs the_co-chairs both_mediators the_two_mediators both_ministers the_two_ministers
الوسيطان الوسيطين الوزيران الوزيرين
الزعيمان الزعيمين القائدان القائدين الرئيسان الرئيسين كلا_الزعيمين كلا_الرئيسين
"""
PAIR_STATES = """
both_countries the_two_countries both_governments the_two_governments both_capitals the_two_capitals
البلدان البلدين الدولتان الدولتين العاصمتان العاصمتين الحكومتان الحكومتين كلا_البلدين
"""
# A bare plan noun names the plan the article spoke of last: the case's plan, or a plan to do what
# another topic names ("سقطت خطة «قرض التعويضات» ... أوربان، الذي عارض الخطة منذ البداية").
BARE_PLAN = """
الخطة هذه_الخطة تلك_الخطة الخطة_نفسها the_plan this_plan that_plan the_scheme this_scheme
"""
# Conditions in a quote: after a negation, what a thing cannot be without is asked for ("لن تكتمل الهدنة من
# دون انسحاب إسرائيلي كامل", "no peace will hold unless Ukraine has strong guarantees").
REQUIRE = """
من_دون بدون ما_لم without unless لا_تتضمن لا_يتضمن لا_تشمل لا_يشمل does_not_include doesn't_include
"""
# Judgements that oppose what they judge; the judge is the subject of the sentence ("The Kremlin has warned
# that it regards any Western troops in Ukraine as a legitimate target", "حذرت موسكو من أن أي قوات غربية
# ستُعد أهدافًا مشروعة").
JUDGE_OPPOSE = """
legitimate_target legitimate_targets a_provocation هدفا_مشروعا أهدافا_مشروعة استفزازا
سيقوض ستقوض يقوض تقوض would_undermine will_undermine undermines premature سابق_لأوانه سابقا_لأوانه
a_red_line red_line خطا_أحمر خط_أحمر
أهداف_مشروعة هدف_مشروع سرقة سرقة_موصوفة theft robbery an_escalation escalation تصعيدا تصعيد_خطير
a_trap فخا فخ a_gift_to هدية_لموسكو هدية_لروسيا economic_warfare حربا_اقتصادية حرب_اقتصادية
capitulation استسلاما استسلام_مقنع
تهديدا_مباشرا تهديدا_لأمن تهديدا_خطيرا a_threat_to a_direct_threat a_serious_threat تدخلا_مباشرا تدخلا_عسكريا
prolong_the_conflict prolong_the_war prolongs_the_war prolong_the_fighting يطيل_أمد_الحرب يطيل_أمد_الصراع
تطيل_أمد_الحرب تطيل_أمد_الصراع سيطيل_أمد_الحرب ستطيل_أمد_الحرب إطالة_أمد_الحرب إطالة_أمد_الصراع
direct_involvement direct_intervention إعلان_حرب إعلانا_للحرب declaration_of_war an_act_of_war act_of_aggression
يطيل_أمد_النزاع تطيل_أمد_النزاع سيطيل_أمد_النزاع ستطيل_أمد_النزاع إطالة_أمد_النزاع prolongs_the_conflict
أهدافا_قتالية_مشروعة أهدافا_عسكرية_مشروعة هدفا_عسكريا_مشروعا legitimate_military_targets legitimate_military_target
طرفا_مباشرا_في_النزاع طرفا_في_النزاع طرفا_مباشرا_في_الحرب طرفا_في_الحرب a_party_to_the_conflict a_party_to_the_war
madness ضرب_من_الجنون a_prize_for جائزة_للإرهاب مكافأة_للإرهاب a_reward_for_terror wish_list
"""
# Judgements that support what they judge, said of the topic before them ("NATO membership remains the
# strongest guarantee", "الانضمام إلى الحلف يبقى الضمانة الأرخص", "السلطة هي العنوان الشرعي").
JUDGE_SUPPORT = """
the_sole_legitimate the_only_legitimate the_sole_representative الجهة_الشرعية_الوحيدة الممثل_الشرعي_الوحيد
the_best_guarantee the_strongest_guarantee the_only_guarantee the_surest_guarantee the_cheapest_guarantee
the_best_chance the_best_hope the_only_way the_only_address the_legitimate_address the_only_realistic_route
cannot_wait could_not_wait can't_wait
would_be_welcome will_be_welcome would_be_welcomed will_be_welcomed
الضمانة_الأفضل الضمانة_الأقوى الضمانة_الأرخص الضمانة_الأنجع الضمانة_الوحيدة الضمانة_الحقيقية أفضل_ضمانة أقوى_ضمانة
خير_ضمانة الضمان_الوحيد أفضل_فرصة الفرصة_الأفضل السبيل_الوحيد الطريق_الوحيد العنوان_الشرعي العنوان_الوحيد
لا_تحتمل_التأجيل لا_يحتمل_التأجيل لا_تحتمل_الانتظار لا_يحتمل_الانتظار
لا_غنى_عنها لا_غنى_عنه indispensable شرطا_لا_يمكن شرط_لا_يمكن شرطا_لا_تراجع_عنه شرط_لا_تراجع_عنه شرطا_أساسيا شرط_أساسي
"""
# Words near which the rarer readings are tried (their full patterns run only close to one), found in the case's
# one scan: a negation, a condition, a precondition, a word denying a topic's noun.
HINTS = {
    "neg": "لن not never no cannot won't wouldn't can't",
    "hypo": "until unless if once حتى لحين ريثما إذا لو ما_لم في_حال",
    "wait": "until unless before حتى لحين ريثما قبل طالما ما_لم",
    "receipt": "if provided providing once exchange return إذا شرط شريطة بشرط مقابل condition conditional contingent "
               "conditioned",
    "before": "before without_first قبل",
    "pre": "شرط شرطا condition precondition prerequisite",
    "deny": "عدم non nor no without دون بدون تجميد تخزين freeze freezes freezing store stores storing lift lifts lifted lifting ease "
            "eases eased easing scrap scraps scrapped scrapping رفع تخفيف",
}


# Arabic verb families: every form of a verb of position, so that a wording the lists above did not meet
# ("نرفض", "رفضناه", "تحفظاتها", "اعتراضات", "يستنكرون") is still a cue. A family is (past stem, present stem,
# verbal nouns, participle); an empty slot is skipped where the form would read as another word (أصرّ has no
# participle: "مصر" is Egypt; قَبِل has no bare past: "قبل" is "before"; دافع has no verbal noun: "دفاع" is defence).
_OBJ = ("", "ه", "ها", "هما", "هم")  # object pronouns on verbs
_POSS = ("", "ه", "ها", "هما", "هم", "نا")  # possessive pronouns on nouns


def _noun_forms(noun: str) -> list[str]:
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    out = [noun] + [stem + p for p in _POSS[1:]]
    if noun.endswith("ة"):  # feminine plural: معارضات، مطالبات
        out += [noun[:-1] + "ات" + p for p in _POSS]
    return out


def ar_family(past: str, present: str, nouns: str = "", participle: str = "", *, bare_past: bool = True,
              first_plural: bool = True) -> str:
    """The forms of one Arabic verb of position, as a block of cue words."""
    forms: list[str] = []
    if past:
        for end in (("",) if bare_past else ()) + ("ت", "وا", "ا", "تا", "نا", "تم"):
            base = past + end
            objs = _OBJ if end != "وا" else ("",)
            forms += [base + o for o in objs]
            if end == "وا":
                forms += [past + "و" + o for o in _OBJ[1:]]
    if present:
        heads = ("ي", "ت", "أ") + (("ن",) if first_plural else ())
        for h in heads:
            forms += [h + present + o for o in _OBJ]
        for h in ("ي", "ت"):
            forms += [h + present + "ون" + o for o in _OBJ] + [h + present + "ان" + o for o in _OBJ]
    for noun in nouns.split():
        forms += _noun_forms(noun)
    if participle:
        forms += [participle + e for e in ("", "ة", "ون", "ين", "ان", "ا")]
    return " ".join(dict.fromkeys(forms))


AR_SUPPORT_FAMILIES = " ".join([
    ar_family("أيد", "ؤيد", "تأييد", "مؤيد"),
    ar_family("دعم", "دعم", "", "داعم"),
    ar_family("رحب", "رحب", "ترحيب", "مرحب"),
    ar_family("ساند", "ساند", "مساندة", "مساند"),
    ar_family("وافق", "وافق", "موافقة", "موافق"),
    ar_family("فضل", "فضل", "تفضيل", ""),
    ar_family("أصر", "صر", "إصرار", "", first_plural=False),
    ar_family("تمسك", "تمسك", "تمسك", "متمسك"),
    ar_family("طالب", "طالب", "مطالبة", ""),
    ar_family("اشترط", "شترط", "اشتراط", "مشترط"),
    ar_family("قبل", "قبل", "قبول", "", bare_past=False),
    ar_family("حبذ", "حبذ", "تحبيذ", "محبذ"),
    ar_family("أشاد", "شيد", "إشادة", "مشيد"),
])
AR_OPPOSE_FAMILIES = " ".join([
    ar_family("رفض", "رفض", "رفض", "رافض"),
    ar_family("عارض", "عارض", "معارضة", ""),
    ar_family("اعترض", "عترض", "اعتراض اعتراضات", "معترض"),
    ar_family("تحفظ", "تحفظ", "تحفظ تحفظات", "متحفظ"),
    ar_family("استبعد", "ستبعد", "استبعاد", ""),
    ar_family("ندد", "ندد", "تنديد", "مندد"),
    ar_family("استنكر", "ستنكر", "استنكار", "مستنكر"),
    ar_family("أدان", "دين", "إدانة", ""),
    ar_family("انتقد", "نتقد", "انتقاد", "منتقد"),
    ar_family("عرقل", "عرقل", "عرقلة", "معرقل"),
])

# Phrase families (each {a|b|} group is one of its choices, as in case files): the nouns, adjectives and
# prepositions of position in English ("its opposition to", "remains firmly against", "in favour of",
# "could consider") and Arabic phrases of the same kind ("تقف ضد", "أبدت مرونة إزاء").
SUPPORT_PHRASES = [
    "{its|their|his|her|our|strong|firm|full|broad|} {support|backing} for",
    "{its|their|his|her|} endorsement of",
    "in {favour|favor} of", "{supportive|a supporter|a proponent|an advocate|a champion} of",
    "{argued|argues|arguing|vote|voted|votes|voting|spoke out|speaks out} for",
    "{ready|prepared|willing} to {lead|back|support|join|take part in}",
    # keeping to an agreement is a stand for it ("will keep abiding by the ceasefire", "ستواصل الالتزام بوقف
    # إطلاق النار", "صوتت لصالح القرار"; not "لمراقبة الالتزام بالهدنة", to monitor it)
    "{abide|abides|abiding|abided|adhere|adheres|adhering|adhered|stick|sticks|sticking|stuck} {by|to}",
    "{التزامها|التزامه|التزامهم|التزامهما|ملتزمة|ملتزم|ملتزمون|ملتزمين|ملتزما}",
    "{ستواصل|سيواصل|تواصل|يواصل|واصلت|واصل|مواصلة} الالتزام",
    "{صوتت|صوت|صوتوا|تصوت|يصوت} لصالح",
]
OPPOSE_PHRASES = [
    "{its|their|his|her|our|strong|firm|fierce|staunch|} {opposition|objection|objections|resistance|hostility} to",
    "{its|their|his|her|our|flat|firm|outright|} rejection of",
    "{is|are|was|were|remains|remained|stays|stayed|firmly|strongly|squarely|came out|comes out|pushed back|"
    "pushes back|push back|pushing back|argued|argues|arguing|spoke out|speaks out|lobbied|vote|voted|votes|voting} "
    "against",
    "{hostile|opposed} to", "{an opponent|opponents|a critic|critical} of", "pushed back on", "pushes back on",
    "rebuffed", "rebuffs", "rebuff", "spurned", "spurns",
    "{boycott|boycotts|boycotted|boycotting}", "{قاطع|قاطعت|قاطعوا|يقاطع|تقاطع|ستقاطع|سيقاطع}",
    "{تقف|يقف|وقفت|وقف|يقفون|تقفان|يقفان|صوتت|صوت|صوتوا|تصوت|يصوت} {ضد|في وجه}",
]
OPEN_PHRASES = [
    "{could|would|might|may} consider", "{ready|prepared|willing} to {consider|discuss|look at|examine|study}",
    "open to {discussing|considering|talks on|a discussion of}",
    "{مرونة|مرونتها|مرونته|مرونتهم|مرونة أكبر} {إزاء|تجاه|بشأن|حيال|في}",
]
# A counter-proposal answers the plan spoken of without taking it as it stands (open on that plan, whatever the
# counter-proposal itself contains): "circulated a counter-proposal that would allow ...", "قدمت فرنسا وألمانيا مقترحًا
# مضادًا". Read as cues of openness; in Arabic the object alone (its accusative alif), as the subject may stand between.
COUNTER_PHRASES = [
    "{circulated|circulates|circulating|put forward|puts forward|drafted|drafts|drew up|draws up|presented|presents|"
    "submitted|submits|tabled|tables|sent|sends|offered|offers} {a|an|their|its|} {counter-proposal|counterproposal|"
    "counter-plan|counteroffer|counter-offer|counter-draft}",
    "{مقترحا|اقتراحا|مشروعا} مضادا",  # the accusative (its alif): what an actor put forward
]
# A definite common noun that refers back to an organisation the article named before ("الحركة", "the
# alliance", "the bloc"): the holder of a position is the last actor of its kind named earlier. A kind is the
# words its names hold ("حركة", "Movement") or the actors listed for it. Only a holder: never a mention.
# (nouns, words of the names of its kind, actors of its kind)
BACKREFS = (
    ("الحركة the_movement", "حركة movement", "hamas palestinian-islamic-jihad houthis"),
    ("الجماعة الفصيل the_group the_militant_group", "", "hamas palestinian-islamic-jihad hezbollah houthis"),
    ("الحزب the_party", "حزب party", ""),
    ("الحلف the_alliance", "حلف alliance", "nato"),
    ("التكتل the_bloc", "", "european-union"),
    ("الوزارة the_ministry", "وزارة ministry", ""),
    ("الهيئة", "هيئة", ""),
    ("الوكالة the_agency", "وكالة agency", ""),
)
