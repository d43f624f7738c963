"""The text layer: offset-preserving normalisation, sentences, language, Arabic proclitics."""
from .lang import detect_language
from .normalize import NormText, normalize, normalize_str
from .sentences import split_sentences

__all__ = ["NormText", "normalize", "normalize_str", "split_sentences", "detect_language"]
