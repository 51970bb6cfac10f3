"""The review page: one self-contained HTML file showing a brief beside its extracted record.

Left: the text, entities highlighted in displaCy's style (coloured `<mark>` with the label after
the entity). Right: the record. Every value in the record links to its evidence: each evidence
span in the text carries an anchor id, and clicking a value scrolls there and highlights the span.
No external fonts, scripts or styles: the page works offline and from a file:// URL.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mjci_extract.annotate.labelstudio import LABEL_COLOURS
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


def _collect_targets(record: Record, text: str) -> tuple[_Targets, dict[str, _Link]]:
    """Every evidence span in the record, and the link each displayed value uses."""
    targets = _Targets(text)
    links: dict[str, _Link] = {}

    def first_evidence(prefix: str, evidence: Sequence, caption: str) -> str | None:
        first = None
        for j, span in enumerate(evidence):
            anchor = targets.add(
                f"{prefix}-e{j}", span.start, span.end, span.text, f"{caption} evidence {j + 1}"
            )
            first = first or anchor or None
        return first

    if record.published is not None:
        p = record.published
        links["published"] = _Link(
            targets.add("ev-published", p.start, p.end, p.text, "published") or None
        )
    for i, meeting in enumerate(record.meetings):
        prefix, caption = f"ev-m{i}", f"meeting {i + 1}"
        whole = first_evidence(prefix, meeting.evidence, caption)
        date_anchor = venue_anchor = None
        if meeting.date is not None:
            d = meeting.date
            date_anchor = targets.add(f"{prefix}-date", d.start, d.end, d.text, f"{caption} date")
        if meeting.venue is not None:
            v = meeting.venue
            venue_anchor = targets.add(
                f"{prefix}-venue", v.start, v.end, v.text, f"{caption} venue"
            )
        links[f"{prefix}.whole"] = _Link(whole)
        links[f"{prefix}.date"] = _Link(date_anchor or whole)
        links[f"{prefix}.venue"] = _Link(venue_anchor or whole)
        links[f"{prefix}.country"] = _Link(venue_anchor or whole)
    for i, official in enumerate(record.officials):
        links[f"ev-o{i}"] = _Link(
            first_evidence(f"ev-o{i}", official.evidence, f"official {i + 1}")
        )
    for i, project in enumerate(record.projects):
        links[f"ev-p{i}"] = _Link(first_evidence(f"ev-p{i}", project.evidence, f"project {i + 1}"))
    for i, entity in enumerate(record.entities):
        links[f"ev-ent{i}"] = _Link(
            targets.add(f"ev-ent{i}", entity.start, entity.end, entity.text, f"entity {i + 1}")
            or None
        )
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
    shown = html.escape("" if value is None else str(value))
    if link is not None and link.anchor:
        return f'<a class="value" href="#{link.anchor}">{shown}</a>'
    return f'<span class="value no-evidence" title="the record gives no evidence">{shown}</span>'


def _row(name: str, value: object, link: _Link | None) -> str:
    if value in (None, "", []):
        return ""
    return f"<tr><th>{html.escape(name)}</th><td>{_value(value, link)}</td></tr>"


def _record_panel(record: Record, links: dict[str, _Link]) -> str:
    parts: list[str] = []
    meta = [
        ("doc_id", record.doc_id),
        ("source", record.source.path),
        ("sha256", record.source.sha256[:16] + "…"),
    ]
    parts.append(
        "<table class='meta'>"
        + "".join(f"<tr><th>{k}</th><td>{html.escape(str(v))}</td></tr>" for k, v in meta)
        + "</table>"
    )
    if record.title:
        parts.append(f"<h2 class='doc-title'>{html.escape(record.title)}</h2>")
    parts.append("<h3>Published</h3>")
    if record.published is not None:
        parts.append(
            "<table>"
            + _row("date", record.published.date, links.get("published"))
            + _row("as written", record.published.text, links.get("published"))
            + "</table>"
        )
    else:
        parts.append("<p class='none'>none</p>")
    parts.append(f"<h3>Meetings ({len(record.meetings)})</h3>")
    for i, m in enumerate(record.meetings):
        prefix = f"ev-m{i}"
        rows = [
            _row("name", m.name, links.get(f"{prefix}.whole")),
            _row("name (en)", m.name_en, links.get(f"{prefix}.whole")),
            _row("number", m.number, links.get(f"{prefix}.whole")),
            _row("date", m.date.date if m.date else None, links.get(f"{prefix}.date")),
            _row("end date", m.date.end_date if m.date else None, links.get(f"{prefix}.date")),
            _row("date as written", m.date.text if m.date else None, links.get(f"{prefix}.date")),
            _row("venue", m.venue.text if m.venue else None, links.get(f"{prefix}.venue")),
            _row(
                "online",
                "yes" if m.venue and m.venue.online else None,
                links.get(f"{prefix}.venue"),
            ),
            _row(
                "country",
                m.country or (m.venue.country if m.venue else None),
                links.get(f"{prefix}.country"),
            ),
            _row("chairs", ", ".join(m.chairs), links.get(f"{prefix}.whole")),
        ]
        parts.append(
            f"<table class='card'><caption>meeting {i + 1}</caption>{''.join(rows)}</table>"
        )
    parts.append(f"<h3>Officials ({len(record.officials)})</h3>")
    for i, o in enumerate(record.officials):
        link = links.get(f"ev-o{i}")
        rows = [
            _row("name", o.name, link),
            _row("honorific", o.honorific, link),
            _row("name (en)", o.name_en, link),
            _row("position", o.position, link),
            _row("organization", o.organization, link),
            _row("role", o.role, link),
        ]
        parts.append(f"<table class='card'>{''.join(rows)}</table>")
    parts.append(f"<h3>Projects ({len(record.projects)})</h3>")
    if record.projects:
        items = "".join(
            f"<li>{_value(p.title, links.get(f'ev-p{i}'))}</li>"
            for i, p in enumerate(record.projects)
        )
        parts.append(f"<ul class='projects'>{items}</ul>")
    parts.append(f"<h3>Entities ({len(record.entities)})</h3>")
    if record.entities:
        chips = "".join(
            f"<a class='chip' href='#ev-ent{i}' style='background:{LABEL_COLOURS.get(e.label, '#ddd')}'>"
            f"{html.escape(e.text)} <b>{html.escape(e.label)}</b></a>"
            for i, e in enumerate(record.entities)
        )
        parts.append(f"<div class='chips'>{chips}</div>")
    if record.warnings:
        items = "".join(f"<li>{html.escape(w)}</li>" for w in record.warnings)
        parts.append(f"<h3>Warnings</h3><ul class='warnings'>{items}</ul>")
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
h2.doc-title { font-size: 16px; }
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
