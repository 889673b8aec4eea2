"""Shared fixtures: the seed episode (Jiangxi, episode ⑩: the package's bundled sample capture),
normalised, with its answer spans. The real development sets are in ``shared_data``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import mee_interviews
from models.records import ProvinceRef, TextSpan, Topic
from scrapers.base.normalize import normalize

# The one real episode the project ships, as its offline sample (mee_interviews/sample/pages).
SEED_CAPTURE = Path(mee_interviews.__file__).resolve().parent / "sample" / "pages" / "jiangxi-10.zh-Hant.txt"
JIANGXI = ProvinceRef(code="360000", name="江西省", slug="jiangxi")
_TOPICS = (Topic.HIGHLIGHTS, Topic.MEMORABLE, Topic.PRIORITIES)
_POINT_RE = re.compile(r"^([一二三四五六七八九十])是")


def episode_spans(body: str) -> list[TextSpan]:
    """One span per answer paragraph: q_no from the 问: lines, point_no from 一是 / 二是 …"""
    spans: list[TextSpan] = []
    q_no, point_no, pos = 0, None, 0
    for line in body.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.startswith(("问:", "问：")):
            q_no, point_no = q_no + 1, None
            continue
        if q_no == 0 or not line.strip() or line.startswith(("供稿", "编辑", "原标题")):
            continue
        m = _POINT_RE.match(line)
        if m:
            point_no = "一二三四五六七八九十".index(m.group(1)) + 1
        spans.append(TextSpan(start, start + len(line), q_no, point_no, _TOPICS[q_no - 1]))
    return spans


@pytest.fixture(scope="session")
def jiangxi() -> ProvinceRef:
    return JIANGXI


@pytest.fixture(scope="session")
def seed_body() -> str:
    return normalize(SEED_CAPTURE.read_text(encoding="utf-8")).text


@pytest.fixture(scope="session")
def seed_spans(seed_body: str) -> list[TextSpan]:
    return episode_spans(seed_body)
