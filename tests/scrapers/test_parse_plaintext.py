"""Plain-text article bodies (family ``text``), such as the captured Traditional seed."""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.articles.plaintext import parse_plaintext
from tests.scrapers.articles_support import sample_text


def test_each_non_empty_line_is_one_block_in_the_original_script() -> None:
    draft = parse_plaintext(sample_text("jiangxi-10.zh-Hant.txt"), "file:jiangxi-10.zh-Hant.txt")
    assert draft.source is SourceFamily.TEXT
    assert len(draft.blocks) == 24
    assert draft.blocks[2] == "——江西省生態環境廳廳長李軍"
    assert draft.blocks[10].endswith("提升一批")
    assert draft.title is None
    assert draft.published_at is None


def test_blank_lines_bom_and_crlf_are_tolerated() -> None:
    draft = parse_plaintext("\ufeff第一段。\r\n\r\n  \r\n第二段。\r\n", "x")
    assert draft.blocks == ("第一段。", "第二段。")


def test_caller_may_name_the_family() -> None:
    assert parse_plaintext("x", "u", family=SourceFamily.TW_MIRROR).source is SourceFamily.TW_MIRROR
