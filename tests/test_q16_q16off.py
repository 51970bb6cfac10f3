"""Official families of round q16 (branch q16off), found by scanning unannotated briefs
(/work/reach) for titled names in the text that no official in the output covers. Synthetic
briefs."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def officials(nlp: Pipeline, body: str) -> list[tuple[str, str | None, str | None]]:
    return [(o.name, o.name_en, o.position) for o in brief_official_records(nlp, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a Thai honorific, the Latin name, its Thai transcription, then the post
        (
            "ในพิธีมีนาย John Smithson (จอห์น สมิธสัน) เอกอัครราชทูตแคนาดาประจำประเทศไทย ร่วมด้วย",
            ("จอห์น สมิธสัน", "John Smithson", "เอกอัครราชทูตแคนาดาประจำประเทศไทย"),
        ),
        # Latin titles, a family name in capitals, a space before the closing parenthesis
        (
            "โดยมี H.E. Ms Anna BERGSTROM (แอนนา เบิร์กสตรอม ) ประธานคณะกรรมการอาหารโลก กล่าวเปิด",
            ("แอนนา เบิร์กสตรอม", "Anna BERGSTROM", "ประธานคณะกรรมการอาหารโลก"),
        ),
        # the transcription repeats a title, which the Thai reader took on its own
        (
            "โดยมี H.E. Datuk Amir Hamzah (ดาตุ๊ก อามีร์ ฮัมซาห์) เอกอัครราชทูตมาเลเซียประจำประเทศไทย เข้าร่วม",
            ("อามีร์ ฮัมซาห์", "Amir Hamzah", "เอกอัครราชทูตมาเลเซียประจำประเทศไทย"),
        ),
        # a middle initial, with the transcription
        (
            "พร้อมด้วย Undersecretary Earl P. Sandoval (เอิร์ล พี แซนโดวาล) ผู้อำนวยการคณะกรรมการยาเสพติด",
            ("เอิร์ล พี แซนโดวาล", "Undersecretary Earl P. Sandoval", "ผู้อำนวยการคณะกรรมการยาเสพติด"),
        ),
    ],
)
def test_a_latin_name_takes_its_thai_transcription_and_the_post_after_it(
    nlp: Pipeline, body: str, expected: tuple[str, str, str]
) -> None:
    assert expected in officials(nlp, body)


def test_a_latin_name_with_a_glued_middle_initial(nlp: Pipeline) -> None:
    body = "ธนาคารต้อนรับ H.E. Rustam K.Nazarov เอกอัครราชทูตสาธารณรัฐทาจิกิสถานประจำประเทศไทย"
    expected = ("Rustam K.Nazarov", "Rustam K.Nazarov", "เอกอัครราชทูตสาธารณรัฐทาจิกิสถานประจำประเทศไทย")
    assert expected in officials(nlp, body)


def test_a_latin_phrase_with_a_transcription_and_no_post_is_no_official(nlp: Pipeline) -> None:
    body = "ผู้ป่วยใช้บริการแอป Good Doctor (กู๊ด ด็อกเตอร์) จะดูแลผู้ป่วยที่บ้าน"
    assert officials(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an appointment: the post after เป็น, its tail (ต่อไปอีกวาระหนึ่ง) left out
        (
            "คณะรัฐมนตรีอนุมัติแต่งตั้ง นายสมชาย ใจดี เป็นผู้ว่าการการประปาส่วนภูมิภาคต่อไปอีกวาระหนึ่ง",
            ("สมชาย ใจดี", None, "ผู้ว่าการการประปาส่วนภูมิภาค"),
        ),
        # a numbered list of appointees, two spaces before เป็น
        (
            "แต่งตั้งกรรมการ ดังนี้\n1. นายสมชาย ใจดี  เป็นประธานกรรมการ\n2. นางสมศรี มีสุข  เป็นกรรมการผู้ทรงคุณวุฒิ\n",
            ("สมศรี มีสุข", None, "กรรมการผู้ทรงคุณวุฒิ"),
        ),
        # the class of the appointment before the post
        (
            "เสนอการแต่งตั้ง นางสมศรี มีสุข เป็นข้าราชการการเมือง ตำแหน่งเลขานุการรัฐมนตรีว่าการกระทรวงการคลัง ทั้งนี้",
            ("สมศรี มีสุข", None, "เลขานุการรัฐมนตรีว่าการกระทรวงการคลัง"),
        ),
    ],
)
def test_a_post_stated_with_pen_right_after_the_name(
    nlp: Pipeline, body: str, expected: tuple[str, None, str]
) -> None:
    assert expected in officials(nlp, body)


@pytest.mark.parametrize(
    "body",
    [
        # a chair cue is a role, not a post
        "โดยมีนายสมชาย ใจดี เป็นประธานในการประชุมคณะทำงาน ทั้งนี้ ที่ประชุมได้พิจารณา",
        # at the end of a relative clause เป็น describes the person
        "ผลงานของนายสมชาย ใจดี ที่เป็นผู้นำของชุมชน เป็นแบบอย่าง",
    ],
)
def test_pen_gives_no_post_after_a_chair_cue_or_in_a_relative_clause(
    nlp: Pipeline, body: str
) -> None:
    assert officials(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a royal descendant's family name: ณ and a province, a post right after it
        (
            "โดยมี นายสมชาย ณ ระนอง ประธานที่ปรึกษาของนายกรัฐมนตรี เป็นรองประธาน",
            ("สมชาย ณ ระนอง", None, "ประธานที่ปรึกษาของนายกรัฐมนตรี"),
        ),
        # ณ and a word the venue reader takes for a place (นคร)
        (
            "ผู้ทรงคุณวุฒิ ได้แก่ นายสมชาย ณ นคร ผู้ทรงคุณวุฒิด้านกฎหมาย",
            ("สมชาย ณ นคร", None, "ผู้ทรงคุณวุฒิด้านกฎหมาย"),
        ),
        # a family name, then ณ and a province, after a rare given name glued to its title
        (
            "ตามที่รัฐมนตรีเสนอแต่งตั้ง นายลสิต อิศรางกูร ณ อยุธยา ผู้อำนวยการสำนัก",
            ("ลสิต อิศรางกูร ณ อยุธยา", None, "ผู้อำนวยการสำนัก"),
        ),
    ],
)
def test_a_family_name_of_na_and_a_place_before_a_post(
    nlp: Pipeline, body: str, expected: tuple[str, None, str]
) -> None:
    assert expected in officials(nlp, body)


def test_na_and_a_place_without_a_post_after_it_is_where_the_person_is(nlp: Pipeline) -> None:
    body = "นายสมชาย ใจดี ผู้ว่าราชการจังหวัด ได้พบนายสมศักดิ์ ณ ระนอง เมื่อวันนี้"
    assert ("สมศักดิ์ ณ ระนอง", None, None) not in officials(nlp, body)
    assert all(not name.endswith("ณ ระนอง") for name, _, _ in officials(nlp, body))
