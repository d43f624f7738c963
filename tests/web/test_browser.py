"""The desk in a real browser: Debian's Chromium, headless, driven by Playwright, over a live server.

Screenshots of every page are written to docs/screenshots/ (named in the README). Without a browser these
tests skip with a message; under CI=true they must run.
"""
import json
import os
import shutil
import urllib.parse
import urllib.request

import pytest

from tests.conftest import ROOT
from tests.web.conftest import demo_store, live_server

SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("MARSAD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
HOW = ("browser tests need Debian's Chromium and Playwright: apt-get install chromium fonts-noto-core; "
       "pip install playwright (no browser download is needed)")


def _need_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    if not os.path.exists(CHROMIUM):
        return f"no Chromium at {CHROMIUM}"
    return None


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    missing = _need_browser()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {missing}: {HOW}")
        pytest.skip(f"{missing}: {HOW}")
    from playwright.sync_api import sync_playwright

    url, token = demo_store(tmp_path_factory.mktemp("browser") / "store.db")
    # an article carrying script tags and event handlers, posted through the API like any other
    hostile = {"id": "hostile", "lang": "en", "date": "2025-11-27",
               "title": "<img src=x onerror=\"window.__owned=1\">Title",
               "text": "Macron said on Tuesday that France supports the force. <script>window.__owned=2</script> "
                       "<img src=x onerror=\"window.__owned=3\"> <a href=\"javascript:window.__owned=4\">link</a>"}
    SHOTS.mkdir(parents=True, exist_ok=True)
    with live_server(url) as base:
        req = urllib.request.Request(base + "/api/v1/documents", data=json.dumps(hostile).encode(), method="POST",
                                     headers={"content-type": "application/json", "authorization": "Bearer " + token})
        assert urllib.request.urlopen(req, timeout=30).status == 201
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            yield {"base": base, "token": token, "browser": browser}
            browser.close()


@pytest.fixture
def page(site):
    ctx = site["browser"].new_context(viewport={"width": 1360, "height": 900}, locale="en-GB")
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.errors = errors
    yield pg
    ctx.close()


def shot(pg, name):
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


PAGES = [("overview", "/"), ("stances", "/stances"), ("quotes", "/quotes"), ("actor", "/actors/FRA"),
         ("documents", "/documents"), ("document-ar", "/documents/ar_wire"), ("timeline", "/timeline"),
         ("plan", "/plans/us-28-point-plan"), ("search", "/search?q=" + urllib.parse.quote("قوة الطمأنة"))]


@pytest.mark.parametrize("name,path", PAGES)
def test_each_page_opens_without_errors(site, page, name, path):
    resp = page.goto(site["base"] + path)
    assert resp.status == 200
    assert page.locator("main h1").count() == 1
    assert page.locator("form.search input[name=q]").count() == 1  # search box on every page
    if page.locator("[data-chart]").count():
        page.wait_for_selector("[data-chart][data-drawn] svg", timeout=10000)  # plotly, served locally
    shot(page, name)
    assert not page.errors, page.errors


def test_stance_cell_opens_its_evidence_and_the_words_in_the_article(site, page):
    page.goto(site["base"] + "/stances")
    cell = page.locator("#stance-map td.cell a").first
    actor, topic = cell.get_attribute("data-actor"), cell.get_attribute("data-topic")
    cell.click()
    page.wait_for_selector("#evidence")
    items = page.locator("#evidence ol.facts li")
    assert items.count() >= 1
    shot(page, "stance-evidence")
    evidence = items.first.locator("blockquote").inner_text().strip()
    items.first.locator(".source a").click()
    page.wait_for_selector("#doc-text .k-hl")
    marked = "".join(page.locator("#doc-text .k-hl").all_inner_texts())
    assert " ".join(marked.split()) == " ".join(evidence.split())
    assert actor and topic


def test_quotes_filter_by_an_arabic_speaker_name(site, page):
    page.goto(site["base"] + "/quotes")
    page.fill("input[name=speaker]", "ماكرون")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/quotes?**")
    cards = page.locator(".quote-card .speaker-card a.actor")
    assert cards.count() >= 1
    assert all(h == "/actors/emmanuel-macron" for h in (cards.nth(i).get_attribute("href") for i in range(cards.count())))
    shot(page, "quotes-arabic-speaker")


def test_arabic_document_is_laid_out_right_to_left(site, page):
    page.goto(site["base"] + "/documents/ar_wire")
    art = page.locator("#doc-text")
    assert art.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # the first line starts at the right edge of the article
    right_gap = art.evaluate("""e => {
        const r = document.createRange(); const t = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        let n = t.nextNode(); while (n && !n.textContent.trim()) n = t.nextNode();
        r.setStart(n, 0); r.setEnd(n, 1);
        return e.getBoundingClientRect().right - r.getBoundingClientRect().right; }""")
    assert 0 <= right_gap < 30
    # highlights toggle off by kind
    quote = page.locator("#doc-text .k-quote").first
    on = quote.evaluate("e => getComputedStyle(e).backgroundColor")
    page.uncheck("#toggle-quote")
    off = quote.evaluate("e => getComputedStyle(e).backgroundColor")
    assert on != off


def test_review_a_fact_in_the_desk_and_see_it_change(site, page):
    base = site["base"]
    page.goto(base + "/login?next=/documents/ar_wire")
    page.fill("input[name=token]", site["token"])
    page.click("form.login button")
    page.wait_for_url("**/documents/ar_wire")
    fact = page.locator(".fact-list li.fact.kind-stance").first
    fid = fact.get_attribute("data-fact")
    before = fact.locator("a.goto").inner_text()
    current = "support" if "support" in before.rsplit(":", 1)[-1] else "oppose"
    new = "oppose" if current == "support" else "support"
    fact.locator("summary").click()
    fact.locator("select[name=polarity]").select_option(new)
    fact.locator("button[value=correct]").click()
    page.wait_for_url(f"**/documents/ar_wire#f-{fid}")
    fact = page.locator(f"#fact-{fid}")
    assert fact.locator("a.goto").inner_text().rstrip().endswith(new)
    assert "analyst" in fact.locator(".review-note").inner_text()
    shot(page, "document-reviewed")
    # the API (and so the CLI and exports) follows the correction
    with urllib.request.urlopen(base + "/api/v1/facts/stance?reviewed=true&limit=500") as r:
        rows = json.loads(r.read())["rows"]
    assert any(str(f["fact_id"]) == fid and f["polarity"] == new for f in rows)
    # reject another fact: it leaves the list and shows under reviews
    other = page.locator(".fact-list li.fact.kind-figure").first
    ofid = other.get_attribute("data-fact")
    other.locator("button[value=reject]").click()
    page.wait_for_load_state()
    assert page.locator(f"#fact-{ofid}").count() == 0
    assert "reject" in page.locator("ol.reviews").inner_text()


def test_article_markup_is_shown_as_text_and_never_runs(site, page):
    page.goto(site["base"] + "/documents/hostile")
    body = page.locator("#doc-text").inner_text()
    assert "<script>window.__owned=2</script>" in body and 'onerror="window.__owned=3"' in body
    assert page.locator("main h1").inner_text().startswith("<img")
    assert page.evaluate("() => window.__owned") is None
    assert page.locator("#doc-text script, #doc-text img, #doc-text a[href^=javascript], main h1 img").count() == 0
    for path in ("/documents", "/quotes", "/search?q=Macron"):
        page.goto(site["base"] + path)
        assert page.evaluate("() => window.__owned") is None
