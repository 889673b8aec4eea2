"""HTML element -> paragraph blocks, the helper every HTML family shares."""

from __future__ import annotations

from scrapers.base.blocks import element_blocks, html_blocks, soup_of


def test_nested_sections_and_leaf_spans_make_one_block_each() -> None:
    html = '<section><section><span><span leaf="">问：</span></span><span leaf="">为什么？</span></section></section>'
    assert html_blocks(html) == ("问：为什么？",)


def test_br_splits_and_whitespace_collapses() -> None:
    assert html_blocks("<p>　　第一行<br>  第二\n行  </p>") == ("第一行", "第二 行")


def test_hidden_elements_scripts_and_comments_are_not_text() -> None:
    html = (
        '<p>见<span style="display : none">藏</span>到</p><p aria-hidden="true">无</p>'
        "<p hidden>无</p><script>var x = 1;</script><!-- 注释 --><p>末</p>"
    )
    assert html_blocks(html) == ("见到", "末")


def test_root_style_is_ignored_so_wechat_hidden_content_is_read() -> None:
    soup = soup_of('<div id="js_content" style="visibility: hidden; opacity: 0;"><p>正文</p></div>')
    assert element_blocks(soup.find(id="js_content")) == ("正文",)


def test_zero_width_characters_are_dropped() -> None:
    assert html_blocks("<p>\u200b正\ufeff文</p>") == ("正文",)
