"""Small hand-built records for warehouse tests (independent of the parsers)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from models.records import (
    Change,
    Claim,
    Episode,
    EpisodeBundle,
    FetchedPage,
    Indicator,
    Official,
    Point,
    ProvinceRef,
    QualityCheck,
    Question,
    Rank,
    SourceCopy,
    SourceFamily,
    Topic,
)

CST = timezone(timedelta(hours=8))
JIANGXI = ProvinceRef(code="360000", name="江西省", slug="jiangxi")
WECHAT_URL = "https://mp.weixin.qq.com/s?__biz=TEST&mid=1&idx=1&sn=abc"
MEE_URL = "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1.shtml"


def indicator() -> Indicator:
    return Indicator(
        code="better_than_class_ii_ratio",
        subject="好于Ⅱ类水体比例",
        value=91.7,
        unit="%",
        value_base=91.7,
        unit_base="%",
        year=2024,
        region="江西省",
        change=Change("up", 4.6, "percentage_point"),
        previous_value=87.1,
        ranks=(Rank("全国", 3), Rank("中部", 1)),
        record=("首次超过",),
        streak_years=None,
        quote="好于Ⅱ类水体比例首次超过90%达到91.7%",
        start=10,
        end=32,
        q_no=1,
        point_no=1,
    )


def episode(
    series_no: int = 10, answer: str = "一是美丽底色更亮。全省PM2.5平均浓度27微克/立方米。"
) -> Episode:
    return Episode(
        source=SourceFamily.WECHAT,
        url=WECHAT_URL,
        script="hans",
        title="厅局长请回答⑩ | 李军:推进美丽江西建设",
        series_no=series_no,
        province=JIANGXI,
        official=Official("李军", "厅长", "江西省生态环境厅"),
        headline="推进美丽江西建设",
        published_at=datetime(2025, 2, 19, 18, 0, tzinfo=CST),
        supplier="江西省生态环境厅",
        editor="李夏菁",
        original_title=None,
        questions=(
            Question(
                1,
                Topic.HIGHLIGHTS,
                "可以分享一下2024年的工作亮点吗?",
                answer,
                (Point(1, "一是", "美丽底色更亮", answer),),
            ),
        ),
        body_text=answer,
        original_body=answer,
        indicators=(indicator(),),
        claims=(Claim("first", "全国率先", "在全国率先开展", 0, 7, 1, 1),),
    )


def bundle(**changes: object) -> EpisodeBundle:
    ep = replace(episode(), **changes) if changes else episode()
    return EpisodeBundle(
        episode=ep,
        parser_version="1.0.0",
        raw_sha256="a" * 64,
        sources=(
            SourceCopy(WECHAT_URL, SourceFamily.WECHAT, "hans", "a" * 64, "TEST:1:1"),
            SourceCopy(MEE_URL, SourceFamily.MEE, "hans", "b" * 64),
        ),
        checks=(
            QualityCheck("percent_bounds", "pass", ep.key, "better_than_class_ii_ratio", "91.7 in [0, 100]"),
        ),
    )


def page(url: str = WECHAT_URL, body: bytes = b"<html>1</html>") -> FetchedPage:
    return FetchedPage(
        requested_url=url,
        final_url=url,
        status_code=200,
        headers=(("Content-Type", "text/html; charset=utf-8"), ("ETag", '"v1"')),
        body=body,
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
