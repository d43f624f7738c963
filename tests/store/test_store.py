"""The store, on both backends: a real SQLite file and a real PostgreSQL server."""
import json
import threading
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest
import sqlalchemy as sa

from marsad.io import Source, read_sources
from marsad.settings import Options
from marsad.store import queries as Q
from marsad.store.db import Database
from marsad.store.ingest import ingest, reextract
from marsad.store.transfer import export_records, import_records, read_records, write_export
from tests.conftest import ROOT, run_cli

DEMO = ROOT / "src" / "marsad" / "demo"
WIRE_A = ("Leaders of the coalition of the willing met by video call on Tuesday. French President Emmanuel Macron "
          "said the force would deter any new attack. Britain and France support a multinational force in "
          "Ukraine, while Poland opposed it. Germany has pledged €11.5 billion in military aid. Point 8 of the "
          "plan bars NATO troops from Ukraine.")
WIRE_B = WIRE_A.replace("video call on Tuesday", "video link on Tuesday")


def src(i, text, date="2025-11-26", **meta):
    return Source(i, text, f"<{i}>", {"date": date, "lang": "en", **meta})


@pytest.fixture
def store(store_url):
    db = Database(store_url)
    yield db
    db.close()


def test_store_migrations_are_tracked(store):
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(Config(str(resources.files("marsad.store") / "alembic.ini"))).get_current_head()
    with store.read() as c:
        assert c.execute(sa.text("select version_num from alembic_version")).scalar() == head
    assert int(head[:4]) >= 6


def test_store_ingest_exactly_once(store):
    r1 = ingest(store, read_sources([str(DEMO)]))
    assert (r1.read, r1.stored, r1.duplicates) == (9, 9, 0)
    before = Q.stats(store)
    r2 = ingest(store, read_sources([str(DEMO)]))
    assert (r2.stored, r2.duplicates) == (0, 9)
    assert Q.stats(store) == before
    assert before["documents"] == 9 and before["facts"]["quote"] > 20


def test_store_near_duplicates_are_linked_and_not_counted(store):
    r = ingest(store, [src("wire-a", WIRE_A), src("wire-b", WIRE_B)])
    assert (r.stored, r.near_duplicates) == (2, 1)
    d = Q.document(store, "wire-b")
    assert d["duplicate_of"] == "wire-a"
    assert Q.stats(store)["originals"] == 1
    cell = next(c for c in Q.stance_matrix(store) if c["actor"]["id"] == "POL")
    assert cell["documents"] == 1  # the copy is not counted twice


def test_store_failed_extraction_is_recorded(store, monkeypatch):
    import marsad.api as api

    real = api.load_pipeline

    def broken(options=None, **kw):
        nlp = real(options, **kw)

        class Wrapper:
            def __call__(self, doc):
                if "explode" in doc.text:
                    raise RuntimeError("component failure")
                return nlp(doc)
        return Wrapper()

    monkeypatch.setattr(api, "load_pipeline", broken)
    r = ingest(store, [src("ok-doc", WIRE_A), src("bad-doc", "This text will explode the extractor.")])
    assert (r.stored, r.failed) == (2, 1)
    d = Q.document(store, "bad-doc")
    assert d["status"] == "error" and "component failure" in d["error"] and d["facts"] == []
    assert Q.document(store, "ok-doc")["facts"]


def test_store_search_is_arabic_normalised(store):
    ingest(store, read_sources([str(DEMO)]))
    hits = Q.search(store, "أوكرانيا")
    assert hits and any("لأوكرانيا" in h["sentence"] or "لاوكرانيا" in h["sentence"] or "أوكرانيا" in h["sentence"]
                        for h in hits)
    assert any("«" in h["highlighted"] for h in hits)
    ingest(store, [src("ar-x", "دعا الرئيس إلى دعم لأوكرانيا وقوة الطمأنة معًا.", lang="ar")])
    hits = Q.search(store, "اوكرانيا")
    assert any(h["doc"] == "ar-x" for h in hits)
    assert any(h["doc"] == "ar-x" for h in Q.search(store, "قوة الطمأنة"))


