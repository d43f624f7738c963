"""The fast paths of the ingest writer give what the plain ways gave: search forms read off the
normalised view, the MinHash with its Mersenne reduction, near-duplicates found with the whole batch at
once, the full-text index filled a batch at a time."""
import re
import zlib

import numpy as np
import pytest
import sqlalchemy as sa

from marsad.bench import generate, seed_texts
from marsad.io import Source
from marsad.store import queries as Q
from marsad.store.db import Database
from marsad.store.ingest import NUM_PERM, _minhash, _mod_prime, ingest
from marsad.store.search_form import search_form, sentence_forms
from marsad.text import normalize, split_sentences

HARD = ["مَرْحَبًا بِكُمْ في الأُمَمِ المُتَّحِدَة. ﻻ شيء هنا… وال\u0640\u0640مملكة ﷲ. İstanbul ﬁne. ١٢٣ «قال» ",
        "\u064b\u064b abc. \ufefb\u0651x y.", "", "a", "Straße ÀÉ l'Élysée, 2\u00bd%."]


def _texts(n=60, seed=5):
    return [t for _, t in generate(n, seed_texts(), seed=seed)] + HARD


def test_sentence_forms_are_the_search_forms_of_the_sentences():
    for text in _texts():
        norm = normalize(text)
        spans = split_sentences(text) + [(0, len(text))]
        if len(text) < 120:  # every short span of the hard texts, cut anywhere
            spans += [(i, j) for i in range(len(text)) for j in range(i, min(len(text), i + 7) + 1)]
        assert sentence_forms(norm, spans) == [search_form(text[s:e]) for s, e in spans]


def _reference_minhash(text):
    """The MinHash as first written: a division for every modulo."""
    prime = np.uint64((1 << 61) - 1)
    rnd = np.random.RandomState(1)
    a, b = (rnd.randint(1, 1 << 31, NUM_PERM, dtype=np.uint64), rnd.randint(0, 1 << 31, NUM_PERM, dtype=np.uint64))
    words = re.findall(r"\w+", text.lower()) or [""]
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in words), dtype=np.uint64, count=len(words))
    if len(w) >= 3:
        w = (w[:-2] * np.uint64(1_000_003) + w[1:-1]) * np.uint64(1_000_003) + w[2:]
    h = np.unique(w % prime)
    return ((h[:, None] * a[None, :] + b[None, :]) % prime).min(axis=0)


def test_minhash_is_unchanged():
    for text in _texts(40, seed=9):
        assert (_minhash(text) == _reference_minhash(text)).all()
    p = (1 << 61) - 1
    edge = np.array([0, 1, p - 1, p, p + 1, 2 * p, 2 * p + 1, 8 * p, 8 * p + 6, 2**63, 2**64 - 2, 2**64 - 1],
                    dtype=np.uint64)
    rnd = np.random.default_rng(0).integers(0, 2**63, 10_000, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    for x in (edge, rnd):
        assert (_mod_prime(x.copy()) == x % np.uint64(p)).all()


def _links(db):
    with db.read() as c:
        return sorted(c.execute(sa.text(
            "select d.key, o.key, d.similarity from documents d left join documents o on o.id = d.duplicate_of"
        )).fetchall())


@pytest.mark.parametrize("batch_size", [1, 7])
def test_near_duplicates_do_not_depend_on_the_batches(store_url, tmp_path, batch_size):
    """Near-duplicates found within a batch and across batches are the same links, on both backends."""
    sources = [Source(i, t, f"<{i}>", {"date": "2025-11-26"}) for i, t in generate(60, seed_texts(), seed=4)]
    reference = Database(str(tmp_path / "reference.db"))
    ingest(reference, sources, batch_size=100)
    expected = _links(reference)
    assert sum(1 for _, o, _ in expected if o) > 10  # the generated corpus repeats its stories
    db = Database(store_url)
    try:
        ingest(db, sources[:35], batch_size=batch_size)
        ingest(db, sources[35:], batch_size=batch_size)
        assert _links(db) == expected
        assert Q.stats(db) == Q.stats(reference)
        # every sentence is in the full-text index, whatever batch wrote it
        word = search_form(sources[-1].text).split()[5]
        assert {h["doc"] for h in Q.search(db, word, limit=1000)} == \
            {h["doc"] for h in Q.search(reference, word, limit=1000)}
    finally:
        db.close()
        reference.close()


@pytest.mark.parametrize("batch_size", [1, 3])
def test_a_near_duplicate_is_found_through_its_first_copy_only(tmp_path, batch_size):
    """B edits A a little, C edits B a little more: C is as near to B as B to A, but far from A. C is not
    chained to A through B: it starts a story of its own, and a fourth edit of A still finds A."""
    import random

    rnd = random.Random(3)
    vocab = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9))) for _ in range(3000)]
    a = [rnd.choice(vocab) for _ in range(600)]

    def edit(words, start, tag, every=36):
        return [f"{tag}{i}" if i >= start and (i - start) % every == 0 else w for i, w in enumerate(words)]

    b = edit(a, 0, "x")
    c = edit(b, 18, "y")
    d = edit(a, 9, "z", every=72)
    texts = {k: " ".join(w) for k, w in zip("abcd", (a, b, c, d))}

    def sim(x, y):
        return np.count_nonzero(_minhash(texts[x]) == _minhash(texts[y])) / NUM_PERM

    assert sim("a", "b") >= 0.8 and sim("b", "c") >= 0.8 and sim("a", "c") < 0.8 <= sim("a", "d")
    db = Database(str(tmp_path / "s.db"))
    try:
        ingest(db, [Source(k, t, f"<{k}>", {}) for k, t in texts.items()], batch_size=batch_size)
        assert [(k, o) for k, o, _ in _links(db)] == [("a", None), ("b", "a"), ("c", None), ("d", "a")]
        with db.read() as conn:  # the bands kept are those of the first copies
            banded = {k for (k,) in conn.execute(sa.text(
                "select distinct d.key from doc_bands b join documents d on d.id = b.doc_id"))}
        assert banded == {"a", "c"}
    finally:
        db.close()
