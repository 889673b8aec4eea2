"""Every built-in page family's markup, as data: CSS selectors, element ids, link texts and the
patterns a local copy is known by, in one file (as trafilatura keeps its XPath lists in one).

The article readers (``scrapers.articles``), the list parsers (``scrapers.listings``) and the
family table (``scrapers.families``: body containers, list rows, markup markers) read their
family's entry here, so when a site changes its markup this file is where the fix goes, with a
fixture of the new page. What each selector stands for on the page, and where it was seen:
docs/sources.md, "Page markup the readers rely on". A family declared outside the package (a
test's toy family) keeps its selectors in its own module, beside its ``Family`` value.

A ``#name`` selector is answered from the page's id index (``PageDoc.select_first``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleMarkup:
    """Where a family's article pages keep their parts."""

    containers: tuple[str, ...]  # the body, most specific first (what classification looks in too)
    last_resort: tuple[str, ...] = ()  # a body only this family's reader falls back on
    titles: tuple[str, ...] = ()  # title elements, in the order tried after the page's metadata
    dates: tuple[str, ...] = ()  # elements whose text is the publish date, in the order tried
    account: str = ""  # the publishing account's name
    author: str = ""  # the author's name
    markers: tuple[str, ...] = ()  # regular expressions all found in a local copy of its markup


@dataclass(frozen=True, slots=True)
class ListMarkup:
    """Where a family's list pages keep their items."""

    items: tuple[str, ...]  # item links (or item rows), each selector in turn
    rows: str = ""  # list rows: a page showing them is a readable list even when none is an episode
    dates: str = ""  # an item's date, inside its row
    next_page: str = ""  # next-page links
    next_texts: tuple[str, ...] = ()  # next-page link texts, looked for when no next_page link is found


# WeChat articles (mp.weixin.qq.com/s…): the body is hidden until scripts run; #js_article alone
# carries a picture post; the title sits in #activity-name, in newer pages inside .js_title_inner.
WECHAT_ARTICLE = ArticleMarkup(
    containers=("#js_content",),
    last_resort=("#js_article",),
    titles=("#activity-name .js_title_inner", "#activity-name"),
    dates=("#publish_time",),  # empty until scripts run: the JS ``ct`` comes first
    account="#js_name",
    author="#js_author_name",
    markers=(r"""id=["']?js_article\b|var\s+msg_title\b""",),
)
WECHAT_REAL_ARTICLE = r"""id\s*=\s*["']?js_article\b"""  # exporters' test for a real article
# WeChat albums (合集): the first screen's rows; the rest comes as JSON.
WECHAT_ALBUM = ListMarkup(
    items=("li.js_album_item",),
    rows="li.js_album_item",
    dates=".js_article_create_time",  # epoch seconds as text
)
WECHAT_ALBUM_ITEM_TITLE = ".album__item-title"  # when the row has no data-title

# WeChat mirrors (freewechat-style, Traditional ones too): WeChat's ids survive; the title may
# sit in .rich_media_title; a link reading 查看原文 (or into mp.weixin) names the original.
FREEWECHAT_ARTICLE = ArticleMarkup(
    containers=("#js_content", "article"),  # ``<body>`` is the reader's last resort
    titles=("#activity-name", ".rich_media_title"),
    dates=("#publish_time",),
    account="#js_name",
    author="#js_author_name",
)
FREEWECHAT_ORIGINAL_LINK_TEXTS = ("查看原文", "閱讀原文", "阅读原文", "原文链接", "原文鏈接")
# A mirror's account list: .main blocks with h3 a; the last .main is an unrendered template
# ({{title}}). Its next-page link is not evidenced: the selector and link texts are guesses.
FREEWECHAT_LIST = ListMarkup(
    items=(".main h3 a",),
    rows=".main h3 a",
    dates=".date",
    next_page="a.next, a[rel~=next]",
    next_texts=("下一页", "下一頁", "下页", "下頁"),
)
FREEWECHAT_ITEM_CLASS = "main"  # the class of an item's block
FREEWECHAT_TEMPLATE_MARK = "{{"  # an unrendered client-side template

# The MEE website (TRS WCM), and its big5 gateway, which keeps the markup.
MEE_ARTICLE = ArticleMarkup(
    containers=(".TRS_Editor", ".content_body_box", ".neiright_JPZ_GK_CP", ".Custom_UnionStyle"),
    titles=("h2.neiright_Title", ".content_body h1"),
    dates=(".xqLyPc.time",),
    markers=(r'name="ArticleTitle"|class=["\']?TRS_Editor|content_body_box',),
)
MEE_DIALOG_HEADING = "即将离开"  # template B's second h1, a leave-site dialog
MEE_DATE_TABLE = ".content_top_box"  # template B's key/value table: 生成日期, 发布日期 …
MEE_LIST = ListMarkup(
    items=(
        "ul.cjcx_danduimg_list > li a.cjcx_biaobnan, ul.cjcx_danduimg_list > li a.cjcx_biaob",
        "li > a:has(+ span.date)",
    ),
    dates="span.cjcx_shijian, span.date",
)

# ThePaper (澎湃号·政务): hashed CSS-module classes, so everything is read from the Next.js data.
THEPAPER_DATA = "script#__NEXT_DATA__"
THEPAPER_ARTICLE = ArticleMarkup(containers=(), markers=(r'id="__NEXT_DATA__"', "contentDetail"))
THEPAPER_LIST = ListMarkup(items=(), rows=THEPAPER_DATA)
