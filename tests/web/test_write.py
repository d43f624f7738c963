"""Writing through the server: tokens, ingest by POST, reviews, sessions and CSRF, limits."""
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from marsad.store.db import Database
from marsad.store.tokens import create_token, revoke_token


def call(base, path, *, method="GET", body=None, token=None, ctype="application/json", headers=None):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body, ensure_ascii=False).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        req.add_header("content-type", ctype)
    if token:
        req.add_header("authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if r.headers.get_content_type() == "application/json" else raw.decode())
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, (json.loads(raw) if e.headers.get_content_type() == "application/json" else raw.decode())


ARTICLE = ("قال الرئيس الفرنسي إيمانويل ماكرون يوم الثلاثاء إن فرنسا تؤيد نشر قوة متعددة الجنسيات في أوكرانيا "
           "بعد وقف إطلاق النار.")


def test_write_needs_a_live_token(desk):
    base = desk["base"]
    status, body = call(base, "/api/v1/documents", method="POST", body={"text": ARTICLE})
    assert status == 401 and body["ok"] is False and "token" in body["error"]
    status, body = call(base, "/api/v1/documents", method="POST", body={"text": ARTICLE}, token="marsad_nope")
    assert status == 401
    db = Database(desk["db"])
    other = create_token(db, "temp")
    status, _ = call(base, "/api/v1/documents", method="POST", body={"text": "Macron met Starmer on Monday."},
                     token=other)
    assert status == 201
    revoke_token(db, "temp")
    status, _ = call(base, "/api/v1/documents", method="POST", body={"text": "Merz met Tusk on Monday."},
                     token=other)
    assert status == 401


def test_post_one_document_then_many_as_json_lines(desk):
    base, token = desk["base"], desk["token"]
    before = call(base, "/api/v1/stats")[1]["documents"]  # answered from the desk's cache from now on
    assert call(base, "/api/v1/stats")[1]["documents"] == before
    status, body = call(base, "/api/v1/documents", method="POST", token=token,
                        body={"text": ARTICLE, "date": "2025-11-26", "lang": "ar", "title": "اختبار", "id": "posted-1"})
    assert status == 201 and body["stored"] == 1 and body["documents"] == ["posted-1"]
    status, doc = call(base, "/api/v1/documents/posted-1")
    assert status == 200 and doc["date"] == "2025-11-26"
    assert call(base, "/api/v1/stats")[1]["documents"] == before + 1  # the cache follows the store
    stances = [f for f in doc["facts"] if f["kind"] == "stance"]
    assert any(f["actor"]["id"] in ("FRA", "emmanuel-macron") and f["polarity"] == "support" for f in stances)
    # the same text again is reported, not stored twice
    status, body = call(base, "/api/v1/documents", method="POST", token=token, body={"text": ARTICLE})
    assert status == 200 and body["stored"] == 0 and body["duplicates"] == 1
    lines = "\n".join(json.dumps({"text": t, "id": f"many-{i}"}) for i, t in enumerate(
        ["Poland rejected the idea on Friday.", "Italy said on Sunday it would not send troops."]))
    status, body = call(base, "/api/v1/documents", method="POST", token=token, body=lines.encode(),
                        ctype="application/x-ndjson")
    assert status == 201 and body["stored"] == 2


@pytest.mark.parametrize("body,ctype,status", [
    (b"{not json", "application/json", 400),
    (b'{"title": "no text"}', "application/json", 400),
    (b'{"text": "x", "date": "soon"}', "application/json", 400),
    (b'{"text": "x"}\nnope', "application/x-ndjson", 400),
    (b"text", "text/plain", 415),
])
def test_bad_posts_get_one_clear_error(desk, body, ctype, status):
    got, answer = call(desk["base"], "/api/v1/documents", method="POST", token=desk["token"], body=body, ctype=ctype)
    assert got == status and set(answer) == {"ok", "status", "error"} and "Traceback" not in answer["error"]


def test_request_size_is_capped(desk, monkeypatch):
    from marsad.store.db import Database as _D  # noqa: F401 - the server reads MARSAD_MAX_BYTES at start
    from tests.web.conftest import live_server

    monkeypatch.setenv("MARSAD_MAX_BYTES", "2000")
    with live_server(desk["db"]) as base:
        status, body = call(base, "/api/v1/documents", method="POST", token=desk["token"],
                            body={"text": "كلمة " * 1000})
    assert status == 413 and "2000" in body["error"]


def test_review_through_the_api_takes_precedence_and_survives_reextraction(desk):
    base, token = desk["base"], desk["token"]
    _, stances = call(base, "/api/v1/facts/stance?limit=200")
    target = next(f for f in stances["rows"] if f["polarity"] != "open")
    status, out = call(base, f"/api/v1/facts/{target['fact_id']}/review", method="POST", token=token,
                       body={"action": "correct", "changes": {"polarity": "open"}, "note": "hedged"})
    assert status == 200 and out["fact"]["polarity"] == "open"
    assert out["fact"]["review"]["by"] == "analyst" and out["fact"]["review"]["machine"] == {"polarity": target["polarity"]}
    _, doc = call(base, "/api/v1/documents/" + urllib.parse.quote(target["doc"]))
    assert [f["polarity"] for f in doc["facts"] if f.get("fact_id") == target["fact_id"]] == ["open"]
    # the stance matrix follows the review
    _, matrix = call(base, "/api/v1/stances")
    cell = next(c for c in matrix["cells"] if c["actor"]["id"] == target["actor"]["id"] and c["topic"] == target["topic"])
    assert cell["polarities"].get("open", 0) >= 1
    # reject another fact: it is gone from lists
    quote = call(base, "/api/v1/quotes?limit=1")[1]["rows"][0]
    status, out = call(base, f"/api/v1/facts/{quote['fact_id']}/review", method="POST", token=token,
                       body={"action": "reject"})
    assert status == 200 and out["fact"] is None
    assert quote["fact_id"] not in [q["fact_id"] for q in call(base, "/api/v1/quotes?limit=500")[1]["rows"]]
    # re-extraction with the CLI: both reviews still in force
    subprocess.run([sys.executable, "-m", "marsad", "reextract", "--db", desk["db"], target["doc"], quote["doc"]],
                   check=True, capture_output=True)
    _, doc = call(base, "/api/v1/documents/" + urllib.parse.quote(target["doc"]))
    same = [f for f in doc["facts"] if f["kind"] == "stance" and f.get("review")]
    assert same and same[0]["polarity"] == "open" and same[0]["evidence"] == target["evidence"]
    _, doc = call(base, "/api/v1/documents/" + urllib.parse.quote(quote["doc"]))
    assert not [f for f in doc["facts"] if f["kind"] == "quote" and f["start"] == quote["start"] and f["end"] == quote["end"]]
    # exports: the reviewed facts only, as corrected
    out = subprocess.run([sys.executable, "-m", "marsad", "export", "--db", desk["db"], "--reviewed"],
                         check=True, capture_output=True, text=True).stdout
    recs = [json.loads(x) for x in out.splitlines()]
    assert recs and all(r.get("review") for r in recs) and any(r.get("polarity") == "open" for r in recs)
    status, body = call(base, "/api/v1/facts/stance?reviewed=true")
    assert status == 200 and body["rows"] and all(r["review"] for r in body["rows"])


@pytest.mark.parametrize("body,status", [
    ({"action": "correct", "changes": {"polarity": "maybe"}}, 400),
    ({"action": "correct", "changes": {"speaker": "x"}}, 400),
    ({"action": "correct"}, 400),
    ({"action": "shrug"}, 400),
])
def test_bad_reviews_are_refused(desk, body, status):
    fact = call(desk["base"], "/api/v1/facts/stance?limit=1")[1]["rows"][0]
    got, answer = call(desk["base"], f"/api/v1/facts/{fact['fact_id']}/review", method="POST", token=desk["token"],
                       body=body)
    assert got == status and answer["ok"] is False
    assert call(desk["base"], "/api/v1/facts/999999/review", method="POST", token=desk["token"],
                body={"action": "accept"})[0] == 404


def test_desk_login_sets_a_strict_cookie_and_forms_need_csrf(desk):
    import http.cookiejar

    base = desk["base"]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login").read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    # a wrong token: refused
    data = urllib.parse.urlencode({"token": "marsad_wrong", "csrf": csrf}).encode()
    with pytest.raises(urllib.error.HTTPError) as e:
        opener.open(base + "/login", data)
    assert e.value.code == 401
    # a forged login form (no matching cookie value) is refused
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(base + "/login", urllib.parse.urlencode({"token": desk["token"], "csrf": "x"}).encode())
    assert e.value.code == 403

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    opener2 = urllib.request.build_opener(NoRedirect, urllib.request.HTTPCookieProcessor(jar))
    data = urllib.parse.urlencode({"token": desk["token"], "csrf": csrf}).encode()
    with pytest.raises(urllib.error.HTTPError) as e:
        opener2.open(base + "/login", data)
    assert e.value.code == 303
    cookie = [v for k, v in e.value.headers.items() if k.lower() == "set-cookie" and "marsad_session" in v][0]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    doc = call(base, "/api/v1/facts/figure?limit=1")[1]["rows"][0]
    page = opener.open(base + "/documents/" + urllib.parse.quote(doc["doc"])).read().decode()
    assert 'name="csrf"' in page and "Accept" in page
    # a review form without the session's CSRF value is refused, and nothing changes
    data = urllib.parse.urlencode({"fact_id": doc["fact_id"], "action": "reject", "csrf": "forged"}).encode()
    with pytest.raises(urllib.error.HTTPError) as e:
        opener.open(base + "/documents/" + urllib.parse.quote(doc["doc"]) + "/review", data)
    assert e.value.code == 403
    assert doc["fact_id"] in [f["fact_id"] for f in call(base, "/api/v1/facts/figure?limit=500")[1]["rows"]]


def test_every_response_carries_security_headers_and_no_trace(desk):
    with urllib.request.urlopen(desk["base"] + "/") as r:
        csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    status, body = call(desk["base"], "/documents/%3Cscript%3E")
    assert status == 404 and "<script>" not in body and "Traceback" not in body


def test_token_cli_prints_the_token_last_and_stores_a_digest(desk):
    out = subprocess.run([sys.executable, "-m", "marsad", "token", "create", "cli-user", "--db", desk["db"]],
                         check=True, capture_output=True, text=True).stdout
    token = out.split()[-1]
    assert token.startswith("marsad_") and len(token) > 30
    listed = subprocess.run([sys.executable, "-m", "marsad", "token", "list", "--json", "--db", desk["db"]],
                            check=True, capture_output=True, text=True).stdout
    assert "cli-user" in listed and token not in listed
    import sqlalchemy as sa

    with Database(desk["db"]).read() as conn:
        assert token not in str(conn.execute(sa.text("SELECT * FROM tokens")).fetchall())
    again = subprocess.run([sys.executable, "-m", "marsad", "token", "create", "cli-user", "--db", desk["db"]],
                           capture_output=True, text=True)
    assert again.returncode != 0 and again.stderr.count("\n") == 1 and "exists" in again.stderr
