"""From an ``ArticleDraft`` to an ``Episode``: title, official, province, questions, points, trailer."""

from __future__ import annotations

import pytest

from models.records import PageStatus, SourceFamily, Topic
from scrapers.articles.draft import ArticleDraft
from scrapers.articles.plaintext import parse_plaintext
from scrapers.episode.qa import classify_topic, point_headline
from scrapers.episode.structure import NotAnEpisode, StructuredEpisode, structure_episode
from scrapers.episode.trailer import find_trailer
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import registry_with_shili, sample_text

TITLE = "厅局长请回答㉜ | 王示例：示例省的两个问题"


def _seed() -> StructuredEpisode:
    draft = parse_plaintext(sample_text("jiangxi-10.zh-Hant.txt"), "file:seed")
    result = structure_episode(draft, default_registry())
    assert isinstance(result, StructuredEpisode)
    return result


def _draft(*blocks: str, title: str | None = TITLE) -> ArticleDraft:
    return ArticleDraft(SourceFamily.WECHAT, "https://mp.weixin.qq.com/s/x", title, None, blocks)


def _structured(*blocks: str, title: str | None = TITLE) -> StructuredEpisode:
    result = structure_episode(_draft(*blocks, title=title), registry_with_shili())
    assert isinstance(result, StructuredEpisode), result
    return result


def test_seed_title_comes_from_the_original_title_trailer_line() -> None:
    episode = _seed().episode
    assert episode.title == "厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮、成色更足、特色更明"
    assert episode.series_no == 10
    assert episode.headline == "推进美丽江西建设底色更亮、成色更足、特色更明"


def test_seed_byline_gives_name_position_and_organization() -> None:
    official = _seed().episode.official
    assert (official.name, official.position, official.organization) == ("李军", "厅长", "江西省生态环境厅")


def test_seed_broken_paragraph_is_joined_and_nothing_else_is() -> None:
    episode = _seed().episode
    point = episode.questions[1].points[0]
    assert "提升一批环境监测、辐射监管" in point.text
    assert [len(q.points) for q in episode.questions] == [3, 3, 5]
    assert len(episode.body_text.split("\n")) == 23  # 24 captured lines, one pair joined


def test_seed_is_traditional_but_its_body_text_is_simplified() -> None:
    episode = _seed().episode
    assert episode.script == "hant"
    assert "江西省生态环境厅厅长李军" in episode.body_text
    assert "江西省生態環境廳廳長李軍" in episode.original_body


def test_seed_trailer_is_kept_out_of_every_answer() -> None:
    episode = _seed().episode
    assert (episode.supplier, episode.editor) == ("江西省生态环境厅", "李夏菁")
    assert all("供稿" not in q.answer and "原标题" not in q.answer for q in episode.questions)


def test_seed_intro_and_byline_belong_to_no_answer() -> None:
    answers = "".join(q.answer for q in _seed().episode.questions)
    assert "今日推出" not in answers
    assert "——" not in answers


def test_seed_spans_point_into_body_text_at_each_answer_paragraph() -> None:
    result = _seed()
    body = result.episode.body_text
    assert len(result.spans) == 14  # 3 leads + 11 points
    for span in result.spans:
        paragraph = body[span.start : span.end]
        question = result.episode.questions[span.q_no - 1]
        assert paragraph in question.answer
        assert span.topic is question.topic
        if span.point_no is not None:
            assert paragraph == question.points[span.point_no - 1].text


def test_official_name_as_speaker_label_is_removed_from_the_answer() -> None:
    result = _structured(
        "——示例省生态环境厅厅长王示例",
        "问：2024年有哪些亮点？",
        "王示例：我们做了两件事。",
    )
    assert result.episode.questions[0].answer == "我们做了两件事。"
    assert result.spans[0].start == result.episode.body_text.index("我们做了两件事")


def test_question_and_answer_in_one_block_are_split() -> None:
    question = _structured("问：今年的重点是什么？答：抓好整改。").episode.questions[0]
    assert (question.question, question.answer) == ("今年的重点是什么？", "抓好整改。")


@pytest.mark.parametrize("label", ["问：", "问:", "記者：", "Q：", "Q1:", "提问："])
def test_question_labels_vary_and_are_kept_out_of_the_question(label: str) -> None:
    question = _structured(f"{label}今年的工作重点是什么？", "A：抓好整改。").episode.questions[0]
    assert question.question == "今年的工作重点是什么？"
    assert question.answer == "抓好整改。"


