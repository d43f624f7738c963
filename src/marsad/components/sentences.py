"""Component ``marsad.sentences.v1``: sentence spans (see :mod:`marsad.text.sentences`)."""
from __future__ import annotations

from ..doc import Doc
from ..text import split_sentences


class SentenceSplitter:
    name = "marsad.sentences.v1"

    def __init__(self, kb=None, options=None):
        pass

    def __call__(self, doc: Doc) -> Doc:
        doc.sents = split_sentences(doc.text)
        return doc
