"""Royal names in project titles (round q27). Over the archive, 126 titles were cut at a space
inside the royal name they are dedicated to ("...เฉลิมพระเกียรติสมเด็จพระเจ้าลูกเธอ| เจ้าฟ้า...")
or right before it ("...อันเนื่องมาจากพระราชดำริ| สมเด็จพระเทพรัตนราชสุดาฯ ..."); gold.md v2
keeps the name ("...เพื่อเฉลิมพระเกียรติ ศาสตราจารย์ ดร.สมเด็จเจ้าฟ้าฯ กรมพระศรีสวางควัฒน
วรขัตติยราชนารี"). Synthetic briefs, run through the components projects need."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.extract.common import royal_name_end
from mjci_extract.run.pipeline import Pipeline

SIRINDHORN = "สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_title_cut_inside_a_royal_name_goes_on_to_the_names_end(nlp):
    assert brief_titles(
        nlp,
        "จังหวัดขับเคลื่อนโครงการหมู่บ้านยั่งยืนเฉลิมพระเกียรติสมเด็จพระเจ้าลูกเธอ เจ้าฟ้าสิริวัณณวรี "
        "นารีรัตนราชกัญญา โดยผู้ว่าราชการจังหวัดต้องให้ความสำคัญ",
    ) == ["โครงการหมู่บ้านยั่งยืนเฉลิมพระเกียรติสมเด็จพระเจ้าลูกเธอ เจ้าฟ้าสิริวัณณวรี นารีรัตนราชกัญญา"]
    assert brief_titles(
        nlp,
        f"นักเรียนร่วมโครงการเกษตรเพื่ออาหารกลางวันในพระราชูปถัมภ์{SIRINDHORN} เป็นหนึ่งในตัวอย่างของความสำเร็จ",
    ) == [f"โครงการเกษตรเพื่ออาหารกลางวันในพระราชูปถัมภ์{SIRINDHORN}"]


def test_a_royal_name_after_a_word_that_takes_it_joins_the_title(nlp):
    assert brief_titles(
        nlp,
        f"ปลัดกระทรวงมหาดไทยเยี่ยมโครงการบ้านนี้มีรัก ปลูกผักกินเอง ตามพระราชดำริ {SIRINDHORN} "
        "โดยกรมตรวจบัญชีสหกรณ์",
    ) == [f"โครงการบ้านนี้มีรัก ปลูกผักกินเอง ตามพระราชดำริ {SIRINDHORN}"]
    # the occasion after the name stays too, with its date
    assert brief_titles(
        nlp,
        "กรมชลประทานเร่งโครงการพัฒนาและฟื้นฟูแหล่งน้ำเฉลิมพระเกียรติ พระบาทสมเด็จพระเจ้าอยู่หัว "
        "เนื่องในโอกาสมหามงคลเฉลิมพระชนมพรรษา 70 พรรษา 28 กรกฎาคม 2566 ให้แล้วเสร็จ",
    ) == [
        "โครงการพัฒนาและฟื้นฟูแหล่งน้ำเฉลิมพระเกียรติ พระบาทสมเด็จพระเจ้าอยู่หัว "
        "เนื่องในโอกาสมหามงคลเฉลิมพระชนมพรรษา 70 พรรษา 28 กรกฎาคม 2566"
    ]


def test_a_royal_name_opening_the_next_clause_stays_out(nlp):
    # no word that takes a royal name ends the title: the name is the next sentence's subject
    titles = brief_titles(
        nlp,
        "ชาวบ้านร่วมโครงการพัฒนาสระบ่อดินขาว อ.ตาคลี จ.นครสวรรค์ สมเด็จพระกนิษฐาธิราชเจ้า ทรงปลูกต้นไม้",
    )
    assert titles and all("สมเด็จ" not in t for t in titles)


def test_after_the_royal_name_only_its_occasion_alias_or_year_follow(nlp):
    # the agency repeated elsewhere in the brief does not join the title after the name
    titles = brief_titles(
        nlp,
        "กระทรวงมหาดไทยจัดโครงการบรรพชาอุปสมบทถวายพระพรแด่สมเด็จพระเจ้าลูกเธอ "
        "เจ้าฟ้าพัชรกิติยาภา นเรนทิราเทพยวดี กรมหลวงราชสาริณีสิริพัชร มหาวัชรราชธิดา กระทรวงมหาดไทย "
        "และขอให้อานิสงส์แห่งการตั้งใจปฏิบัติบูชา",
    )
    assert titles == [
        "โครงการบรรพชาอุปสมบทถวายพระพรแด่สมเด็จพระเจ้าลูกเธอ เจ้าฟ้าพัชรกิติยาภา "
        "นเรนทิราเทพยวดี กรมหลวงราชสาริณีสิริพัชร มหาวัชรราชธิดา"
    ]


def test_a_royal_name_ends_at_a_whole_part_not_inside_a_glued_word(nlp):
    # "...พระบรมราชินีโดยบูรณาการ": the name stops after its last whole part
    text = "สมเด็จพระนางเจ้าฯ พระบรมราชินีโดยบูรณาการความร่วมมือ"
    doc = nlp.make_doc(text)
    assert text[: royal_name_end(doc, 0, len(text))] == "สมเด็จพระนางเจ้าฯ"
    whole = "สมเด็จพระนางเจ้าฯ พระบรมราชินี โดยบูรณาการ"
    assert whole[: royal_name_end(nlp.make_doc(whole), 0, len(whole))] == (
        "สมเด็จพระนางเจ้าฯ พระบรมราชินี"
    )


def test_a_title_is_no_royal_name_alone(nlp):
    assert brief_titles(
        nlp, "ครูเข้าร่วมโครงการอบรมครูในพระราชูปถัมภ์ ศาสตราจารย์ ดร.สมศักดิ์ รักดี เป็นวิทยากร"
    ) == ["โครงการอบรมครูในพระราชูปถัมภ์"]


def test_a_mention_whose_only_abbreviation_is_inside_a_whole_royal_name_is_the_full_form(nlp):
    # "ฯ" inside "สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร" cuts nothing short: that mention is
    # the title, not the one without the name
    titles = brief_titles(
        nlp,
        "ภายใต้โครงการเครือข่ายสุขภาพมารดาและทารกเพื่อครอบครัวไทย ในพระราชูปถัมภ์ "
        "สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร โดยมีคณะกรรมการร่วมประชุม\n"
        "คณะกรรมการพัฒนาต่อยอดโครงการเครือข่ายสุขภาพมารดาและทารกเพื่อครอบครัวไทย โดยให้กระทรวงมหาดไทย"
        "ค้นหาหญิงตั้งครรภ์",
    )
    assert titles == [
        "โครงการเครือข่ายสุขภาพมารดาและทารกเพื่อครอบครัวไทย ในพระราชูปถัมภ์ "
        "สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร"
    ]


def test_a_title_that_is_only_a_royal_dedication_names_a_class(nlp):
    # "โครงการเฉลิมพระเกียรติ" alone is a kind of project (project_generic_names.txt); with the
    # royal name and the occasion after it, it still names the year's honouring projects
    titles = brief_titles(
        nlp,
        "กระทรวงมหาดไทยขับเคลื่อนโครงการเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว "
        "เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567 จำนวน 5 โครงการ",
    )
    assert titles == []
