"""The fast paths of the ingest writer give what the plain ways gave: search forms read off the
normalised view, near-duplicates found with the whole batch at once, the full-text index filled a batch at a
time; and the MinHash signatures estimate what they should."""

import numpy as np
import pytest
import sqlalchemy as sa
from hypothesis import given, settings, strategies as st

from marsad.bench import generate, seed_texts
from marsad.io import Source
from marsad.store import queries as Q
from marsad.store.db import Database
from marsad.store.ingest import _null_groups, ingest
from marsad.store.neardup import NUM_PERM, signature, signature_words
from marsad.store import search_form as SF
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


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("ab_1²½ \t\n.,«»-ـًّ  İﬁ") + ["وال", "بالأمم", "لل", "ومصر", "١٢"]))
       .map("".join))
def test_words_are_the_tokens_of_the_expression(text):
    # the fast path (pieces between white space that are all letters and digits taken whole) gives the
    # expression's words, underscores, digits of every script, marks and odd spaces included
    assert SF._words(text) == [SF._strip(w) for w in SF._TOKEN.findall(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab_1Z9 \t\n.,'-%") + ["the", "al", "UK"])).map("".join))
def test_words_of_text_without_arabic_are_the_tokens_of_the_expression(text):
    # the path of a text that is all ASCII (no look-up of search forms): the same words
    assert SF._words(text) == [SF._strip(w) for w in SF._TOKEN.findall(text)]


def test_ingest_leaves_every_reference_whole_and_the_checks_on(tmp_path):
    # the writer does not have SQLite check its rows' references: they must hold all the same
    db = Database(str(tmp_path / "fk.db"))
    ingest(db, [Source(i, t, f"<{i}>", {"source": "wire"}) for i, t in generate(30, seed_texts(), seed=3)],
           batch_size=7)
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    with db.write() as conn:  # a later writer on the same pooled connection checks them again
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(sa.exc.IntegrityError):
            conn.exec_driver_sql('INSERT INTO sentences (doc_id, idx, start, "end", norm) VALUES (999999, 0, 0, 1, \'x\')')
    db.close()


def test_null_groups_leave_out_only_empty_nullable_columns():
    cols = ["id", "doc_id", "run_id", "kind", "topic", "polarity", "ev_start", "ev_end", "record", "original"]
    rows = [(1, 1, None, "stance", "force", "support", 0, 5, "{}", 1),
            (2, 1, None, "quote", None, None, 6, 9, "{}", 1),
            (3, 1, 7, "stance", "force", None, 0, 5, "{}", 1),
            (4, 1, None, "quote", None, None, 1, 2, "{}", 1)]
    groups = _null_groups("facts", cols, rows)
    back = {}
    for gcols, part in groups:
        assert len({len(r) for r in part}) == 1 and len(part[0]) == len(gcols)
        for r in part:
            full = dict.fromkeys(cols)
            full.update(zip(gcols, r))
            back[full["id"]] = tuple(full[c] for c in cols)
    assert back == {r[0]: r for r in rows}  # every row once, each value in its column
    assert sorted(len(g[0]) for g in groups) == [7, 9, 9]  # three patterns of empty run_id, topic, polarity
    assert all({"id", "doc_id", "kind", "ev_start", "ev_end", "record", "original"} <= set(g[0]) for g in groups)


def _jaccard(x, y):
    return len(x & y) / len(x | y)


def _shingles(words):
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def test_signatures_estimate_the_jaccard_similarity_of_word_3_grams():
    """Over pairs of word lists of every degree of overlap, the share of equal signature values is an unbiased
    estimate of the Jaccard similarity of their 3-gram sets, within the spread of 64 values."""
    import random

    rnd = random.Random(7)
    vocab = [f"w{i}" for i in range(5000)]
    errors = []
    for _ in range(300):
        a = [rnd.choice(vocab) for _ in range(rnd.randint(20, 600))]
        every = rnd.choice([2, 3, 5, 8, 13, 30, 80, 10_000])
        b = [f"x{i}" if i % every == 0 else w for i, w in enumerate(a)]
        true = _jaccard(_shingles(a), _shingles(b))
        est = np.count_nonzero(signature(a) == signature(b)) / NUM_PERM
        errors.append(est - true)
        assert abs(est - true) < 0.25, (true, est)
    assert abs(np.mean(errors)) < 0.015  # no bias
    assert np.mean(np.abs(errors)) < 0.05  # the spread of 64 values: about 0.04 on average
    assert (signature(["a", "b", "c", "d"]) == signature(["a", "b", "c", "d"])).all()
    assert (signature(["one"]) != signature(["two"])).sum() > 60 and len(signature([])) == NUM_PERM
    assert signature([]).dtype == np.uint64


def test_signature_words_are_the_search_forms():
    """Copies that differ in diacritics, letter variants, proclitics or case are the same words; a document
    without sentences (its extraction failed) is signed from its whole text."""
    one = "وأكد وزير الخارجية أنّ أوكرانيا سترفض الخطة. The Minister said no."
    two = "واكد وزير الخارجيه ان اوكرانيا سترفض الخطه. the minister SAID no."
    forms = [search_form(one)], [search_form(two)]
    assert signature_words(*forms[:1]) == signature_words(*forms[1:])
    assert signature_words([], one) == signature_words([], two) == search_form(one).split()
    norm = normalize(one)
    assert signature_words(sentence_forms(norm, split_sentences(one))) == search_form(one).split()


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
        return np.count_nonzero(signature(texts[x].split()) == signature(texts[y].split())) / NUM_PERM

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
