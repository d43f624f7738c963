"""Speed and memory of extraction on a generated corpus (``marsad bench``).

The corpus is generated on the fly from seed articles (the bundled demo corpus, plus the development
set when run from a source checkout): paragraphs shuffled, numbers changed, country names swapped. It
is streamed article by article, so the peak memory measured is the pipeline's, not the corpus's.
"""
from __future__ import annotations

import os
import random
import re
import resource
import time
from importlib import resources
from pathlib import Path
from typing import Iterator

__all__ = ["seed_texts", "generate", "run"]

_SWAP_AR = ["فرنسا", "ألمانيا", "بريطانيا", "إيطاليا", "بولندا", "السويد", "الدنمارك", "فنلندا", "النرويج",
            "هولندا", "بلجيكا", "إسبانيا", "تركيا", "كندا", "اليابان", "أستراليا", "رومانيا", "اليونان"]
_SWAP_EN = ["France", "Germany", "Britain", "Italy", "Poland", "Sweden", "Denmark", "Finland", "Norway",
            "the Netherlands", "Belgium", "Spain", "Turkey", "Canada", "Japan", "Australia", "Romania", "Greece"]


def seed_texts(extra: list[str | Path] = ()) -> list[str]:
    """Article texts to vary: the demo corpus, ``extra`` folders, and eval/dev/articles if present."""
    from .io import ReadError, read_sources

    paths = []
    with resources.as_file(resources.files("marsad") / "demo") as demo:
        paths.append(str(demo))
        dev = Path.cwd() / "eval" / "dev" / "articles"
        if dev.is_dir():
            paths.append(str(dev))
        paths.extend(str(p) for p in extra)
        texts = [s.text for s in read_sources(paths) if not isinstance(s, ReadError)]
    return texts


def generate(n: int, texts: list[str], seed: int = 7) -> Iterator[tuple[str, str]]:
    """``n`` (id, text) articles varied from ``texts``, lazily."""
    rnd = random.Random(seed)
    for i in range(n):
        base = texts[i % len(texts)]
        paras = [p for p in base.split("\n\n") if p.strip()]
        head, rest = paras[:1], paras[1:]
        rnd.shuffle(rest)
        text = "\n\n".join(head + rest)
        text = re.sub(r"\d+", lambda m: str(rnd.randint(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 1,
                                                        10 ** len(m.group()) - 1)), text)
        swap = _SWAP_AR if any("\u0600" <= c <= "\u06ff" for c in text[:200]) else _SWAP_EN
        a, b = rnd.sample(swap, 2)
        text = text.replace(a, "\0").replace(b, a).replace("\0", b)
        yield f"bench-{i:06d}", text


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def interpreter() -> str:
    """The Python that ran a benchmark, with where it is installed: builds of the same version differ (one
    compiled with profile-guided and link-time optimisation runs this pipeline about 1.3 times faster than
    one without, as pyenv builds by default)."""
    import platform
    import sys

    return f"{platform.python_implementation()} {platform.python_version()} ({sys.base_prefix})"


def compiled() -> str:
    """How many of the compiled-able modules ran compiled (see :mod:`marsad._compiled`)."""
    from . import _compiled

    states = _compiled.status()
    return f"{sum(s == 'compiled' for s in states.values())} of {len(states)} modules"


def run(n: int = 10000, *, seed: int = 7, one_core: bool = True, components: list[str] | None = None) -> dict:
    """Extract ``n`` generated articles; returns the figures (articles/s, peak memory...)."""
    from .api import _default_pipeline, load_pipeline, make_doc

    if one_core and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass
    t0 = time.perf_counter()
    nlp = load_pipeline(components=components) if components else _default_pipeline()
    texts = seed_texts()
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_mb()
    chars = facts = 0
    checkpoint = max(1, n // 10)
    rss_at_10pct = None
    t1 = time.perf_counter()
    for i, (doc_id, text) in enumerate(generate(n, texts, seed), 1):
        doc = nlp(make_doc(text, id=doc_id))
        facts += len(doc.to_records())
        chars += len(text)
        if i == checkpoint:
            rss_at_10pct = _rss_mb()
    elapsed = time.perf_counter() - t1
    return {
        "articles": n,
        "seed_articles": len(texts),
        "mean_chars": round(chars / max(n, 1)),
        "facts": facts,
        "load_seconds": round(load_s, 3),
        "extract_seconds": round(elapsed, 3),
        "articles_per_second": round(n / elapsed, 1) if elapsed else None,
        "ms_per_article": round(1000 * elapsed / max(n, 1), 3),
        "peak_rss_mb_after_load": round(rss_loaded, 1),
        "peak_rss_mb_at_10pct": round(rss_at_10pct or 0, 1),
        "peak_rss_mb_at_end": round(_rss_mb(), 1),
        "cpu": "1 core" if one_core else "unpinned",
        "python": interpreter(),
        "compiled": compiled(),
        "components": ",".join(nlp.names),
    }
