"""The REST API, served by a real uvicorn server on loopback over a real store."""
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest


@pytest.fixture(scope="module")
def server(desk):
    return desk["base"]


def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_api_stats_and_openapi(server):
    status, body = get(server, "/api/v1/stats")
    assert status == 200 and body["ok"] and body["documents"] == 9 and body["facts"]["quote"] > 20
    status, spec = get(server, "/openapi.json")
    assert status == 200 and "/api/v1/quotes" in spec["paths"] and "/api/v1/stances" in spec["paths"]
    # the document says what the server does: 400 with the error envelope, bearer tokens for writing
    quotes = spec["paths"]["/api/v1/quotes"]["get"]["responses"]
    assert "422" not in quotes and quotes["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    assert spec["paths"]["/api/v1/documents"]["post"]["security"] == [{"bearer": []}]


def test_api_quotes_filter_by_arabic_speaker_and_paginate(server):
    q = urllib.parse.quote("ماكرون")
    status, body = get(server, f"/api/v1/quotes?speaker={q}&limit=2")
    assert status == 200 and body["rows"] and all(r["speaker"]["id"] == "emmanuel-macron" for r in body["rows"])
    if len(body["rows"]) == 2:
        assert "offset=2" in body["next"]
    status, body = get(server, "/api/v1/facts/event?since=2025-12-01&until=2026-01-31")
    assert status == 200 and all(r["date"] is None or "2025-12-01" <= r["date"] <= "2026-01-31" for r in body["rows"])


def test_api_stances_actor_search_document(server):
    status, body = get(server, "/api/v1/stances?topic=multinational-force")
    assert status == 200 and body["cells"] and all(c["topic"] == "multinational-force" for c in body["cells"])
    status, body = get(server, "/api/v1/actors/" + urllib.parse.quote("زيلينسكي"))
    assert status == 200 and body["actors"][0]["id"] == "volodymyr-zelensky"
    status, body = get(server, "/api/v1/search?q=" + urllib.parse.quote("قوة الطمأنة"))
    assert status == 200 and body["rows"] and "«" in body["rows"][0]["highlighted"]
    status, body = get(server, "/api/v1/documents/ar_wire")
    assert status == 200 and body["facts"] and body["text"]


@pytest.mark.parametrize("path,status", [
    ("/api/v1/documents/nope", 404), ("/api/v1/facts/gossip", 404), ("/api/v1/quotes?speaker=Nobody%20Atall", 404),
    ("/api/v1/quotes?limit=0", 400), ("/api/v1/facts/event?since=yesterday", 400), ("/api/v1/quotes?lang=fr", 400),
    ("/api/v1/nothing", 404), ("/api/v1/stances?topic=weather", 404),
])
def test_api_errors_share_one_envelope(server, path, status):
    got, body = get(server, path)
    assert got == status
    assert set(body) == {"ok", "status", "error"} and body["ok"] is False and body["status"] == status
    assert "Traceback" not in body["error"]


def test_api_quotes_by_words_in_arabic(server):
    status, body = get(server, "/api/v1/quotes?q=" + urllib.parse.quote("ضمانات"))
    assert status == 200 and body["rows"]
    from marsad.store.search_form import search_form

    assert all("ضمان" in search_form(r["evidence"]["text"]) for r in body["rows"])
    status, none = get(server, "/api/v1/quotes?q=" + urllib.parse.quote("زرافة"))
    assert status == 200 and none["rows"] == []
