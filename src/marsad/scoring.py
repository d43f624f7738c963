#!/usr/bin/env python3
"""Score `marsad extract` facts (JSON Lines, see the facts contract) against a gold folder.

The project's copy of the contract's reference scorer: `marsad eval` uses :func:`score` and
:func:`read_predictions`; a test checks that its figures agree with the reference scorer's.

    python -m marsad.scoring --pred PRED.jsonl --gold GOLD_DIR [--only ID ...] [--json] [-v]

Standard library only (Python 3.11).  Exit status 0 whatever the scores; 2 for wrong arguments
(missing prediction file, missing gold folder, an --only id with no gold file).

Kinds reported: mention, quote-detect, quote-attrib, stance, figure, event, provision, pledge,
plus an "overall" micro-average (mention + quote-attrib + stance + figure + event + provision +
pledge).  Precision, recall and F1 are micro-averaged over the documents scored.

Matching (per document and kind)
- A gold actor reference A is an ISO3 string, a list of names, or a list mixing both.  A
  predicted entity matches when its `id` equals an ISO3 code in A, or its `name` (or its `id`
  read as a slug) equals one of the names; names compare case-, accent- and punctuation-
  insensitively.
- mention: the predicted mentions of a document are reduced to a set of entities.
- quote detection: the normalised gold key is a substring of the normalised predicted text,
  or the token Jaccard overlap of the two is >= 0.5.  Attribution additionally requires the
  speaker to match; a gold speaker of null (unnamed source) is matched only by a null
  predicted speaker (a gold speaker list may contain null to accept both).
- stance: actor, topic, polarity in the gold's allowed set.  figure: value within 0.5 % and
  unit (case-insensitive; the gold unit may be a list).  event: type in the allowed set and
  the same date (null matches null only).  provision: plan (the gold plan may be a list of
  ids) and number.  pledge: actor and category in the allowed set.
- Gold and predictions are paired one-to-one by maximum bipartite matching.  A prediction left
  over that is compatible with an already matched gold fact (a second reading of a mixed
  actor list, the same quote printed twice) or with an optional fact counts neither way
  ("neutral"); every other prediction is a false positive.
- Predictions are first de-duplicated on their matching key (entity id/name, normalised quote
  text, value+unit, ...), so repeating a fact is never punished twice.

Arabic normalisation for text comparison: NFKC; strip harakat, Quranic marks and tatweel;
أ إ آ ٱ -> ا; ى -> ي; ة -> ه; Arabic-Indic digits -> ASCII; lower case; quotation marks and all
other punctuation -> space; collapse whitespace.

Malformed or unknown prediction lines (bad JSON, unknown kind, missing fields) are counted and
reported, never fatal.  Lines for documents that have no gold file are counted separately.
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

KINDS = ("mention", "quote", "stance", "figure", "event", "provision", "pledge")
REPORT_KINDS = ("mention", "quote-detect", "quote-attrib", "stance", "figure", "event",
                "provision", "pledge")
OVERALL_KINDS = ("mention", "quote-attrib", "stance", "figure", "event", "provision", "pledge")
GOLD_KEY = {"mention": "mentions", "quote": "quotes", "stance": "stances", "figure": "figures",
            "event": "events", "provision": "provisions", "pledge": "pledges"}
FIGURE_TOLERANCE = 0.005
JACCARD_MIN = 0.5

# ----------------------------------------------------------------------------- normalisation
_AR_MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]")
_AR_MAP = {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا", ord("ى"): "ي", ord("ة"): "ه"}
for _i in range(10):
    _AR_MAP[0x0660 + _i] = str(_i)
    _AR_MAP[0x06F0 + _i] = str(_i)


def _punct_to_space(s):
    return "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in s)


def norm_text(s):
    """Normalise (Arabic or English) text for quote comparison."""
    if not isinstance(s, str):
        return ""
    s = unicodedata.normalize("NFKC", s)
    s = _AR_MARKS.sub("", s)
    s = s.translate(_AR_MAP).lower()
    s = _punct_to_space(s)
    return " ".join(s.split())


def norm_name(s):
    """Normalise an entity name or id: accents, case, punctuation, slugs ("emmanuel-macron")."""
    if not isinstance(s, str):
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = norm_text(s)
    return s


def tokens(s):
    return norm_text(s).split()


def jaccard(a, b):
    sa, sb = set(tokens(a)), set(tokens(b))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


# ----------------------------------------------------------------------------- gold helpers
def as_list(x):
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    return [x]


_ISO3 = re.compile(r"^[A-Z]{3}$")


def entity_matches(ent, ref):
    """Does predicted entity dict `ent` match gold reference `ref` (ISO3 str or list)?"""
    if not isinstance(ent, dict):
        return False
    eid = ent.get("id")
    name = ent.get("name")
    nid = norm_name(eid) if isinstance(eid, str) else ""
    nname = norm_name(name) if isinstance(name, str) else ""
    for alias in as_list(ref):
        if not isinstance(alias, str) or not alias.strip():
            continue
        if _ISO3.match(alias) and isinstance(eid, str) and eid.strip().upper() == alias:
            return True
        na = norm_name(alias)
        if na and (na == nname or na == nid):
            return True
    return False


def speaker_matches(pred_speaker, gold_speaker):
    pred_null = not isinstance(pred_speaker, dict) or not (pred_speaker.get("id") or pred_speaker.get("name"))
    if gold_speaker is None:
        return pred_null
    refs = as_list(gold_speaker)
    if any(r is None for r in refs) and pred_null:
        return True
    if pred_null:
        return False
    return entity_matches(pred_speaker, [r for r in refs if r is not None])


def quote_text_matches(pred_text, gold_key):
    gk, pt = norm_text(gold_key), norm_text(pred_text)
    if not gk or not pt:
        return False
    if gk in pt:
        return True
    return jaccard(pred_text, gold_key) >= JACCARD_MIN


def _num(x):
    if isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    if isinstance(x, str):
        try:
            return float(x.replace(",", "").strip())
        except ValueError:
            return None
    return None


def _lower_set(x):
    return {str(v).strip().lower() for v in as_list(x) if v is not None}


def _date(x):
    if not isinstance(x, str) or not x.strip():
        return None
    return x.strip()[:10]


# compatibility functions: (prediction, gold) -> bool
def compat_mention(p, g):
    return entity_matches(p.get("entity"), g)


def compat_quote_detect(p, g):
    return quote_text_matches(p.get("text"), g.get("key", ""))


def compat_quote_attrib(p, g):
    return compat_quote_detect(p, g) and speaker_matches(p.get("speaker"), g.get("speaker"))


def compat_stance(p, g):
    return (entity_matches(p.get("actor"), g.get("actor"))
            and str(p.get("topic", "")).strip().lower() == str(g.get("topic", "")).strip().lower()
            and str(p.get("polarity", "")).strip().lower() in _lower_set(g.get("polarity")))


def compat_figure(p, g):
    pv, gv = _num(p.get("value")), _num(g.get("value"))
    if pv is None or gv is None:
        return False
    if gv == 0:
        ok = pv == 0
    else:
        ok = abs(pv - gv) <= FIGURE_TOLERANCE * abs(gv)
    return ok and str(p.get("unit", "")).strip().lower() in _lower_set(g.get("unit"))


def compat_event(p, g):
    return (str(p.get("type", "")).strip().lower() in _lower_set(g.get("type"))
            and _date(p.get("date")) == _date(g.get("date")))


def compat_provision(p, g):
    try:
        pn = int(_num(p.get("number")))
        gn = int(_num(g.get("number")))
    except (TypeError, ValueError):
        return False
    return pn == gn and str(p.get("plan", "")).strip().lower() in _lower_set(g.get("plan"))


def compat_pledge(p, g):
    return (entity_matches(p.get("actor"), g.get("actor"))
            and str(p.get("category", "")).strip().lower() in _lower_set(g.get("category")))


COMPAT = {"mention": compat_mention, "quote-detect": compat_quote_detect,
          "quote-attrib": compat_quote_attrib, "stance": compat_stance, "figure": compat_figure,
          "event": compat_event, "provision": compat_provision, "pledge": compat_pledge}


# ----------------------------------------------------------------------------- predictions
def _ent_key(e):
    if not isinstance(e, dict):
        return None
    if isinstance(e.get("id"), str) and e["id"].strip():
        return "id:" + norm_name(e["id"])
    if isinstance(e.get("name"), str) and e["name"].strip():
        return "name:" + norm_name(e["name"])
    return None


def dedup_key(kind, f):
    if kind == "mention":
        return _ent_key(f.get("entity"))
    if kind == "quote":
        return (norm_text(f.get("text")), _ent_key(f.get("speaker")))
    if kind == "stance":
        return (_ent_key(f.get("actor")), str(f.get("topic")).lower(), str(f.get("polarity")).lower())
    if kind == "figure":
        v = _num(f.get("value"))
        return (round(v, 6) if v is not None else None, str(f.get("unit")).lower())
    if kind == "event":
        return (str(f.get("type")).lower(), _date(f.get("date")), _ent_key(f.get("place")))
    if kind == "provision":
        return (str(f.get("plan")).lower(), str(f.get("number")))
    if kind == "pledge":
        return (_ent_key(f.get("actor")), str(f.get("category")).lower())
    return None


def _is_entity(e):
    return isinstance(e, dict) and any(isinstance(e.get(k), str) and e.get(k).strip() for k in ("id", "name"))


def validate_fact(f):
    """Return None when the fact is usable, else a short reason string."""
    kind = f.get("kind")
    if kind not in KINDS:
        return "unknown kind %r" % (kind,)
    if kind == "mention":
        return None if _is_entity(f.get("entity")) else "mention: entity missing"
    if kind == "quote":
        if not isinstance(f.get("text"), str) or not f.get("text").strip():
            return "quote: text missing"
        sp = f.get("speaker")
        if sp is not None and not isinstance(sp, dict):
            return "quote: speaker not an object or null"
        return None
    if kind == "stance":
        if not _is_entity(f.get("actor")):
            return "stance: actor missing"
        if not isinstance(f.get("topic"), str) or not isinstance(f.get("polarity"), str):
            return "stance: topic/polarity missing"
        return None
    if kind == "figure":
        if _num(f.get("value")) is None:
            return "figure: value not a number"
        if not isinstance(f.get("unit"), str):
            return "figure: unit missing"
        return None
    if kind == "event":
        if not isinstance(f.get("type"), str):
            return "event: type missing"
        d = f.get("date")
        if d is not None and not isinstance(d, str):
            return "event: date not a string or null"
        return None
    if kind == "provision":
        if not isinstance(f.get("plan"), str):
            return "provision: plan missing"
        n = _num(f.get("number"))
        if n is None or n != int(n):
            return "provision: number not an integer"
        return None
    if kind == "pledge":
        if not _is_entity(f.get("actor")):
            return "pledge: actor missing"
        if not isinstance(f.get("category"), str):
            return "pledge: category missing"
        return None
    return None


def doc_id_of(raw):
    if not isinstance(raw, str) or not raw.strip():
        return None
    base = os.path.basename(raw.strip())
    stem, ext = os.path.splitext(base)
    return stem if ext.lower() in (".txt", ".html", ".htm") else base


def read_predictions(lines, wanted_docs):
    """Returns ({doc: {kind: [facts]}}, malformed Counter, examples, ignored Counter, n_lines)."""
    preds = {d: {k: [] for k in KINDS} for d in wanted_docs}
    malformed = Counter()
    examples = {}
    ignored = Counter()
    n = 0
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        n += 1
        try:
            f = json.loads(line)
        except json.JSONDecodeError:
            reason = "not JSON"
            f = None
        else:
            reason = None
            if not isinstance(f, dict):
                reason = "not a JSON object"
            elif doc_id_of(f.get("doc")) is None:
                reason = "doc missing"
            else:
                reason = validate_fact(f)
        if reason:
            malformed[reason] += 1
            examples.setdefault(reason, lineno)
            continue
        d = doc_id_of(f["doc"])
        if d not in preds:
            ignored[d] += 1
            continue
        preds[d][f["kind"]].append(f)
    return preds, malformed, examples, ignored, n


# ----------------------------------------------------------------------------- gold
def load_gold(gold_dir):
    gold = OrderedDict()
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            g = json.load(fh)
        doc = g.get("doc") or os.path.splitext(os.path.basename(path))[0]
        gold[doc] = g
    return gold


def gold_items(g, kind, optional=False):
    src = (g.get("optional") or {}) if optional else g
    return list(src.get(GOLD_KEY[kind]) or [])


# ----------------------------------------------------------------------------- matching
def max_matching(preds, golds, compat):
    adj = [[j for j, g in enumerate(golds) if compat(p, g)] for p in preds]
    match_of_gold = [-1] * len(golds)

    def augment(i, seen):
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if match_of_gold[j] == -1 or augment(match_of_gold[j], seen):
                match_of_gold[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return match_of_gold, adj


def score_kind(preds, gold_req, gold_opt, compat):
    match_of_gold, adj = max_matching(preds, gold_req, compat)
    matched_preds = {i for i in match_of_gold if i != -1}
    tp = len(matched_preds)
    fp_items, neutral = [], 0
    for i, p in enumerate(preds):
        if i in matched_preds:
            continue
        if adj[i] or any(compat(p, g) for g in gold_opt):
            neutral += 1
        else:
            fp_items.append(p)
    fn_items = [g for j, g in enumerate(gold_req) if match_of_gold[j] == -1]
    pairs = [(preds[i], gold_req[j]) for j, i in enumerate(match_of_gold) if i != -1]
    return {"tp": tp, "fp": len(fp_items), "fn": len(fn_items), "neutral": neutral,
            "gold": len(gold_req), "fp_items": fp_items, "fn_items": fn_items, "pairs": pairs}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def dedup(kind, facts):
    seen, out = set(), []
    for f in facts:
        k = dedup_key(kind, f)
        if k in seen:
            continue
        seen.add(k)
        out.append(f)
    return out


def score(gold, preds):
    """gold: {doc: gold dict}; preds: {doc: {kind: [facts]}} -> result dict."""
    totals = {k: Counter() for k in REPORT_KINDS}
    per_doc = OrderedDict()
    direct_agree = Counter()
    for doc, g in gold.items():
        dp = preds.get(doc) or {k: [] for k in KINDS}
        per_doc[doc] = {}
        for kind in KINDS:
            facts = dedup(kind, dp.get(kind, []))
            req, opt = gold_items(g, kind), gold_items(g, kind, optional=True)
            names = ("quote-detect", "quote-attrib") if kind == "quote" else (kind,)
            for name in names:
                res = score_kind(facts, req, opt, COMPAT[name])
                for c in ("tp", "fp", "fn", "neutral", "gold"):
                    totals[name][c] += res[c]
                per_doc[doc][name] = res
                if name == "quote-detect":
                    for p, gq in res["pairs"]:
                        if isinstance(p.get("direct"), bool) and isinstance(gq.get("direct"), bool):
                            direct_agree["n"] += 1
                            direct_agree["agree"] += p["direct"] == gq["direct"]
    out = OrderedDict()
    for name in REPORT_KINDS:
        t = totals[name]
        p, r, f = prf(t["tp"], t["fp"], t["fn"])
        out[name] = OrderedDict(gold=t["gold"], pred=t["tp"] + t["fp"], tp=t["tp"], fp=t["fp"],
                                fn=t["fn"], neutral=t["neutral"], precision=round(p, 4),
                                recall=round(r, 4), f1=round(f, 4))
    tp = sum(totals[k]["tp"] for k in OVERALL_KINDS)
    fp = sum(totals[k]["fp"] for k in OVERALL_KINDS)
    fn = sum(totals[k]["fn"] for k in OVERALL_KINDS)
    p, r, f = prf(tp, fp, fn)
    out["overall"] = OrderedDict(gold=tp + fn, pred=tp + fp, tp=tp, fp=fp, fn=fn,
                                 neutral=sum(totals[k]["neutral"] for k in OVERALL_KINDS),
                                 precision=round(p, 4), recall=round(r, 4), f1=round(f, 4))
    return {"kinds": out, "per_doc": per_doc,
            "quote_direct_agreement": (round(direct_agree["agree"] / direct_agree["n"], 4)
                                       if direct_agree["n"] else None)}


# ----------------------------------------------------------------------------- reporting
def _short_entity(e):
    if not isinstance(e, dict):
        return "null"
    return str(e.get("id") or e.get("name"))


def describe_gold(kind, g):
    if kind == "mention":
        return "/".join(str(a) for a in as_list(g))
    if kind.startswith("quote"):
        sp = "null" if g.get("speaker") is None else as_list(g.get("speaker"))[0]
        return "%s: %s" % (sp, g.get("key"))
    if kind == "stance":
        return "%s %s %s" % (as_list(g.get("actor"))[0], g.get("topic"), "|".join(as_list(g.get("polarity"))))
    if kind == "figure":
        return "%s %s" % (g.get("value"), "|".join(str(u) for u in as_list(g.get("unit"))))
    if kind == "event":
        return "%s %s" % ("|".join(as_list(g.get("type"))), g.get("date"))
    if kind == "provision":
        return "%s #%s" % ("|".join(as_list(g.get("plan"))), g.get("number"))
    if kind == "pledge":
        return "%s %s" % (as_list(g.get("actor"))[0], "|".join(as_list(g.get("category"))))
    return json.dumps(g, ensure_ascii=False)


def describe_pred(kind, p):
    if kind == "mention":
        e = p.get("entity") or {}
        return "%s (%s)" % (_short_entity(e), p.get("text", ""))
    if kind.startswith("quote"):
        return "%s: %s" % (_short_entity(p.get("speaker")), (p.get("text") or "")[:80])
    if kind == "stance":
        return "%s %s %s" % (_short_entity(p.get("actor")), p.get("topic"), p.get("polarity"))
    if kind == "figure":
        return "%s %s (%s)" % (p.get("value"), p.get("unit"), p.get("text", ""))
    if kind == "event":
        return "%s %s" % (p.get("type"), p.get("date"))
    if kind == "provision":
        return "%s #%s" % (p.get("plan"), p.get("number"))
    if kind == "pledge":
        return "%s %s" % (_short_entity(p.get("actor")), p.get("category"))
    return json.dumps(p, ensure_ascii=False)


def render_text(result, docs, malformed, examples, ignored, n_lines, verbose):
    lines = ["documents scored: %d (%s)" % (len(docs), ", ".join(docs)),
             "prediction lines read: %d" % n_lines, ""]
    head = "%-13s %5s %5s %5s %5s %5s %7s %7s %7s %7s" % (
        "kind", "gold", "pred", "tp", "fp", "fn", "neutral", "P", "R", "F1")
    lines += [head, "-" * len(head)]
    for name, row in result["kinds"].items():
        if name == "overall":
            lines.append("-" * len(head))
        lines.append("%-13s %5d %5d %5d %5d %5d %7d %7.3f %7.3f %7.3f" % (
            name, row["gold"], row["pred"], row["tp"], row["fp"], row["fn"], row["neutral"],
            row["precision"], row["recall"], row["f1"]))
    if result["quote_direct_agreement"] is not None:
        lines.append("")
        lines.append("quote `direct` agreement on detected quotes: %.3f" % result["quote_direct_agreement"])
    lines.append("")
    total_bad = sum(malformed.values())
    lines.append("malformed/unknown lines: %d" % total_bad)
    for reason, cnt in malformed.most_common():
        lines.append("  %5d  %s (first at line %d)" % (cnt, reason, examples[reason]))
    if ignored:
        lines.append("lines for documents without gold (ignored): %d (%s)" % (
            sum(ignored.values()), ", ".join(sorted(ignored))))
    if verbose:
        for doc, kinds in result["per_doc"].items():
            block = []
            for name in REPORT_KINDS:
                res = kinds[name]
                for g in res["fn_items"]:
                    block.append("  miss  %-12s %s" % (name, describe_gold(name, g)))
                for p in res["fp_items"]:
                    block.append("  extra %-12s %s" % (name, describe_pred(name, p)))
            lines.append("")
            lines.append("== %s: %d misses/extras" % (doc, len(block)))
            lines.extend(block)
    return "\n".join(lines)


def render_json(result, docs, malformed, examples, ignored, n_lines, verbose):
    out = OrderedDict()
    out["documents"] = docs
    out["prediction_lines"] = n_lines
    out["kinds"] = result["kinds"]
    out["quote_direct_agreement"] = result["quote_direct_agreement"]
    out["malformed"] = OrderedDict((r, {"count": c, "first_line": examples[r]})
                                   for r, c in malformed.most_common())
    out["malformed_total"] = sum(malformed.values())
    out["ignored_docs"] = dict(sorted(ignored.items()))
    if verbose:
        per = OrderedDict()
        for doc, kinds in result["per_doc"].items():
            per[doc] = OrderedDict()
            for name in REPORT_KINDS:
                res = kinds[name]
                p, r, f = prf(res["tp"], res["fp"], res["fn"])
                per[doc][name] = OrderedDict(
                    tp=res["tp"], fp=res["fp"], fn=res["fn"], neutral=res["neutral"],
                    precision=round(p, 4), recall=round(r, 4), f1=round(f, 4),
                    misses=[describe_gold(name, g) for g in res["fn_items"]],
                    extras=[describe_pred(name, x) for x in res["fp_items"]])
        out["per_doc"] = per
    return json.dumps(out, ensure_ascii=False, indent=1)


# ----------------------------------------------------------------------------- CLI
def parse_args(argv):
    ap = argparse.ArgumentParser(description="Score marsad facts against a gold folder.")
    ap.add_argument("--pred", required=True, help="JSON Lines file printed by `marsad extract` ('-' = stdin)")
    ap.add_argument("--gold", required=True, help="folder of gold/<id>.json files")
    ap.add_argument("--only", nargs="+", metavar="ID", help="score only these document ids (space or comma separated)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras per document")
    return ap, ap.parse_args(argv)


def run(argv=None, stdout=None):
    stdout = stdout or sys.stdout
    ap, args = parse_args(argv)
    if not os.path.isdir(args.gold):
        ap.error("gold folder not found: %s" % args.gold)
    gold = load_gold(args.gold)
    if not gold:
        ap.error("no gold/*.json files in %s" % args.gold)
    if args.only:
        wanted = [x for part in args.only for x in part.split(",") if x.strip()]
        unknown = [x for x in wanted if x not in gold]
        if unknown:
            ap.error("no gold for: %s" % ", ".join(unknown))
        gold = OrderedDict((d, gold[d]) for d in wanted)
    if args.pred == "-":
        lines = sys.stdin.read().splitlines()
    else:
        if not os.path.exists(args.pred) or os.path.isdir(args.pred):
            ap.error("prediction file not found: %s" % args.pred)
        with open(args.pred, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    preds, malformed, examples, ignored, n = read_predictions(lines, list(gold))
    result = score(gold, preds)
    render = render_json if args.json else render_text
    print(render(result, list(gold), malformed, examples, ignored, n, args.verbose), file=stdout)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(run())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(0)
