"""The desk's HTML pages: overview, stance map, quotes, actors, documents, timeline, plans, search, login.

Pages are rendered on the server from Jinja2 templates with autoescaping (article text is untrusted and
is never marked safe; the only markup added to it is built here from escaped pieces). Charts are plotly
figures described in JSON blocks that ``static/desk.js`` draws with the plotly.js file of the installed
``plotly`` package. Every page works without JavaScript except the charts.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from .auth import LOGIN_COOKIE, SESSION_COOKIE, SESSION_SECONDS, Auth

_HERE = resources.files("marsad.web")
templates = Jinja2Templates(directory=str(_HERE / "templates"))
KIND_ORDER = ("mention", "quote", "stance", "pledge", "figure", "event", "provision")
POLARITY_MARK = {"support": "+", "oppose": "−", "open": "~"}
_AR = re.compile(r"[\u0600-\u06ff]")


# ----------------------------------------------------------------------------- template helpers
def actor_name(a: dict | None) -> str:
    if not a:
        return "—"
    en, ar = a.get("name") or a.get("id"), a.get("name_ar")
    return f"{en} · {ar}" if ar and ar != en else str(en)


def text_dir(s: str | None) -> str:
    return "rtl" if s and _AR.search(s[:200]) else "ltr"


def doc_link(key: str, start: int | None = None, end: int | None = None) -> str:
    url = "/documents/" + urlquote(key, safe="")
    if start is not None and end is not None:
        url += f"?hl={start}-{end}#hl"
    return url


def actor_link(a: dict | None) -> str:
    return "/actors/" + urlquote((a or {}).get("id") or "", safe="")


def fact_summary(f: dict) -> str:
    k = f.get("kind")
    if k == "mention":
        return actor_name(f.get("entity"))
    if k == "quote":
        return f"{actor_name(f.get('speaker')) if f.get('speaker') else (f.get('speaker_text') or 'unattributed')}: " \
               f"“{f.get('text', '')}”"
    if k == "stance":
        return f"{actor_name(f.get('actor'))} → {f.get('topic')}: {f.get('polarity')}"
    if k == "pledge":
        amount = f" {f['value']:g} {f.get('unit') or ''}" if isinstance(f.get("value"), (int, float)) else ""
        return f"{actor_name(f.get('actor'))}: {f.get('category')}{amount}"
    if k == "figure":
        v = f.get("value")
        return f"{v:g} {f.get('unit') or ''} {f.get('counted') or ''}".strip() if isinstance(v, (int, float)) else str(v)
    if k == "event":
        who = ", ".join(actor_name(p) for p in f.get("participants") or [])
        return f"{f.get('type')} {f.get('date') or '(date unknown)'}" + (f" — {who}" if who else "")
    if k == "provision":
        return f"{f.get('plan')} point {f.get('number')}: {f.get('text') or ''}"
    return k or ""


def fact_span(f: dict) -> tuple[int, int]:
    ev = f.get("evidence") or {}
    if f.get("kind") in ("mention", "quote", "figure") and f.get("start") is not None:
        return f["start"], f["end"]
    return ev.get("start", 0), ev.get("end", 0)


def marked_text(text: str, facts: list[dict], hl: tuple[int, int] | None) -> Markup:
    """The article with each fact's span wrapped in classes of its kind (escaped piece by piece)."""
    spans = []
    for i, f in enumerate(facts):
        s, e = fact_span(f)
        if 0 <= s < e <= len(text):
            spans.append((s, e, f["kind"], f.get("fact_id") or f"m{i}"))
    if hl and 0 <= hl[0] < hl[1] <= len(text):
        spans.append((hl[0], hl[1], "hl", "hl"))
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    starts: dict[int, list[str]] = {}
    for s, _e, _k, fid in spans:
        starts.setdefault(s, []).append(fid)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        kinds = sorted({k for s, e, k, _ in spans if s <= a and b <= e})
        anchors = "".join(f'<a class="anchor" id="{"hl" if fid == "hl" else "f-" + str(fid)}"></a>'
                          for fid in starts.get(a, []))
        piece = escape(text[a:b])
        if kinds:
            cls = " ".join("k-" + k for k in kinds)
            out.append(f'{anchors}<span class="{cls}">{piece}</span>')
        else:
            out.append(f"{anchors}{piece}")
    return Markup("".join(out))


