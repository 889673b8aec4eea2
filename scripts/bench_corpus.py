"""A synthetic site of N distinct episodes for the benchmarks, on a local HTTP server.

Every episode is its own WeChat page, built from the column's real text (the bundled Jiangxi ⑩
page) but not a re-labelled copy of it: each page has its own province and series number, its
own answers (the real sentences drawn, ordered and numbered anew for each page, so every page
yields its own figures) and its own size, drawn log-uniformly between 10 and 300 KB. Like real
WeChat pages, most of a large page is markup and inline script around a few thousand characters
of text (about 3,000 to 10,000 here). Pages are generated on request from their index, so serving
10,000 of them costs no memory. One WeChat album lists them all.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import parse_qs, urlsplit

from scrapers.listings.wechat_album import json_page_url
from scrapers.provinces import ProvinceScraper, default_registry
from tests.support.fault_server import FaultServer, RecordedRequest, Reply, html, robots_txt
from tests.support.offline import department_sites_off

BIZ = "MzkwMDAwMDAwMA=="
ALBUM = f"/mp/appmsgalbum?__biz={BIZ}&action=getalbum&album_id=3900000000000000010"
MIN_KB, MAX_KB = 10, 300
MIN_CHARS, MAX_CHARS = 2_500, 12_000
_SAMPLE = resources.files("mee_interviews").joinpath("sample", "pages", "jiangxi-10.wechat.html")
_QUESTIONS = (
    "问:可以分享一下2024年的工作亮点吗?请重点说一两项工作。",
    "问:过去一年的工作中,有哪些难忘的瞬间?",
    "问:2025年在推进生态环境保护工作方面有哪些重点举措?",
)
_MARKERS = ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是")
_SPAN = (
    '<span style="font-size: 15px;color: rgb(62, 62, 62);letter-spacing: 1px;"><span leaf="">{}</span></span>'
)


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

    @property
    def size(self) -> int:
        """The page's size in bytes: log-uniform in [MIN_KB, MAX_KB] KB, fixed by the index."""
        draw = random.Random(f"size-{self.index}").random()
        return int(1024 * MIN_KB * math.exp(draw * math.log(MAX_KB / MIN_KB)))

    @property
    def text_chars(self) -> int:
        """Characters of answer text: more on larger pages, within [MIN_CHARS, MAX_CHARS]."""
        share = (self.size / 1024 - MIN_KB) / (MAX_KB - MIN_KB)
        return int(MIN_CHARS + share * (MAX_CHARS - MIN_CHARS))


