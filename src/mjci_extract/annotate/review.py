"""The review page: one self-contained HTML file showing a brief beside its extracted record.

Left: the text, entities highlighted in displaCy's style (coloured `<mark>` with the label after
the entity). Right: the record, read from its models (record/fields.py): its own values, then a
section per list field. Every value in the record links to its evidence: each evidence
span in the text carries an anchor id, and clicking a value scrolls there and highlights the span.
No external fonts, scripts or styles: the page works offline and from a file:// URL.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel

from mjci_extract.annotate.labelstudio import LABEL_COLOURS
from mjci_extract.record.fields import (
    FlatField,
    evidence_field,
    flat_fields,
    is_located,
    list_fields,
    model_fields,
    singular,
)
from mjci_extract.record.models import Record

# Thai-capable fonts first (Noto / Sarabun where installed, Tahoma on Windows, TLWG fonts on
# Debian), so Thai never falls back to a font without the glyphs (tofu boxes).
FONT_STACK = (
    '"Noto Sans Thai", "Noto Sans Thai UI", "Sarabun", "Tahoma", "Leelawadee UI", '
    '"Thonburi", "Loma", "Garuda", "Waree", "Umpush", sans-serif'
)


@dataclass
class Target:
    """A stretch of the text that a value in the record can link to."""

    anchor: str
    start: int
    end: int
    caption: str
    text_matches: bool = True


@dataclass
class _Link:
    """How one record value refers to its evidence (None: the record gives no evidence)."""

    anchor: str | None
    note: str = ""


@dataclass
class _Targets:
    text: str
    items: list[Target] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, anchor: str, start: int, end: int, claimed: str | None, caption: str) -> str:
        """Register a span; return its anchor, or None-like "" if its offsets are unusable."""
        if not (0 <= start <= end <= len(self.text)):
            self.problems.append(
                f"{caption}: offsets [{start}:{end}] lie outside the text ({len(self.text)})"
            )
            return ""
        matches = claimed is None or self.text[start:end] == claimed
        if not matches:
            self.problems.append(
                f"{caption}: the record says {claimed!r} but text[{start}:{end}] is "
                f"{self.text[start:end]!r}"
            )
        self.items.append(Target(anchor, start, end, caption, matches))
        return anchor


def _entity_marks(record: Record, text: str) -> list[tuple[int, int, str, int]]:
    """Entities to highlight as (start, end, label, index): valid and non-overlapping.

    displaCy's entity style cannot nest; on overlap the longer entity is shown.
    """
    valid = [
        (e.start, e.end, e.label, i)
        for i, e in enumerate(record.entities)
        if 0 <= e.start < e.end <= len(text)
    ]
    valid.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    kept: list[tuple[int, int, str, int]] = []
    for mark in valid:
        if all(mark[1] <= k[0] or k[1] <= mark[0] for k in kept):
            kept.append(mark)
    return sorted(kept)


def _anchor_prefixes(model: type[Record]) -> dict[str, str]:
    """The shortest unambiguous start of each list's item name: meetings' anchors are `ev-m0`,
    officials' `ev-o0`, entities' `ev-e0`."""
    names = [singular(f.name) for f in list_fields(model)]
    prefixes = {}
    for name in names:
        size = next(
            (
                n
                for n in range(1, len(name))
                if not any(o != name and o.startswith(name[:n]) for o in names)
            ),
            len(name),
        )
        prefixes[name] = name[:size]
    return prefixes


def _located_fields(model: type[BaseModel]) -> list[str]:
    return [
        f.name
        for f in model_fields(model)
        if f.kind == "model" and f.model is not None and is_located(f.model)
    ]


def _collect_targets(record: Record, text: str) -> tuple[_Targets, dict[str, _Link]]:
    """Every evidence span in the record, and the link each displayed value uses: `ev-<field>`
    for a located part of the record (published), `ev-<item>` for an item of a list (its first
    evidence, or the item itself when it is a span), `ev-<item>-<field>` for a located part of
    an item (a meeting's date), falling back to the item's link."""
    targets = _Targets(text)
    links: dict[str, _Link] = {}

    def add(anchor: str, span: BaseModel, caption: str) -> str | None:
        start, end = span.start, span.end  # type: ignore[attr-defined]
        return targets.add(anchor, start, end, getattr(span, "text", None), caption) or None

    model = type(record)
    for name in _located_fields(model):
        if getattr(record, name) is not None:
            links[f"ev-{name}"] = _Link(add(f"ev-{name}", getattr(record, name), name))
    prefixes = _anchor_prefixes(model)
    for list_field in list_fields(model):
        assert list_field.model is not None
        item_name = singular(list_field.name)
        evidence, located = evidence_field(list_field.model), is_located(list_field.model)
        parts = _located_fields(list_field.model)
        for i, item in enumerate(getattr(record, list_field.name)):
            prefix, caption = f"ev-{prefixes[item_name]}{i}", f"{item_name} {i + 1}"
            whole = add(prefix, item, caption) if located else None
            for j, span in enumerate(getattr(item, evidence) if evidence else []):
                anchor = add(f"{prefix}-e{j}", span, f"{caption} evidence {j + 1}")
                whole = whole or anchor  # values link to the first usable evidence span
            if evidence or located:
                links[prefix] = _Link(whole)
            for name in parts:
                part = getattr(item, name)
                anchor = add(f"{prefix}-{name}", part, f"{caption} {name}") if part else None
                links[f"{prefix}-{name}"] = _Link(anchor or whole)
    return targets, links


def _render_text(
    text: str, targets: Iterable[Target], marks: list[tuple[int, int, str, int]]
) -> str:
    """The text as HTML: entity marks, evidence segments (data-ev) and anchors at span starts.

    The text is cut at every span boundary so that each piece is covered by a fixed set of spans;
    marks then nest cleanly around the pieces even when evidence spans cross entity boundaries.
    """
    targets = list(targets)
    cuts = {0, len(text)}
    for t in targets:
        cuts.update((t.start, t.end))
    for start, end, _, _ in marks:
        cuts.update((start, end))
    points = sorted(cuts)
    anchors_at: dict[int, list[str]] = {}
    for t in targets:
        anchors_at.setdefault(t.start, []).append(t.anchor)
    mark_at_start = {m[0]: m for m in marks}
    mark_end_at = {m[1]: m for m in marks}
    out: list[str] = []
    open_mark: tuple[int, int, str, int] | None = None
    for a, b in zip(points, points[1:] + [None], strict=False):
        if open_mark is not None and a in mark_end_at and mark_end_at[a] is open_mark:
            out.append(f'<span class="entity-label">{html.escape(open_mark[2])}</span></mark>')
            open_mark = None
        if open_mark is None and a in mark_at_start:
            open_mark = mark_at_start[a]
            label = open_mark[2]
            colour = LABEL_COLOURS.get(label, "#ddd")
            out.append(
                f'<mark class="entity" data-label="{html.escape(label)}" '
                f'style="background:{colour}">'
            )
        for anchor in anchors_at.get(a, []):
            out.append(f'<span class="anchor" id="{anchor}"></span>')
        if b is None:
            break
        covering = [t.anchor for t in targets if t.start <= a and b <= t.end and t.start < t.end]
        piece = html.escape(text[a:b])
        if covering:
            out.append(f'<span class="ev" data-ev="{" ".join(covering)}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _value(value: object, link: _Link | None) -> str:
    """A value; linked to its evidence, marked as having none, or plain where none is due."""
    shown = html.escape(str(value))
    if link is None:
        return f'<span class="value">{shown}</span>'
    if link.anchor:
        return f'<a class="value" href="#{link.anchor}">{shown}</a>'
    return f'<span class="value no-evidence" title="the record gives no evidence">{shown}</span>'


def _shown(flat: FlatField, value: object) -> object:
    if flat.kind == "texts":
        return ", ".join(value)  # type: ignore[arg-type]
    if flat.kind == "flag":
        return "yes" if value else None
    return value


def _rows(item: BaseModel, links: dict[str, _Link], prefix: str | None) -> str:
    """A row per value of the item (offsets left out), labelled with its flattened field name."""
    rows = []
    for flat in flat_fields(type(item)):
        value = _shown(flat, flat.value(item)) if flat.kind != "offset" else None
        if value in (None, ""):
            continue
        if flat.owner is not None and flat.located:
            link = links.get(f"{prefix or 'ev'}-{flat.owner}")
        else:
            link = links.get(prefix) if prefix else None
        label = html.escape(flat.name.replace("_", " "))
        rows.append(f"<tr><th>{label}</th><td>{_value(value, link)}</td></tr>")
    return "".join(rows)


def _chip(item: BaseModel, link: _Link | None) -> str:
    """An item that is itself a span of the text (an entity): its text, then its other values."""
    values = [
        flat.value(item)
        for flat in flat_fields(type(item))
        if flat.kind == "text" and flat.name != "text"
    ]
    colour = LABEL_COLOURS.get(getattr(item, "label", ""), "#ddd")
    badges = "".join(f" <b>{html.escape(str(v))}</b>" for v in values if v)
    href = f" href='#{link.anchor}'" if link and link.anchor else ""
    shown = html.escape(getattr(item, "text", ""))
    return f"<a class='chip'{href} style='background:{colour}'>{shown}{badges}</a>"


def _record_panel(record: Record, links: dict[str, _Link]) -> str:
    """The record's own values, then a section per list field of the record's model."""
    model = type(record)
    parts = [f"<table class='meta'>{_rows(record, links, None)}</table>"]
    prefixes = _anchor_prefixes(model)
    for list_field in list_fields(model):
        assert list_field.model is not None
        items = getattr(record, list_field.name)
        item_name = singular(list_field.name)
        parts.append(f"<h3>{html.escape(list_field.name.capitalize())} ({len(items)})</h3>")
        anchors = [f"ev-{prefixes[item_name]}{i}" for i in range(len(items))]
        if is_located(list_field.model):
            chips = "".join(
                _chip(item, links.get(a)) for item, a in zip(items, anchors, strict=True)
            )
            parts.append(f"<div class='chips'>{chips}</div>")
            continue
        for i, (item, anchor) in enumerate(zip(items, anchors, strict=True)):
            parts.append(
                f"<table class='card'><caption>{html.escape(item_name)} {i + 1}</caption>"
                f"{_rows(item, links, anchor)}</table>"
            )
    raw = html.escape(json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=1))
    parts.append(f"<details><summary>record JSON</summary><pre>{raw}</pre></details>")
    return "\n".join(parts)


_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: FONTS; color: #222; background: #f6f6f4; }
header { padding: 10px 20px; background: #1f3a5f; color: #fff; }
header h1 { margin: 0; font-size: 18px; font-weight: 600; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 16px;
       padding: 16px; align-items: start; }
.text { background: #fff; padding: 20px 24px; border-radius: 6px; white-space: pre-wrap;
        line-height: 2.5; font-size: 16px; overflow-wrap: anywhere; }
.record { background: #fff; padding: 12px 16px; border-radius: 6px; font-size: 14px;
          position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; }
mark.entity { padding: 0.25em 0.35em; margin: 0 0.1em; line-height: 1; border-radius: 0.35em;
              box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.entity-label { font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 0.35em;
                vertical-align: middle; margin-left: 0.4rem; text-transform: uppercase;
                font-family: sans-serif; }
.ev { border-bottom: 1px dotted #8a8a8a; }
.ev.hl { background: #ffe14d; outline: 2px solid #e0a800; border-bottom: none; }
.anchor { scroll-margin-top: 40vh; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
table.card { border: 1px solid #e2e2e2; }
caption { text-align: left; font-size: 12px; color: #666; padding: 2px 0; }
th { text-align: left; vertical-align: top; color: #555; font-weight: 600; width: 9em;
     padding: 3px 6px; white-space: nowrap; }
td { padding: 3px 6px; overflow-wrap: anywhere; }
h3 { font-size: 15px; margin: 14px 0 4px; border-bottom: 1px solid #eee; }
a.value { color: #0b57d0; text-decoration: none; border-bottom: 1px solid #9bb8ee; }
a.value:hover { background: #eef3fd; }
.no-evidence { color: #a33; border-bottom: 1px dashed #a33; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; }
a.chip { color: #222; text-decoration: none; padding: 1px 6px; border-radius: 4px; font-size: 13px; }
a.chip b { font-size: 10px; font-family: sans-serif; }
.problems { color: #a33; }
.none { color: #888; margin: 2px 0; }
details pre { white-space: pre-wrap; font-size: 11px; }
"""

# Highlight every piece of the targeted evidence (the anchor only marks where it starts).
_SCRIPT = """
function showEvidence() {
  var id = decodeURIComponent(location.hash.slice(1));
  document.querySelectorAll('.ev.hl').forEach(function (e) { e.classList.remove('hl'); });
  if (!id) return;
  document.querySelectorAll('.ev').forEach(function (e) {
    if ((' ' + e.dataset.ev + ' ').indexOf(' ' + id + ' ') >= 0) e.classList.add('hl');
  });
}
window.addEventListener('hashchange', showEvidence);
showEvidence();
"""


def render_review(record: Record, text: str) -> str:
    """The complete review page for one document and its record."""
    targets, links = _collect_targets(record, text)
    marks = _entity_marks(record, text)
    body = _render_text(text, targets.items, marks)
    problems = ""
    if targets.problems:
        items = "".join(f"<li>{html.escape(p)}</li>" for p in targets.problems)
        problems = f"<h3>Evidence problems</h3><ul class='problems'>{items}</ul>"
    title = html.escape(f"Review: {record.doc_id}")
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{_CSS.replace("FONTS", FONT_STACK)}</style>
</head>
<body>
<header><h1>{title}</h1></header>
<main>
<article class="text" lang="th">{body}</article>
<aside class="record">{_record_panel(record, links)}{problems}</aside>
</main>
<script>{_SCRIPT}</script>
</body>
</html>
"""
