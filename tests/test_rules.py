"""Each rule family on short Thai texts written for the test: a document run through only the
components the family needs, read from that component's record contribution."""

import pytest
from component_support import full_rules, meetings, officials, project_titles, venues

# --- meeting numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "นายสมชาย ใจดี อธิบดีกรมการค้าต่างประเทศ เป็นประธานการประชุมคณะทำงานร่วม ครั้งที่ 29 ณ กรุงเทพมหานคร",
            29,
        ),
        (
            "นายสมชาย ใจดี อธิบดีกรมการค้าต่างประเทศ เป็นประธานการประชุมคณะทำงานร่วม ครั้งที่ ๒๙ ณ กรุงเทพมหานคร",
            29,
        ),
        ("การประชุมคณะกรรมการบริหารกองทุน ครั้งที่ 4/2565 ณ ห้องประชุม 301 กระทรวงการคลัง", 4),
        ("ที่ประชุมเข้าร่วมประชุมคณะกรรมการนโยบาย ครั้ง 2/2567 ณ ทำเนียบรัฐบาล", 2),
    ],
)
def test_meeting_numbers(text, number):
    assert [m.number for m in meetings(text)] == [number]


def test_english_meeting_name_from_parentheses():
    text = (
        "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน ครั้งที่ 56 (56th ASEAN Economic Ministers Meeting) "
        "ณ เวียงจันทน์ สปป. ลาว"
    )
    (meeting,) = meetings(text)
    assert meeting.name == "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน"
    assert meeting.name_en == "56th ASEAN Economic Ministers Meeting"
    assert meeting.venue.country == "LA"


def test_not_a_meeting_number():
    # a training course, a plan edition and "for the second time" are not meetings
    assert meetings("จัดการอบรมหลักสูตรผู้บริหาร ครั้งที่ 4 ณ จังหวัดสงขลา") == []
    assert meetings("ตามแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13") == []
    assert meetings("งานนี้จัดขึ้นเป็นครั้งที่ 2 ที่ประชุมรับทราบ") == []


def test_repeated_mentions_are_one_meeting():
    text = (
        "วันนี้ (4 ก.ค. 67) นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุมคณะกรรมการ"
        "ส่งเสริมการค้า ครั้งที่ 3/2567 ณ ห้องประชุม 1 ชั้น 2 อาคารกระทรวงพาณิชย์\n"
        "การประชุมฯ ครั้งที่ 3/2567 มีมติเห็นชอบแผนงานประจำปี"
    )
    (meeting,) = meetings(text)
    assert meeting.number == 3
    assert meeting.date.date == "2024-07-04"
    assert meeting.venue.text == "ห้องประชุม 1 ชั้น 2 อาคารกระทรวงพาณิชย์"
    assert meeting.chairs == ["สมชาย ใจดี"]
    assert len(meeting.evidence) == 2


def test_two_meetings_in_one_paragraph_keep_their_own_dates():
    text = (
        "เมื่อวันที่ 10 มกราคม 2567 นายสมชาย ใจดี อธิบดีกรมประมง เป็นประธานการประชุมคณะกรรมการประมง "
        "ครั้งที่ 1/2567 ณ ห้องประชุม 201 กรมประมง พร้อมรับทราบผลการประชุมคณะอนุกรรมการประมงทะเล ครั้งที่ 8"
    )
    first, second = meetings(text)
    assert (first.number, first.date.date) == (1, "2024-01-10")
    assert (second.number, second.date, second.venue) == (8, None, None)


def test_attached_date_range_wins_over_the_opening_date():
    text = (
        "วันนี้ (3 กรกฎาคม 2568) นางสาวสมศรี ดีงาม รัฐมนตรีประจำสำนักนายกรัฐมนตรี จะเข้าร่วมการประชุมผู้นำ "
        "ครั้งที่ 17 ระหว่างวันที่ 6 - 7 กรกฎาคม 2568 ณ นครรีโอเดจาเนโร สหพันธ์สาธารณรัฐบราซิล"
    )
    (meeting,) = meetings(text)
    assert (meeting.date.date, meeting.date.end_date) == ("2025-07-06", "2025-07-07")
    assert meeting.venue.country == "BR"


def test_unnumbered_meeting_with_a_venue():
    text = "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน เป็นประธานการประชุมคณะกรมการจังหวัดน่าน ณ ห้องประชุมศาลากลางจังหวัดน่าน"
    (meeting,) = meetings(text)
    assert meeting.number is None
    assert meeting.venue.text == "ห้องประชุมศาลากลางจังหวัดน่าน"
    assert meeting.country == "TH"


# --- venues and countries ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("venue", "country"),
    [
        ("เมืองโฮจิมินห์ สาธารณรัฐสังคมนิยมเวียดนาม", "VN"),
        ("กรุงโตเกียว ประเทศญี่ปุ่น", "JP"),
        ("โรงแรมเซ็นทารา จังหวัดขอนแก่น", "TH"),
        ("ห้องประชุมสีม่วง ตึกบัญชาการ 1 ทำเนียบรัฐบาล", "TH"),
        ("กรุงบรัสเซลส์ ราชอาณาจักรเบลเยียม", "BE"),
        ("Marina Bay Sands", None),
    ],
)
def test_venue_countries(venue, country):
    text = f"การประชุมคณะทำงานด้านการค้า ครั้งที่ 5 ณ {venue} เพื่อหารือความร่วมมือ"
    (meeting,) = meetings(text)
    assert meeting.venue.text == venue
    assert meeting.country == country


def test_online_venue_only_when_no_place():
    text = "การประชุมคณะกรรมการติดตามผล ครั้งที่ 2/2567 ผ่านระบบการประชุมทางไกล (Video Conference)"
    (meeting,) = meetings(text)
    assert meeting.venue.online is True
    assert meeting.country is None
    text = (
        "การประชุมคณะกรรมการติดตามผล ครั้งที่ 2/2567 ณ ห้องประชุม 1 กระทรวงการคลัง และผ่านระบบการประชุมทางไกล"
    )
    (meeting,) = meetings(text)
    assert meeting.venue.text == "ห้องประชุม 1 กระทรวงการคลัง"


def test_family_name_with_na_is_not_a_venue():
    text = "นางภาวินี ณ สายบุรี ผู้ตรวจราชการกระทรวงทรัพยากรธรรมชาติ เข้าร่วมการประชุมคณะกรรมการ ครั้งที่ 2 ณ ห้องประชุม 9"
    found = officials(text)
    assert "ภาวินี ณ สายบุรี" in found
    assert venues(text) == ["ห้องประชุม 9"]
    assert meetings(text)[0].venue.text == "ห้องประชุม 9"


# --- officials ---------------------------------------------------------------------------------


