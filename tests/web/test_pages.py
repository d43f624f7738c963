"""The desk's pages over both backends (HTML checked without a browser; see test_browser for one)."""
import json
import re
import urllib.error
import urllib.parse
import urllib.request

from marsad.io import read_sources
from marsad.store.db import Database
from marsad.store.ingest import ingest
from marsad.store.tokens import create_token
from tests.web.conftest import DEMO, live_server


def fetch(base, path, data=None, headers=None):
    req = urllib.request.Request(base + path, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_desk_pages_and_review_on_both_backends(store_url):
    db = Database(store_url)
    ingest(db, read_sources([str(DEMO)]))
    token = create_token(db, "analyst")
    with live_server(store_url) as base:
        status, html = fetch(base, "/")
        assert status == 200 and "Documents by day and language" in html and 'data-chart="docs-by-day"' in html
        status, html = fetch(base, "/stances")
        assert status == 200 and 'id="stance-map"' in html and "pol-support" in html
        cell = re.search(r'data-actor="([^"]+)" data-topic="([^"]+)"', html)
        status, html = fetch(base, f"/stances?actor={cell.group(1)}&topic={cell.group(2)}")
        assert status == 200 and 'id="evidence"' in html and "/documents/" in html
        status, html = fetch(base, "/stances?type=country")
        shown = set(re.findall(r'data-actor="([^"]+)"', html))
        assert status == 200 and shown and all(re.fullmatch(r"[A-Z]{3}", a) for a in shown)
        status, html = fetch(base, "/stances?topic=multinational-force")
        assert status == 200 and set(re.findall(r'data-topic="([^"]+)"', html)) == {"multinational-force"}
        status, html = fetch(base, "/quotes?speaker=" + urllib.parse.quote("ماكرون"))
        assert status == 200 and html.count('href="/actors/emmanuel-macron"') >= 1
        assert 'href="/actors/' in html and not re.search(r'class="speaker-card"><a class="actor" href="/actors/(?!emmanuel-macron)', html)
        status, html = fetch(base, "/quotes?speaker=Nobody%20Atall")
        assert status == 400 and "no actor named" in html
        for path, needle in [("/actors/FRA", "Mentions over time"), ("/documents", "ar_wire"),
                             ("/documents/ar_wire", 'dir="rtl"'), ("/timeline", "class=\"timeline\""),
                             ("/plans", "us-28-point-plan"), ("/plans/us-28-point-plan", "Point 8"),
                             ("/search?q=" + urllib.parse.quote("قوة الطمأنة"), "<mark>")]:
            status, html = fetch(base, path)
            assert status == 200 and needle in html, path
        for path in ("/documents/nope", "/actors/Nobody%20Atall", "/plans/nope"):
            status, html = fetch(base, path)
            assert status == 404 and "<h1>404</h1>" in html and "Traceback" not in html
        # a correction through the API shows on the document page with who made it
        with urllib.request.urlopen(base + "/api/v1/facts/stance?limit=1") as r:
            fact = json.loads(r.read())["rows"][0]
        body = json.dumps({"action": "correct", "changes": {"polarity": "open" if fact["polarity"] != "open" else "oppose"}})
        status, _ = fetch(base, f"/api/v1/facts/{fact['fact_id']}/review", body.encode(),
                          {"content-type": "application/json", "authorization": "Bearer " + token})
        assert status == 200
        status, html = fetch(base, "/documents/" + urllib.parse.quote(fact["doc"]))
        assert status == 200 and "by analyst" in html and "machine said: polarity = " + fact["polarity"] in html


def test_plan_page_marks_what_changed_between_versions(tmp_path):
    store = str(tmp_path / "s.db")
    Database(store)
    with live_server(store) as base:
        status, html = fetch(base, "/plans/us-28-point-plan")
    assert status == 200
    # point 6: 600,000 in the first draft, 800,000 in the later versions
    section = html.split('id="p6"', 1)[1].split("</section>", 1)[0]
    assert "<del>600,000" in section and "<ins>800,000" in section and "unchanged" in section


def test_serve_with_two_worker_processes(tmp_path):
    import socket
    import subprocess
    import sys
    import time

    store = str(tmp_path / "s.db")
    ingest(Database(store), read_sources([str(DEMO / "en_wire.txt")]))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    child = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", store, "--port", str(port),
                              "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                status, body = fetch(base, "/api/v1/stats")
                break
            except OSError:
                time.sleep(0.1)
        assert status == 200 and json.loads(body)["documents"] == 1
        assert fetch(base, "/documents")[0] == 200
    finally:
        child.terminate()
        child.wait(timeout=30)
