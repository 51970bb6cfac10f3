"""Layout over a stratified sample of the thaigov archive (../shared/corpus/thaigov-archive).

Every year 2020-2025 has its own page format (2020-2022: title, date line, "พิมพ์", the title
repeated, sometimes a lead sentence; 2023-: also a dd/mm/yyyy line). For a fixed sample of
briefs per year, read straight from the tarballs, each Thai brief must get its title, the
published date of its header date line, and a body that starts at the first line after the
header that is not a copy of the title (a piece of it, or the title with more after it). Skipped when ../shared is absent.
"""

from __future__ import annotations

import re
import tarfile
from pathlib import Path

import pytest

from mjci_extract.text.dates import parse_date_line
from mjci_extract.text.layout import analyse_layout, lines_of
from mjci_extract.text.normalize import normalize

ARCHIVE = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "thaigov-archive"
YEARS = range(2020, 2026)
PER_YEAR = 100
PREFIX = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"
NOISE = re.compile(r"^\s*(?:พิมพ์|Print|\d{1,2}/\d{1,2}/\d{4})\s*$")
THAI = re.compile(r"[\u0e00-\u0e7f]")


def _bare(s: str) -> str:
    return re.sub(r"\W", "", s)


def _sample(year: int) -> list[tuple[str, str]]:
    """PER_YEAR briefs spread evenly over the year's archive, in name order."""
    with tarfile.open(ARCHIVE / f"thaigov-{year}.tar.gz") as tar:
        members = sorted((m for m in tar.getmembers() if m.isfile()), key=lambda m: m.name)
        step = max(1, len(members) // PER_YEAR)
        picked = members[::step][:PER_YEAR]
        return [(m.name, tar.extractfile(m).read().decode("utf-8", "replace")) for m in picked]


def _expected(text: str) -> tuple[str, int, int | None]:
    """Title, offset of the header date line and of the first body line, read independently:
    the first line after the date line that is no header noise and no copy of the title."""
    lines = [line for line in lines_of(text) if line.text.strip()]
    title = lines[0].text[len(PREFIX) :].strip()
    date_index = next(i for i, line in enumerate(lines[1:6], 1) if parse_date_line(line.text))
    for line in lines[date_index + 1 :]:
        if NOISE.match(line.text) or parse_date_line(line.text):
            continue
        bare, bare_title = _bare(line.text), _bare(title)
        if bare and (bare in bare_title or bare.startswith(bare_title)):
            continue
        return title, lines[date_index].start, line.start
    return title, lines[date_index].start, None


@pytest.mark.skipif(not ARCHIVE.is_dir(), reason="../shared/corpus/thaigov-archive is absent")
@pytest.mark.parametrize("year", YEARS)
def test_archive_layout_per_year(year):
    problems = []
    checked = 0
    for name, raw in _sample(year):
        text = normalize(raw).text
        if not text.startswith(PREFIX) or not THAI.search(text.split("\n", 1)[0]):
            continue
        title, date_start, body_start = _expected(text)
        if not THAI.search(title):
            continue  # English pages (Cabinet Meeting Synopsis) are out of scope here
        checked += 1
        layout = analyse_layout(text)
        if layout.title != title:
            problems.append(f"{name}: title {layout.title!r}")
        if layout.published is None or layout.published.lead_start < date_start:
            problems.append(f"{name}: published {layout.published}")
        if body_start is not None and layout.body_start != body_start:
            first = text[layout.body_start : layout.body_start + 60]
            problems.append(f"{name}: body starts at {first!r}")
    assert checked >= PER_YEAR * 0.8
    assert not problems, "\n".join(problems)
