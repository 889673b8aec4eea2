"""Classify a fetched page before parsing: article, gate, removal notice, or empty shell.

Pure: status code, URL and text (or a ``PageDoc`` read once, sharing its tree with the family
parser) in, ``(PageStatus, reason)`` out. The body containers are
the families' own selectors (``Family.containers``, from ``scrapers.base.selectors``).
Gate and removal markers are only believed when the page has no article body, because
words like "环境异常" can legitimately occur inside an ecology article.

* blocked: verification gates (环境异常, ``wappoc_appmsgcaptcha``, ``weixin110``, 请在微信客户端
  打开链接, 完成验证后即可继续访问), frequency gates (访问过于频繁, 操作频繁), HTTP 429;
* deleted: removed by the publisher or the platform, accounts blocked/closed/migrated, expired
  temporary links (链接已过期), HTTP 404/410;
* not_episode: WeChat posts that are no article, told by the ``item_show_type`` in the page's
  scripts: a picture share (8, a carousel of images) or a text share (10, a
  short text), also video, music, audio and short posts; they have no ``#js_content`` body and
  their desktop page shows the same chrome as an empty shell;
* error: other HTTP errors, the WeChat shell without a body ("empty shell"), no body at all;
* ok when there is a body and it names the column; not_episode when it does not.
"""

from __future__ import annotations

import re

from models.records import PageStatus
from scrapers.base.blocks import clean_text
from scrapers.base.page import PageDoc, first_match, looks_like_html, names_column
from scrapers.families import FAMILIES, FamilyTable
from scrapers.families.detect import read_page

__all__ = [
    "classify_doc",
    "classify_notice",
    "classify_page",
    "classify_status",
    "looks_like_html",
    "wechat_post_kind",
]

MIN_BODY_CHARS = 40
# Every family's body containers, in the table's order: WeChat's first (mirrors keep its ids),
# the mirrors' <article> last.
BODY_CONTAINERS = FAMILIES.containers()
_URL_GATES = ("wappoc_appmsgcaptcha", "weixin110.qq.com", "verify_redirect", "/antispider/")
_VERIFY = (
    "环境异常",
    "完成验证后即可继续访问",
    "请在微信客户端打开链接",
    "wappoc_appmsgcaptcha",
    "weixin110",
)
_FREQUENCY = ("访问过于频繁", "操作频繁", "qrcheck_box")
_DELETED = (
    "该内容已被发布者删除",
    "The content has been deleted by the author",
    "此内容因违规无法查看",
    "此内容发送失败无法查看",
    "该内容被投诉且经审核涉嫌侵权",
    "该内容暂时无法查看",
    "内容审核中",
    "帐号已被屏蔽",
    "账号已被屏蔽",
    "已自主注销",
    "帐号迁移",
    "账号迁移",
    "该公众号已迁移",
    "transfer_target_link",
)
_EXPIRED = ("链接已过期",)
_SHELL = ("微信扫一扫可打开此内容",)
EMPTY_SHELL = (PageStatus.ERROR, "empty shell")
# WeChat's post types other than an article (0), by item_show_type.
WECHAT_POST_KINDS = {
    "5": "video post",
    "6": "music post",
    "7": "audio post",
    "8": "picture share (item_show_type 8: a carousel of images)",
    "10": "text share (item_show_type 10: a short text)",
    "17": "short post",
}
# `var item_show_type = "8"`, `window.real_item_show_type = '10'`, `item_show_type: '8' * 1`
_SHOW_TYPE_RE = re.compile(r"""\b(real_)?item_show_type['"]?\s*[:=]\s*['"]?(\d{1,3})\b""")

Classification = tuple[PageStatus, str]


def classify_page(text: str, *, status_code: int = 200, url: str = "") -> Classification:
    """What the page is; see the module docstring for the order of the checks."""
    return classify_doc(read_page(text, url), status_code=status_code)


def classify_doc(doc: PageDoc, *, status_code: int = 200, families: FamilyTable = FAMILIES) -> Classification:
    """``classify_page`` on a page already read (its one tree is shared with the parser); the body
    is looked for in the containers of every family of ``families``."""
    by_status = classify_status(status_code)
    if by_status is not None:
        return by_status
    gate = next((marker for marker in _URL_GATES if marker in doc.url), None)
    if gate:
        return (PageStatus.BLOCKED, f"verification gate: {gate} in URL")
    text = doc.text
    body = article_body_text(doc, BODY_CONTAINERS if families is FAMILIES else families.containers())
    if body is not None and len(body) >= MIN_BODY_CHARS:
        return _article_verdict(text)
    notice = classify_notice(text)
    if notice is not None and notice != EMPTY_SHELL:
        return notice
    post = wechat_post_kind(text)
    if post is not None:
        return (PageStatus.NOT_EPISODE, f"a WeChat {post}, not an article")
    if notice is not None:
        return notice
    if body is None and len(clean_text(doc.soup.get_text())) >= MIN_BODY_CHARS:
        return _article_verdict(text)  # an unknown layout, but a readable page
    return (PageStatus.ERROR, "no article body")


def _article_verdict(text: str) -> Classification:
    if names_column(text):
        return (PageStatus.OK, "")
    return (PageStatus.NOT_EPISODE, "the article does not name 厅局长请回答")


def classify_status(status_code: int) -> Classification | None:
    """The verdict an HTTP status alone gives (None for 2xx/3xx)."""
    if status_code in (404, 410):
        return (PageStatus.DELETED, f"HTTP {status_code}")
    if status_code == 429:
        return (PageStatus.BLOCKED, "HTTP 429")
    if status_code >= 400:
        return (PageStatus.ERROR, f"HTTP {status_code}")
    return None


def classify_notice(text: str) -> Classification | None:
    """Which gate, removal notice or empty shell a page without a body is (None: none of them)."""
    for markers, status, kind in (
        (_VERIFY, PageStatus.BLOCKED, "verification gate"),
        (_FREQUENCY, PageStatus.BLOCKED, "frequency gate"),
        (_DELETED, PageStatus.DELETED, "removed"),
        (_EXPIRED, PageStatus.DELETED, "expired link"),
    ):
        marker = next((m for m in markers if m in text), None)
        if marker:
            return (status, f"{kind}: {marker}")
    if any(marker in text for marker in _SHELL):
        return EMPTY_SHELL
    return None


def wechat_post_kind(text: str) -> str | None:
    """What kind of WeChat post other than an article the page's scripts say it is (None: an
    article, or no type given); ``real_item_show_type`` wins over ``item_show_type``."""
    found = {bool(real): value for real, value in _SHOW_TYPE_RE.findall(text)}
    value = found.get(True, found.get(False))
    if value is None or value == "0":
        return None
    return WECHAT_POST_KINDS.get(value, f"post of type {value} (item_show_type {value})")


def article_body_text(doc: PageDoc, containers: tuple[str, ...] = BODY_CONTAINERS) -> str | None:
    """The visible text of the page's article body: "" when its container is empty, None when
    the page has none of the known containers (plain text is its own body)."""
    if not doc.is_html:
        return clean_text(doc.text)
    if doc.content_detail:  # ThePaper: the body is HTML inside the page's JSON
        fragment = doc.detail_fragment
        return clean_text(fragment.get_text()) if fragment is not None else ""
    root = first_match(doc, containers)
    return clean_text(root.get_text()) if root is not None else None
