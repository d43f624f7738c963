"""The library API: everything the command line does, importable.

    >>> import marsad
    >>> doc = marsad.extract("قال الرئيس الفرنسي إيمانويل ماكرون: «السلام ممكن».", date="2025-11-25")
    >>> [m.entity.id for m in doc.mentions]
    ['FRA', 'emmanuel-macron']
    >>> doc.quotes[0].speaker.name
    'Emmanuel Macron'
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterable, Iterator

from .doc import Doc
from .kb import KnowledgeBase, load_kb
from .pipeline import DEFAULT_PIPELINE, Pipeline
from .settings import Options, parse_date, parse_lang
from .text import detect_language

__all__ = ["extract", "extract_many", "extract_sources", "doc_from_source", "load_pipeline", "make_doc"]


def load_pipeline(options: Options | None = None, *, components: Iterable[str] = DEFAULT_PIPELINE,
                  kb: KnowledgeBase | None = None) -> Pipeline:
    """Build a pipeline. Without ``kb``, the shipped base plus ``options.kb`` files."""
    options = options or Options()
    if kb is None:
        kb = kb_for(options)
    return Pipeline(components, kb, options)


def kb_for(options: Options) -> KnowledgeBase:
    """The shipped base, the case's actors, then the user's files (later ones extend earlier ones)."""
    from .case import load_case

    kb = load_kb()
    case = load_case(options.case)
    for i, rec in enumerate(case.actors, 1):
        kb.add_record(rec, f"{case.source}: actor {i}: ")
    for path in options.kb:
        kb.load_file(path)
    return kb


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return load_pipeline()


def make_doc(text: str, *, id: str = "doc", date: str | dt.date | None = None, lang: str | None = None,
             meta: dict | None = None, default_date: dt.date | None = None) -> Doc:
    """A fresh :class:`Doc`; ``lang`` None or "auto" is detected from the script; ``date`` None is the date of
    the article's dateline where it tells one with the year ("KYIV, Nov 21, 2025 —"), else ``default_date``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lang = parse_lang(lang) or detect_language(text) or "en"
    date = parse_date(date)
    if date is None:
        from .text.dates import dateline_date

        date = dateline_date(text) or default_date
    return Doc(text=text, id=id, lang=lang, date=date, meta=dict(meta or {}))


def extract(text: str, *, date: str | dt.date | None = None, lang: str | None = None, id: str = "doc",
            pipeline: Pipeline | None = None) -> Doc:
    """Extract the facts of one article. Returns the :class:`Doc` with ``mentions``, ``quotes`` and
    ``facts``; ``doc.to_records()`` gives the contract records."""
    nlp = pipeline or _default_pipeline()
    return nlp(make_doc(text, id=id, date=date, lang=lang))


def extract_many(docs: Iterable[Doc], pipeline: Pipeline | None = None) -> Iterator[Doc]:
    """Run the pipeline over prepared documents, lazily (one at a time: memory stays flat)."""
    nlp = pipeline or _default_pipeline()
    for doc in docs:
        yield nlp(doc)


def doc_from_source(source, options: Options) -> Doc:
    """A :class:`Doc` for a :class:`marsad.io.Source`: the source's own date (its metadata's, else its dateline's)
    and language win over the options, which act as defaults for sources without them."""
    meta = dict(source.meta)
    try:
        date = parse_date(meta.get("date"))
    except Exception:
        date = None
    lang = options.lang or meta.get("lang")
    return make_doc(source.text, id=source.id, date=date, lang=lang if lang in ("ar", "en") else None,
                    meta=meta, default_date=options.date)


def extract_sources(sources, options: Options | None = None, pipeline: Pipeline | None = None):
    """Extract every :class:`marsad.io.Source` of an iterable; :class:`marsad.io.ReadError` items pass
    through unchanged, so a caller can report them in order."""
    from .io import ReadError

    options = options or Options()
    custom = options.kb or options.case != Options().case
    nlp = pipeline or (load_pipeline(options) if custom else _default_pipeline())
    for src in sources:
        if isinstance(src, ReadError):
            yield src
            continue
        yield nlp(doc_from_source(src, options))
