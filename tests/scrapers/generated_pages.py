"""Pages generated from the Jiangxi ⑩ WeChat sample, for the bounded-parsing tests and
``scripts/bench_parse.py``: the same episode with its first answer grown to a target size, and
the same episode with a block nested thousands of ``<div>``s deep."""

from __future__ import annotations

from tests.scrapers.articles_support import ARTICLES, sample_text

FIRST_QUESTION = "问:可以分享一下2024年的工作亮点吗?"
FILLER = (
    '<section style="text-align: justify;line-height: 1.75em;"><span style="font-size: 15px;">'
    '<span leaf="">我们持续推进污染防治攻坚,第{n}项举措已经落地见效,群众满意度稳步提升。</span></span></section>\n'
)


def _split_after_first_question() -> tuple[str, str]:
    html = sample_text("jiangxi-10.wechat.html")
    at = html.index("\n", html.index(FIRST_QUESTION)) + 1
    return html[:at], html[at:]


def _grown(head: str, tail: str, filler: str, target_bytes: int) -> str:
    fillers: list[str] = []
    size = len((head + tail).encode())
    while size < target_bytes:
        fillers.append(filler.format(n=len(fillers) + 1))
        size += len(fillers[-1].encode())
    return head + "".join(fillers) + tail


def sized_page(target_bytes: int) -> str:
    """The WeChat sample with numbered filler paragraphs after the first question, about
    ``target_bytes`` long (UTF-8); still one episode with three questions."""
    return _grown(*_split_after_first_question(), FILLER, target_bytes)


def sized_generic_page(target_bytes: int) -> str:
    """The unseen ``<section>`` layout (ads, related links, comments) grown the same way: a page
    only the generic family reads."""
    html = (ARTICLES / "unseen" / "jiangxi-10.section-ads-comments.html").read_text(encoding="utf-8")
    at = html.index("<p>过去的一年")
    filler = "<p>我们持续推进污染防治攻坚,第{n}项举措已经落地见效,群众满意度稳步提升。</p>\n"
    return _grown(html[:at], html[at:], filler, target_bytes)


def nested_page(depth: int) -> str:
    """The WeChat sample with one paragraph wrapped in ``depth`` nested ``<div>``s."""
    head, tail = _split_after_first_question()
    return head + "<div>" * depth + "深处的一段话。" + "</div>" * depth + "\n" + tail
