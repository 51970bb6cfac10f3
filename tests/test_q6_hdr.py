"""Officials named only in a brief's header lines (quality round q6, branch hdr): a speech's
title names its speaker nowhere else. gold.md counts every named person in the text with a
position; outside the body the name must be titled and have a family name. Synthetic briefs."""

from __future__ import annotations

from component_support import officials


def _page(title: str, body: str) -> str:
    return f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{title}\n\n\nวันพุธที่ 3 มีนาคม 2564\nพิมพ์\n{title}\n{body}\n"


def test_a_speakers_title_line_makes_an_official_the_body_never_names():
    text = _page(
        "คำกล่าว นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม",
        "ท่านผู้มีเกียรติทุกท่าน\nผมมีความยินดีที่ได้มาร่วมงานในวันนี้ และขอขอบคุณทุกหน่วยงาน",
    )
    found = officials(text)
    assert {name: o.position for name, o in found.items()} == {
        "สมชาย ใจดี": "รัฐมนตรีว่าการกระทรวงคมนาคม"
    }


def test_an_untitled_given_name_in_the_header_stays_out():
    text = _page(
        "นายกฯ พร้อมหนุนเกษตรกร รุดลงพื้นที่ติดตามการช่วยเหลือ",
        "วันนี้ (3 มี.ค. 64) กระทรวงเกษตรและสหกรณ์ได้ลงพื้นที่ติดตามการช่วยเหลือเกษตรกร",
    )
    assert officials(text) == {}
