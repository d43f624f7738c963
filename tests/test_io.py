"""Bad input: each case gives a correct result or one clear line naming the file and the reason."""
import json
import os

import pytest

from tests.conftest import run_cli

AR = "قال الرئيس الفرنسي إيمانويل ماكرون إن الضمانات الأمنية لأوكرانيا يجب أن تكون قوية."


def lines(out: bytes):
    return [json.loads(x) for x in out.decode().splitlines() if x.strip()]


def test_io_empty_file_is_a_warning_not_a_failure(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run_cli("extract", tmp_path / "empty.txt")
    assert r.returncode == 0 and r.stdout == b""
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "empty.txt" in err[0] and "empty" in err[0]


def test_io_binary_file_fails_cleanly_and_others_still_run(tmp_path):
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 10)
    r = run_cli("extract", tmp_path)
    assert r.returncode == 1
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "b.txt" in err[0] and "binary" in err[0]
    assert "Traceback" not in r.stderr.decode()
    assert {f["doc"] for f in lines(r.stdout)} == {"a"}


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_io_legacy_arabic_encodings_are_decoded(tmp_path, encoding):
    text = "قال ماكرون إن فرنسا وبريطانيا ستقودان المجموعة الجديدة"
    (tmp_path / "legacy.txt").write_bytes(text.encode(encoding))
    r = run_cli("extract", tmp_path / "legacy.txt")
    assert r.returncode == 0
    facts = lines(r.stdout)
    assert {"FRA", "GBR", "emmanuel-macron"} <= {f["entity"]["id"] for f in facts if f["kind"] == "mention"}
    ev = next(f for f in facts if f["kind"] == "mention")["evidence"]
    assert ev["text"] == text[ev["start"]:ev["end"]]
    assert "decoded as" in r.stderr.decode()


def test_io_invalid_utf8_bytes_are_replaced_with_a_warning(tmp_path):
    data = ("Macron met Starmer in London. " * 20).encode() + b"\xff\xfe" + b" More text."
    (tmp_path / "bad.txt").write_bytes(data)
    r = run_cli("extract", tmp_path / "bad.txt")
    assert r.returncode == 0
    assert "bad.txt" in r.stderr.decode() and "replaced" in r.stderr.decode()
    assert any(f["entity"]["id"] == "emmanuel-macron" for f in lines(r.stdout) if f["kind"] == "mention")


def test_io_garbage_that_is_not_text_fails(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes([0x80 + (i * 37) % 120 for i in range(4000)]))
    r = run_cli("extract", tmp_path / "noise.txt")
    assert r.returncode == 1
    assert "noise.txt" in r.stderr.decode() and len(r.stderr.decode().strip().splitlines()) == 1


def test_io_file_over_the_size_limit_is_refused_without_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # a sparse 200 MB file: refused by its size, never read
        fh.truncate(200 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text(AR, encoding="utf-8")
    r = run_cli("extract", big, tmp_path / "ok.txt")
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "huge.txt" in err and "too large" in err and "Traceback" not in err
    assert {f["doc"] for f in lines(r.stdout)} == {"ok"}


def test_io_html_with_scripts_gives_the_article_text(tmp_path):
    html = """<!doctype html><html lang="en"><head><title>Talks</title>
    <meta property="article:published_time" content="2025-11-25T10:00:00Z">
    <script>var macron = "Putin"; document.write("<p>Trump</p>");</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Leaders meet</h1><p>Keir Starmer told leaders in London on Tuesday that the coalition
    had to be ready to act the moment the fighting stopped.</p>
    <p>Emmanuel Macron agreed and said the force would deter any new attack.</p></article>
    <script>alert("Zelensky")</script><footer>© Example</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    r = run_cli("extract", tmp_path / "page.html")
    assert r.returncode == 0, r.stderr
    facts = lines(r.stdout)
    ents = {f["entity"]["id"] for f in facts if f["kind"] == "mention"}
    assert {"keir-starmer", "emmanuel-macron"} <= ents
    assert not ({"vladimir-putin", "donald-trump", "volodymyr-zelensky"} & ents)


def test_io_folder_with_unreadable_entries(tmp_path):
    (tmp_path / "good.txt").write_text(AR, encoding="utf-8")
    os.symlink(tmp_path / "gone", tmp_path / "dangling.txt")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "inner.txt").write_text("Starmer met Macron.", encoding="utf-8")
    r = run_cli("extract", tmp_path)
    assert r.returncode == 1
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "dangling.txt" in err[0]
    assert {f["doc"] for f in lines(r.stdout)} == {"good", "inner"}


def test_io_missing_path_and_stdin(tmp_path):
    r = run_cli("extract", tmp_path / "nope.txt")
    assert r.returncode == 1 and "nope.txt" in r.stderr.decode() and "no such file" in r.stderr.decode()
    r = run_cli("extract", "-", stdin=AR.encode())
    assert r.returncode == 0 and lines(r.stdout)[0]["doc"] == "stdin"


def test_io_jsonl_records_with_dates(tmp_path):
    recs = [{"id": "one", "text": "قال ماكرون يوم الثلاثاء إن الاجتماع كان مثمرًا جدًا للجميع.", "date": "2025-11-26"},
            {"text": "Starmer spoke.", "lang": "en"}, {"no_text": 1}]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs),
                                          encoding="utf-8")
    r = run_cli("extract", tmp_path / "batch.jsonl")
    assert r.returncode == 1
    assert "batch.jsonl:3" in r.stderr.decode()
    assert {f["doc"] for f in lines(r.stdout)} == {"one", "batch-2"}
