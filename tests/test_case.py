import pytest

from marsad.case import CaseError, case_template, load_case, parse_case, shipped_cases
from tests.conftest import run_cli


def test_case_default_matches_the_contract_catalogue():
    case = load_case()
    assert set(case.topics) == {"multinational-force", "security-guarantees", "us-peace-plan", "frozen-assets",
                                "sanctions", "ceasefire", "european-say", "nato-membership", "territorial-concessions"}
    plan = case.plans["us-28-point-plan"]
    assert plan.size == 28 and 8 in plan.provisions
    assert any(r.number == 8 and r.relation == "excludes" and r.topic == "multinational-force" for r in case.relations)


def test_case_errors_name_the_line(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("id: my-case\ntopics:\n  - id: ceasefire\n    label: {en: Ceasefire}\n"
                 "relations:\n  - provision: plan#1\n    relation: excludes\n    topic: ceasefire\n", encoding="utf-8")
    with pytest.raises(CaseError) as e:
        load_case(str(f))
    assert "bad.yaml" in str(e.value) and "line 6" in str(e.value) and "plan#1" in str(e.value)
    f.write_text("id: x\ntopics: [\n", encoding="utf-8")
    with pytest.raises(CaseError) as e:
        load_case(str(f))
    assert "line" in str(e.value)


def test_case_template_is_valid():
    case = parse_case(__import__("yaml").safe_load(case_template("Black Sea grain talks")))
    assert case.id == "black-sea-grain-talks" and "ceasefire" in case.topics


def test_case_cli_new_check_list(tmp_path):
    r = run_cli("case", "new", "Water talks", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "water-talks.yaml").is_file()
    r = run_cli("case", "check", tmp_path / "water-talks.yaml")
    assert r.returncode == 0 and "ok" in r.stdout.decode()
    (tmp_path / "broken.yaml").write_text("id: Not A Slug\n", encoding="utf-8")
    r = run_cli("case", "check", tmp_path / "broken.yaml")
    assert r.returncode == 2 and "broken.yaml" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
    r = run_cli("case", "list")
    assert "gaza-ceasefire" in r.stdout.decode() and "ukraine-security-guarantees" in r.stdout.decode()


def test_case_second_case_is_followed_end_to_end():
    from marsad.api import load_pipeline, make_doc
    from marsad.settings import Options

    assert "gaza-ceasefire" in shipped_cases()
    nlp = load_pipeline(Options(case="gaza-ceasefire"))
    doc = nlp(make_doc("Under point 13, Hamas would have no role in governing Gaza. Israel backed the "
                       "disarmament of Hamas, but Hamas rejected disarmament.", lang="en", date="2025-10-14"))
    assert [(p.plan, p.number) for p in doc.facts["provision"]] == [("gaza-20-point-plan", 13)]
    got = {(s.actor.id, s.topic, s.polarity) for s in doc.facts["stance"]}
    assert ("ISR", "hamas-disarmament", "support") in got and ("hamas", "hamas-disarmament", "oppose") in got


def test_case_cue_families_expand():
    from marsad.case import expand_cue

    assert expand_cue("{send|deploy} {its|} troops") == ["send its troops", "send troops", "deploy its troops",
                                                          "deploy troops"]
    assert expand_cue("نشر {قوات|جنود}{|نا}") == ["نشر قوات", "نشر قواتنا", "نشر جنود", "نشر جنودنا"]
    assert expand_cue("ground troops") == ["ground troops"]
    # a one-letter preposition ending a choice is written on the next word ("ل" + "ال" is "لل")
    assert expand_cue("{المساهمة ب|نشر} {قوات|الجنود}") == ["المساهمة بقوات", "المساهمة بالجنود", "نشر قوات",
                                                           "نشر الجنود"]
    assert expand_cue("انضمامها {إلى|ل} الحلف") == ["انضمامها إلى الحلف", "انضمامها للحلف"]
    topic = load_case("ukraine-security-guarantees").topics["multinational-force"]
    assert "deploying their troops" in topic.cues["en"] and "إرسال جنودها" in topic.cues["ar"]


def test_case_pledge_stances_name_the_pledges_that_are_positions(tmp_path):
    """A case file says which pledges also state support for their topic: by default only troops."""
    from marsad.api import load_pipeline, make_doc
    from marsad.settings import Options

    text = ("Kazakhstan will send a battalion of peacekeepers to Gaza. Norway pledged 50 million dollars to "
            "Gaza. Japan will send a team of police trainers to Gaza.")

    def stances(case):
        doc = load_pipeline(Options(case=case))(make_doc(text, lang="en", date="2026-01-10"))
        return {(p.actor.id, p.category) for p in doc.facts["pledge"]}, \
            {(s.actor.id, s.topic, s.polarity) for s in doc.facts["stance"]}

    pledges, got = stances("gaza-ceasefire")  # troops and funding are positions in that case
    assert {("KAZ", "troops"), ("NOR", "funding")} <= pledges
    assert {("KAZ", "stabilization-force", "support"), ("NOR", "reconstruction", "support"),
            ("JPN", "stabilization-force", "support")} <= got
    # the same case with the default: only the troop pledge is a position
    from importlib import resources

    src = resources.files("marsad") / "cases" / "gaza-ceasefire.yaml"
    plain = tmp_path / "plain.yaml"
    plain.write_text(src.read_text(encoding="utf-8").split("\npledge_stances:")[0] + "\n", encoding="utf-8")
    _, got = stances(str(plain))
    assert ("KAZ", "stabilization-force", "support") in got
    assert not any(a in ("NOR", "JPN") for a, _, _ in got)
    bad = tmp_path / "bad.yaml"
    bad.write_text(src.read_text(encoding="utf-8").replace("pledge_stances: [troops,", "pledge_stances: [votes,"),
                   encoding="utf-8")
    with pytest.raises(CaseError) as e:
        load_case(str(bad))
    assert "votes" in str(e.value) and "bad.yaml" in str(e.value)
