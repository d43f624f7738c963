import datetime as dt
import json

import pytest

from marsad.errors import KnowledgeBaseError
from marsad.kb import load_kb


def test_kb_every_un_member_and_observer_state(kb):
    countries = [a for a in kb if a.type == "country"]
    ids = {a.id for a in countries}
    assert len(ids) == 197
    assert {"VAT", "PSE", "XKX", "TWN", "FRA", "UKR", "RUS", "USA", "NZL", "TUV"} <= ids
    assert all(len(i) == 3 and i.isupper() for i in ids)


def test_kb_country_names_come_from_libraries_and_data(kb):
    fra = kb["FRA"]
    names = {a.text for a in fra.aliases}
    assert "French Republic" in names  # pycountry's official name
    assert "فرنسا" in names
    usa = {a.text for a in kb["USA"].aliases}
    assert {"أمريكا", "أميركا", "الولايات المتحدة", "United States of America", "U.S."} <= usa


def test_kb_arabic_demonyms_in_all_forms(kb):
    forms = {a.text for a in kb["FRA"].aliases if a.kind == "demonym"}
    assert {"الفرنسي", "الفرنسية", "الفرنسيون", "الفرنسيين", "فرنسي", "French"} <= forms
    assert "الأتراك" in {a.text for a in kb["TUR"].aliases}


def test_kb_capitals_and_seats_stand_for_their_state(kb):
    assert kb["kremlin"].stands_for == "RUS"
    assert kb["kremlin"].name == "Kremlin"
    kyiv = kb["kyiv"]
    assert kyiv.stands_for == "UKR" and "Kiev" in {a.text for a in kyiv.aliases}
    assert kb["downing-street"].stands_for == "GBR"


def test_kb_organisations_with_arabic_names(kb):
    nato = {a.text for a in kb["nato"].aliases}
    assert {"NATO", "الناتو", "حلف شمال الأطلسي"} <= nato
    assert kb["european-commission"].part_of == "european-union"


def test_kb_role_holder_on_the_document_date(kb):
    assert kb.holder("president", country="FRA", on=dt.date(2025, 11, 25)).name == "Emmanuel Macron"
    assert kb.holder("prime-minister", country="GBR", on=dt.date(2024, 3, 1)).name == "Rishi Sunak"
    assert kb.holder("prime-minister", country="GBR", on=dt.date(2025, 3, 1)).name == "Keir Starmer"
    assert kb.holder("chancellor", country="DEU", on=dt.date(2025, 1, 1)).name == "Olaf Scholz"
    assert kb.holder("chancellor", country="DEU", on=dt.date(2025, 11, 25)).name == "Friedrich Merz"
    assert kb.holder("secretary-general", org="nato", on=dt.date(2025, 11, 25)).name == "Mark Rutte"


def test_kb_user_file_extends_the_base(tmp_path):
    f = tmp_path / "mine.jsonl"
    f.write_text(json.dumps({"id": "jane-analyst", "type": "person", "name": "Jane Analyst",
                             "name_ar": "جين أناليست", "aliases_en": ["Jane Analyst"],
                             "roles": [{"title": "envoy", "country": "NOR", "start": "2025-01-01"}]}) + "\n"
                 + json.dumps({"id": "FRA", "type": "country", "name": "France", "aliases_ar": ["بلاد الغال"]}) + "\n",
                 encoding="utf-8")
    kb = load_kb([f])
    assert kb["jane-analyst"].roles[0].country == "NOR"
    assert "بلاد الغال" in {a.text for a in kb["FRA"].aliases}
    assert "فرنسا" in {a.text for a in kb["FRA"].aliases}  # kept from the base


def test_kb_bad_user_file_names_file_and_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "x", "type": "person", "name": "X"}\nnot json\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as e:
        load_kb([f])
    assert "bad.jsonl" in str(e.value) and "line 2" in str(e.value)