def test_official_with_english_name_position_and_organization():
    text = (
        "โดยมีนายสำลี บุษดี (Mr. Samly Boutsady) อธิบดีกรมการอุตสาหกรรม กระทรวงอุตสาหกรรมและการค้า สปป. ลาว "
        "เป็นประธานการประชุมร่วมกับ นายยาสุจิ โคมิยามะ (Mr. Yasuji Komiyama) รองอธิบดีสำนักนโยบายการค้า"
    )
    found = officials(text)
    samly = found["สำลี บุษดี"]
    assert (samly.honorific, samly.name_en) == ("นาย", "Samly Boutsady")
    assert samly.position == "อธิบดีกรมการอุตสาหกรรม"
    assert samly.organization == "กระทรวงอุตสาหกรรมและการค้า สปป. ลาว"
    assert samly.role == "chair"
    assert found["ยาสุจิ โคมิยามะ"].role == "co-chair"


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        ("พล.ต.อ.พัชรวาท วงษ์สุวรรณ รองนายกรัฐมนตรี กล่าวว่า", "พัชรวาท วงษ์สุวรรณ", "พล.ต.อ."),
        ("พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เดินทางไป", "ประยุทธ์ จันทร์โอชา", "พลเอก"),
        ("ร.อ.รชฏ พิสิษฐบรรณกร ผู้ช่วยรัฐมนตรีประจำกระทรวง", "รชฏ พิสิษฐบรรณกร", "ร.อ."),
        ("ศ.พิเศษ วิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "วิศิษฏ์ วิศิษฏ์สรอรรถ", "ศ.พิเศษ"),
        ("ดร.ปิ่นสักก์ สุรัสวดี อธิบดีกรมทรัพยากรทางทะเลและชายฝั่ง", "ปิ่นสักก์ สุรัสวดี", "ดร."),
        ("น.ส.ธีรรัตน์ สำเร็จวาณิชย์ รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย", "ธีรรัตน์ สำเร็จวาณิชย์", "น.ส."),
        ("นางสาวพิยะดา สุดกังวาล ที่ปรึกษาด้านการสื่อสาร", "พิยะดา สุดกังวาล", "นางสาว"),
        # a veterinarian's title (นายสัตวแพทย์), not นาย + a given name "สัตวแพทย์ชัย"
        ("นายสัตวแพทย์ชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า", "ชัย วัชรงค์", "นายสัตวแพทย์"),
    ],
)
def test_titles_are_kept_out_of_names(text, name, honorific):
    found = officials(text)
    assert list(found) == [name]
    assert found[name].honorific == honorific


def test_honorific_look_alikes_are_not_people():
    text = "นายกรัฐมนตรีมอบหมายให้นายอำเภอเมืองและนายทะเบียนจังหวัดดำเนินการ"
    assert officials(text) == {}


def test_person_without_position_is_not_an_official():
    assert officials("นายสมชาย ใจดี กล่าวขอบคุณผู้เข้าร่วมงาน") == {}


def test_position_before_and_after_and_short_mentions_merge():
    text = (
        "นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธานการประชุมคณะรัฐมนตรี ณ ทำเนียบรัฐบาล\n"
        "ต่อมา นายกฯ เศรษฐา ได้มอบนโยบายแก่ส่วนราชการ"
    )
    found = officials(text)
    assert list(found) == ["เศรษฐา ทวีสิน"]
    assert found["เศรษฐา ทวีสิน"].position == "นายกรัฐมนตรี"
    assert len(found["เศรษฐา ทวีสิน"].evidence) == 2


def test_position_continues_over_and_and_district():
    text = (
        "พล.ต.อ.พัชรวาท วงษ์สุวรรณ รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (รมว.ทส.) "
        "เป็นประธาน โดยมี นายปกรณ์ จีนาคำ สมาชิกสภาผู้แทนราษฎรจังหวัดแม่ฮ่องสอน เขต 1 เข้าร่วม"
    )
    found = officials(text)
    assert (
        found["พัชรวาท วงษ์สุวรรณ"].position
        == "รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"
    )
    assert found["ปกรณ์ จีนาคำ"].position == "สมาชิกสภาผู้แทนราษฎรจังหวัดแม่ฮ่องสอน เขต 1"


def test_position_stops_at_the_verb_glued_to_it():
    found = officials("นายสมชาย ใจดี ปลัดกระทรวงเกษตรและสหกรณ์เป็นประธานในพิธี")
    assert found["สมชาย ใจดี"].position == "ปลัดกระทรวงเกษตรและสหกรณ์"


# --- projects ----------------------------------------------------------------------------------


def test_project_list_and_generic_mentions():
    text = (
        "ที่ประชุมรับทราบผลการดำเนินงานจำนวนทั้งสิ้น 21 โครงการ อาทิ โครงการพัฒนาระบบน้ำบาดาล "
        "โครงการส่งเสริมการท่องเที่ยวชุมชน และโครงการตลาดนัดสีเขียว ทั้งนี้ โครงการดังกล่าวและโครงการต่าง ๆ "
        "ภายใต้โครงการนี้จะดำเนินการต่อไป"
    )
    titles = project_titles(text)
    assert titles == ["โครงการพัฒนาระบบน้ำบาดาล", "โครงการส่งเสริมการท่องเที่ยวชุมชน", "โครงการตลาดนัดสีเขียว"]


def test_project_name_ends_before_the_clause():
    text = "การพัฒนาโครงการแลนด์บริดจ์ (Landbridge) และโครงการตลาดขนส่งทางทะเลร่วมอาเซียน และการพัฒนาท่าเรือ"
    titles = project_titles(text)
    # gold.md v2: a parenthesised alias stays with the name
    assert titles == ["โครงการแลนด์บริดจ์ (Landbridge)", "โครงการตลาดขนส่งทางทะเลร่วมอาเซียน"]


