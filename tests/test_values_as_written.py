"""Record values are copied as the brief writes them (../shared/spec/gold.md: "as written"):
the rules read the normalised text, but a position, a name, a meeting's name and a project's
title keep the brief's own characters (a decomposed SARA AM "ํา", Thai digits, typographic
quotes), with whitespace runs as single spaces."""

from __future__ import annotations

from component_support import full_rules

AM = "\u0e4d\u0e32"  # NIKHAHIT + SARA AA, the decomposed "ำ" some sources type


def test_values_keep_the_characters_as_written():
    nlp = full_rules()
    text = (
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"
        f"นายก{AM}พล ใจดี เอกอัครราชทูตประจ{AM}กระทรวงการต่างประเทศ เป็นประธานการประชุมคณะกรรมการ"
        "พัฒนาจังหวัด ครั้งที่ ๒/๒๕๖๔ ณ ศาลากลางจังหวัดน่าน เพื่อติดตามโครงการ “พัฒนาแหล่งน้ำ” ปี ๒๕๖๔ ให้แล้วเสร็จ\n"
    )
    record = nlp.extract_text(text)
    (official,) = record.officials
    assert official.name == f"ก{AM}พล ใจดี"
    assert official.position == f"เอกอัครราชทูตประจ{AM}กระทรวงการต่างประเทศ"
    (meeting,) = record.meetings
    assert meeting.number == 2
    assert meeting.chairs == [official.name]
    assert meeting.evidence[0].text.endswith("ครั้งที่ ๒/๒๕๖๔")
    assert [p.title for p in record.projects] == ["โครงการ “พัฒนาแหล่งน้ำ” ปี ๒๕๖๔"]


def test_values_of_a_brief_that_is_not_nfc_are_its_own_characters():
    # One run typed out of canonical order (tone mark before SARA U) sends the whole brief down
    # normalisation's slow path; every value is still the brief's text at its evidence, each
    # character written once.
    nlp = full_rules()
    text = (
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพลังงาน เปิดโครงการเปลี่ยนระบบสายไฟฟ้าอากาศเป็นสายไฟฟ้า"
        "ใต้ดิน ถนนสีลม ปท\u0e48\u0e38มวัน ให้แล้วเสร็จ\n"
    )
    record = nlp.extract_text(text)
    (project,) = record.projects
    assert project.title == "โครงการเปลี่ยนระบบสายไฟฟ้าอากาศเป็นสายไฟฟ้าใต้ดิน"
    for evidence in project.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    (official,) = record.officials
    assert official.position == "รัฐมนตรีว่าการกระทรวงพลังงาน"


def test_a_brief_typing_sara_e_twice_reads_its_words():
    # "เเพทย์หญิง", "เเละ": with SARA E typed twice for SARA AE the honorific and the list word
    # are still read (gold.md v2: แพทย์หญิง is an honorific), and the venue keeps its spelling.
    nlp = full_rules()
    text = (
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"
        "เเพทย์หญิงสมศรี ใจดี รองอธิบดีกรมควบคุมโรค เเละนายสมชาย รักไทย ผู้อำนวยการกองระบาดวิทยา"
        " ร่วมการประชุมวิชาการ ณ โรงเเรมพูลแมน ภูเก็ต\n"
    )
    record = nlp.extract_text(text)
    assert {o.name: o.position for o in record.officials} == {
        "สมศรี ใจดี": "รองอธิบดีกรมควบคุมโรค",
        "สมชาย รักไทย": "ผู้อำนวยการกองระบาดวิทยา",
    }
    (meeting,) = record.meetings
    assert meeting.venue is not None and meeting.venue.text == "โรงเเรมพูลแมน ภูเก็ต"


def test_a_session_number_typed_with_the_tone_mark_first_is_read():
    # "ครั้งท่ี" (MAI EK typed before SARA II) is "ครั้งที่": the meeting keeps its number, and its
    # evidence the brief's own spelling.
    nlp = full_rules()
    text = (
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"
        "นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัด ครั้งท่ี 2/2564"
        " ณ ศาลากลางจังหวัดน่าน\n"
    )
    (meeting,) = nlp.extract_text(text).meetings
    assert meeting.number == 2
    assert meeting.evidence[0].text.endswith("ครั้งท่ี 2/2564")
