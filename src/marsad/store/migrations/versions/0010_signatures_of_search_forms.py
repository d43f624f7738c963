"""near-duplicate signatures are made of the words the full-text index keeps (the sentences' search forms)

The signature of every document that has one is computed again with :func:`marsad.store.neardup.signature`
from its sentences' search forms (already stored, in ``sentences.norm``), and the LSH bands of first copies
are rebuilt from them: new documents are then compared with stored ones on the same terms. Links already
made (``duplicate_of``, ``similarity``) are kept as they are. Downgrading computes the signatures of the
version before from the documents' text.

Revision ID: 0010
Revises: 0009
"""
import re
import zlib

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_DOCS = sa.table("documents", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                 sa.column("signature", sa.LargeBinary), sa.column("duplicate_of", sa.Integer))
_SENTS = sa.table("sentences", sa.column("doc_id", sa.Integer), sa.column("idx", sa.Integer),
                  sa.column("norm", sa.Text))
_BANDS = sa.table("doc_bands", sa.column("band", sa.String), sa.column("doc_id", sa.Integer))
_CHUNK = 1000


def _rewrite(make) -> None:
    """Every signed document's signature as ``make(text, forms)`` gives it, a chunk of documents at a time,
    and the bands of the first copies from them."""
    from marsad.store.neardup import bands

    conn = op.get_bind()
    conn.execute(_BANDS.delete())
    last = 0
    while True:
        rows = conn.execute(sa.select(_DOCS.c.id, _DOCS.c.text, _DOCS.c.duplicate_of)
                            .where(_DOCS.c.signature.is_not(None), _DOCS.c.id > last)
                            .order_by(_DOCS.c.id).limit(_CHUNK)).all()
        if not rows:
            return
        ids = [r.id for r in rows]
        forms: dict[int, list[str]] = {}
        for doc_id, norm in conn.execute(sa.select(_SENTS.c.doc_id, _SENTS.c.norm)
                                         .where(_SENTS.c.doc_id.in_(ids)).order_by(_SENTS.c.doc_id, _SENTS.c.idx)):
            forms.setdefault(doc_id, []).append(norm)
        signed, banded = [], []
        for r in rows:
            hv = make(r.text or "", forms.get(r.id, []))
            signed.append({"b_id": r.id, "b_sig": hv.tobytes()})
            if r.duplicate_of is None:
                banded += [{"band": b, "doc_id": r.id} for b in bands(hv)]
        conn.execute(_DOCS.update().where(_DOCS.c.id == sa.bindparam("b_id")).values(signature=sa.bindparam("b_sig")),
                     signed)
        if banded:
            conn.execute(_BANDS.insert(), banded)
        last = ids[-1]


def upgrade() -> None:
    from marsad.store.neardup import signature, signature_words

    _rewrite(lambda text, forms: signature(signature_words(forms, text)))


def _previous_signature(text: str, forms: list[str]):
    """The signature of revision 0009: crc32 of the lower-cased text's ``\\w+`` words, their 3-grams, 64
    universal hashes modulo 2**61 - 1."""
    import numpy as np

    prime = np.uint64((1 << 61) - 1)
    rnd = np.random.RandomState(1)
    a, b = rnd.randint(1, 1 << 31, 64, dtype=np.uint64), rnd.randint(0, 1 << 31, 64, dtype=np.uint64)
    words = re.findall(r"\w+", text.lower()) or [""]
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in words), dtype=np.uint64, count=len(words))
    if len(w) >= 3:
        w = (w[:-2] * np.uint64(1_000_003) + w[1:-1]) * np.uint64(1_000_003) + w[2:]
    return ((np.unique(w % prime)[:, None] * a[None, :] + b[None, :]) % prime).min(axis=0)


def downgrade() -> None:
    _rewrite(_previous_signature)

