"""Measured quality: run extraction over a gold folder and score it (``marsad eval``).

A gold folder holds ``gold/<id>.json`` files and the articles in ``articles/<id>.txt`` (the layout of
the facts contract); the figures are those of :mod:`marsad.scoring`.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import Errors, EvaluationError
from .settings import Options


def find_layout(path: str | Path) -> tuple[Path, Path]:
    """(gold dir, articles dir) for a folder holding ``gold/`` and ``articles/`` or for a gold folder."""
    p = Path(path)
    if (p / "gold").is_dir():
        return p / "gold", p / "articles"
    return p, p.parent / "articles"


def predict(gold_dir: Path, articles_dir: Path, options: Options | None = None,
            only: list[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    """Extract each gold document's article with the gold's date; returns (gold, prediction lines)."""
    from . import scoring
    from .api import extract, load_pipeline

    options = options or Options()
    nlp = load_pipeline(options)
    gold = scoring.load_gold(str(gold_dir))
    if not gold:
        raise EvaluationError(Errors.E040.format(path=gold_dir))
    if only:
        gold = {d: g for d, g in gold.items() if d in set(only)}
    lines: list[str] = []
    for doc_id, g in gold.items():
        path = articles_dir / f"{doc_id}.txt"
        if not path.is_file():
            raise EvaluationError(Errors.E041.format(doc=doc_id, path=path))
        doc = extract(path.read_text(encoding="utf-8"), id=doc_id, date=g.get("date") or options.date,
                      lang=g.get("lang") or options.lang, pipeline=nlp)
        lines.extend(json.dumps(r, ensure_ascii=False) for r in doc.to_records())
    return gold, lines


def evaluate(path: str | Path, options: Options | None = None, only: list[str] | None = None) -> dict[str, Any]:
    """Score extraction on a gold folder. Returns the scorer's result (``kinds`` -> P/R/F1 per kind)."""
    from . import scoring

    gold_dir, articles_dir = find_layout(path)
    gold, lines = predict(gold_dir, articles_dir, options, only)
    preds, malformed, _examples, _ignored, _n = scoring.read_predictions(lines, list(gold))
    result = scoring.score(gold, preds)
    result["malformed"] = dict(malformed)
    result["documents"] = list(gold)
    return result