def test_project_with_spaces_digits_and_latin():
    text = "เตรียมเสนอโครงการ 72 พรรษา ลด 7.2 mtCO2 และ PM 2.5 จากภาคอุตสาหกรรมด้วย MIND\n"
    titles = project_titles(text)
    assert titles == ["โครงการ 72 พรรษา ลด 7.2 mtCO2 และ PM 2.5 จากภาคอุตสาหกรรมด้วย MIND"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # year, phase and place stay; the agency, the budget and the clause go (gold.md v2)
        (
            "ที่ประชุมเห็นชอบหลักการของโครงการประกันภัยข้าวนาปี ปีการผลิต 2567 โดย ธ.ก.ส. เป็นผู้อุดหนุน",
            "โครงการประกันภัยข้าวนาปี ปีการผลิต 2567",
        ),
        (
            "ติดตามโครงการก่อสร้างสะพานข้ามลำน้ำสงคราม ระยะที่ 2 อำเภอบ้านม่วง จังหวัดสกลนคร ของกรมทางหลวงชนบท วงเงิน 500 ล้านบาท",
            "โครงการก่อสร้างสะพานข้ามลำน้ำสงคราม ระยะที่ 2 อำเภอบ้านม่วง จังหวัดสกลนคร",
        ),
        (
            "เร่งรัดโครงการก่อสร้างทางหลวงหมายเลข 203 (หล่มสัก - หล่มเก่า - เลย) ของกรมทางหลวง ให้แล้วเสร็จ",
            "โครงการก่อสร้างทางหลวงหมายเลข 203 (หล่มสัก - หล่มเก่า - เลย)",
        ),
        (
            "ได้เสนอโครงการสนับสนุนปุ๋ยลดต้นทุนการผลิตของเกษตรกรผู้ปลูกข้าว (ปุ๋ยคนละครึ่ง) ซึ่งที่ประชุมมีมติเห็นชอบ",
            "โครงการสนับสนุนปุ๋ยลดต้นทุนการผลิตของเกษตรกรผู้ปลูกข้าว (ปุ๋ยคนละครึ่ง)",
        ),
        # a list number in parentheses is not an alias
        (
            "ได้แก่ (1) โครงการพัฒนาแหล่งท่องเที่ยวเชิงประวัติศาสตร์ จังหวัดระนอง (2) ศูนย์การเรียนรู้ชุมชน",
            "โครงการพัฒนาแหล่งท่องเที่ยวเชิงประวัติศาสตร์ จังหวัดระนอง",
        ),
        # a number in the title glued to its word, after a space
        (
            "ติดตามโครงการประกันรายได้ชาวสวนยางปี 2563/64 อย่างใกล้ชิด",
            "โครงการประกันรายได้ชาวสวนยางปี 2563/64",
        ),
        # the clause after the name, glued or after a space
        (
            "นายภูมิธรรม กล่าวถึงความคืบหน้าของโครงการดิจิทัลวอลเล็ต ตอนนี้มีความชัดเจนแล้วว่าจะแจก",
            "โครงการดิจิทัลวอลเล็ต",
        ),
        ("รัฐมนตรีกล่าวว่าโครงการคนละครึ่งยังจะมีต่อไปในปีหน้า", "โครงการคนละครึ่ง"),
        ("รัฐบาลให้ความสำคัญกับการขยายผลโครงการ OTOP ด้วยการสนับสนุนและยกระดับผลิตภัณฑ์ OTOP", "โครงการ OTOP"),
        # a slogan written one word a chunk, then its year
        (
            "ที่ประชุมได้พิจารณาผลการดำเนินงานโครงการตำบลมั่นคง มั่งคั่ง ยั่งยืน ปีงบประมาณ พ.ศ.2566 ของหน่วยงานในสังกัด",
            "โครงการตำบลมั่นคง มั่งคั่ง ยั่งยืน ปีงบประมาณ พ.ศ.2566",
        ),
        # a quoted title right after โครงการ keeps its quotes
        ('กระทรวงเปิดตัวโครงการ "บ้านนี้มีรัก ปลูกผักกินเอง" ในพื้นที่ชุมชน', 'โครงการ "บ้านนี้มีรัก ปลูกผักกินเอง"'),
    ],
)
def test_project_title_boundaries(text, title):
    assert project_titles(text) == [title]