def corpus(count: int) -> list[CorpusEpisode]:
    """``count`` episodes: province i mod 32, series number i div 32 + 1."""
    provinces = list(default_registry())
    return [CorpusEpisode(i, provinces[i % len(provinces)], i // len(provinces) + 1) for i in range(count)]


@cache
def _template() -> tuple[str, str, tuple[str, ...]]:
    """The sample page split around its article body, and the body's sentences (the pool)."""
    page = _SAMPLE.read_text(encoding="utf-8")
    head, rest = page.split('<div class="rich_media_content " id="js_content"', 1)
    body, tail = rest.split('<div id="js_pc_qr_code"', 1)
    text = re.sub(r"<[^>]+>", "\n", body)
    sentences = [
        s.strip() + "。"
        for line in text.splitlines()
        for s in line.split("。")
        if len(s.strip()) > 20 and not s.strip().startswith(("问", "——", "供稿", "编辑", "原标题"))
    ]
    return head, '<div id="js_pc_qr_code"' + tail, tuple(sentences)


def episode_page(ep: CorpusEpisode) -> bytes:
    """The page of ``ep``: its own answers, figures and size (see the module docstring)."""
    head, tail, pool = _template()
    rng = random.Random(ep.index)
    name = ep.province.short_name
    body = [
        _section(_SPAN.format(f"今日推出“{name}篇”~")),
        _section(_SPAN.format(f"——{ep.province.department}厅长李军")),
    ]
    per_question = ep.text_chars // len(_QUESTIONS)
    for question in _QUESTIONS:
        body.append(_section(f'<strong><span leaf="">{question}</span></strong>'))
        body.append(_section(_SPAN.format(_sentences(rng, pool, 2, name))))
        written, n = 0, 0
        while written < per_question and n < len(_MARKERS):
            point = _MARKERS[n] + _sentences(rng, pool, rng.randint(3, 8), name)
            body.append(_section(_SPAN.format(point)))
            written, n = written + len(point), n + 1
    body.append(_section(f'<span leaf="">供稿 | {ep.province.department}</span>'))
    body.append(_section(f'<span leaf="">原标题:{ep.title}</span>'))
    page = _relabel(head, ep) + '<div class="rich_media_content " id="js_content">' + "".join(body) + "</div>"
    page += _relabel(tail, ep)
    return _padded(page, ep.size, rng).encode("utf-8")


def _section(inner: str) -> str:
    return f'<section style="text-align: justify;line-height: 1.75em;">{inner}</section>\n'


def _sentences(rng: random.Random, pool: tuple[str, ...], count: int, name: str) -> str:
    """``count`` sentences of the pool, each number in them drawn anew (so figures vary)."""
    picked = (rng.choice(pool) for _ in range(count))
    return "".join(
        re.sub(r"\d+(?:\.\d+)?", lambda m: _number(rng, m.group()), s).replace("江西", name) for s in picked
    )


def _number(rng: random.Random, old: str) -> str:
    if len(old) == 4 and old.startswith("20"):  # a year stays a year
        return str(rng.choice((2023, 2024, 2025)))
    value = float(old) * rng.uniform(0.8, 1.2)
    return f"{value:.1f}" if "." in old else str(max(1, round(value)))


def _padded(page: str, size: int, rng: random.Random) -> str:
    """Inline script before ``</body>`` until the page has ``size`` bytes, as WeChat's pages
    carry (most of a real page's bytes): varied tokens, so no layer compresses it away."""
    missing = size - len(page.encode("utf-8"))
    if missing <= 64:
        return page
    words = ("var", "function", "window", "__wx", "report", "getElementById", "0x1f", "true", "msg", "=")
    chunks, written = [], 0
    while written < missing - 40:
        line = " ".join(rng.choice(words) for _ in range(12)) + f" {rng.getrandbits(48):x};\n"
        chunks.append(line)
        written += len(line)
    script = '<script type="text/javascript">' + "".join(chunks) + "</script>"
    return page.replace("</body>", script + "</body>")


def _relabel(text: str, ep: CorpusEpisode) -> str:
    out = text.replace("江西省生态环境厅", ep.province.department).replace("江西", ep.province.short_name)
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
    by_mid = {ep.mid: ep for ep in eps}

    def article(request: RecordedRequest) -> Reply:
        mid = parse_qs(urlsplit(request.path).query).get("mid", [""])[0]
        ep = by_mid.get(mid)
        if ep is None:
            return Reply(status=404, body=b"no such episode")
        return Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=episode_page(ep))

    with FaultServer() as wechat:
        wechat.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
        wechat.route(ALBUM, html(_album(eps)))
        end = '{"base_resp": {"ret": 0}, "getalbum_resp": {"article_list": [], "continue_flag": "0"}}'
        json_path = _path(json_page_url("https://mp.weixin.qq.com" + ALBUM, eps[-1].mid, "1"))
        wechat.route(json_path, Reply(headers={"Content-Type": "application/json"}, body=end.encode()))
        wechat.route("/s", article)
        yield {
            "MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL": wechat.base_url,
            "MEE_INTERVIEWS__SOURCES__WECHAT__ENTRY_POINTS": f'["{ALBUM}"]',
            "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": "[]",
            "MEE_INTERVIEWS__SOURCES__TW_MIRROR__ENTRY_POINTS": "[]",
            "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0.0",
            # the whole corpus is one album: above the default caps on links queued per entry point
            # and per host (500 and 1,000), which would quietly measure that many pages at every N
            "MEE_INTERVIEWS__DISCOVERY__MAX_ITEMS_PER_ENTRY_POINT": str(count),
            "MEE_INTERVIEWS__DISCOVERY__MAX_ITEMS_PER_HOST": str(count),
            # the department sites enabled by default are on the internet: unreachable here, each
            # costs a minute of retries with backoff during discovery, noise in every timing
            **department_sites_off(),
        }
