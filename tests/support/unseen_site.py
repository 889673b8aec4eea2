"""A test site in markup no listing family was written for, on ONE host shared by every source.

``wechat``, ``mee`` and ``tw_mirror`` are pointed at the same ``base_url`` by settings alone (see
:meth:`UnseenSite.env`); nothing in the code knows this site. It differs from
``fixture_site.py`` in every family's listing markup:

- WeChat: only the album's getalbum JSON API, in two pages (page 2's ``article_list`` is an
  object, as WeChat sends a single item), with relative and protocol-relative item links;
- MEE: a list in two pages with unfamiliar markup (``<dl class="row">`` rows, ``?page=N``
  pagination, ``javascript:`` and ``#`` links); page 2 lists only other news in that markup;
- Traditional mirror: ordinary ``<ul><li><a>`` links, one of them under a robots-disallowed path;
- pages: the real Jiangxi ⑩ WeChat and MEE pages, the GBK Traditional mirror copy served without
  a charset in its Content-Type, and a WeChat copy cut at 50 % (a truncated download kept by a
  cache) listed on album page 2;
- faults: robots.txt with ``Crawl-delay``, a 429 with ``Retry-After`` before the WeChat article,
  a 503 before the MEE article; ETag (WeChat) and Last-Modified (MEE, mirror) validators.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from models.settings import Settings
from models.settings_load import load_settings
from scrapers.listings.wechat_album import json_page_url
from tests.support.fault_server import FaultServer, Reply, conditional, html, robots_txt, too_many_requests
from tests.support.fixture_site import first_then, path_of
from tests.support.offline import department_sites_off

BIZ = "MzkwMDAwMDAwMA=="
ALBUM_JSON = f"/mp/appmsgalbum?__biz={BIZ}&action=getalbum&album_id=3900000000000000077&count=10&f=json"
MEE_LIST = "/hdjl/yjzj/"
MEE_ARTICLE = "/hdjl/yjzj/202502/t20250219_1100010.shtml"
MIRROR_LIST = "/zh-tw/column/tingjuzhang/"
MIRROR_ARTICLE = f"/zh-tw/a/{BIZ}/2650001010/1"
MIRROR_PRIVATE = "/zh-tw/private/a/1"
WECHAT_ARTICLE = f"/s?__biz={BIZ}&mid=2650001010&idx=1&sn=5a3c0de0000000000000000000000010"
TRUNCATED_ARTICLE = f"/s?__biz={BIZ}&mid=2650001077&idx=1&sn=5a3c0de0000000000000000000000077"
TITLE = "厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮、成色更足、特色更明"
CRAWL_DELAY = 0.05
LAST_MODIFIED = "Wed, 19 Feb 2025 02:00:00 GMT"

_PAGES = resources.files("mee_interviews").joinpath("sample", "pages")
_ARTICLES = Path(__file__).resolve().parents[1] / "files" / "articles"


@dataclass
class UnseenSite:
    """The shared server and the canonical URLs of the episode's copies."""

    server: FaultServer

    def env(self) -> dict[str, str]:
        """``MEE_INTERVIEWS__*`` variables pointing the three sources at the one shared host."""
        base = self.server.base_url
        return department_sites_off() | {
            "MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL": base,
            "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": base,
            "MEE_INTERVIEWS__SOURCES__TW_MIRROR__BASE_URL": base,
            "MEE_INTERVIEWS__SOURCES__WECHAT__ENTRY_POINTS": f'["{ALBUM_JSON}"]',
            "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": f'["{MEE_LIST}"]',
            "MEE_INTERVIEWS__SOURCES__TW_MIRROR__ENTRY_POINTS": f'["{MIRROR_LIST}"]',
            "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__BACKOFF_BASE_SECONDS": "0.01",
            "MEE_INTERVIEWS__HTTP__RETRY_AFTER_MAX_SECONDS": "0.2",
            "MEE_INTERVIEWS__HTTP__READ_TIMEOUT_SECONDS": "2.0",
        }

    def settings(self) -> Settings:
        return load_settings(env=self.env())

    @property
    def album_page_2(self) -> str:
        return path_of(json_page_url("https://mp.weixin.qq.com" + ALBUM_JSON, "2650001010", "1"))


@contextmanager
def unseen_site() -> Iterator[UnseenSite]:
    """Start the shared host and route every page of the site."""
    with FaultServer() as server:
        site = UnseenSite(server)
        _route(site)
        yield site