@pytest.mark.parametrize(
    "text",
    [
        "ข้อเท็จจริง : วัตถุประสงค์หลักของโครงการคือการกระตุ้นเศรษฐกิจ ดังนั้น แม้การแจกเงินสดจะสะดวก",
        "เกษตรกรที่เข้าร่วมโครงการสามารถสั่งซื้อปุ๋ยและชีวภัณฑ์ได้จากแอปพลิเคชั่นที่กรมการข้าว",
        "ผู้สนใจเข้าร่วมโครงการตั้งแต่วันที่ 1 กันยายน 2563 เป็นต้นไป",
        "ผู้ประกอบการที่เข้าร่วมโครงการเพื่อรับประโยชน์จากคาร์บอนเครดิตต้องขึ้นทะเบียน",
        "กำชับให้หน่วยงานเจ้าของโครงการจัดทำรายละเอียดและแผนการใช้จ่ายงบประมาณ",
        "และจัดทำโครงการพัฒนาอุตสาหกรรมในด้านต่าง ๆ ให้ตอบสนองต่อความต้องการของผู้ประกอบการ",
        "ทั้งนี้ ได้นำแนวทางโครงการในพระราชดำริ มาใช้ และสนับสนุนโครงการนำร่อง ในพื้นที่",
        "ได้ทบทวนโครงการเชื่อมโยงทางกายภาพที่มีความสำคัญเร่งด่วน 36 โครงการ",
    ],
)
def test_project_clauses_and_kinds_are_not_names(text):
    assert project_titles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a predicate: what something is, not a project's name
        "จำนวน 11 โครงการ ซึ่งถือเป็นโครงการลดก๊าซเรือนกระจกภายใต้กลไกเครดิตร่วม JCM มีปริมาณลดลง",
        "ที่ประชุมเห็นชอบให้โครงการนี้เป็นโครงการเดี่ยวภายใต้ความร่วมมือระหว่างไทย - จีน ด้านทะเล",
        # a generic name with a domain or an owner
        "ซึ่งการสนับสนุนโครงการลงทุนด้านพลังงานสะอาดของ EXIM Bank เป็นตัวกระตุ้น",
        # a relative clause after a kind of project
        "มีโครงการร่วมลงทุนที่อยู่ระหว่างกระบวนการการคัดเลือกเอกชน 4 โครงการ",
        # a programme of a kind, not one project
        "ที่ประชุมรับทราบความคืบหน้าโครงการรถไฟทางคู่และทางสายใหม่ และให้การรถไฟแห่งประเทศไทย",
        # a generic name with its basis or channel
        "ครม.อนุมัติโครงการกระตุ้นเศรษฐกิจตามนโยบายรัฐบาล เพื่อเพิ่มกำลังซื้อ",
        # a joint project between parties, and a time after โครงการ
        "ซึ่งเป็นความร่วมมือในโครงการร่วมระหว่างไทยและญี่ปุ่น",
        "ผู้เข้าร่วมโครงการหลังจากเสร็จสิ้นการมอบที่ดินแล้ว",
        # a kind of project with only a phase, a feasibility study
        "บริษัทเตรียมเดินหน้าโครงการลงทุนเฟสที่ 2 ในปีหน้า",
        "กรมชลประทานได้ดำเนินโครงการศึกษาความเหมาะสม และออกแบบรายละเอียด",
        # a cause right after โครงการ
        "ส่วนความล่าช้าของโครงการเกิดจากการเชื่อมการใช้ไฟฟ้ากับการไฟฟ้านครหลวง",
        # an organisation whose name opens with โครงการ (UNDP)
        "ได้ดำเนินการอย่างต่อเนื่องร่วมกับโครงการพัฒนาแห่งสหประชาชาติ และสมาคมเครือข่าย",
    ],
)
def test_project_predicates_kinds_and_organisations_are_not_names(text):
    assert project_titles(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a quoted title after a descriptive name belongs to it
        (
            'จัดโครงการปลูกจิตสำนึกและสร้างความภาคภูมิใจในความเป็นชาติไทย "ธงไตรรงค์ ธำรงไทย" ณ อำเภอเมือง',
            'โครงการปลูกจิตสำนึกและสร้างความภาคภูมิใจในความเป็นชาติไทย "ธงไตรรงค์ ธำรงไทย"',
        ),
        # a clause word made a noun by ความ / การ stays in the name
        (
            "เปิดตัวโครงการศึกษาเพื่อยกระดับการให้บริการรถแท็กซี่ อย่างเป็นทางการ",
            "โครงการศึกษาเพื่อยกระดับการให้บริการรถแท็กซี่",
        ),
        # a year span in parentheses and the airport the project is at belong to the title
        (
            "เบิกจ่ายล่าช้า เช่น โครงการพัฒนาท่าอากาศยานสุวรรณภูมิ (ปีงบประมาณ 2554 - 2560) ของบริษัท",
            "โครงการพัฒนาท่าอากาศยานสุวรรณภูมิ (ปีงบประมาณ 2554 - 2560)",
        ),
        (
            "ที่เบิกจ่ายล่าช้า คือโครงการทางวิ่งเส้นที่ 3 ท่าอากาศยานสุวรรณภูมิ ของบริษัท ท่าอากาศยานไทย",
            "โครงการทางวิ่งเส้นที่ 3 ท่าอากาศยานสุวรรณภูมิ",
        ),
        # a place preposition left without its place is dropped
        (
            "ผลักดันโครงการพัฒนาเมืองเพื่อแก้ไขปัญหาการจราจรแออัดในเขต เมืองหลัก",
            "โครงการพัฒนาเมืองเพื่อแก้ไขปัญหาการจราจรแออัด",
        ),
        # a share after the name ends it
        ("ค้ำประกันโครงการเงินทุนพลิกฟื้นร้อยละ 40 ของวงเงิน", "โครงการเงินทุนพลิกฟื้น"),
        # a name opening with what the project gives (ให้ความช่วยเหลือ), its beneficiary after แก่
        (
            "ครม.เห็นชอบขยายระยะเวลาโครงการให้ความช่วยเหลือทางการเงินแก่ผู้ประกอบกิจการในสามจังหวัดชายแดนภาคใต้ วงเงิน 25,000 ล้านบาท",
            "โครงการให้ความช่วยเหลือทางการเงินแก่ผู้ประกอบกิจการในสามจังหวัดชายแดนภาคใต้",
        ),
        # a relative clause starting with ที่อยู่ is not housing (ที่อยู่อาศัย)
        (
            "ธนาคารเปิดโครงการสินเชื่อที่อยู่อาศัยเพื่อผู้ประกันตน อัตราดอกเบี้ยต่ำ",
            "โครงการสินเชื่อที่อยู่อาศัยเพื่อผู้ประกันตน",
        ),
    ],
)
def test_project_quoted_titles_and_nominalised_clause_words(text, title):
    assert project_titles(text) == [title]


def test_project_phases_with_other_numbers_are_two_projects():
    text = (
        "เร่งรัดโครงการก่อสร้างรถไฟทางคู่ ระยะที่ 1 และพิจารณาร่วมกับโครงการก่อสร้างรถไฟทางคู่ ระยะที่ 2 "
        "และทางสายใหม่"
    )
    assert project_titles(text) == [
        "โครงการก่อสร้างรถไฟทางคู่ ระยะที่ 1",
        "โครงการก่อสร้างรถไฟทางคู่ ระยะที่ 2",
    ]


def test_project_in_a_list_may_open_with_a_purpose():
    text = "ที่ประชุมหารือเกี่ยวกับโครงการใหม่ เช่น โครงการเพื่อการเปลี่ยนผ่านและพัฒนาห่วงโซ่อุปทานอย่างยั่งยืน\n"
    assert project_titles(text) == ["โครงการเพื่อการเปลี่ยนผ่านและพัฒนาห่วงโซ่อุปทานอย่างยั่งยืน"]


def test_project_heading_a_list_of_projects_is_a_kind():
    text = (
        "ติดตามความคืบหน้าของโครงการพัฒนาเมืองตามแนวระเบียงเศรษฐกิจ ซึ่งธนาคารพัฒนาเอเชียให้การสนับสนุน "
        "อาทิ โครงการพัฒนาเมืองชายแดนตามแนวระเบียงเศรษฐกิจตะวันออก-ตะวันตก ระยะที่ 3\n"
    )
    assert project_titles(text) == [
        "โครงการพัฒนาเมืองชายแดนตามแนวระเบียงเศรษฐกิจตะวันออก-ตะวันตก ระยะที่ 3"
    ]


def test_projects_glued_by_and_are_two():
    text = "มาตรการภาครัฐที่กระตุ้นเศรษฐกิจ อาทิ โครงการคนละครึ่งและโครงการไทยเที่ยวไทย เป็นปัจจัยสนับสนุน"
    assert project_titles(text) == ["โครงการคนละครึ่ง", "โครงการไทยเที่ยวไทย"]


