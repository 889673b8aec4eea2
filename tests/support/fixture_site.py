"""A whole fixture site on a FaultServer: album (HTML + JSON paging), MEE list with pagination,
a zh-Hant mirror list, episode pages in three families, robots.txt, and injected faults.

Episodes are the real Jiangxi ⑩ plus copies of its WeChat/MEE pages re-labelled for other
provinces (department, short name, number, ids), so every copy parses like the real one.
Used by the crawl tests and by ``scripts/bench_crawl.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urlsplit

from models.settings import Settings
from models.settings_load import load_settings
from scrapers.listings.wechat_album import json_page_url
from scrapers.provinces import ProvinceScraper, default_registry
from tests.support.fault_server import (
    FaultServer,
    RecordedRequest,
    Reply,
    conditional,
    html,
    robots_txt,
    too_many_requests,
)
from tests.support.offline import department_sites_off

BIZ = "MzkwMDAwMDAwMA=="
ALBUM = f"/mp/appmsgalbum?__biz={BIZ}&action=getalbum&album_id=3900000000000000010"
MEE_LIST = "/ywdt/dfnews/"
MIRROR_LIST = f"/profile/{BIZ}"
CIRCLED = [chr(0x2460 + i) for i in range(20)] + [chr(0x3251 + i) for i in range(15)]
_PAGES = resources.files("mee_interviews").joinpath("sample", "pages")


def circled(n: int) -> str:
    return CIRCLED[n - 1]


@dataclass(frozen=True)
class SiteEpisode:
    series_no: int
    province: ProvinceScraper

    @property
    def mid(self) -> str:
        return f"26500010{self.series_no:02d}"

    @property
    def wechat_path(self) -> str:
        return f"/s?__biz={BIZ}&mid={self.mid}&idx=1&sn=5a3c0de00000000000000000000000{self.series_no:02d}"

    @property
    def mee_path(self) -> str:
        return f"/ywdt/dfnews/202502/t20250219_11000{self.series_no:02d}.shtml"

    @property
    def title(self) -> str:
        return f"厅局长请回答{circled(self.series_no)} | 李军:推进美丽{self.province.short_name}建设底色更亮、成色更足、特色更明"


def _relabel(text: str, ep: SiteEpisode) -> str:
    out = text.replace("江西省生态环境厅", ep.province.department).replace("江西", ep.province.short_name)
    out = out.replace("⑩", circled(ep.series_no)).replace("2650001010", ep.mid)
    out = out.replace("5a3c0de0000000000000000000000010", ep.wechat_path.rsplit("=", 1)[1])
    return out.replace("t20250219_1100010", f"t20250219_11000{ep.series_no:02d}")


def episodes(count: int) -> list[SiteEpisode]:
    """Jiangxi as ⑩ plus ``count - 1`` other provinces, numbered 1.. skipping 10."""
    others = [p for p in default_registry() if p.slug != "jiangxi"]
    numbers = [n for n in range(1, 36) if n != 10]
    eps = [SiteEpisode(10, default_registry().get("jiangxi"))]
    eps += [SiteEpisode(n, p) for n, p in zip(numbers, others[: count - 1], strict=False)]
    return sorted(eps, key=lambda e: -e.series_no)


@dataclass
class FixtureSite:
    """Three hosts (WeChat, MEE, a zh-Hant mirror), their routes, and which URLs misbehave."""

    wechat: FaultServer
    mee: FaultServer
    mirror: FaultServer
    episodes: list[SiteEpisode]
    faults: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)

    def settings(self, **http: object) -> Settings:
        return load_settings(env=self.env(**http))

    def env(self, **http: object) -> dict[str, str]:
        """``MEE_INTERVIEWS__*`` variables pointing every source at this site."""
        env = {
            "MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL": self.wechat.base_url,
            "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": self.mee.base_url,
            "MEE_INTERVIEWS__SOURCES__TW_MIRROR__BASE_URL": self.mirror.base_url,
            "MEE_INTERVIEWS__SOURCES__WECHAT__ENTRY_POINTS": f'["{ALBUM}"]',
            "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": f'["{MEE_LIST}"]',
            "MEE_INTERVIEWS__SOURCES__TW_MIRROR__CANONICAL_HOST": "mirror.zh-hant.invalid",
            "MEE_INTERVIEWS__SOURCES__TW_MIRROR__ENTRY_POINTS": f'["{MIRROR_LIST}"]',
            "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__BACKOFF_BASE_SECONDS": "0.01",
            "MEE_INTERVIEWS__HTTP__RETRY_AFTER_MAX_SECONDS": "0.05",
            "MEE_INTERVIEWS__HTTP__READ_TIMEOUT_SECONDS": "2.0",
        }
        env |= {f"MEE_INTERVIEWS__HTTP__{k.upper()}": str(v) for k, v in http.items()}
        return env | department_sites_off()


def _page(
    body: str, etag: str, content_type: str = "text/html; charset=utf-8"
) -> Callable[[RecordedRequest], Reply]:
    return conditional(
        Reply(status=200, headers={"Content-Type": content_type, "ETag": etag}, body=body.encode("utf-8")),
        etag=etag,
    )


def first_then(
    first: list[Reply], after: Callable[[RecordedRequest], Reply]
) -> Callable[[RecordedRequest], Reply]:
    """Serve ``first`` in order, then hand every later request to ``after``."""
    queue = list(first)

    def answer(request: RecordedRequest) -> Reply:
        return queue.pop(0) if queue else after(request)

    return answer


@contextmanager
def fixture_site(count: int = 8, *, with_faults: bool = True) -> Iterator[FixtureSite]:
    """Start the three hosts and route a site of ``count`` episodes (``count`` >= 4 with faults)."""
    with FaultServer() as wechat, FaultServer() as mee, FaultServer() as mirror:
        yield build_site(FixtureSite(wechat, mee, mirror, episodes(count)), with_faults=with_faults)


def build_site(site: FixtureSite, *, with_faults: bool = True) -> FixtureSite:
    """Route every page of ``site`` on its servers."""
    eps = site.episodes
    wechat = _PAGES.joinpath("jiangxi-10.wechat.html").read_text(encoding="utf-8")
    mee = _PAGES.joinpath("jiangxi-10.mee.shtml").read_text(encoding="utf-8")
    for server in (site.wechat, site.mee, site.mirror):
        server.route("/robots.txt", robots_txt("User-agent: *\nDisallow: /private/\n"))
    for ep in eps:
        site.bodies[ep.wechat_path] = _relabel(wechat, ep)
        site.wechat.route(ep.wechat_path, _page(site.bodies[ep.wechat_path], f'"w{ep.series_no}"'))
        site.mee.route(ep.mee_path, _page(_relabel(mee, ep), f'"m{ep.series_no}"'))
    _route_listings(site, eps)
    capture = _PAGES.joinpath("jiangxi-10.zh-Hant.txt").read_text(encoding="utf-8")
    site.mirror.route(f"/a/{BIZ}/2650001010/1", _page(capture, '"t10"', "text/plain; charset=utf-8"))
    if with_faults:
        _inject_faults(site)
    return site


def _route_listings(site: FixtureSite, eps: list[SiteEpisode]) -> None:
    half = (len(eps) + 1) // 2
    items = "".join(_album_item(ep) for ep in eps[:half])
    site.wechat.route(ALBUM, html(f'<ul class="album__list">{items}</ul>'))
    last = eps[half - 1]
    json_path = path_of(json_page_url("https://mp.weixin.qq.com" + ALBUM, last.mid, "1"))
    rows = ",".join(
        f'{{"msgid": "{ep.mid}", "itemidx": "1", "title": "{ep.title}", '
        f'"url": "http://mp.weixin.qq.com{ep.wechat_path}", "create_time": "1739959200"}}'
        for ep in eps[half:]
    )
    body = (
        f'{{"base_resp": {{"ret": 0}}, "getalbum_resp": {{"article_list": [{rows}], "continue_flag": "0"}}}}'
    )
    site.wechat.route(json_path, Reply(headers={"Content-Type": "application/json"}, body=body.encode()))
    links = [
        f'<li><dl><dt><a class="cjcx_biaobnan" href=".{ep.mee_path[len(MEE_LIST) - 1 :]}">{ep.title}</a></dt></dl></li>'
        for ep in eps
    ]
    site.mee.route(MEE_LIST, html(_mee_list(links[:half], count_page=2)))
    site.mee.route(MEE_LIST + "index_1.shtml", html(_mee_list(links[half:], count_page=2)))
    mirror = (
        '<div class="main"><h3><a href="/a/MzkwMDAwMDAwMA==/2650001010/1">廳局長請回答⑩ | 李軍:推進</a></h3></div>'
        '<div class="main"><h3><a href="/private/a/1">廳局長請回答⑪ | 某某:被robots禁止</a></h3></div>'
    )
    site.mirror.route(MIRROR_LIST, html(f"<h2>生態環境部</h2>{mirror}"))


def _album_item(ep: SiteEpisode) -> str:
    link = f"http://mp.weixin.qq.com{ep.wechat_path}".replace("&", "&amp;")
    return (
        f'<li class="album__list-item js_album_item" data-msgid="{ep.mid}" data-itemidx="1" '
        f'data-link="{link}&amp;chksm=0#rd" data-title="{ep.title}">'
        f'<span class="js_article_create_time">1739959200</span></li>'
    )


def _mee_list(links: list[str], *, count_page: int) -> str:
    script = f"<script>var currentPage = 0;//所在页从0开始\nvar countPage = {count_page}//共多少页</script>"
    return f'<ul class="cjcx_danduimg_list">{"".join(links)}</ul><div class="page">{script}</div>'


def path_of(url: str) -> str:
    """The path and query of a URL, as a FaultServer route."""
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


GATE = "<html><body><h2 class='weui-msg__title'>环境异常</h2><p>当前环境异常，完成验证后即可继续访问。</p></body></html>"


def _inject_faults(site: FixtureSite) -> None:
    """Second-newest WeChat page: 503 twice, then fine. Third: 429 with Retry-After, then fine.
    Fourth: the verification gate (its MEE copy still loads the episode)."""
    srv, eps = site.wechat, site.episodes
    flaky, limited, gated = eps[1], eps[2], eps[3]
    srv.route(
        flaky.wechat_path,
        first_then([Reply(status=503), Reply(status=503)], _page(site.bodies[flaky.wechat_path], '"f"')),
    )
    srv.route(
        limited.wechat_path,
        first_then([too_many_requests(1)], _page(site.bodies[limited.wechat_path], '"l"')),
    )
    srv.route(gated.wechat_path, html(GATE))
    site.faults = {flaky.wechat_path: "503x2", limited.wechat_path: "429", gated.wechat_path: "gate"}
