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
