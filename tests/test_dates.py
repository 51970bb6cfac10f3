"""Thai and English dates to ISO, including malformed and non-date look-alikes: through the
`dates` component (its Dates slot), and find_dates where a test gives the default year itself."""

import pytest
from component_support import DATES, run

from mjci_extract.text.dates import Dates, find_dates, parse_date_line, to_gregorian
from mjci_extract.text.normalize import normalize


def iso(text, default_year=None):
    """find_dates with an explicit default year (the component takes the publication year)."""
    return [(d.iso, d.end_iso) for d in find_dates(normalize(text).text, default_year)]


def component_iso(text):
    """The `dates` component's dates of `text`."""
    return [(d.iso, d.end_iso) for d in run(DATES, text).get(Dates).matches]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("เมื่อวันที่ 15 กรกฎาคม 2567 สำนักงาน", [("2024-07-15", None)]),
        ("วันนี้ (4 ก.ค. 67) นายกรัฐมนตรี", [("2024-07-04", None)]),
        ("15 ก.ค.67", [("2024-07-15", None)]),
        ("วันพฤหัสบดีที่ 4 กรกฎาคม 2567", [("2024-07-04", None)]),
        ("วันที่ ๑๕ กรกฎาคม ๒๕๖๗", [("2024-07-15", None)]),
        ("13-14 ธันวาคม 2561", [("2018-12-13", "2018-12-14")]),
        ("ระหว่างวันที่ 17 - 19 ตุลาคม 2566 ณ", [("2023-10-17", "2023-10-19")]),
        ("ระหว่างวันที่ 3 ถึง 5 ตุลาคม 2566", [("2023-10-03", "2023-10-05")]),
        ("30 มิถุนายน - 2 กรกฎาคม 2567", [("2024-06-30", "2024-07-02")]),
        ("เมื่อ 20 มีนาคม พ.ศ. 2568", [("2025-03-20", None)]),
        ("15 July 2024", [("2024-07-15", None)]),
        ("July 15, 2024", [("2024-07-15", None)]),
        ("on 3 December 2024 in Bangkok", [("2024-12-03", None)]),
    ],
)
def test_dates(text, expected):
    assert component_iso(text) == expected


def test_date_without_year_takes_the_default_year():
    assert iso("ระหว่างวันที่ 6-7 ก.ค. นี้", default_year=2025) == [("2025-07-06", "2025-07-07")]
    assert component_iso("ระหว่างวันที่ 6-7 ก.ค. นี้") == []
    # the component's default year is the publication year of the header's date line
    header = "หัวข้อข่าว\n\n\nวันศุกร์ที่ 21 มีนาคม 2568\nพิมพ์\nหัวข้อข่าว\n"
    assert component_iso(header + "ระหว่างวันที่ 6-7 ก.ค. นี้") == [
        ("2025-03-21", None),
        ("2025-07-06", "2025-07-07"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "รอบ 4 เดือน (กุมภาพันธ์ - พฤษภาคม 2567)",  # months without a day
        "ในปี 2567",
        "31 กุมภาพันธ์ 2567",  # no such day
        "ครั้งที่ 4 กรกฎาคม",  # a session number, not a day
        "ประชุมเดือนกรกฎาคม",
        "45 มีนาคม 2567",
    ],
)
def test_not_dates(text):
    assert iso(text, default_year=2024) == []


def test_year_conversion():
    assert to_gregorian(2567) == 2024
    assert to_gregorian(67) == 2024
    assert to_gregorian(2024) == 2024


def test_date_lines():
    assert parse_date_line("วันศุกร์ที่ 21 มีนาคม 2568").iso == "2025-03-21"
    assert parse_date_line("19/01/2567").iso == "2024-01-19"
    assert parse_date_line("15 กรกฎาคม 2567").iso == "2024-07-15"
    assert parse_date_line("เมื่อวันที่ 15 กรกฎาคม 2567 นายก") is None
    assert parse_date_line("32/01/2567") is None
