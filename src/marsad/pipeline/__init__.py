"""The extraction pipeline: named ``Doc -> Doc`` components with declared inputs and outputs.

Each component declares what it ``requires`` (doc attributes that earlier components must assign) and
what it ``assigns``. :class:`Pipeline` checks the chain when it is built, so a misordered or missing
component fails at once with a coded error instead of producing empty facts.

Components are registered under versioned names (``marsad.quotes.v1``) in :data:`registry`; the
built-ins are registered by :mod:`marsad.registrations`, third-party packages add theirs through the
``marsad.components`` entry-point group.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol

from ..doc import Doc
from ..errors import Errors, PipelineError

__all__ = ["Component", "ComponentInfo", "Pipeline", "registry", "register", "DEFAULT_PIPELINE"]

DEFAULT_PIPELINE = ("marsad.sentences.v1", "marsad.actors.v1", "marsad.titles.v1", "marsad.quotes.v1",
                    "marsad.figures.v1", "marsad.provisions.v1", "marsad.events.v1", "marsad.pledges.v1",
                    "marsad.stances.v1")


class Component(Protocol):
    name: str

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Callable[..., Component]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


class _Registry:
    def __init__(self) -> None:
        self._items: dict[str, ComponentInfo] = {}
        self._loaded = False

    def register(self, info: ComponentInfo) -> None:
        self._items[info.name] = info

    def _ensure(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        from .. import registrations

        registrations.populate()
        from importlib.metadata import entry_points

        for ep in entry_points(group="marsad.components"):
            info = ep.load()
            self.register(info() if callable(info) and not isinstance(info, ComponentInfo) else info)

    def get(self, name: str) -> ComponentInfo:
        self._ensure()
        try:
            return self._items[name]
        except KeyError:
            raise PipelineError(Errors.E030.format(name=name, known=", ".join(sorted(self._items)))) from None

    def names(self) -> list[str]:
        self._ensure()
        return sorted(self._items)


registry = _Registry()


def register(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Decorator for a component factory ``factory(kb, options) -> component``."""

    def deco(factory: Callable[..., Component]) -> Callable[..., Component]:
        registry.register(ComponentInfo(name, factory, tuple(requires), tuple(assigns),
                                        (factory.__doc__ or "").strip().split("\n")[0]))
        return factory

    return deco


# Attributes a fresh Doc carries before any component runs.
_BASE_ATTRS = ("doc.text", "doc.norm", "doc.lang", "doc.date", "doc.id")


class Pipeline:
    """Runs the components in order. Build with :func:`marsad.api.load_pipeline`."""

    def __init__(self, names: Iterable[str], kb: Any, options: Any):
        self.kb = kb
        self.options = options
        self.infos = [registry.get(n) for n in names]
        have = set(_BASE_ATTRS)
        for info in self.infos:
            for attr in info.requires:
                if attr not in have:
                    raise PipelineError(Errors.E031.format(name=info.name, attr=attr))
            have.update(info.assigns)
        self.components = [info.factory(kb, options) for info in self.infos]

    @property
    def names(self) -> list[str]:
        return [i.name for i in self.infos]

    def analyze(self) -> list[dict[str, Any]]:
        """What each component requires and assigns, in order."""
        return [{"name": i.name, "requires": list(i.requires), "assigns": list(i.assigns), "doc": i.doc}
                for i in self.infos]

    def __call__(self, doc: Doc) -> Doc:
        for info, comp in zip(self.infos, self.components):
            out = comp(doc)
            if not isinstance(out, Doc):
                raise PipelineError(Errors.E032.format(name=info.name))
            doc = out
        return doc