def test_project_after_a_numbered_title_in_a_list():
    text = "ได้แก่ โครงการพัฒนาท่าเรือน้ำลึกสงขลาแห่งที่ 2 โครงการก่อสร้างทางหลวงพิเศษระหว่างเมืองสายหาดใหญ่-สะเดา และโครงการพัฒนาศูนย์กลางการขนส่งสินค้าทางราง ซึ่งจะช่วย"
    assert project_titles(text) == [
        "โครงการพัฒนาท่าเรือน้ำลึกสงขลาแห่งที่ 2",
        "โครงการก่อสร้างทางหลวงพิเศษระหว่างเมืองสายหาดใหญ่-สะเดา",
        "โครงการพัฒนาศูนย์กลางการขนส่งสินค้าทางราง",
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the name without its qualifier, and a quoted form: one project, the fuller title
        (
            "เปิดลงทะเบียนโครงการคนละครึ่ง ระยะที่ 3 แล้ว ผู้ที่เคยร่วมโครงการคนละครึ่ง สามารถยืนยันสิทธิ์ "
            'ส่วนโครงการ "คนละครึ่ง" เดิมสิ้นสุดแล้ว',
            ["โครงการคนละครึ่ง ระยะที่ 3"],
        ),
        # a leading verb and another spelling
        (
            "ประชุมติดตามผลกระทบจากโครงการฝายราษีไศล ครั้งที่ 1/2567 และการชดเชยจากโครงการก่อสร้างฝายราศีไศล "
            "และครัวเรือนที่ได้รับผลกระทบจากโครงการก่อสร้างฝายราษีไศล เพื่อเป็นตัวแทน",
            ["โครงการฝายราษีไศล"],
        ),
        # a title cut short with ฯ
        (
            "ศึกษาดูงานโครงการศูนย์บริการการพัฒนาปลวกแดงตามพระราชดำริ จังหวัดระยอง โดยโครงการศูนย์บริการการพัฒนาปลวกแดงฯ ได้สาธิต",
            ["โครงการศูนย์บริการการพัฒนาปลวกแดงตามพระราชดำริ จังหวัดระยอง"],
        ),
        # an alias used alone
        (
            "ความคืบหน้าโครงการพัฒนาเขตเศรษฐกิจพิเศษภาคตะวันออก (EEC) ทั้งนี้ โครงการ EEC จะช่วยดึงดูดการลงทุน",
            ["โครงการพัฒนาเขตเศรษฐกิจพิเศษภาคตะวันออก (EEC)"],
        ),
        # a name inside another is not the same project without a leading verb
        (
            "เห็นชอบโครงการปุ๋ยคนละครึ่ง และขยายเวลาโครงการคนละครึ่ง ออกไป",
            ["โครงการปุ๋ยคนละครึ่ง", "โครงการคนละครึ่ง"],
        ),
        # "เฟส 3" and "ระยะที่ 3" are one phase
        (
            "ประชาชนใช้สิทธิโครงการคนละครึ่ง เฟส 3 แล้ว และโครงการคนละครึ่ง ระยะที่ 3 จะสิ้นสุดสิ้นเดือนนี้",
            ["โครงการคนละครึ่ง เฟส 3"],
        ),
        # และ inside a name, the name also written with a space before และ: one title, the full one,
        # as first written (the repeat shows the spaced และ part is the name's: _joined_repeated)
        (
            "จัดโครงการประชุมเชิงปฏิบัติการเพื่อขับเคลื่อนนโยบาย และแผนด้านวัฒนธรรม พร้อมทั้งบรรยาย "
            "โดยโครงการประชุมเชิงปฏิบัติการเพื่อขับเคลื่อนนโยบายและแผนด้านวัฒนธรรม พร้อมทั้งบรรยาย",
            ["โครงการประชุมเชิงปฏิบัติการเพื่อขับเคลื่อนนโยบาย และแผนด้านวัฒนธรรม"],
        ),
        # a name that only begins several others is a kind of project
        (
            "โครงการรถไฟฟ้าสายสีชมพู และโครงการรถไฟฟ้าสายสีเหลือง เปิดให้บริการแล้ว ทั้งนี้ โครงการรถไฟฟ้า ช่วยลดปัญหาจราจร",
            ["โครงการรถไฟฟ้าสายสีชมพู", "โครงการรถไฟฟ้าสายสีเหลือง"],
        ),
    ],
)
def test_project_variants_are_one(text, titles):
    assert project_titles(text) == titles


def test_project_words_repeated_after_the_name_belong_to_it():
    repeated = (
        "นายสมชาย ติดตามโครงการนำลูกหลานเกษตรกรกลับบ้าน สานต่ออาชีพการเกษตร ณ จังหวัดนครปฐม\n"
        "ทั้งนี้ ผู้สนใจสมัครร่วมโครงการนำลูกหลานเกษตรกรกลับบ้าน สานต่ออาชีพการเกษตร ได้ที่สำนักงานเกษตร\n"
    )
    assert project_titles(repeated) == ["โครงการนำลูกหลานเกษตรกรกลับบ้าน สานต่ออาชีพการเกษตร"]
    once = "นายสมชาย ติดตามโครงการนำลูกหลานเกษตรกรกลับบ้าน ดำเนินงานในสมาชิกกลุ่มแปลงใหญ่\n"
    assert project_titles(once) == ["โครงการนำลูกหลานเกษตรกรกลับบ้าน"]


def test_position_written_as_a_list_and_malay_titles():
    text = (
        "นางอุษณีย์ ศรีสุวรรณ อธิบดีกรมเอเชียใต้ ตะวันออกกลาง และแอฟริกา กระทรวงการต่างประเทศ "
        "เป็นประธานร่วมกับดาโต๊ะ เสรี โมฮัมหมัด ฮาซัน (Dato' Seri Mohamad Hasan) "
        "รัฐมนตรีว่าการกระทรวงการต่างประเทศมาเลเซีย โดยมีนางสาวชลาริน นิลพิฤกษ์ ผู้อำนวยการกองกลาง และเจ้าหน้าที่ เข้าร่วม"
    )
    found = officials(text)
    assert found["อุษณีย์ ศรีสุวรรณ"].position == "อธิบดีกรมเอเชียใต้ ตะวันออกกลาง และแอฟริกา"
    assert found["อุษณีย์ ศรีสุวรรณ"].organization == "กระทรวงการต่างประเทศ"
    malay = found["โมฮัมหมัด ฮาซัน"]
    assert (malay.honorific, malay.name_en) == ("ดาโต๊ะ เสรี", "Mohamad Hasan")
    assert malay.role == "co-chair"
    assert found["ชลาริน นิลพิฤกษ์"].position == "ผู้อำนวยการกองกลาง"


# --- officials: lists, acting posts, attached offices (issue 13) ------------------------------


def test_names_in_a_row_share_the_position_after_them():
    text = (
        "โดยมี นางวรวรรณ ชิตอรุณ นายจุลพงษ์ ทวีศรี รองปลัดกระทรวงอุตสาหกรรม "
        "นายวิษณุ ทับเที่ยง หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม นายสมพล โนดไธสง "
        "นายใบน้อย สุวรรณชาตรี ผู้ตรวจราชการกระทรวงอุตสาหกรรม เข้าร่วม"
    )
    found = officials(text)
    assert found["วรวรรณ ชิตอรุณ"].position == "รองปลัดกระทรวงอุตสาหกรรม"
    # the position before a name that belongs to the previous person is not taken
    assert found["สมพล โนดไธสง"].position == "ผู้ตรวจราชการกระทรวงอุตสาหกรรม"
    assert found["วิษณุ ทับเที่ยง"].position == "หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม"


