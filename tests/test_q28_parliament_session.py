"""A session of parliament is a period, not a meeting (round q28, meeting_not_anchor_before.tsv:
สมัย): "ให้ถือเป็นวันเริ่มสมัยประชุมสามัญประจำปีครั้งที่หนึ่ง ตั้งแต่วันที่ 22 พฤษภาคม 2562" gave a
meeting dated 2019 in every decree brief that recalls it. Of 51 archive briefs with a สมัยประชุม,
23 change, each losing such a session. Short Thai texts written for the test."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพุธที่ 9 ตุลาคม 2567"


def test_a_parliament_session_is_no_meeting():
    meetings = meeting_values(
        "โดยที่ได้มีพระราชกฤษฎีกาเรียกประชุมรัฐสภาเพื่อให้สมาชิกได้มาประชุมเป็นครั้งแรก โดยให้ถือเป็น"
        "วันเริ่มสมัยประชุมสามัญประจำปีครั้งที่หนึ่ง ตั้งแต่วันที่ 22 พฤษภาคม พ.ศ. 2562\n",
        PUBLISHED,
    )
    assert meetings == []


def test_a_general_assembly_of_members_is_still_a_meeting():
    # "การประชุมใหญ่สามัญประจำปี": a sitting of an association, not a session
    meetings = meeting_values(
        "วันนี้ (9 ตุลาคม 2567) นายสมชาย ใจดี เป็นประธานการประชุมใหญ่สามัญประจำปี 2567 ของสหกรณ์"
        "ออมทรัพย์ครูขอนแก่น ณ หอประชุมสหกรณ์\n",
        PUBLISHED,
    )
    assert [meeting[2] for meeting in meetings] == ["2024-10-09"]
