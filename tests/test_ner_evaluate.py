"""Entity-exact scoring on a fixture whose numbers are computed by hand."""

from __future__ import annotations

import pytest

from mjci_extract.ner.bio_tagger import TagDecoder, biluo_to_bio
from mjci_extract.ner.evaluate import score_spans

GOLD = [
    [(0, 3, "PERSON"), (5, 8, "LOCATION")],
    [(0, 4, "ORGANIZATION"), (6, 9, "PERSON")],
]
PREDICTED = [
    [(0, 3, "PERSON"), (5, 7, "LOCATION")],  # exact hit; boundary miss
    [(0, 4, "ORGANIZATION"), (6, 9, "LOCATION"), (10, 12, "DATE")],  # hit; wrong label; spurious
]


def test_per_label_and_micro_scores_match_hand_computation():
    report = score_spans(GOLD, PREDICTED)
    rows = {row.label: row for row in report.per_label}
    assert sorted(rows) == ["DATE", "LOCATION", "ORGANIZATION", "PERSON"]
    # PERSON: 1 TP, 0 FP, 1 FN -> P 1, R 1/2, F1 2/3
    person = rows["PERSON"]
    assert (person.true_positives, person.false_positives, person.false_negatives) == (1, 0, 1)
    assert person.precision == 1.0 and person.recall == 0.5
    assert person.f1 == pytest.approx(2 / 3)
    # LOCATION: 0 TP, 2 FP (the short span and the mislabelled PERSON), 1 FN
    location = rows["LOCATION"]
    assert (location.true_positives, location.false_positives, location.false_negatives) == (
        0,
        2,
        1,
    )
    assert location.f1 == 0.0
    assert rows["ORGANIZATION"].f1 == 1.0
    assert (rows["DATE"].precision, rows["DATE"].recall, rows["DATE"].f1) == (0.0, 0.0, 0.0)
    # micro: 2 TP, 3 FP, 2 FN -> P 2/5, R 2/4, F1 2PR/(P+R) = 0.4/0.9
    assert report.micro.precision == pytest.approx(0.4)
    assert report.micro.recall == pytest.approx(0.5)
    assert report.micro.f1 == pytest.approx(0.4 / 0.9)
    assert "micro" in report.table() and "PERSON" in report.table()


def test_restricting_labels_ignores_the_others_on_both_sides():
    report = score_spans(GOLD, PREDICTED, labels=["PERSON", "ORGANIZATION"])
    # PERSON 1/0/1, ORGANIZATION 1/0/0 -> micro P 1, R 2/3, F1 0.8
    assert [row.label for row in report.per_label] == ["ORGANIZATION", "PERSON"]
    assert report.micro.precision == 1.0
    assert report.micro.recall == pytest.approx(2 / 3)
    assert report.micro.f1 == pytest.approx(0.8)
    assert (
        score_spans(GOLD, PREDICTED).restricted_to(["PERSON", "ORGANIZATION"]).micro == report.micro
    )


def test_mismatched_document_counts_are_an_error():
    with pytest.raises(ValueError, match="2 gold documents but 1 predictions"):
        score_spans(GOLD, PREDICTED[:1])


def test_bio_decoding_repairs_stray_inside_tags():
    decoder = TagDecoder(["O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION"])
    import numpy

    # B-PER I-PER O I-LOC I-LOC B-LOC I-PER
    ids = numpy.array([1, 2, 0, 4, 4, 3, 2])
    assert decoder.decode(ids) == [
        (0, 2, "PERSON"),
        (3, 5, "LOCATION"),
        (5, 6, "LOCATION"),
        (6, 7, "PERSON"),
    ]
    assert decoder.decode(numpy.array([0, 0])) == []
    assert [biluo_to_bio(t) for t in ["U-DATE", "L-DATE", "O", "-", None]] == [
        "B-DATE",
        "I-DATE",
        "O",
        None,
        None,
    ]


def test_viterbi_decoding_keeps_a_long_name_whole():
    import numpy

    decoder = TagDecoder(["O", "B-ORGANIZATION", "I-ORGANIZATION", "B-PERSON", "I-PERSON"])
    probabilities = numpy.array(
        [
            [0.999, 0.0002, 0.0002, 0.0003, 0.0003],  # sure O: fixed, not searched
            [0.05, 0.80, 0.05, 0.05, 0.05],  # B-ORG
            [0.40, 0.05, 0.35, 0.10, 0.10],  # argmax O, but O here would cut the name
            [0.05, 0.05, 0.60, 0.05, 0.25],  # I-ORG
            [0.10, 0.05, 0.05, 0.05, 0.75],  # argmax I-PER: invalid after I-ORG -> B-PER
        ]
    )
    scores = numpy.log(probabilities)
    assert decoder.decode(scores.argmax(axis=1)) == [
        (1, 2, "ORGANIZATION"),
        (3, 4, "ORGANIZATION"),
        (4, 5, "PERSON"),
    ]
    # I-PER cannot follow I-ORG: the best valid last tag is O (0.10 beats B-PER's 0.05).
    assert decoder.best_tags(scores).tolist() == [0, 1, 2, 2, 0]
    assert decoder.decode_scores(scores) == [(1, 4, "ORGANIZATION")]