def word_diff(old: str | None, new: str | None) -> Markup:
    """``new`` with the words added since ``old`` in <ins> and those dropped in <del>."""
    if new is None:
        return Markup('<span class="removed">removed in this version</span>')
    a, b = (old or "").split(), new.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape(" ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(Markup("<del>") + escape(" ".join(a[i1:i2])) + Markup("</del>"))
        if j2 > j1:
            out.append(Markup("<ins>") + escape(" ".join(b[j1:j2])) + Markup("</ins>"))
    return Markup(" ").join(out)


def highlighted(sentence: str, query: str) -> Markup:
    from ..store.search_form import highlight, query_terms

    marked = highlight(sentence, query_terms(query), ("\x00", "\x01"))
    return Markup(str(escape(marked)).replace("\x00", "<mark>").replace("\x01", "</mark>"))


templates.env.globals.update(actor_name=actor_name, text_dir=text_dir, doc_link=doc_link, actor_link=actor_link,
                             fact_summary=fact_summary, POLARITY_MARK=POLARITY_MARK, KIND_ORDER=KIND_ORDER)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message, "user": None,
                                                              "csrf": None, "case": None, "q": ""},
                                      status_code=status)


def _bar_chart(rows: list[dict]) -> dict:
    langs = sorted({r["lang"] for r in rows})
    colour = {"ar": "#0072B2", "en": "#E69F00"}
    data = [{"type": "bar", "name": lang, "x": [r["date"] for r in rows if r["lang"] == lang],
             "y": [r["documents"] for r in rows if r["lang"] == lang],
             "marker": {"color": colour.get(lang, "#999999")}} for lang in langs]
    return {"data": data, "layout": {"barmode": "stack", "height": 260, "margin": {"l": 40, "r": 10, "t": 10, "b": 40},
                                     "legend": {"orientation": "h"}, "xaxis": {"type": "date"}}}


