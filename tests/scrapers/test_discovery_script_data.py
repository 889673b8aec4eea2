"""The generic listing rule reads episode records kept in a page's scripts, on any source."""

from __future__ import annotations

from scrapers.families.listing import GENERIC_ITEMS, read_listing

PAGE = """<html><head><base href="/list/"></head><body><div id="app"></div><script>
var listData = {articleList: [
  {"title": "厅局长请回答⑩ | 李军：推进美丽江西建设", "urls": "{\\"pc\\":\\"c/10.html\\"}", "pubDate": "2025-02-19 18:00"},
  {"title": "一篇别的新闻", "urls": "{\\"pc\\":\\"c/11.html\\"}"}
]};
</script></body></html>"""


def test_an_episode_record_in_a_script_is_an_item_of_the_generic_rule_under_the_base_href() -> None:
    read = read_listing("mee", PAGE, "https://www.mee.gov.cn/ywdt/dfnews/")
    [item] = read.page.items
    assert item.url == "https://www.mee.gov.cn/list/c/10.html" and item.series_no == 10
    assert GENERIC_ITEMS in read.fallbacks  # counted as the fallback it is