def test_position_before_a_list_and_before_a_parenthesised_name():
    text = (
        "วันนี้ (4 ตุลาคม 2564) โดยมีรองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ได้แก่ นางสาวแรมรุ้ง วรวัธ "
        "และนายธนสุนทร สว่างสาลี พร้อมด้วยผู้บริหารกระทรวง\n"
        "ได้แก่ ผู้จัดการธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย สาขาพะเยา "
        "(นายนพรัตน์ ชาญวนังกูร) และภาคเอกชน ผู้แทนสภาอุตสาหกรรมจังหวัดพะเยา (นายคมน์ มีสี) ร่วมหารือ"
    )
    found = officials(text)
    deputy = "รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
    assert found["แรมรุ้ง วรวัธ"].position == deputy
    assert found["ธนสุนทร สว่างสาลี"].position == deputy
    assert (
        found["นพรัตน์ ชาญวนังกูร"].position
        == "ผู้จัดการธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย สาขาพะเยา"
    )
    assert found["คมน์ มีสี"].position == "ผู้แทนสภาอุตสาหกรรมจังหวัดพะเยา"


def test_acting_posts_and_office_abbreviations_stay_in_the_position():
    text = (
        "วันนี้ (4 ตุลาคม 2564) นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า "
        "นางภาวี โพธิ์ยี่รักษาการแทน ผู้อำนวยการสถาบันส่งเสริมศิลปหัตถกรรมไทย กล่าวว่า\n"
        "พร้อมด้วย ว่าที่ ร.ต.ธนกฤต จิตรอารีย์รัตน์ เลขานุการ รมว.ยุติธรรม นายสิริฤกษ์ ทรงศิวิไล ปลัดกระทรวง อว.รับหนังสือ "
        "นายมณเฑียร บุญตัน รองประธานคณะกรรมาธิการ คนที่ 1 และ น.ส.ศุภมาส อิศรภักดี รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม เข้าร่วม"
    )
    found = officials(text)
    assert (
        found["อนุชา บูรพชัยศรี"].position
        == "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี"
    )
    assert found["ภาวี โพธิ์ยี่"].position == "รักษาการแทน ผู้อำนวยการสถาบันส่งเสริมศิลปหัตถกรรมไทย"
    assert found["ธนกฤต จิตรอารีย์รัตน์"].position == "เลขานุการ รมว.ยุติธรรม"
    assert "ยุติธรรม" not in found  # "รมว.ยุติธรรม" names a ministry, not a person
    assert found["สิริฤกษ์ ทรงศิวิไล"].position == "ปลัดกระทรวง อว."
    assert found["มณเฑียร บุญตัน"].position == "รองประธานคณะกรรมาธิการ คนที่ 1"
    assert found["ศุภมาส อิศรภักดี"].position == "รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"


def test_attached_office_joins_the_position_but_a_ministry_stays_apart():
    text = (
        "นายวิรัช เลิศไพฑูรย์พันธ์ รองอธิการบดี มหาวิทยาลัยศรีปทุม นายเสรี กัณฑโรจน์ ผู้อำนวยการสำนักนโยบายและแผน "
        "สำนักงานปลัดกระทรวงมหาดไทย เข้าร่วม โดยมีนายสำลี บุษดี อธิบดีกรมการอุตสาหกรรม กระทรวงอุตสาหกรรมและการค้า "
        "เป็นประธาน"
    )
    found = officials(text)
    assert found["วิรัช เลิศไพฑูรย์พันธ์"].position == "รองอธิการบดี มหาวิทยาลัยศรีปทุม"
    assert found["วิรัช เลิศไพฑูรย์พันธ์"].organization == "มหาวิทยาลัยศรีปทุม"
    assert found["เสรี กัณฑโรจน์"].position == "ผู้อำนวยการสำนักนโยบายและแผน สำนักงานปลัดกระทรวงมหาดไทย"
    assert found["สำลี บุษดี"].position == "อธิบดีกรมการอุตสาหกรรม"


def test_position_ends_before_other_people_and_relative_clauses():
    text = (
        "วันนี้ (4 ตุลาคม 2564) นายจิรภา สินธุนาวา ผู้ตรวจราชการกระทรวงยุติธรรมและผู้แทนจากหน่วยงานที่เกี่ยวข้อง เข้าร่วม "
        "นายครองศักดิ์ ลงรักษา ผู้อำนวยการกองการเจ้าหน้าที่ และผู้แทน เข้าร่วม\n"
        "พล.อ.ชัยชาญ ช้างมงคล รมช.กห.และ พล.อ.ณัฐ อินทรเจริญ ได้ประชุม"
    )
    found = officials(text)
    assert found["จิรภา สินธุนาวา"].position == "ผู้ตรวจราชการกระทรวงยุติธรรม"
    assert found["ครองศักดิ์ ลงรักษา"].position == "ผู้อำนวยการกองการเจ้าหน้าที่"
    assert found["ชัยชาญ ช้างมงคล"].position == "รมช.กห."


def test_eponyms_and_office_titles_are_not_people():
    text = (
        "นายกลินท์ สารสิน ประธานกรรมการมูลนิธิ พล.ต.อ.เภา สารสิน กล่าวว่า "
        "ให้แก่ นายบรรหาญ เนาวรัตน์ นายกองค์การบริหารส่วนตำบลโก่งธนู โดยมี"
    )
    found = officials(text)
    assert "เภา สารสิน" not in found
    assert found["กลินท์ สารสิน"].position == "ประธานกรรมการมูลนิธิ พล.ต.อ.เภา สารสิน"
    assert found["บรรหาญ เนาวรัตน์"].position == "นายกองค์การบริหารส่วนตำบลโก่งธนู"
    assert len(found) == 2


def test_family_names_that_open_like_a_stopword():
    text = "พร้อมด้วย นายณัฐพล ณัฏฐสมบูรณ์ รองปลัดกระทรวงฯ และนายสมชาย ในวงศ์ ปลัดจังหวัดตรัง เข้าร่วม"
    found = officials(text)
    assert found["ณัฐพล ณัฏฐสมบูรณ์"].position == "รองปลัดกระทรวงฯ"
    assert found["สมชาย ในวงศ์"].position == "ปลัดจังหวัดตรัง"


def test_foreign_officials_written_in_latin_script():
    text = (
        "วันนี้ โดยมี นาย Shin Hosaka ปลัดกระทรวงเศรษฐกิจ การค้าและอุตสาหกรรมญี่ปุ่น "
        "และ Dr. Tedros Adhanom Ghebreyesus เลขาธิการองค์การอนามัยโลก ร่วมกับ Robert Godec "
        "เอกอัครราชทูตสหรัฐฯ ประจำประเทศไทย ณ ศูนย์ Kaneka Corporation ผู้ผลิตนวัตกรรม"
    )
    found = officials(text)
    assert found["Shin Hosaka"].position == "ปลัดกระทรวงเศรษฐกิจ การค้าและอุตสาหกรรมญี่ปุ่น"
    assert found["Shin Hosaka"].honorific == "นาย"
    assert found["Tedros Adhanom Ghebreyesus"].position == "เลขาธิการองค์การอนามัยโลก"
    assert found["Robert Godec"].honorific is None
    assert len(found) == 3  # a company is no person


