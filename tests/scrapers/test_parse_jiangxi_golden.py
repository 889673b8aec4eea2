"""Every format of Jiangxi ⑩ parses to the one hand-written golden file.

``tests/golden/jiangxi-10.json`` was typed from the seed capture, not dumped from the parser.
Set ``MEE_UPDATE_GOLDEN=1`` to rewrite it from the WeChat sample (then review the diff).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scrapers.parse import parse_document, parsed_to_json
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import ARTICLES, GOLDEN, SAMPLE_PAGES

GOLDEN_FILE = GOLDEN / "jiangxi-10.json"
PER_FORMAT = ("source", "url", "script", "published_at")
# Figures are checked against the hand-labelled seed in scrapers/extract/eval (see the last test).
EXTRACTED = ("indicators", "claims")
FORMATS = {
    "wechat": (
        SAMPLE_PAGES / "jiangxi-10.wechat.html",
        "https://mp.weixin.qq.com/s/jiangxi10",
        "hans",
        "2025-02-19T18:00:00+08:00",
    ),
    "mee": (
        SAMPLE_PAGES / "jiangxi-10.mee.shtml",
        "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml",
        "hans",
        "2025-02-19T18:00:00+08:00",
    ),
    "text": (SAMPLE_PAGES / "jiangxi-10.zh-Hant.txt", "file:jiangxi-10.zh-Hant.txt", "hant", None),
    "mee_big5": (
        ARTICLES / "jiangxi-10.big5.shtml",
        "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml",
        "hant",
        "2025-02-19T18:00:00+08:00",
    ),
    "thepaper": (
        ARTICLES / "jiangxi-10.thepaper.html",
        "https://www.thepaper.cn/newsDetail_forward_30000010",
        "hans",
        "2025-02-19T18:30:00+08:00",
    ),
    "tw_mirror": (
        ARTICLES / "jiangxi-10.tw_mirror.gbk.html",
        "https://mirror.example/zh-tw/a/MzkwMDAwMDAwMA==/2650001010/1",
        "hant",
        "2025-02-19T00:00:00+08:00",
    ),
}


def _parse(path: Path, url: str) -> dict:
    return parsed_to_json(parse_document(path.read_bytes(), url, registry=default_registry()))


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@pytest.mark.parametrize("family", list(FORMATS))
def test_every_format_matches_the_golden(family: str) -> None:
    path, url, script, published_at = FORMATS[family]
    out = _parse(path, url)
    assert (out["source"], out["url"], out["script"], out["published_at"]) == (
        family,
        url,
        script,
        published_at,
    )
    common = {k: v for k, v in out.items() if k not in PER_FORMAT + EXTRACTED}
    if os.environ.get("MEE_UPDATE_GOLDEN") == "1" and family == "wechat":
        GOLDEN_FILE.write_text(_dump(common), encoding="utf-8")
    assert _dump(common) == GOLDEN_FILE.read_text(encoding="utf-8")


def test_golden_holds_the_required_jiangxi_values() -> None:
    golden = json.loads(GOLDEN_FILE.read_text(encoding="utf-8"))
    assert golden["series_no"] == 10
    assert golden["province"] == {"code": "360000", "name": "江西省", "slug": "jiangxi"}
    assert golden["official"] == {"name": "李军", "position": "厅长", "organization": "江西省生态环境厅"}
    assert [q["topic"] for q in golden["questions"]] == ["highlights", "memorable", "priorities"]
    assert [len(q["points"]) for q in golden["questions"]] == [3, 3, 5]
    assert golden["questions"][2]["points"][0]["headline"] == "坚持改革创新,着力完善生态环境体制机制"
    assert (golden["editor"], golden["supplier"]) == ("李夏菁", "江西省生态环境厅")


def test_golden_file_is_pretty_sorted_and_readable() -> None:
    text = GOLDEN_FILE.read_text(encoding="utf-8")
    assert text == _dump(json.loads(text))
    assert "\\u" not in text


def _seed_labels(kind: str) -> list[dict]:
    from scrapers.extract.evaluate import load_dataset

    return [label for r in load_dataset() if r["id"].startswith("seed-jiangxi-10") for label in r[kind]]


@pytest.mark.parametrize("family", list(FORMATS))
def test_every_format_yields_the_hand_labelled_figures_and_claims(family: str) -> None:
    path, url, _, _ = FORMATS[family]
    out = _parse(path, url)
    fields = ("code", "value", "unit", "year", "region")
    got = sorted(tuple(i[f] for f in fields) for i in out["indicators"])
    assert got == sorted(tuple(label[f] for f in fields) for label in _seed_labels("indicators"))
    assert [(c["kind"], c["text"]) for c in out["claims"]] == [
        (c["kind"], c["text"]) for c in _seed_labels("claims")
    ]


@pytest.mark.parametrize("family", list(FORMATS))
def test_every_quote_maps_back_to_the_page_as_captured(family: str) -> None:
    from scrapers.base.normalize import normalize

    path, url, _, _ = FORMATS[family]
    episode = parse_document(path.read_bytes(), url, registry=default_registry()).episode
    assert episode is not None
    for item in (*episode.indicators, *episode.claims):
        assert episode.body_text[item.start : item.end] == item.quote
        original = episode.original_body[item.original_start : item.original_end]
        assert normalize(original).text.replace("\n", "") == item.quote
