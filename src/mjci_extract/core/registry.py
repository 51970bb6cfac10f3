"""Pipeline components, registered by the modules that define them (like spaCy's
`Language.factory`): each names the slots of the document it `requires` and `assigns` and the
config section it reads, so that `Pipeline` can check a component list before running it.

A component is a class built as `factory(settings, resources)` (settings: its validated config
section, or None) and called on one document, `component(doc)`. It may also have:

- `pipe(docs)`: the same over a batch (the NER model is faster over many texts at once);
- `contribute(doc, draft)`: its fields and entity spans for the record (see core/draft.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from mjci_extract.core.config import Section, register_section
from mjci_extract.lexicon.gazetteer import Gazetteer


@dataclass(frozen=True)
class Resources:
    """What components share, loaded once per pipeline."""

    gazetteer: Gazetteer


@dataclass(frozen=True)
class ComponentInfo:
    """What a component needs from earlier ones and what it adds, for checks and docs."""

    name: str
    factory: Callable[..., Any]
    requires: tuple[type, ...]
    assigns: tuple[type, ...]
    config: type[Section] | None


# Component name (the names the config's [pipeline] components lists) -> its description.
COMPONENTS: dict[str, ComponentInfo] = {}
# Slot class -> the name of the component that assigns it (for error messages).
ASSIGNED_BY: dict[type, str] = {}

F = TypeVar("F", bound=Callable[..., Any])


def component(
    name: str,
    *,
    requires: tuple[type, ...] = (),
    assigns: tuple[type, ...] = (),
    config: type[Section] | None = None,
) -> Callable[[F], F]:
    """Register the component class `name`; `requires`/`assigns` are slot classes of the Doc."""

    def register(factory: F) -> F:
        if name in COMPONENTS and COMPONENTS[name].factory is not factory:
            raise ValueError(f"component {name!r} registered twice")
        COMPONENTS[name] = ComponentInfo(name, factory, tuple(requires), tuple(assigns), config)
        for slot in assigns:
            ASSIGNED_BY[slot] = name
        if config is not None:
            register_section(config)
        return factory

    return register


def assigned_by(slot: type) -> str | None:
    return ASSIGNED_BY.get(slot)


def check_order(names: list[str], prefix: tuple[str, ...] = ()) -> None:
    """Raise ValueError unless every component's requirements are assigned by an earlier one."""
    unknown = [n for n in names if n not in COMPONENTS]
    if unknown:
        raise ValueError(
            f"unknown pipeline component(s) {', '.join(map(repr, unknown))}; "
            f"known: {', '.join(sorted(set(COMPONENTS) - set(prefix)))}"
        )
    assigned: set[type] = set()
    for name in [*prefix, *names]:
        info = COMPONENTS[name]
        for slot in info.requires:
            if slot not in assigned:
                by = ASSIGNED_BY.get(slot)
                where = (
                    f"'{by}' assigns it; list '{by}' before '{name}'"
                    if by
                    else "no component assigns it"
                )
                raise ValueError(
                    f"pipeline component '{name}' requires {slot.__name__}, which no earlier "
                    f"component assigns ({where})"
                )
        assigned.update(info.assigns)


def analyze_pipes(names: list[str]) -> list[dict[str, object]]:
    """The requires/assigns table of a component list (spaCy's `analyze_pipes`)."""
    return [
        {
            "name": name,
            "requires": [s.__name__ for s in COMPONENTS[name].requires],
            "assigns": [s.__name__ for s in COMPONENTS[name].assigns],
            "config": COMPONENTS[name].config.section if COMPONENTS[name].config else None,
        }
        for name in names
    ]


__all__ = [
    "ASSIGNED_BY",
    "COMPONENTS",
    "ComponentInfo",
    "analyze_pipes",
    "assigned_by",
    "Resources",
    "check_order",
    "component",
]