# ----------------------------------------------------------------------------- routes
def router(desk) -> APIRouter:
    from ..store import queries as Q
    from ..store.review import EDITABLE, review, reviews_of

    r = APIRouter(include_in_schema=False)
    auth: Auth = desk.auth
    plotly_js = _plotly_path()

    def role_of(actor: dict | None) -> str:
        """What the knowledge base says an actor is: the newest role of a person, a group's kind."""
        kb_actor = desk.kb.get((actor or {}).get("id") or "")
        if kb_actor is None or not kb_actor.roles:
            return ""
        role = max(kb_actor.roles, key=lambda r: r.start or dt.date.min)
        where = role.country or role.org or ""
        return f"{role.title}{', ' + where if where else ''}" + ("" if role.end is None else f" (until {role.end})")

    def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        session = auth.session(request)
        ctx.setdefault("q", "")
        ctx.setdefault("role_of", role_of)
        return templates.TemplateResponse(request, name, {"user": session.user if session else None,
                                                          "csrf": session.csrf if session else None,
                                                          "case": desk.case, **ctx}, status_code=status)

    @r.get("/static/{name}")
    def static(name: str) -> Response:
        if name == "plotly.min.js":
            return FileResponse(plotly_js, media_type="text/javascript", headers={"cache-control": "max-age=86400"})
        path = Path(str(_HERE / "static")) / name
        if "/" in name or not path.is_file():
            raise HTTPException(404, f"no file {name!r}")
        media = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}.get(
            path.suffix, "application/octet-stream")
        return FileResponse(path, media_type=media, headers={"cache-control": "max-age=3600"})

    @r.get("/favicon.ico")
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @r.get("/", response_class=HTMLResponse)
    def overview(request: Request):
        return render(request, "overview.html", active="overview", stats=desk.cached(Q.stats, desk.db),
                      chart=_bar_chart(desk.cached(Q.documents_by_day, desk.db)),
                      latest=Q.documents(desk.db, limit=12), actors=desk.cached(Q.top_actors, desk.db, limit=15))

    @r.get("/stances", response_class=HTMLResponse)
    def stances(request: Request, actor: str | None = None, topic: str | None = None, all: bool = False,
                type: str = ""):
        cells = desk.cached(Q.stance_matrix, desk.db)
        types = sorted({c["actor"].get("type") for c in cells if c["actor"].get("type")})
        by_actor: dict[str, dict] = {}
        totals: dict[str, int] = {}
        for c in cells:
            if type and c["actor"].get("type") != type:
                continue
            aid = c["actor"].get("id")
            by_actor.setdefault(aid, {"actor": c["actor"], "cells": {}})["cells"][c["topic"]] = c
            totals[aid] = totals.get(aid, 0) + c["documents"]
        rows = sorted(by_actor.values(), key=lambda x: (-totals[x["actor"].get("id")], x["actor"].get("name") or ""))
        topics = list(desk.case.topics.values())
        if topic and not actor:  # one topic's column: who stands where on it
            only = desk.topic_id(topic)
            topics = [desk.case.topics[only]]
            rows = [r for r in rows if only in r["cells"]]
        shown = rows if all else rows[:60]
        evidence, chart, selected = None, None, None
        if actor and topic:
            tid = desk.topic_id(topic)
            evidence = Q.facts_of_kind(desk.db, "stance", actor_ids=[actor], topic=tid, limit=40)
            selected = {"actor": by_actor.get(actor, {}).get("actor") or {"id": actor}, "topic": desk.case.topics[tid],
                        "cell": by_actor.get(actor, {}).get("cells", {}).get(tid)}
            chart = _stance_timeline(evidence)
        return render(request, "stances.html", active="stances", rows=shown, hidden=len(rows) - len(shown),
                      types=types, type=type, topics=topics, evidence=evidence, selected=selected, chart=chart)

    @r.get("/quotes", response_class=HTMLResponse)
    def quotes(request: Request, speaker: str = "", topic: str = "", lang: str = "", since: str = "",
               words: str = "", offset: int = 0):
        problem, rows, speakers = None, [], None
        limit = 30
        try:
            since_d = dt.date.fromisoformat(since) if since else None
            if lang not in ("", "ar", "en"):
                raise HTTPException(400, "invalid language: choose ar or en")
            speakers = desk.actor_ids(speaker.strip()) if speaker.strip() else None
            rows = Q.quotes(desk.db, speaker_ids=speakers, topic=desk.topic_id(topic) if topic else None,
                            lang=lang or None, since=since_d, words=words.strip()[:200] or None, limit=limit,
                            offset=max(offset, 0))
        except ValueError:
            problem = f"invalid date {since!r}: expected YYYY-MM-DD"
        except HTTPException as e:
            problem = str(e.detail)
        nxt = offset + limit if len(rows) == limit else None
        return render(request, "quotes.html", active="quotes", rows=rows, problem=problem,
                      form={"speaker": speaker, "topic": topic, "lang": lang, "since": since, "words": words},
                      topics=list(desk.case.topics.values()), next_offset=nxt, offset=offset,
                      status=400 if problem else 200)

    @r.get("/actors/{name}", response_class=HTMLResponse)
    def actor(request: Request, name: str):
        ids = desk.actor_ids(name)
        profile = desk.cached(Q.actor_profile, desk.db, tuple(ids[:1]), limit=20)
        kb_actor = desk.kb.get(ids[0])
        days = [d for d in profile["mentions_by_day"] if d["date"]]
        chart = {"data": [{"type": "scatter", "mode": "lines+markers", "x": [d["date"] for d in days],
                           "y": [d["mentions"] for d in days], "line": {"color": "#0072B2"}}],
                 "layout": {"height": 240, "margin": {"l": 40, "r": 10, "t": 10, "b": 40}, "xaxis": {"type": "date"}}}
        return render(request, "actor.html", active="actors", p=profile, who=profile["actors"][0], kb=kb_actor,
                      chart=chart if days else None)

    @r.get("/documents", response_class=HTMLResponse)
    def documents(request: Request, lang: str = "", title: str = "", offset: int = 0):
        if lang not in ("", "ar", "en"):
            raise HTTPException(400, "invalid language: choose ar or en")
        limit = 50
        rows = Q.documents(desk.db, lang=lang or None, title=title[:200] or None, limit=limit, offset=max(offset, 0))
        return render(request, "documents.html", active="documents", rows=rows, lang=lang, title=title, offset=offset,
                      next_offset=offset + limit if len(rows) == limit else None)

    @r.get("/documents/{key}", response_class=HTMLResponse)
    def document(request: Request, key: str, hl: str = ""):
        d = Q.document(desk.db, key)
        if d is None:
            raise HTTPException(404, f"no document {key!r}")
        span = None
        if re.fullmatch(r"\d+-\d+", hl or ""):
            a, b = (int(x) for x in hl.split("-"))
            span = (a, b)
        facts = d["facts"]
        groups = {k: [f for f in facts if f["kind"] == k] for k in KIND_ORDER}
        return render(request, "document.html", active="documents", d=d, body=marked_text(d["text"], facts, span),
                      groups=groups, editable=EDITABLE, reviews=reviews_of(desk.db, key, limit=100),
                      topics=list(desk.case.topics.values()), dir=text_dir(d["text"]) if not d["lang"] else
                      ("rtl" if d["lang"] == "ar" else "ltr"))

    @r.post("/documents/{key}/review")
    async def review_form(request: Request, key: str):
        session = auth.session(request)
        if session is None:
            raise HTTPException(401, "log in with a token to review facts")
        form = await request.form()
        auth.check_csrf(session.csrf, form.get("csrf"))
        try:
            fact_id = int(form.get("fact_id", ""))
        except ValueError:
            raise HTTPException(400, "invalid fact")
        d = Q.document(desk.db, key)
        fact = next((f for f in (d or {}).get("facts", []) if f.get("fact_id") == fact_id), None)
        if fact is None:
            raise HTTPException(404, f"no fact {fact_id} in document {key!r}")
        action = form.get("action", "")
        changes = {}
        if action == "correct":
            changes = _changed_fields(desk, fact, form, EDITABLE.get(fact["kind"], ()))
        review(desk.db, fact_id, action, changes, reviewer=session.user, note=(form.get("note") or None),
               topics=set(desk.case.topics))
        return RedirectResponse(doc_link(key) + f"#f-{fact_id}", status_code=303)

    @r.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, since: str = "", until: str = "", offset: int = 0):
        try:
            a = dt.date.fromisoformat(since) if since else None
            b = dt.date.fromisoformat(until) if until else None
        except ValueError:
            raise HTTPException(400, "invalid date: expected YYYY-MM-DD")
        limit = 100
        events = Q.facts_of_kind(desk.db, "event", since=a, until=b, limit=limit, offset=max(offset, 0))
        days: dict[str, list] = {}
        for e in events:
            days.setdefault(e.get("date") or "date unknown", []).append(e)
        return render(request, "timeline.html", active="timeline", days=days, since=since, until=until,
                      offset=offset, next_offset=offset + limit if len(events) == limit else None)

    @r.get("/plans", response_class=HTMLResponse)
    def plans(request: Request):
        return render(request, "plans.html", active="plans", plans=list(desk.case.plans.values()))

    @r.get("/plans/{plan_id}", response_class=HTMLResponse)
    def plan(request: Request, plan_id: str):
        p = desk.case.plans.get(plan_id)
        if p is None:
            raise HTTPException(404, f"no plan {plan_id!r} in case {desk.case.id}")
        cited = desk.cached(Q.provision_counts, desk.db, plan_id)
        by_topic: dict[str, dict[str, list]] = {}
        for c in desk.cached(Q.stance_matrix, desk.db):
            by_topic.setdefault(c["topic"], {}).setdefault(c["latest"], []).append(c["actor"])
        conflicts = [c for c in desk.cached(Q.conflicts, desk.db, desk.case) if c["plan"] == plan_id]
        items = []
        for n in range(1, p.size + 1):
            prov = p.provision(n)
            if prov is None and not cited.get(n):
                continue
            versions = []
            if prov:
                base = prov.text_in(None, "en")
                for v in p.versions[1:] if len(p.versions) > 1 else ():
                    new = prov.text_in(v.id, "en")
                    versions.append({"version": v, "diff": word_diff(base, new), "changed": new != base})
            relations = [x for x in desk.case.relations if x.plan == plan_id and x.number == n]
            topics = list(dict.fromkeys([*(prov.topics if prov else ()), *(x.topic for x in relations)]))
            positions = [{"topic": desk.case.topics[t], "by": by_topic.get(t, {})} for t in topics
                         if t in desk.case.topics]
            items.append({"number": n, "prov": prov, "versions": versions, "cited": cited.get(n, 0),
                          "relations": relations, "positions": positions,
                          "conflicts": [c for c in conflicts if c["number"] == n]})
        return render(request, "plan.html", active="plans", plan=p, items=items)

    @r.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = ""):
        q = q.strip()[:200]
        rows = Q.search(desk.db, q, limit=50) if q else []
        for row in rows:
            row["markup"] = highlighted(row["sentence"], q)
        return render(request, "search.html", active="search", q=q, rows=rows)

    @r.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/"):
        import secrets

        value = secrets.token_urlsafe(24)
        resp = render(request, "login.html", active="login", login_csrf=value, next=_safe_next(next))
        Auth.set_cookie(resp, request, LOGIN_COOKIE, value, 3600)
        return resp

    @r.post("/login")
    def login(request: Request, token: str = Form(...), csrf: str = Form(...), next: str = Form("/")):
        Auth.check_csrf(request.cookies.get(LOGIN_COOKIE), csrf)
        got = auth.login(token)
        if got is None:
            return render(request, "login.html", status=401, active="login", login_csrf=csrf, next=_safe_next(next),
                          problem="invalid or revoked token")
        resp = RedirectResponse(_safe_next(next), status_code=303)
        Auth.set_cookie(resp, request, SESSION_COOKIE, got[1], SESSION_SECONDS)
        resp.delete_cookie(LOGIN_COOKIE, path="/")
        return resp

    @r.post("/logout")
    def logout(request: Request, csrf: str = Form(...)):
        session = auth.session(request)
        if session:
            Auth.check_csrf(session.csrf, csrf)
        resp = RedirectResponse("/", status_code=303)
        resp.delete_cookie(SESSION_COOKIE, path="/")
        return resp

    return r