def test_store_questions(store):
    ingest(store, read_sources([str(DEMO)]))
    ingest(store, [src("wire-a", WIRE_A)])
    from marsad.api import kb_for

    kb = kb_for(Options())
    ids = Q.resolve_actor(store, "ماكرون", kb)
    assert ids == ["emmanuel-macron"]
    qs = Q.quotes(store, speaker_ids=ids)
    assert qs and all(q["speaker"]["id"] == "emmanuel-macron" for q in qs)
    assert Q.quotes(store, lang="en") and all(q["lang"] == "en" for q in Q.quotes(store, lang="en"))
    matrix = Q.stance_matrix(store, topic="multinational-force")
    assert {"FRA", "GBR", "POL"} <= {c["actor"]["id"] for c in matrix}
    prof = Q.actor_profile(store, ["emmanuel-macron"])
    assert prof["mentions_by_day"] and prof["quotes"]
    events = Q.facts_of_kind(store, "event", since=__import__("datetime").date(2025, 12, 1))
    assert events and all(e["date"] is None or e["date"] >= "2025-12-01" for e in events)
    assert Q.facts_of_kind(store, "provision", plan="us-28-point-plan")
    assert any(p["category"] == "funding" for p in Q.facts_of_kind(store, "pledge"))
    from marsad.case import load_case

    cs = Q.conflicts(store, load_case())
    assert any(c["number"] == 8 and c["topic"] == "multinational-force" and c["provision_evidence"] for c in cs)
    s = Q.stats(store)
    assert set(s["facts"]) == {"mention", "quote", "stance", "figure", "event", "pledge", "provision"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_store_export_import_round_trip(store_url, tmp_path, fmt):
    a = Database(store_url)
    ingest(a, read_sources([str(DEMO)]))
    out = tmp_path / f"facts.{fmt}"
    n = write_export(export_records(a), fmt, out)
    assert n > 100
    b = Database(str(tmp_path / "copy.db"))
    res = import_records(b, read_records(out))
    assert res["facts"] == n
    assert list(export_records(b)) == list(export_records(a))
    assert Q.stats(b)["facts"] == Q.stats(a)["facts"]


def test_store_reextraction_replaces_facts(store):
    ingest(store, [src("wire-a", WIRE_A)])
    def facts():  # the records, without the store's ids (new rows get new ids)
        return [{k: v for k, v in f.items() if k != "fact_id"} for f in Q.document(store, "wire-a")["facts"]]

    before = facts()
    with store.write() as c:
        c.execute(sa.text("delete from facts where kind = 'quote'"))
    assert reextract(store, keys=["wire-a"]) == 1
    assert facts() == before


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def test_store_ingest_urls_and_feeds_with_guards(store, tmp_path):
    (tmp_path / "a.html").write_text("<html><body><article><h1>Talks</h1><p>" + WIRE_A + "</p></article></body></html>",
                                     encoding="utf-8")
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>'
        "<item><title>Coalition call</title><link>http://127.0.0.1/x</link><guid>item-1</guid>"
        "<pubDate>Tue, 25 Nov 2025 10:00:00 GMT</pubDate><description>" + WIRE_B + "</description></item>"
        "</channel></rss>", encoding="utf-8")
    server = HTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(tmp_path)))
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        r = run_cli("ingest", "--db", store.url.replace("postgresql+psycopg", "postgresql").replace("sqlite:///", ""),
                    f"{base}/a.html", "-q")
        assert r.returncode == 1 and b"private or loopback" in r.stderr
        r = run_cli("ingest", "--db", store.url.replace("postgresql+psycopg", "postgresql").replace("sqlite:///", ""),
                    f"{base}/a.html", f"{base}/feed.xml", "--allow-private", "-q", "--json")
        assert r.returncode == 0, r.stderr
        rep = json.loads(r.stdout.decode().strip().splitlines()[-1])
        assert rep["stored"] == 2 and rep["near_duplicates"] == 1
        r = run_cli("ingest", "--db", "x.db", "ftp://example.org/a.txt", "-q", cwd=tmp_path)
        assert r.returncode == 1 and b"only http and https" in r.stderr
    finally:
        server.shutdown()


def test_store_stats_cli_json_shape(store):
    ingest(store, read_sources([str(DEMO)]))
    db = store.url.replace("postgresql+psycopg", "postgresql").replace("sqlite:///", "")
    r = run_cli("stats", "--json", "--db", db)
    s = json.loads(r.stdout)
    assert s["documents"] == 9 and isinstance(s["facts"]["quote"], int)
    r = run_cli("quotes", "--speaker", "زيلينسكي", "--json", "--db", db)
    assert r.returncode == 0 and all(q["speaker"]["id"] == "volodymyr-zelensky" for q in json.loads(r.stdout))
    r = run_cli("quotes", "--speaker", "Nobody Atall", "--db", db)
    assert r.returncode == 1 and b"no actor named" in r.stderr and b"Traceback" not in r.stderr


def test_store_ingest_with_worker_processes_stores_the_same(store, tmp_path):
    """Extraction in two processes while this one writes: the same documents and facts as one process."""
    def sources():
        return list(read_sources([str(DEMO)])) + [src("wire-a", WIRE_A), src("wire-a-again", WIRE_A)]

    single = Database(f"sqlite:///{tmp_path / 'single.db'}")
    try:
        ingest(single, sources())
        expected = Q.stats(single), Q.stance_matrix(single)
    finally:
        single.close()
    r = ingest(store, sources(), workers=2, batch_size=4)
    assert (r.read, r.stored, r.duplicates) == (11, 10, 1)
    assert (Q.stats(store), Q.stance_matrix(store)) == expected
    assert expected[0]["documents"] == 10 and expected[0]["facts"]["quote"] > 20


