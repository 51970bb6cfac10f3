"""One validated config: default.cfg, a user file over it, and `--set section.key=value`.

Every value's default lives in `mjci_extract/default.cfg`, with a comment saying what it does;
each section is a Pydantic model (`Section`) that declares the types and no defaults, registered
by the module that reads it. Loading checks every section, key and value once, and a problem
names the file (or the --set) and the key:

    my.cfg: [ner] unknown key 'scop'; known keys: backend, model, scope, ...
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, PositiveInt, ValidationError


class ConfigError(ValueError):
    """A config file or override that does not fit the sections' models."""


class Section(BaseModel):
    """A config section: fields with types and no defaults (those are in default.cfg)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    section: ClassVar[str]


S = TypeVar("S", bound=Section)

# Section name -> its model; filled by `config_section` where each section is defined.
SECTIONS: dict[str, type[Section]] = {}


def register_section(model: type[Section]) -> None:
    known = SECTIONS.setdefault(model.section, model)
    if known is not model:
        raise ValueError(f"config section [{model.section}] defined twice")


def config_section(name: str):
    """Class decorator: `model` is the [name] section of the config."""

    def register(model: type[S]) -> type[S]:
        model.section = name
        register_section(model)
        return model

    return register


@config_section("pipeline")
class PipelineSettings(Section):
    """[pipeline]: each key's value and what it does are in default.cfg."""

    components: list[str]
    word_engine: Literal["nlpo3", "newmm"]
    batch_size: PositiveInt


def default_config_path() -> Path:
    return Path(str(files("mjci_extract") / "default.cfg"))


def parse_override(text: str) -> tuple[str, str, Any]:
    """`section.key=value` -> (section, key, value). The value is read as a TOML value
    (`3`, `true`, `["a", "b"]`, `"x"`); one that is no TOML value (a bare word) is a string."""
    target, eq, value = text.partition("=")
    section, dot, key = target.strip().partition(".")
    if not eq or not dot or not section or not key or "." in key:
        raise ConfigError(f"--set {text}: expected section.key=value (e.g. ner.scope=all)")
    value = value.strip()
    try:
        parsed = tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        parsed = value
    return section, key.strip(), parsed


class Config:
    """The validated sections, by model class (`config.get(NerSettings).scope`)."""

    def __init__(self, sections: dict[type, Section], origins: dict[tuple[str, str], str]) -> None:
        self._sections = sections
        self._origins = origins

    def get(self, model: type[S]) -> S:
        try:
            return self._sections[model]  # type: ignore[return-value]
        except KeyError:
            raise KeyError(f"no config section [{model.section}] was loaded") from None

    def sections(self) -> list[Section]:
        """Every validated section, in the order they were registered."""
        return list(self._sections.values())

    def origin(self, section: str, key: str) -> str:
        """Where the value of [section] key came from: a file name or a --set."""
        return self._origins[section, key]

    def error(self, section: str, key: str, message: str) -> ConfigError:
        """A ConfigError about [section] key, naming where its value came from."""
        return ConfigError(f"{self.origin(section, key)}: [{section}] {key}: {message}")


def _read(path: Path, label: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: not valid TOML ({exc})") from None
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{label}: '{section}' is no [section]")
    return data


def load_config(path: str | Path | None = None, overrides: Iterable[str] = ()) -> Config:
    """default.cfg, updated key by key with the file at `path`, then with the overrides
    (`section.key=value`), validated against the registered sections."""
    default = default_config_path()
    raw: dict[str, dict[str, Any]] = {}
    origin: dict[tuple[str, str], str] = {}
    layers: list[tuple[str, dict[str, Any]]] = [(default.name, _read(default, default.name))]
    if path is not None:
        layers.append((str(path), _read(Path(path), str(path))))
    for text in overrides:
        section, key, value = parse_override(text)
        layers.append((f"--set {text}", {section: {key: value}}))
    for label, data in layers:
        for section, values in data.items():
            model = SECTIONS.get(section)
            if model is None:
                raise ConfigError(
                    f"{label}: unknown section [{section}]; known sections: "
                    + ", ".join(sorted(SECTIONS))
                )
            known = model.model_fields
            for key, value in values.items():
                if key not in known:
                    raise ConfigError(
                        f"{label}: [{section}] unknown key '{key}'; known keys: " + ", ".join(known)
                    )
                raw.setdefault(section, {})[key] = value
                origin[section, key] = label
    sections: dict[type, Section] = {}
    for section, model in SECTIONS.items():
        values = raw.get(section, {})
        try:
            sections[model] = model.model_validate(values)
        except ValidationError as exc:
            error = exc.errors()[0]
            key = str(error["loc"][0]) if error["loc"] else "?"
            where = origin.get((section, key), default.name)
            raise ConfigError(f"{where}: [{section}] {key}: {error['msg']}") from None
    return Config(sections, origin)
