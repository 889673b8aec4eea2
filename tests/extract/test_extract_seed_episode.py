"""The seed episode (江西 ⑩), labelled in full: every indicator and claim, with its fields."""

from __future__ import annotations

import json

from models.records import ProvinceRef, TextSpan
from scrapers.extract import claim_to_json, extract, indicator_to_json
from scrapers.extract.evaluate import FIELDS, load_dataset, same_field


def _labels(kind: str) -> list[dict]:
    records = [r for r in load_dataset() if r["id"].startswith("seed-jiangxi-10")]
    return [label for r in records for label in r[kind]]


def test_seed_episode_yields_exactly_the_labelled_indicators(
    seed_body: str, seed_spans: list[TextSpan], jiangxi: ProvinceRef
) -> None:
    indicators, _ = extract(seed_body, seed_spans, province=jiangxi)
    got = [indicator_to_json(i) for i in indicators]
    expected = _labels("indicators")
    assert len(got) == len(expected)
    for label, actual in zip(sorted(expected, key=_order(got)), got, strict=True):
        for name in ("code", "value", "unit", *[f for f in FIELDS if f in label]):
            assert same_field(name, label[name], actual[name]), (name, json.dumps(actual, ensure_ascii=False))


def _order(got: list[dict]):
    keys = [(g["code"], g["value"], g["unit"]) for g in got]
    return lambda label: keys.index((label["code"], label["value"], label["unit"]))


def test_seed_episode_yields_exactly_the_labelled_claims(
    seed_body: str, seed_spans: list[TextSpan], jiangxi: ProvinceRef
) -> None:
    _, claims = extract(seed_body, seed_spans, province=jiangxi)
    assert [(c.kind, c.text) for c in claims] == [(c["kind"], c["text"]) for c in _labels("claims")]


def test_seed_quotes_are_exact_spans_with_question_and_point_numbers(
    seed_body: str, seed_spans: list[TextSpan], jiangxi: ProvinceRef
) -> None:
    indicators, claims = extract(seed_body, seed_spans, province=jiangxi)
    for item in [*map(indicator_to_json, indicators), *map(claim_to_json, claims)]:
        assert seed_body[item["start"] : item["end"]] == item["quote"]
    where = {(i.subject, i.value): (i.q_no, i.point_no) for i in indicators}
    assert where[("PM2.5平均浓度", 27.0)] == (1, 1)
    assert where[("资金", 9.43)] == (2, 1)
    assert where[("招录人员", 193.0)] == (2, 2)
    assert where[("博士", 10.0)] == (2, 2)
    assert where[("专项攻坚行动", 10.0)] == (3, 2)


def test_seed_money_is_in_yuan(seed_body: str, seed_spans: list[TextSpan], jiangxi: ProvinceRef) -> None:
    indicators, _ = extract(seed_body, seed_spans, province=jiangxi)
    money = {i.value: (i.value_base, i.unit_base) for i in indicators if i.unit_base == "yuan"}
    assert money == {3786.0: (37_860_000.0, "yuan"), 9.43: (943_000_000.0, "yuan")}
