"""The review page: text preserved, values linked to evidence, rendered in a real Chromium."""

from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from annotate_support import REPO, SHARED, gold_document, record_from_gold, require_shared
from typer.testing import CliRunner

from mjci_extract.annotate.review import FONT_STACK, render_review
from mjci_extract.cli import app
from mjci_extract.record.models import Entity, Official, Record, Source, Span

SEED = SHARED / "seeds" / "000_1222a793f4919218.txt"
SCREENSHOT_SCRIPT = REPO / "tools" / "screenshot_review.sh"
VOID = {"meta", "br", "img", "hr", "input", "link"}


class PageParser(HTMLParser):
    """Collects ids, links, the article's text (without entity badges) and checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: set[str] = set()
        self.record_links: list[str] = []
        self.article_text: list[str] = []
        self.in_article = False
        self.in_label = 0
        self.in_aside = False
        self.marks = 0
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        for name in ("src", "href"):
            value = attributes.get(name) or ""
            if value.startswith(("http:", "https:", "//")):
                self.external.append(value)
        if tag == "article":
            self.in_article = True
        if tag == "aside":
            self.in_aside = True
        if tag == "mark" and self.in_article:
            self.marks += 1
        if "entity-label" in (attributes.get("class") or "").split() or self.in_label:
            self.in_label += 1
        if tag == "a" and self.in_aside:
            self.record_links.append(attributes.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()
        if self.in_label:
            self.in_label -= 1
        if tag == "article":
            self.in_article = False
        if tag == "aside":
            self.in_aside = False

    def handle_data(self, data: str) -> None:
        if self.in_article and not self.in_label:
            self.article_text.append(data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


def seed_page() -> tuple[str, Record, str]:
    document, gold = gold_document("seed")
    record = record_from_gold(document, gold)
    return render_review(record, document.text), record, document.text


def test_text_is_shown_unchanged_with_every_entity_marked() -> None:
    page, record, text = seed_page()
    parsed = parse(page)
    assert "".join(parsed.article_text) == text
    assert parsed.marks == len(record.entities)
    assert parsed.external == []  # self-contained: no fonts, scripts or styles from the network


def test_every_record_value_links_to_an_evidence_anchor() -> None:
    page, record, text = seed_page()
    parsed = parse(page)
    assert parsed.record_links, "the record panel has no links"
    for href in parsed.record_links:
        assert href.startswith("#") and href[1:] in parsed.ids, href
    # Every value of this record has evidence, so none may be shown unlinked.
    aside = page.split("<aside", 1)[1].split("</aside>", 1)[0]
    assert 'no-evidence"' not in aside
    for i, official in enumerate(record.officials):
        assert f'href="#ev-o{i}-e0">{official.name}</a>' in page
        # the anchor sits exactly where its evidence starts in the article
        after_anchor = page.split(f'id="ev-o{i}-e0"></span>', 1)[1]
        visible = html.unescape(re.sub(r"<[^>]+>", "", after_anchor))
        assert visible.startswith(official.evidence[0].text)


def test_overlapping_evidence_and_entities_nest_properly() -> None:
    text = "ประชุม ณ กรุงเทพมหานคร วันนี้ โดยนายสมชาย ใจดี เป็นประธาน"
    place = text.index("กรุงเทพมหานคร")
    name = text.index("สมชาย ใจดี")
    record = Record(
        doc_id="overlap",
        source=Source(path="x.txt", sha256="0" * 64),
        officials=[
            Official(
                name="สมชาย ใจดี",
                # evidence that starts inside one entity and ends inside another
                evidence=[Span(start=place + 4, end=name + 3, text=text[place + 4 : name + 3])],
            )
        ],
        entities=[
            Entity(
                label="LOCATION", text="กรุงเทพมหานคร", start=place, end=place + 13, source="model"
            ),
            Entity(label="PERSON", text="สมชาย ใจดี", start=name, end=name + 10, source="model"),
            Entity(label="PERSON", text="สมชาย", start=name, end=name + 5, source="rule"),
        ],
    )
    parsed = parse(render_review(record, text))
    assert "".join(parsed.article_text) == text
    assert parsed.marks == 2  # the shorter, overlapping entity is not drawn over the longer
    assert "ev-o0-e0" in parsed.ids


def test_markup_in_the_text_is_escaped_and_bad_evidence_reported() -> None:
    text = "ข่าว <script>alert(1)</script> & นายสมชาย"
    record = Record(
        doc_id="escape",
        source=Source(path="x.txt", sha256="0" * 64),
        officials=[
            Official(name="สมชาย", evidence=[Span(start=0, end=4, text="ไม่ใช่")]),
            Official(name="ใจดี", evidence=[Span(start=500, end=504, text="ใจดี")]),
        ],
    )
    page = render_review(record, text)
    parsed = parse(page)
    assert "".join(parsed.article_text) == text
    assert "<script>alert" not in page
    assert "Evidence problems" in page
    assert "official 2 evidence 1: offsets [500:504] lie outside the text" in page
    assert "no-evidence" in page  # the second official's value cannot link anywhere


def test_font_stack_has_thai_fonts_before_the_generic_family() -> None:
    fonts = [f.strip().strip('"') for f in FONT_STACK.split(",")]
    assert fonts[-1] == "sans-serif"
    assert {"Noto Sans Thai", "Sarabun", "Tahoma"} <= set(fonts)
    assert FONT_STACK in seed_page()[0]


def write_seed_records(path: Path) -> Path:
    document, gold = gold_document("seed")
    record = record_from_gold(document, gold)
    path.write_text(record.model_dump_json() + "\n", encoding="utf-8")
    return path


def test_review_command(tmp_path: Path) -> None:
    require_shared()
    runner = CliRunner()
    out = tmp_path / "review.html"
    records = write_seed_records(tmp_path / "records.jsonl")
    result = runner.invoke(app, ["review", str(SEED), "-o", str(out), "--records", str(records)])
    assert result.exit_code == 0, result.output
    assert "".join(parse(out.read_text(encoding="utf-8")).article_text) == SEED.read_text("utf-8")

    # Without --records the pipeline extracts the record itself.
    result = runner.invoke(app, ["review", str(SEED), "-o", str(out), "--ner-backend", "none"])
    assert result.exit_code == 0, result.output
    parsed = parse(out.read_text(encoding="utf-8"))
    for href in parsed.record_links:
        assert href[1:] in parsed.ids, href

    other = tmp_path / "other.txt"
    other.write_text("ข่าวอื่นที่ไม่มีในไฟล์ระเบียน", encoding="utf-8")
    result = runner.invoke(app, ["review", str(other), "-o", str(out), "--records", str(records)])
    assert result.exit_code == 1
    assert "no record has the sha256" in result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


CHROMIUM = shutil.which(os.environ.get("CHROMIUM", "chromium"))
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (apt-get install chromium fonts-thai-tlwg; "
    ".ci/run installs both)",
)


@needs_chromium
def test_screenshot_of_the_seed_review_page(tmp_path: Path) -> None:
    require_shared()
    records = write_seed_records(tmp_path / "records.jsonl")
    png = tmp_path / "seed-review.png"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", str(SCREENSHOT_SCRIPT), str(SEED), str(png), "--records", str(records)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert png_size(png) == (1400, 1800)
    # A blank page of this size compresses to ~10 KB; a page full of Thai text to several 100 KB.
    assert png.stat().st_size > 150_000, png.stat().st_size


@needs_chromium
def test_links_highlight_their_evidence_in_chromium(tmp_path: Path) -> None:
    """Opening the page at an evidence anchor highlights that evidence (the page's script ran)."""
    page, record, text = seed_page()
    html_path = tmp_path / "review.html"
    html_path.write_text(page, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=2000",
                "--dump-dom",
                f"file://{html_path}#ev-o1-e0",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    highlighted = [
        chunk.split(">", 1)[1].split("<", 1)[0] for chunk in done.stdout.split('class="ev hl"')[1:]
    ]
    assert "".join(highlighted) == record.officials[1].evidence[0].text
