import json

from tests.conftest import SHARED_EVAL, run_cli


def test_cli_extract_contract_shape(tmp_path):
    f = tmp_path / "a1.txt"
    f.write_text("قال الرئيس الفرنسي إيمانويل ماكرون: «الضمانات يجب أن تكون قوية جدًا وليست ورقية».",
                 encoding="utf-8")
    r = run_cli("extract", f, "--date", "2025-11-25")
    assert r.returncode == 0, r.stderr
    facts = [json.loads(x) for x in r.stdout.decode().splitlines()]
    text = f.read_text(encoding="utf-8")
    assert {x["kind"] for x in facts} == {"mention", "quote", "stance"}
    # «الضمانات يجب أن تكون قوية»: the speaker asks for strong guarantees
    assert {(x["actor"]["id"], x["topic"], x["polarity"]) for x in facts if x["kind"] == "stance"} == \
        {("emmanuel-macron", "security-guarantees", "support"), ("FRA", "security-guarantees", "support")}
    for x in facts:
        assert x["doc"] == "a1"
        ev = x["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
    q = next(x for x in facts if x["kind"] == "quote")
    assert q["speaker"] == {"id": "emmanuel-macron", "type": "person", "name": "Emmanuel Macron",
                            "name_ar": q["speaker"]["name_ar"]}
    assert q["direct"] is True and q["speaker_text"]


def test_cli_table_format_and_python_m(tmp_path):
    f = tmp_path / "en.txt"
    f.write_text('"We are closer," Starmer said.', encoding="utf-8")
    r = run_cli("extract", f, "--format", "table", "--lang", "en")
    assert r.returncode == 0 and "Keir Starmer" in r.stdout.decode()


def test_cli_bad_options_are_one_line(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Starmer.", encoding="utf-8")
    r = run_cli("extract", f, "--date", "yesterday")
    assert r.returncode == 2
    assert "yesterday" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_cli_demo_summarises_every_demo_article():
    r = run_cli("demo", "--extract-only")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.count("== ") == 9
    assert "9 articles" in out


def test_cli_demo_ingests_and_briefs(tmp_path):
    db = tmp_path / "demo.db"
    r = run_cli("demo", "--db", db)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "9 articles read, 9 stored" in out
    for section in ("Who stands where", "Latest quotes", "Pledges", "Where the plan collides"):
        assert section in out
    r = run_cli("demo", "--db", db)
    assert "0 stored, 9 already there" in r.stdout.decode()


def test_cli_eval_prints_scores(tmp_path):
    r = run_cli("eval", "--json", SHARED_EVAL if SHARED_EVAL.is_dir() else "eval/dev")
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["kinds"]["mention"]["f1"] > 0.5


def test_cli_kb_lookup_and_check(tmp_path):
    r = run_cli("kb", "lookup", "الرئيس الفرنسي", "--date", "2025-11-25")
    assert r.returncode == 0 and "Emmanuel Macron" in r.stdout.decode()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    r = run_cli("kb", "check", bad)
    assert r.returncode == 2 and "bad.jsonl" in r.stderr.decode() and "line 1" in r.stderr.decode()