def test_foreign_post_keeps_its_state_and_drops_punctuation():
    text = (
        "วันนี้ นายเอส อิสวารัน รัฐมนตรีว่าการกระทรวงสื่อสารและสารสนเทศ ของสาธารณรัฐสิงคโปร์ เข้าพบ "
        "และพลเอก ณัฐพล นาคพาณิชย์ รัฐมนตรีช่วยว่าการกระทรวงกลาโหม: ลงพื้นที่"
    )
    found = officials(text)
    assert found["เอส อิสวารัน"].position == "รัฐมนตรีว่าการกระทรวงสื่อสารและสารสนเทศ ของสาธารณรัฐสิงคโปร์"
    assert found["ณัฐพล นาคพาณิชย์"].position == "รัฐมนตรีช่วยว่าการกระทรวงกลาโหม"


def test_untitled_names_in_a_list_and_after_an_abbreviated_position():
    text = (
        "วันนี้ (1 มีนาคม 2564) รองนายกรัฐมนตรี ได้แก่ พลเอก ประวิตร วงษ์สุวรรณ วิษณุ เครืองาม "
        "ดอน ปรมัตถ์วินัย และจุรินทร์ ลักษณวิศิษฏ์ เข้าร่วมประชุม\n"
        "นายกรัฐมนตรี เศรษฐา ทวีสิน เดินทางไป โดย รมช.อรรถกร ดันโครงการปุ๋ยคนละครึ่ง และโครงการประกันภัย"
    )
    found = officials(text)
    for name in ("วิษณุ เครืองาม", "ดอน ปรมัตถ์วินัย", "จุรินทร์ ลักษณวิศิษฏ์"):
        assert found[name].position == "รองนายกรัฐมนตรี"
    assert found["เศรษฐา ทวีสิน"].position == "นายกรัฐมนตรี"
    assert "อรรถกร ดันโครงการปุ๋ยคนละครึ่ง" not in found  # a clause is no family name


def test_verbs_after_a_given_name_are_no_family_name():
    text = (
        "วันนี้ นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า\n"
        "นายชัย กล่าวต่อว่า นายกรัฐมนตรีได้กำชับให้หน่วยงานเร่งดำเนินการ "
        "พลตำรวจเอก ต่อศักดิ์ จึงสั่งการให้ทุกกองบัญชาการประสานธนาคาร "
        "นางสาวพรทิพย์ วงศ์ไพบูลย์ ผู้อำนวยการกองติดตามและประเมินผลการพัฒนา เข้าร่วม"
    )
    found = officials(text)
    assert "ชัย กล่าวต่อว่า" not in found and "ต่อศักดิ์ จึง" not in found
    assert found["ชัย วัชรงค์"].position == "โฆษกประจำสำนักนายกรัฐมนตรี"
    assert found["พรทิพย์ วงศ์ไพบูลย์"].position == "ผู้อำนวยการกองติดตามและประเมินผลการพัฒนา"


def test_female_and_special_grade_ranks_are_titles():
    text = (
        "วันนี้ พ.ต.อ.หญิง สมศรี ใจงาม ผู้กำกับการ 1 และพันเอก (พิเศษ) สมชาย รักไทย "
        "ผู้อำนวยการกองกิจการพลเรือน เข้าร่วม"
    )
    found = officials(text)
    assert found["สมศรี ใจงาม"].honorific == "พ.ต.อ.หญิง"
    assert found["สมชาย รักไทย"].honorific == "พันเอก (พิเศษ)"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # a second post abbreviated after a glued "และ" belongs to the same person
        (
            "โดยในปีนี้พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและ รมว.กลาโหม ก็ได้มอบคำขวัญ",
            "นายกรัฐมนตรีและ รมว.กลาโหม",
        ),
        # "และ" glued before the next person's name still ends the phrase
        (
            "พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและ นายสมชาย ใจดี ปลัดกระทรวงการคลัง",
            "นายกรัฐมนตรี",
        ),
        # a verb glued to the post ends it (phrase_breaks.txt)
        (
            "นายสมชาย ใจดี ปลัดกระทรวงมหาดไทยให้ความสำคัญ และเน้นย้ำในการประชุม",
            "ปลัดกระทรวงมหาดไทย",
        ),
        (
            "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหมย้ำในที่ประชุมคณะรัฐมนตรี",
            "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม",
        ),
    ],
)
def test_position_second_post_and_glued_verb(text, position):
    found = officials(text)
    first = next(iter(found.values()))
    assert first.position == position


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        # older military abbreviations: ปล. + the ministry's short form (position_heads.txt)
        (
            "พล.อ.ชัยชาญ ช้างมงคล รมช.กห.และ พล.อ.ณัฐ อินทรเจริญ ปล.กห.ได้ประชุม หน่วยงาน",
            "ณัฐ อินทรเจริญ",
            "ปล.กห.",
        ),
        # a stray closing quote after the name does not hide the position
        (
            "พร้อมย้ำในตอนท้ายว่า พล.อ.ประยุทธ์’ นรม.และรมว.กห.ได้ย้ำ ขอให้เจ้าหน้าที่",
            "ประยุทธ์",
            "นรม.และรมว.กห.",
        ),
        # a verb phrase holding "และ" is not the tail of a listed name (phrase_breaks.txt)
        (
            "พล.อ.ประยุทธ์ จันทร์โอชา รมว.กลาโหม ขอบคุณและชื่นชมกรมทรัพยากรธรณี กระทรวงทรัพยากร",
            "ประยุทธ์ จันทร์โอชา",
            "รมว.กลาโหม",
        ),
    ],
)
def test_military_abbreviations_and_stray_quote(text, name, position):
    assert officials(text)[name].position == position


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        # a representative role with an abbreviated body stays in the post, with its ministry
        (
            "นายอำนาจ สมประสงค์ ผู้ทรงคุณวุฒิ ด้านบริหารทรัพยากรบุคคล ผู้แทน อ.ก.พ. กระทรวงเกษตรและสหกรณ์ "
            "เป็นประธาน",
            "อำนาจ สมประสงค์",
            "ผู้ทรงคุณวุฒิ ด้านบริหารทรัพยากรบุคคล ผู้แทน อ.ก.พ. กระทรวงเกษตรและสหกรณ์",
        ),
        (
            "พล.อ.ณัฐ อินทรเจริญ ปล.กห. ผู้แทน รมว.กห. ในโอกาสเยือนไทย",
            "ณัฐ อินทรเจริญ",
            "ปล.กห. ผู้แทน รมว.กห.",
        ),
        # "ผู้แทน" before a written-out body may be the next, unnamed party: the post ends
        (
            "นายสมชาย ใจดี ประธานหอการค้าจังหวัดจันทบุรี ผู้แทน คณะกรรมการเพื่อแก้ไขปัญหาเกษตรกร",
            "สมชาย ใจดี",
            "ประธานหอการค้าจังหวัดจันทบุรี",
        ),
    ],
)
def test_representative_role_in_position(text, name, position):
    assert officials(text)[name].position == position


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        # a post with no office of its own takes the company after it, up to "จำกัด"
        (
            "นายนาฬิกอติภัค แสงสนิท กรรมการผู้จัดการ บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด (ธพส.) เปิดเผยว่า",
            "นาฬิกอติภัค แสงสนิท",
            "กรรมการผู้จัดการ บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด",
        ),
        (
            "นายกรัฐมนตรีพบหารือกับนาย Matt Garman ประธานเจ้าหน้าที่บริหาร บริษัท Amazon Web Services (AWS)",
            "Matt Garman",
            "ประธานเจ้าหน้าที่บริหาร บริษัท Amazon Web Services",
        ),
        # a post naming its own unit keeps the company apart
        (
            "นายไพศาล ไชยลี ผู้จัดการฝ่ายขายและปฏิบัติการลูกค้าภาคใต้ตอนล่าง บริษัท โทรคมนาคมแห่งชาติ จำกัด",
            "ไพศาล ไชยลี",
            "ผู้จัดการฝ่ายขายและปฏิบัติการลูกค้าภาคใต้ตอนล่าง",
        ),
        # a ministry after a bare post stays apart (dev gold)
        (
            "นางสาวพิยะดา สุดกังวาล ที่ปรึกษาด้านการสื่อสาร กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กล่าว",
            "พิยะดา สุดกังวาล",
            "ที่ปรึกษาด้านการสื่อสาร",
        ),
    ],
)
def test_bare_post_takes_its_company(text, name, position):
    assert officials(text)[name].position == position


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        # the body's Latin acronym after the post stays in it
        (
            "โดยมี นายสเตฟานอส โฟติอู ผู้อำนวยการศูนย์ประสานงาน UNFSS กล่าวเปิดการประชุม",
            "สเตฟานอส โฟติอู",
            "ผู้อำนวยการศูนย์ประสานงาน UNFSS",
        ),
        (
            "นาย Renaud Meyer ผู้แทน UNDP ประจำประเทศไทย ได้กล่าว",
            "Renaud Meyer",
            "ผู้แทน UNDP ประจำประเทศไทย",
        ),
    ],
)
def test_latin_acronym_in_position(text, name, position):
    assert officials(text)[name].position == position


