from marsad.case import load_case
from marsad.conflicts import find_conflicts
from tests.conftest import run_cli


def test_conflicts_provision_against_supporters_with_both_evidences(ex, tmp_path):
    doc = ex("تنص النقطة الثامنة على عدم نشر قوات الناتو في أوكرانيا. وتؤيد فرنسا نشر قوات برية في أوكرانيا.")
    doc.id = "d1"
    cs = find_conflicts([doc], load_case())
    c = next(c for c in cs if c.number == 8 and c.actor["id"] == "FRA")
    assert c.relation == "excludes" and c.topic == "multinational-force" and c.position == "support"
    assert c.provision_evidence[0]["doc"] == "d1" and "النقطة الثامنة" in c.provision_evidence[0]["text"]
    assert "تؤيد فرنسا" in c.position_evidence[0]["text"]


def test_conflicts_cli(tmp_path):
    (tmp_path / "a.txt").write_text("Point 8 bars NATO troops. France supports a multinational force in Ukraine.",
                                    encoding="utf-8")
    r = run_cli("conflicts", tmp_path, "--json", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert b'"number": 8' in r.stdout and b'"FRA"' in r.stdout