def _safe_next(url: str) -> str:
    """Only a path of this site (no scheme, no host, no protocol-relative '//')."""
    return url if url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"


def _changed_fields(desk, fact: dict, form, fields) -> dict[str, Any]:
    from .api import resolve_changes

    out: dict[str, Any] = {}
    for field in fields:
        if field not in form:
            continue
        value = str(form.get(field)).strip()
        current = fact.get(field)
        if isinstance(current, dict):
            current = current.get("id")
        if field == "direct":
            if (value == "yes") != bool(current):
                out[field] = value == "yes"
            continue
        if field in ("value", "number") and value and current is not None:
            try:
                if float(value) == float(current):
                    continue
            except ValueError:
                pass
        if value != ("" if current is None else str(current)):
            out[field] = value or None
    if not out:
        raise HTTPException(400, "nothing to correct: no field was changed")
    return resolve_changes(desk, out)


def _stance_timeline(evidence: list[dict]) -> dict | None:
    dated = [e for e in evidence if e.get("doc_date") and e["doc_date"] > "1900-01-01"]
    if not dated:
        return None
    level = {"oppose": -1, "open": 0, "support": 1}
    colour = {"support": "#0072B2", "open": "#E69F00", "oppose": "#D55E00"}
    data = []
    for pol in ("support", "open", "oppose"):
        pts = [e for e in dated if e.get("polarity") == pol]
        if pts:
            data.append({"type": "scatter", "mode": "markers", "name": pol, "x": [e["doc_date"] for e in pts],
                         "y": [level[pol]] * len(pts), "marker": {"size": 12, "color": colour[pol]}})
    return {"data": data, "layout": {"height": 200, "margin": {"l": 60, "r": 10, "t": 10, "b": 40},
                                     "xaxis": {"type": "date"},
                                     "yaxis": {"tickvals": [-1, 0, 1], "ticktext": ["oppose", "open", "support"],
                                               "range": [-1.5, 1.5]}, "showlegend": False}}


def _plotly_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the plotly package is not installed (pip install plotly)")
    return str(Path(list(spec.submodule_search_locations)[0]) / "package_data" / "plotly.min.js")
