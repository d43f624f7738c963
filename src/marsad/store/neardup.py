"""Near-duplicates: the same wire story republished with small edits.

A document's signature is a MinHash of its word 3-gram shingles, read off the words the full-text index keeps
of it (its sentences' search forms: normalised, Arabic proclitics split off, English lower-cased), so the
words are split once per document, by the stage that makes them for the index, and two copies that differ
only in diacritics, letter variants or case are one story. An estimated Jaccard similarity of
:data:`NEAR_DUPLICATE` or more links a document to the first copy of its story; LSH bands (:data:`BANDS` of
``NUM_PERM // BANDS`` values) find the candidates in the store without comparing with every document.

The hashing: each word's CRC-32 (cached: news words repeat), shingles combined from the words' values and
spread over 64 bits by the SplitMix64 finaliser, then one bijection of the 64-bit values per permutation,
``h * a + b`` modulo 2**64 with an odd ``a`` (a vectorised pass, no modulo): the least value of each
is the signature's value. :func:`signature` is the only definition; a store written with an earlier one is
brought to it by migration 0010.
"""
from __future__ import annotations

import hashlib
import zlib

import numpy as np
import sqlalchemy as sa

from . import schema as S

__all__ = ["NUM_PERM", "BANDS", "NEAR_DUPLICATE", "signature", "signature_words", "bands", "NearDuplicates"]

NUM_PERM = 64
BANDS = 16
NEAR_DUPLICATE = 0.8  # estimated Jaccard similarity of word 3-gram shingles



def _constants(name: str) -> np.ndarray:
    """NUM_PERM 64-bit values of their own, fixed forever (a store's signatures depend on them): BLAKE2b of
    their name and index, not a random generator whose stream may change with a numpy release."""
    return np.array([int.from_bytes(hashlib.blake2b(f"marsad-minhash-{name}-{i}".encode(), digest_size=8).digest(),
                                    "little") for i in range(NUM_PERM)], dtype=np.uint64)


_A = _constants("a") | np.uint64(1)  # odd: h * a is a bijection of the 64-bit values
_B = _constants("b")
_B_COL = _B[:, None]  # (a column: the permutations are the rows of the products, see signature)
_K = np.uint64(1_000_003)
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


class _Crc(dict):
    """word -> its CRC-32, computed on the first look-up (cleared when it grows past 200,000 words)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 200_000:
            self.clear()
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_CRC = _Crc()


def signature_words(forms: list[str], text: str = "") -> list[str]:
    """The words a signature is made of: those of the sentences' search forms, or of the whole ``text``'s
    search form for a document without sentences (one whose extraction failed)."""
    words = " ".join(forms).split()
    if not words and text:
        from .search_form import search_form

        words = search_form(text).split()
    return words


def signature(words: list[str]) -> np.ndarray:
    """The MinHash signature (NUM_PERM unsigned 64-bit values) of the word 3-gram shingles of ``words``
    (of the single "word" of ``words`` when there are fewer than three, of one empty word when none)."""
    words = words or [""]
    h = np.fromiter(map(_CRC.__getitem__, words), dtype=np.uint64, count=len(words))
    if len(h) >= 3:  # (wrapping arithmetic: the values only need to differ)
        h = (h[:-2] * _K + h[1:-1]) * _K + h[2:]
    h ^= h >> _S30  # SplitMix64's finaliser: every bit of a shingle's value reaches the high bits
    h *= _M1
    h ^= h >> _S27
    h *= _M2
    h ^= h >> _S31
    # a row per permutation: the least of each row is read along contiguous memory (several times faster
    # than the least of each column of the transposed products)
    x = np.multiply.outer(_A, h)
    x += _B_COL
    return x.min(axis=1)


def bands(hv: np.ndarray) -> list[str]:
    rows = NUM_PERM // BANDS
    return [f"{b}:{hashlib.blake2b(hv[b * rows:(b + 1) * rows].tobytes(), digest_size=10).hexdigest()}"
            for b in range(BANDS)]


class NearDuplicates:
    """The near-duplicate look-up of one batch: each new document against the stored first copies sharing
    an LSH band with the batch and against the batch's earlier first copies.

    A document is a near-duplicate of the earliest first copy whose estimated similarity reaches
    NEAR_DUPLICATE, reported with its similarity to that copy. Similarity is compared with every candidate
    of the batch at once: a pair at or above the threshold differs in at most 12 of the 64 values, so
    shares at least 4 of the 16 bands: comparing beyond the pairs sharing a band finds nothing more."""

    def __init__(self, conn, band_keys: set[str], size: int):
        sigs, firsts = [], []
        if band_keys:
            D, B = S.documents, S.doc_bands
            for doc_id, sig in conn.execute(
                    sa.select(D.c.id, D.c.signature).where(
                        D.c.id.in_(sa.select(B.c.doc_id).where(B.c.band.in_(sorted(band_keys)))),
                        D.c.signature.is_not(None), D.c.duplicate_of.is_(None))):
                sigs.append(sig)
                firsts.append(doc_id)
        m = len(sigs)
        self.sigs = np.empty((m + size, NUM_PERM), dtype=np.uint64)
        if m:
            self.sigs[:m] = np.frombuffer(b"".join(sigs), dtype=np.uint64).reshape(m, NUM_PERM)
        self.firsts = np.empty(m + size, dtype=np.int64)
        self.firsts[:m] = firsts
        self.n = m
        self.found = 0

    def find(self, hv) -> tuple[int | None, float | None]:
        if not self.n:
            return None, None
        sims = np.count_nonzero(self.sigs[:self.n] == hv, axis=1) / NUM_PERM
        hits = np.flatnonzero(sims >= NEAR_DUPLICATE)
        if not len(hits):
            return None, None
        first = hits[self.firsts[hits].argmin()]
        self.found += 1
        return int(self.firsts[first]), round(float(sims[first]), 3)

    def add(self, row_id: int, hv, dup_of: int | None) -> None:
        if dup_of is None:
            self.sigs[self.n] = hv
            self.firsts[self.n] = row_id
            self.n += 1
