"""Registers the built-in components. Idempotent; called once, lazily, by the registry."""
from __future__ import annotations

from .pipeline import ComponentInfo, registry

_DONE = False


def populate() -> None:
    global _DONE
    if _DONE:
        return
    _DONE = True
    from .components.actors import ActorRuler
    from .components.quotes import QuoteExtractor
    from .components.sentences import SentenceSplitter
    from .components.titles import TitleResolver
    from .components.figures import FigureExtractor
    from .components.provisions import ProvisionCiter
    from .components.events import EventExtractor
    from .components.stances import StanceExtractor
    from .components.pledges import PledgeExtractor

    builtins = [
        ComponentInfo("marsad.sentences.v1", SentenceSplitter, (), ("doc.sents",),
                      "Sentence spans that respect Arabic punctuation and quotations."),
        ComponentInfo("marsad.actors.v1", ActorRuler, ("doc.norm", "doc.sents"), ("doc.mentions",),
                      "Knowledge-base aliases linked to actors, with Arabic proclitics."),
        ComponentInfo("marsad.titles.v1", TitleResolver, ("doc.mentions", "doc.date"),
                      ("doc.mentions", "doc.spans.titles"),
                      "Title phrases, role holders on the document date, provisional people, surnames."),
        ComponentInfo("marsad.quotes.v1", QuoteExtractor, ("doc.sents", "doc.mentions", "doc.spans.titles"),
                      ("doc.quotes",), "Direct and indirect quotes with their speakers."),
        ComponentInfo("marsad.figures.v1", FigureExtractor, ("doc.norm", "doc.sents", "doc.mentions"), ("doc.facts.figure",),
                      "Numbers in digits or words with scale and unit (money, percent, year, count)."),
        ComponentInfo("marsad.provisions.v1", ProvisionCiter, ("doc.norm", "doc.sents"), ("doc.facts.provision",),
                      "Citations of numbered points of the case's plans."),
        ComponentInfo("marsad.events.v1", EventExtractor, ("doc.sents", "doc.mentions", "doc.quotes", "doc.date"),
                      ("doc.facts.event",), "Events with their type, resolved date, participants and place."),
        ComponentInfo("marsad.pledges.v1", PledgeExtractor, ("doc.sents", "doc.mentions", "doc.facts.figure"),
                      ("doc.facts.pledge",), "Commitments of actors, by category, with amounts."),
        ComponentInfo("marsad.stances.v1", StanceExtractor,
                      ("doc.sents", "doc.mentions", "doc.quotes", "doc.facts.provision", "doc.facts.pledge"),
                      ("doc.facts.stance",), "Positions of actors on the case's topics, also from pledges of troops."),
    ]
    for info in builtins:
        registry.register(info)
