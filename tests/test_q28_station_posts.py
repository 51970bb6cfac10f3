"""A post abroad ends with where it is stationed (round q28, _station_after_post): "เอกอัครราชทูต ณ
กรุงเบิร์น", "กงสุลใหญ่ สถานกงสุลใหญ่ ณ นครชิคาโก สหรัฐอเมริกา", as the gold writes "กงสุลใหญ่
สาธารณรัฐสังคมนิยมเวียดนาม ณ จังหวัดขอนแก่น". 263 archive positions stopped before the ณ; of 486
archive briefs with such a post, 201 change (270 positions), each taking its city and, when
written, its country. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def test_an_ambassador_keeps_the_city_of_the_embassy(nlp):
    officials = brief_officials(
        nlp, "โดยมี นายสมชาย ใจดี เอกอัครราชทูต ณ กรุงเบิร์น ร่วมเดินตรวจตลาดสินค้าไทย"
    )
    assert officials == {"สมชาย ใจดี": "เอกอัครราชทูต ณ กรุงเบิร์น"}


def test_a_consul_keeps_the_city_and_its_country(nlp):
    officials = brief_officials(
        nlp,
        "แต่งตั้ง นายสมชาย ใจดี กงสุลใหญ่ สถานกงสุลใหญ่ ณ นครชิคาโก สหรัฐอเมริกา ให้ดำรงตำแหน่งเอกอัครราชทูต",
    )
    assert officials["สมชาย ใจดี"] == "กงสุลใหญ่ สถานกงสุลใหญ่ ณ นครชิคาโก สหรัฐอเมริกา"


def test_a_verb_glued_to_the_city_is_not_taken(nlp):
    officials = brief_officials(
        nlp, "นายสมชาย ใจดี กงสุล (ฝ่ายเกษตร) ประจำสถานกงสุลใหญ่ ณ นครกว่างโจวรายงานว่า ตลาดจีนขยายตัว"
    )
    assert officials["สมชาย ใจดี"] == "กงสุล (ฝ่ายเกษตร) ประจำสถานกงสุลใหญ่ ณ นครกว่างโจว"