def _route(site: UnseenSite) -> None:
    srv = site.server
    srv.route(
        "/robots.txt", robots_txt(f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\nDisallow: /zh-tw/private/\n")
    )
    srv.route(ALBUM_JSON, _json(_album_page_1()))
    srv.route(site.album_page_2, _json(_album_page_2()))
    srv.route(
        MEE_LIST, html(_mee_page(_MEE_ROWS_1, pager='<a href="?page=2">2</a><a href="?page=2">下一页</a>'))
    )
    srv.route(MEE_LIST + "?page=2", html(_mee_page(_MEE_ROWS_2, pager='<a href="?page=1">上一页</a>')))
    srv.route(MIRROR_LIST, html(_MIRROR_LIST))
    wechat = _PAGES.joinpath("jiangxi-10.wechat.html").read_bytes()
    page = Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=wechat)
    srv.route(WECHAT_ARTICLE, first_then([too_many_requests(1)], conditional(page, etag='"wx-10"')))
    cut = wechat[: len(wechat) // 2].decode("utf-8", errors="ignore").encode("utf-8")
    srv.route(TRUNCATED_ARTICLE, Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=cut))
    mee = Reply(
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=_PAGES.joinpath("jiangxi-10.mee.shtml").read_bytes(),
    )
    srv.route(MEE_ARTICLE, first_then([Reply(status=503)], conditional(mee, last_modified=LAST_MODIFIED)))
    gbk = Reply(  # GBK bytes, and no charset in the header: only the page's <meta> says so
        headers={"Content-Type": "text/html"}, body=(_ARTICLES / "jiangxi-10.tw_mirror.gbk.html").read_bytes()
    )
    srv.route(MIRROR_ARTICLE, conditional(gbk, last_modified=LAST_MODIFIED))


def _json(data: dict[str, object]) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Reply(headers={"Content-Type": "application/json; charset=utf-8"}, body=body)


def _album_entry(msgid: str, title: str, url: str) -> dict[str, str]:
    return {"msgid": msgid, "itemidx": "1", "title": title, "url": url, "create_time": "1739930400"}


def _album_page_1() -> dict[str, object]:
    # The Jiangxi episode (a relative, &amp;-escaped link with chksm and #rd) and an ordinary post.
    link = WECHAT_ARTICLE.replace("&", "&amp;") + "&amp;chksm=1#rd"
    other = f"/s?__biz={BIZ}&amp;mid=2650001009&amp;idx=1&amp;sn=9"
    entries = [
        _album_entry("2650001009", "生态环境部召开新闻发布会", other),
        _album_entry("2650001010", TITLE, link),
    ]
    return {
        "base_resp": {"ret": 0, "errmsg": "ok"},
        "getalbum_resp": {"article_list": entries, "continue_flag": "1"},
    }


def _album_page_2() -> dict[str, object]:
    # One item: WeChat sends it as an object, not a list; its link is protocol-relative.
    entry = _album_entry("2650001077", TITLE, "//mp.weixin.qq.com" + TRUNCATED_ARTICLE)
    return {"base_resp": {"ret": 0}, "getalbum_resp": {"article_list": entry, "continue_flag": "0"}}


_MEE_ROWS_1 = (
    '<dl class="row"><dd><a href="./202502/t20250219_1100011.shtml">江西省召开生态环境保护大会</a><em>2025-02-19</em></dd></dl>'
    f'<dl class="row"><dd><a href="./202502/t20250219_1100010.shtml" title="{TITLE}">厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮…</a><em>2025-02-19</em></dd></dl>'
    '<dl class="row"><dd><a href="javascript:void(0)" onclick="share()">分享</a><a href="#top">顶部</a></dd></dl>'
)
_MEE_ROWS_2 = (
    '<dl class="row"><dd><a href="./202501/t20250110_1099001.shtml">生态环境部发布1月空气质量状况</a><em>2025-01-10</em></dd></dl>'
    '<dl class="row"><dd><a href="../../ywdt/xwfb/202501/t20250108_1098000.shtml">1月例行新闻发布会</a><em>2025-01-08</em></dd></dl>'
)


def _mee_page(rows: str, *, pager: str) -> str:
    return (
        f'<div class="column-body"><div class="news-rows">{rows}</div><div class="pager">{pager}</div></div>'
    )


_MIRROR_LIST = f"""<h1>生態環境部</h1>
<ul class="post-list">
 <li><a href="../../a/{BIZ}/2650001010/1">廳局長請回答⑩ | 李軍:推進美麗江西建設底色更亮、成色更足、特色更明</a> <small>2025-02-19</small></li>
 <li><a href="/zh-tw/private/a/1">廳局長請回答⑨ | 示例:被robots禁止的連結</a></li>
 <li><a href="/zh-tw/about">關於本站</a></li>
</ul>"""
