"""The generic article family: pages whose markup no family knows, read by trafilatura.

The three fixtures in ``tests/files/articles/unseen/`` carry the real Jiangxi ⑩ text in
layouts no family knows: a ``<table>`` portal (Traditional script), an HTML5 ``<section>`` page
with ads, related-article links and reader comments around the article, and a page whose
paragraphs are ``<div>``s broken by ``<br>``s.
"""

from __future__ import annotations

import pytest

from models.records import PageStatus, ParsedPage, SourceFamily
from scrapers.parse import parse_document
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import ARTICLES, SAMPLE_PAGES

UNSEEN = ARTICLES / "unseen"
LOCAL = "http://127.0.0.1:8000/news/2025/0219/10.html"
QUESTIONS = (
    "可以分享一下2024年的工作亮点吗?请重点说一两项工作。",
    "2024年遇到最难忘的事件是什么?",
    "落实2025年全国生态环境保护工作会议精神,今年的工作重点在哪里,工作思路是什么?",
)
# Words that only occur in the chrome around the article: comments, related links, ads, menus.
NOT_ARTICLE = (
    "网友评论",
    "绿水青山",
    "点赞",
    "湿地公园",
    "相关阅读",
    "专家答疑",
    "新风净化器",
    "广告",
    "热点排行",
    "环保设备展",
    "关于我们",
)


def _parse(name: str) -> ParsedPage:
    return parse_document((UNSEEN / name).read_bytes(), LOCAL, registry=default_registry())


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("jiangxi-10.table.html", "hant"),
        ("jiangxi-10.section-ads-comments.html", "hans"),
        ("jiangxi-10.div-br.html", "hans"),
    ],
)
def test_an_unseen_layout_is_read_by_the_generic_family_into_the_whole_episode(
    name: str, script: str
) -> None:
    parsed = _parse(name)
    assert (parsed.status, parsed.reason, parsed.family) == (PageStatus.OK, "", SourceFamily.GENERIC)
    ep = parsed.episode
    assert ep is not None
    assert (ep.key, ep.script, ep.series_no) == ("360000-010", script, 10)
    assert (ep.official.name, ep.official.position) == ("李军", "厅长")
    assert ep.headline == "推进美丽江西建设底色更亮、成色更足、特色更明"
    assert tuple(q.question for q in ep.questions) == QUESTIONS
    assert [len(q.points) for q in ep.questions] == [3, 3, 5]
    assert (ep.supplier, ep.editor) == ("江西省生态环境厅", "李夏菁")
    assert ep.questions[-1].answer.endswith("守牢生态环境安全底线。")


@pytest.mark.parametrize(
    "name", ["jiangxi-10.table.html", "jiangxi-10.section-ads-comments.html", "jiangxi-10.div-br.html"]
)
def test_comments_related_links_ads_and_menus_never_reach_the_answers(name: str) -> None:
    ep = _parse(name).episode
    assert ep is not None
    text = "\n".join([ep.body_text, *(q.question + q.answer for q in ep.questions)])
    assert [word for word in NOT_ARTICLE if word in text] == []
    assert len(ep.questions) == 3  # the comment "问:…答:…" and the related "问：…" made no question


def test_the_generic_answers_match_the_wechat_family_on_the_same_text() -> None:
    wechat = parse_document(
        (SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes(),
        "https://mp.weixin.qq.com/s/x",
        registry=default_registry(),
    )
    generic = _parse("jiangxi-10.section-ads-comments.html")
    assert wechat.episode is not None and generic.episode is not None
    assert [q.answer for q in generic.episode.questions] == [q.answer for q in wechat.episode.questions]


def test_a_dateline_under_the_title_gives_the_publication_date() -> None:
    ep = _parse("jiangxi-10.div-br.html").episode
    assert ep is not None and ep.published_at is not None
    assert ep.published_at.isoformat() == "2025-02-19T00:00:00+08:00"


def test_a_configured_source_keeps_its_name_when_the_generic_family_reads_its_page() -> None:
    data = (UNSEEN / "jiangxi-10.section-ads-comments.html").read_bytes()
    parsed = parse_document(
        data, "https://www.mee.gov.cn/ywdt/dfnews/202502/t1.shtml", registry=default_registry()
    )
    assert (parsed.status, parsed.source, parsed.family) == (
        PageStatus.OK,
        SourceFamily.MEE,
        SourceFamily.GENERIC,
    )


def test_known_layouts_record_their_own_family() -> None:
    cases = {
        "jiangxi-10.wechat.html": ("https://mp.weixin.qq.com/s/x", SourceFamily.WECHAT),
        "jiangxi-10.mee.shtml": ("https://www.mee.gov.cn/ywdt/t1.shtml", SourceFamily.MEE),
        "jiangxi-10.zh-Hant.txt": ("file:jiangxi-10.zh-Hant.txt", SourceFamily.TEXT),
    }
    for name, (url, family) in cases.items():
        parsed = parse_document((SAMPLE_PAGES / name).read_bytes(), url, registry=default_registry())
        assert (parsed.status, parsed.family) == (PageStatus.OK, family), name


def test_an_unknown_layout_that_does_not_name_the_column_is_not_read_by_the_generic_family() -> None:
    html = (
        "<html><head><title>某市召开会议</title></head><body><div class='x'>"
        + "会议强调要做好生态环境保护工作。" * 5
        + "</div></body></html>"
    )
    parsed = parse_document(html.encode(), LOCAL, registry=default_registry())
    assert parsed.status is PageStatus.NOT_EPISODE
    assert parsed.family is SourceFamily.FREEWECHAT


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("廳局長請回答10 | 李軍:推進美麗江西建設", SourceFamily.GENERIC),
        ("厅局长请回答（10）｜李军：推进美丽江西建设", SourceFamily.GENERIC),
        ("「厅局长请回答」栏目介绍", SourceFamily.FREEWECHAT),
    ],
)
def test_the_generic_family_needs_a_title_naming_a_numbered_episode(title: str, family: SourceFamily) -> None:
    html = (UNSEEN / "jiangxi-10.div-br.html").read_text(encoding="utf-8")
    old_title = html[html.index("<title>") + 7 : html.index("</title>")]
    page = html.replace(old_title, title)
    parsed = parse_document(page.encode(), LOCAL, registry=default_registry())
    assert parsed.family is family