def test_kb_data_files_parse_and_ids_are_unique():
    from importlib import resources

    seen = set()
    for name in ("countries.jsonl", "organizations.jsonl", "places.jsonl", "people.jsonl"):
        for line in (resources.files("marsad.kb") / "data" / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            assert rec["id"] not in seen, rec["id"]
            seen.add(rec["id"])


# --------------------------------------------------------------------------- breadth of the shipped base
def _ids(doc):
    return {m.entity.id for m in doc.mentions}


def test_kb_ukrainian_regions_and_front_line_towns(ex):
    doc = ex("Russian troops pressed on Siversk and Kupiansk while drones hit the Ternopil region and Kyiv Oblast.")
    assert {"siversk", "kupiansk", "ternopil", "kyiv-oblast"} <= _ids(doc)
    doc = ex("وتقدمت القوات الروسية نحو سيفيرسك وفوفتشانسك، فيما استهدفت مسيّرات منطقة ترنوبل، وكان لخاركيف نصيبها "
             "من القصف ولزابوروجيا أيضًا.")
    assert {"siversk", "vovchansk", "ternopil", "kharkiv", "zaporizhzhia"} <= _ids(doc)


def test_kb_russian_regions_and_us_venues(ex):
    doc = ex("Drones targeted a residence in the Novgorod region days after talks in Hallandale Beach, Fla., and "
             "a meeting in Palm Beach.")
    assert {"veliky-novgorod", "hallandale-beach", "florida", "palm-beach"} <= _ids(doc)
    doc = ex("وجرت المحادثات في هالانديل بيتش بولاية فلوريدا، بعد أيام من هجوم بالمسيرات على منطقة نوفغورود.")
    assert {"hallandale-beach", "florida", "veliky-novgorod"} <= _ids(doc)


def test_kb_institutions_in_both_languages(ex):
    doc = ex("The bill cleared the US Senate. The GRU, the Ukrainian Air Force and the UAE Foreign Ministry were "
             "cited at the World Economic Forum, and Nato's chief spoke.")
    assert {"us-senate", "gru", "ukrainian-air-force", "uae-foreign-ministry", "world-economic-forum",
            "nato"} <= _ids(doc)
    doc = ex("وصوّت أعضاء بالكونغرس على القانون، وقالت القوات الجوية الأوكرانية إن الدفاعات تصدت للهجوم، "
             "وأصدرت وزارة الطاقة الأوكرانية بيانًا، ونُسب الهجوم للموساد في المنتدى الاقتصادي العالمي.")
    assert {"us-congress", "ukrainian-air-force", "ukrainian-energy-ministry", "mossad",
            "world-economic-forum"} <= _ids(doc)


def test_kb_officials_quoted_in_the_talks(ex, kb):
    doc = ex("Israel's army chief Eyal Zamir and Oman's Badr Albusaidi met Senate leader John Thune.")
    assert {"eyal-zamir", "badr-albusaidi", "john-thune"} <= _ids(doc)
    doc = ex("والتقى بدر البوسعيدي بعلي لاريجاني، فيما حذّر يوري إغنات من هجمات جديدة.")
    assert {"badr-albusaidi", "ali-larijani", "yuriy-ihnat"} <= _ids(doc)
    assert kb.holder("army-chief", country="ISR", on=dt.date(2025, 12, 1)).name == "Eyal Zamir"
    assert kb.holder("army-chief", country="ISR", on=dt.date(2024, 6, 1)).name == "Herzi Halevi"
    assert kb.holder("president", country="CHE", on=dt.date(2026, 2, 1)).name == "Guy Parmelin"


def test_kb_common_words_and_shared_surnames_are_not_actors(ex):
    # كيف is "how" (Kyiv is written كييف); a bare shared or common surname is no one until the full name is read
    doc = ex("كيف يمكن أن تنتهي الحرب؟ وتساءل المحلل: كيف ستُضمن الهدنة؟ وقال فليتشر وبولس إن الوقت ينفد.")
    assert not {"kyiv", "tom-fletcher", "massad-boulos"} & _ids(doc)
    doc = ex("Fletcher, Fedorov and a Turk said the cap on Ukraine's armed forces would be 800,000.")
    assert not {"tom-fletcher", "ivan-fedorov", "volker-turk", "ukrainian-armed-forces"} & _ids(doc)
    # "the quint" and "lyman" in lower case are words, not the format and the town
    doc = ex("He played the quint on a lyman chord.")
    assert not {"quint", "lyman"} & _ids(doc)


def test_kb_arab_and_israeli_officials_and_news_outlets(ex, kb):
    doc = ex("Arab League chief Ahmed Aboul Gheit, Algeria's Ahmed Attaf and Israeli foreign ministry spokesman Oren "
             "Marmorstein spoke, Reuters and AFP reported, citing the Associated Press, Kan and Channel 12. The "
             "security cabinet met as COGAT, KSrelief and the Egyptian Red Crescent moved aid.")
    assert {"ahmed-aboul-gheit", "ahmed-attaf", "oren-marmorstein", "reuters", "afp", "associated-press", "kan",
            "channel-12", "israeli-security-cabinet", "cogat", "ksrelief", "egyptian-red-crescent"} <= _ids(doc)
    doc = ex("وقال أحمد أبو الغيط وسامح شكري لوكالة الأنباء السعودية (واس) وهيئة البث الإسرائيلية وصحيفة هآرتس، "
             "فيما نقلت وكالة الأناضول عن المجلس الوزاري المصغر (الكابينت) وعن منسق أعمال الحكومة في المناطق.")
    assert {"ahmed-aboul-gheit", "sameh-shoukry", "spa", "kan", "haaretz", "anadolu-agency",
            "israeli-security-cabinet", "cogat"} <= _ids(doc)
    assert kb.holder("secretary-general", org="arab-league", on=dt.date(2025, 11, 25)).name == "Ahmed Aboul Gheit"
    assert kb.holder("foreign-minister", country="DZA", on=dt.date(2025, 11, 25)).name == "Ahmed Attaf"
    assert kb.holder("foreign-minister", country="EGY", on=dt.date(2023, 5, 1)).name == "Sameh Shoukry"
    assert kb.holder("foreign-minister", country="EGY", on=dt.date(2025, 5, 1)).name == "Badr Abdelatty"


def test_kb_outlet_acronyms_that_are_ordinary_words_are_not_aliases(ex):
    # كان (was), وأم (and a mother), قنا (Qena, spears), كونا (we formed), بترا (amputation), وفا, الجزيرة
    # (the island), العربية (Arabic), الأناضول (Anatolia) are words first: only the agencies' longer names link
    doc = ex("كان الوضع صعبًا، فقد فقدت أب وأم، وكوّنا في قنا فريقًا، وشهد بترًا للأطراف، ووفا بوعده في شبه "
             "الجزيرة العربية وفي هضبة الأناضول.")
    assert not {"kan", "wam", "qna", "kuna", "petra", "wafa", "al-jazeera", "al-arabiya", "anadolu-agency"} & _ids(doc)
    # Petra the ancient city, the MENA region and a hotel spa are not the agencies
    doc = ex("Tourists returned to Petra as growth in the MENA region picked up and the hotel spa reopened.")
    assert not {"petra", "mena", "spa"} & _ids(doc)


def test_kb_gaza_local_bodies_and_places_in_the_case():
    from marsad.api import load_pipeline, make_doc
    from marsad.settings import Options

    nlp = load_pipeline(Options(case="gaza-ceasefire"))
    doc = nlp(make_doc("قال الدفاع المدني في غزة والمكتب الإعلامي الحكومي إن غارات أصابت حي الشجاعية والمواصي "
                       "وبيت حانون والنصيرات، وأُغلق معبر زيكيم.", date="2025-11-25"))
    assert {"gaza-civil-defence", "gaza-government-media-office", "shujaiya", "al-mawasi", "beit-hanoun",
            "nuseirat", "zikim"} <= _ids(doc)
    doc = nlp(make_doc("Gaza's civil defence agency said strikes hit Shujaiya, al-Mawasi and Nuseirat near the "
                       "Philadelphia corridor; aid came through Kissufim.", date="2025-11-25"))
    assert {"gaza-civil-defence", "shujaiya", "al-mawasi", "nuseirat", "philadelphi-corridor",
            "kissufim"} <= _ids(doc)
    # the bare service is every country's civil defence
    doc = nlp(make_doc("وقال الدفاع المدني اللبناني إن فرق الدفاع المدني أخمدت الحريق.", date="2025-11-25"))
    assert "gaza-civil-defence" not in _ids(doc)


def test_kb_palestinian_presidency_is_the_authority():
    from marsad.api import _default_pipeline, make_doc

    nlp = _default_pipeline()
    for text in ("وأكدت الرئاسة الفلسطينية أنها جاهزة لتولي إدارة القطاع.",
                 "The Palestinian presidency said it was ready to run Gaza."):
        assert "palestinian-authority" in {m.entity.id for m in nlp(make_doc(text)).mentions}


def test_kb_fatah_by_its_names_never_the_word_for_opening(ex):
    # فتح alone is first the verb and noun of opening (فتح المعابر): only the movement's longer names link
    assert "fatah" in _ids(ex("وقال متحدث باسم حركة فتح إن الانتخابات يجب أن تجرى خلال عام."))
    assert "fatah" in _ids(ex("A Fatah spokesman said the vote should be held within a year."))
    assert "fatah" not in _ids(ex("وطالبت الأمم المتحدة بفتح المعابر، وقد فتح الجيش معبرًا واحدًا."))


def test_kb_oil_companies_cities_and_spokespeople_of_late_2025(ex):
    doc = ex("U.S. sanctions on Rosneft and Lukoil took effect as leaders met in Johannesburg; Egypt's foreign "
             "ministry spokesman Tamim Khallaf said Cairo would host the conference.")
    assert {"rosneft", "lukoil", "johannesburg", "tamim-khallaf"} <= _ids(doc)
    doc = ex("وفرضت واشنطن عقوبات على روسنفت ولوك أويل، فيما قال المتحدث باسم الخارجية المصرية تميم خلاف إن القاهرة "
             "ستستضيف المؤتمر.")
    assert {"rosneft", "lukoil", "tamim-khallaf"} <= _ids(doc)


def test_kb_gaza_commanders_in_the_case():
    from marsad.api import load_pipeline, make_doc
    from marsad.settings import Options

    nlp = load_pipeline(Options(case="gaza-ceasefire"))
    doc = nlp(make_doc("شيعت حشود في غزة القيادي في كتائب القسام رائد سعد.", date="2025-12-14"))
    assert "raed-saad" in _ids(doc)
    doc = nlp(make_doc("وقال المتحدث باسم الدفاع المدني في غزة محمود بصل إن الطواقم انتشلت الضحايا، فيما رحب نبيل أبو "
                       "ردينة بالقرار.", date="2026-02-03"))
    assert {"mahmoud-bassal", "nabil-abu-rudeineh"} <= _ids(doc)
    assert {q.speaker.id for q in doc.quotes if q.speaker} >= {"mahmoud-bassal"}