def test_store_gives_back_the_extracted_records_from_slim_rows(store):
    """The facts table keeps a record without its evidence text (the document holds it); every way out of
    the store (a document, a list of facts, an export) gives the record `marsad extract` printed."""
    from marsad.api import extract

    text = (DEMO / sorted(p.name for p in DEMO.glob("*.txt"))[0]).read_text(encoding="utf-8")
    ingest(store, [Source("d1", text, "<d1>", {"date": "2025-11-26"})])
    doc = extract(text, id="d1", date="2025-11-26")
    printed = [f.to_dict(doc.id) for f in doc.all_facts() if f.kind != "mention"]
    assert printed and all(r["evidence"]["text"] for r in printed)
    with store.read() as c:
        stored = [json.loads(r) if isinstance(r, str) else r for (r,) in c.execute(
            sa.text("select record from facts order by id"))]
    assert len(stored) == len(printed) and not any("text" in r["evidence"] for r in stored)
    shown = [{k: v for k, v in f.items() if k != "fact_id"} for f in Q.document(store, "d1")["facts"]
             if f["kind"] != "mention"]
    assert shown == printed
    exported = [{k: v for k, v in r.items() if k != "doc_meta"} for r in export_records(store) if r["kind"] != "mention"]
    assert exported == printed
    for kind in {r["kind"] for r in printed}:
        listed = Q.quotes(store, limit=1000) if kind == "quote" else Q.facts_of_kind(store, kind, limit=1000)
        assert sorted((f["evidence"]["start"], f["evidence"]["text"]) for f in listed) == \
            sorted((r["evidence"]["start"], r["evidence"]["text"]) for r in printed if r["kind"] == kind)


def test_store_a_reviewed_fact_the_machine_no_longer_finds_keeps_its_document_date(store):
    from marsad.store.review import review, reviewed_rows

    ingest(store, [src("wire-a", WIRE_A)])
    stance = Q.facts_of_kind(store, "stance")[0]
    review(store, stance["fact_id"], "accept", reviewer="analyst")
    with store.read() as c:
        doc_id = c.execute(sa.text("select id from documents where key = 'wire-a'")).scalar()
        back = reviewed_rows(c, doc_id, [])  # a newer extractor found no fact in the document
    assert len(back) == 1 and back[0]["kind"] == "stance" and back[0]["review_id"]
    assert str(back[0]["doc_date"]) == "2025-11-26" and back[0]["original"] is True


def test_store_documents_filtered_by_words_of_the_title(store):
    ingest(store, read_sources([str(DEMO)]))
    # any form of alef, any case, every word held somewhere in the title
    assert sorted(d["doc"] for d in Q.documents(store, title="الامريكية")) == ["ar_gulf_daily", "digest_ar_2025-12-02"]
    assert [d["doc"] for d in Q.documents(store, title="ukraine FROZEN")] == ["en_broadsheet"]
    assert Q.documents(store, title="frozen 100%") == []
    assert len(Q.documents(store, title="  ")) == 9


def test_store_made_by_a_newer_version_is_one_clear_error(tmp_path):
    path = tmp_path / "future.db"
    assert run_cli("stats", "--db", path).returncode == 0
    with Database(str(path)).write() as c:
        c.execute(sa.text("update alembic_version set version_num = '0999'"))
    r = run_cli("stats", "--db", path)
    err = r.stderr.decode()
    assert r.returncode != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert str(path) in err and "newer than this version" in err


def test_store_pages_of_several_actors_are_the_pages_of_their_facts_merged(store):
    """Quotes and pledges of several actors at once, any page: the newest first, as one list of all of them."""
    from marsad.bench import generate, seed_texts

    ingest(store, [src(i, t, date=f"2025-11-{10 + k % 15}") for k, (i, t) in
                   enumerate(generate(30, seed_texts(), seed=6))])
    every = {"quote": Q.quotes(store, limit=10_000), "pledge": Q.facts_of_kind(store, "pledge", limit=10_000)}
    for kind, facts in every.items():
        actors = sorted({(f.get("speaker") or f.get("actor") or {}).get("id") for f in facts} - {None})
        assert len(actors) >= 3, kind
        for ids in (actors[:2], actors[-3:], actors):
            want = [f["fact_id"] for f in facts if (f.get("speaker") or f.get("actor") or {}).get("id") in ids]
            for limit, offset in ((5, 0), (7, 3), (1000, 0), (4, len(want) - 2)):
                if kind == "quote":
                    got = Q.quotes(store, speaker_ids=ids, limit=limit, offset=offset)
                else:
                    got = Q.facts_of_kind(store, "pledge", actor_ids=ids, limit=limit, offset=offset)
                assert [f["fact_id"] for f in got] == want[offset:offset + limit], (kind, ids, limit, offset)