def test_title_in_the_first_plain_text_line_is_used_and_not_kept_as_body() -> None:
    episode = _structured(TITLE, "问：今年的重点？", "抓好整改。", title=None).episode
    assert episode.title == TITLE
    assert not episode.body_text.startswith("厅局长请回答")


def test_inline_points_are_split_inside_one_paragraph() -> None:
    result = _structured("问：今年的重点？", "今年将稳中求进。一是抓好督察整改；二是推进美丽建设。")
    points = result.episode.questions[0].points
    assert [(p.marker, p.headline, p.text) for p in points] == [
        ("一是", "抓好督察整改", "一是抓好督察整改；"),
        ("二是", "推进美丽建设", "二是推进美丽建设。"),
    ]
    assert [s.point_no for s in result.spans] == [None, 1, 2]


@pytest.mark.parametrize(
    ("text", "marker", "headline"),
    [
        ("一是美丽底色更亮。我们统筹推进。", "一是", "美丽底色更亮"),
        (
            "一是坚持改革创新,着力完善生态环境体制机制。深化改革。",
            "一是",
            "坚持改革创新,着力完善生态环境体制机制",
        ),
        ("（二）部门协同。联合执法。", "（二）", "部门协同"),
        ("第一，巩固提升环境质量。", "第一", "巩固提升环境质量"),
        ("1. 守住底线。依法执法。", "1.", "守住底线"),
        ("2. 敢于担当，勇于创新，在每一项具体工作中体现专业精神和为民情怀，抓好落实。", "2.", "敢于担当"),
    ],
)
def test_point_headline_is_the_heading_sentence(text: str, marker: str, headline: str) -> None:
    assert point_headline(text, marker) == headline


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("可以分享一下2024年的工作亮点吗?请重点说一两项工作。", Topic.HIGHLIGHTS),
        ("2024年遇到最难忘的事件是什么?", Topic.MEMORABLE),
        ("让您印象最深的一件事是什么？", Topic.MEMORABLE),
        ("落实2025年全国生态环境保护工作会议精神,今年的工作重点在哪里,工作思路是什么?", Topic.PRIORITIES),
        ("对基层干部有什么寄语？", Topic.OTHER),
    ],
)
def test_topic_follows_the_question_wording(question: str, topic: Topic) -> None:
    assert classify_topic(question) is topic


def test_trailer_accepts_every_separator_and_several_labels_on_one_line() -> None:
    trailer = find_trailer(["正文。", "来源：示例省生态环境厅 编辑丨示例编辑", "审核|示例审核", "END"])
    assert trailer.start == 1
    assert trailer.get("来源") == "示例省生态环境厅"
    assert trailer.get("编辑") == "示例编辑"
    assert trailer.get("审核") == "示例审核"


def test_a_long_answer_paragraph_ends_the_trailer_search() -> None:
    blocks = [
        "编辑：不是尾注，因为后面还有正文段落。",
        "这是一段很长的正文，它以句号结束，说明尾注区域不能越过它。",
    ]
    assert find_trailer(blocks).start == 2


def test_unknown_province_is_not_an_episode() -> None:
    draft = _draft("——示例省生态环境厅厅长王示例", "问：今年的重点？", "抓好整改。")
    result = structure_episode(draft, default_registry())
    assert result == NotAnEpisode(PageStatus.NOT_EPISODE, "no province of the registry is named")


def test_article_without_a_numbered_column_title_is_not_an_episode() -> None:
    result = structure_episode(
        _draft("问：今年的重点？", "抓好整改。", title="示例市新闻"), registry_with_shili()
    )
    assert isinstance(result, NotAnEpisode)
    assert result.status is PageStatus.NOT_EPISODE


def test_episode_title_without_questions_is_an_error() -> None:
    result = structure_episode(_draft("——示例省生态环境厅厅长王示例", "只有一段。"), registry_with_shili())
    assert result == NotAnEpisode(PageStatus.ERROR, "no questions found")


def test_province_fix_blocks_runs_on_simplified_blocks_before_splitting() -> None:
    from dataclasses import replace

    from scrapers.provinces import Registry
    from tests.scrapers.articles_support import SHILI

    seen: list[list[str]] = []

    def fix(blocks: list[str]) -> list[str]:
        seen.append(list(blocks))
        return [b.replace("抓好", "抓紧") for b in blocks]

    registry = Registry((replace(SHILI, fix_blocks=fix),))
    result = structure_episode(
        _draft("——示例省生态环境厅厅长王示例", "問：今年的重點？", "抓好整改。"), registry
    )
    assert isinstance(result, StructuredEpisode)
    assert seen[0][1] == "问：今年的重点？"
    assert result.episode.questions[0].answer == "抓紧整改。"