def test_person_a_building_is_named_after_is_not_an_official():
    text = (
        "ณ อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู กรมชลประทาน ถนนสามเสน เขตดุสิต กรุงเทพฯ "
        "นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธาน"
    )
    assert set(officials(text)) == {"เศรษฐา ทวีสิน"}
    # a number without "ปี" after a word ending like an eponym head is no anniversary
    text = "นางสมใจ ใจดี ผู้อำนวยการฝ่ายตรวจสอบตลาดทุน 2 นางพัฒนพร ไตรพิพัฒน์ ผู้อำนวยการฝ่ายตรวจสอบ"
    assert "พัฒนพร ไตรพิพัฒน์" in officials(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # academic titles misspelled without ส, or written apart, are titles, not positions
        (
            "ได้แก่ ดร.สมชัย จิตสุชน ผู้ช่วยศาตราจารย์ ดร.ธร ปีติดล และนายอนรรฆ พิทักษ์ธานิน เข้าร่วม",
            set(),
        ),
        (
            "โดยมี ศาตราจารย์ เกียรติคุณ นายแพทย์สิระ บุณยะรัตเวช ประธานมูลนิธิสายใยชนบท กล่าว",
            {"สิระ บุณยะรัตเวช"},
        ),
    ],
)
def test_misspelled_academic_titles(text, names):
    assert set(officials(text)) == names


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        # an abbreviated elected seat with its constituency written apart
        (
            "ผู้อำนวยการเขตคันนายาว นางชญาดา วิภัติภูมิประเทศ สก. เขตคันนายาว นางสาวมธุรส เบนท์ สก. เขตสะพานสูง ตลอดจน",
            "มธุรส เบนท์",
            "สก. เขตสะพานสูง",
        ),
        # a bare "และ" after a listed name links the next party; the MP's party is part of the
        # post (round q44)
        (
            "นางสาวธีรรัตน์ สำเร็จวาณิชย์ สส. พรรคเพื่อไทย และ นายสมชาย ใจดี",
            "ธีรรัตน์ สำเร็จวาณิชย์",
            "สส. พรรคเพื่อไทย",
        ),
    ],
)
def test_abbreviated_seat_and_constituency(text, name, position):
    assert officials(text)[name].position == position


def test_position_before_a_parenthesised_name_after_a_lead_verb():
    text = "ได้รับมอบหมายจากรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ (นายเฉลิมชัย ศรีอ่อน) หารือกับนายเจฟฟรีย์ ควินตัน"
    found = officials(text)
    assert found["เฉลิมชัย ศรีอ่อน"].position == "รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"


# --- the whole record: evidence of every field and entity, batches ------------------------------


def test_evidence_slices_the_original_text():
    text = "วันนี้ (๔ ก.ค. ๖๗)\u200b  นายสมชาย\u00a0ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุมคณะกรรมการ ครั้งที่ ๓/๒๕๖๗ ณ ห้องประชุม ๑"
    record = full_rules().extract_text(text)
    spans = (
        [e for e in record.entities]
        + [s for m in record.meetings for s in m.evidence]
        + [s for o in record.officials for s in o.evidence]
    )
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text
    (meeting,) = record.meetings
    assert text[meeting.date.start : meeting.date.end] == meeting.date.text
    assert meeting.date.date == "2024-07-04"
    assert text[meeting.venue.start : meeting.venue.end] == meeting.venue.text.replace("1", "๑")


def test_pipe_equals_one_by_one():
    from mjci_extract.io.document import InputDocument

    texts = [
        "การประชุมคณะกรรมการบริหารกองทุน ครั้งที่ 4/2565 ณ ห้องประชุม 301 กระทรวงการคลัง",
        "นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานในพิธี",
        "โครงการพัฒนาระบบน้ำบาดาล และโครงการตลาดนัดสีเขียว",
    ]
    docs = [InputDocument.from_text(t, doc_id=str(i)) for i, t in enumerate(texts)]
    rules = full_rules()
    assert list(rules.pipe(docs, batch_size=2)) == [rules(d) for d in docs]
