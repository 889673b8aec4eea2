"""A synthetic site of N distinct episodes for the benchmarks, on a local HTTP server.

Every episode is the bundled sample WeChat page (Jiangxi ⑩) re-labelled for another
(province, series number): 32 provinces × numbers 1, 2, … so N episodes have N distinct keys,
mids and URLs, and each parses like the real page. One WeChat album lists them all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from scrapers.listings.wechat_album import json_page_url
from scrapers.provinces import ProvinceScraper, default_registry
from tests.support.fault_server import FaultServer, Reply, html, robots_txt
from tests.support.offline import department_sites_off

BIZ = "MzkwMDAwMDAwMA=="
ALBUM = f"/mp/appmsgalbum?__biz={BIZ}&action=getalbum&album_id=3900000000000000010"
_SAMPLE = resources.files("mee_interviews").joinpath("sample", "pages", "jiangxi-10.wechat.html")


@dataclass(frozen=True)
class CorpusEpisode:
    index: int
    province: ProvinceScraper
    series_no: int

    @property
    def mid(self) -> str:
        return str(2650100000 + self.index)

    @property
    def sn(self) -> str:
        return f"{self.index:032x}"

    @property
    def path(self) -> str:
        return f"/s?__biz={BIZ}&mid={self.mid}&idx=1&sn={self.sn}"

    @property
    def title(self) -> str:
        return f"厅局长请回答（{self.series_no}） | 李军:推进美丽{self.province.short_name}建设"


def corpus(count: int) -> list[CorpusEpisode]:
    """``count`` episodes: province i mod 32, series number i div 32 + 1."""
    provinces = list(default_registry())
    return [CorpusEpisode(i, provinces[i % len(provinces)], i // len(provinces) + 1) for i in range(count)]


def episode_page(template: str, ep: CorpusEpisode) -> str:
    """The sample page re-labelled for ``ep`` (department, short name, number, ids)."""
    out = template.replace("江西省生态环境厅", ep.province.department).replace("江西", ep.province.short_name)
    out = out.replace("⑩", f"（{ep.series_no}）").replace("2650001010", ep.mid)
    return out.replace("5a3c0de0000000000000000000000010", ep.sn)


def _album(eps: list[CorpusEpisode]) -> str:
    items = "".join(
        f'<li class="album__list-item js_album_item" data-msgid="{ep.mid}" data-itemidx="1" '
        f'data-link="http://mp.weixin.qq.com{ep.path.replace("&", "&amp;")}&amp;chksm=0#rd" '
        f'data-title="{ep.title}"><span class="js_article_create_time">1739959200</span></li>'
        for ep in eps
    )
    return f'<ul class="album__list">{items}</ul>'


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


@contextmanager
def corpus_site(count: int) -> Iterator[dict[str, str]]:
    """Serve ``count`` episodes; yields the ``MEE_INTERVIEWS__*`` variables pointing a live run at it."""
    eps = corpus(count)
    template = _SAMPLE.read_text(encoding="utf-8")
    with FaultServer() as wechat:
        wechat.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
        wechat.route(ALBUM, html(_album(eps)))
        end = '{"base_resp": {"ret": 0}, "getalbum_resp": {"article_list": [], "continue_flag": "0"}}'
        json_path = _path(json_page_url("https://mp.weixin.qq.com" + ALBUM, eps[-1].mid, "1"))
        wechat.route(json_path, Reply(headers={"Content-Type": "application/json"}, body=end.encode()))
        for ep in eps:
            body = episode_page(template, ep).encode("utf-8")
            wechat.route(ep.path, Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=body))
        yield {
            "MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL": wechat.base_url,
            "MEE_INTERVIEWS__SOURCES__WECHAT__ENTRY_POINTS": f'["{ALBUM}"]',
            "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": "[]",
            "MEE_INTERVIEWS__SOURCES__TW_MIRROR__ENTRY_POINTS": "[]",
            "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0.0",
            # the department sites enabled by default are on the internet: unreachable here, each
            # costs a minute of retries with backoff during discovery, noise in every timing
            **department_sites_off(),
        }
