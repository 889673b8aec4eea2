"""Mirror lists: freewechat-style account pages and ThePaper column pages."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

from models.records import PageStatus, SourceFamily
from scrapers.listings import freewechat_list
from scrapers.listings.freewechat_list import parse_freewechat_list
from scrapers.listings.thepaper_list import parse_thepaper_list

FILES = Path(__file__).resolve().parents[1] / "files" / "listings"
PROFILE = "https://freewechat.com/profile/MzkwMDAwMDAwMQ=="
PAPER = "https://www.thepaper.cn/list_25462"
BIZ = "MzkwMDAwMDAwMQ=="
CST = timezone(timedelta(hours=8))


def _read(name: str) -> str:
    return (FILES / name).read_text(encoding="utf-8")


def test_freewechat_list_keeps_traditional_column_titles_and_skips_the_template_block():
    page = parse_freewechat_list(_read("freewechat_list.html"), PROFILE)
    assert [i.series_no for i in page.items] == [32, 31, 10]
    assert not any("{{" in i.url or "{{" in i.title for i in page.items)
    assert page.items[0].title.startswith("廳局長請回答㉜")


def test_freewechat_list_items_stay_on_the_mirror_but_carry_the_wechat_key():
    first = parse_freewechat_list(_read("freewechat_list.html"), PROFILE).items[0]
    assert first.url == f"https://freewechat.com/a/{BIZ}/2650000032/1"
    assert first.canonical_key == f"{BIZ}:2650000032:1"
    assert first.source is SourceFamily.FREEWECHAT
    assert first.published_at == datetime(2025, 3, 1, tzinfo=CST)


def test_freewechat_list_follows_the_next_page_link_by_its_text():
    page = parse_freewechat_list(_read("freewechat_list.html"), PROFILE)
    assert page.next_urls == (f"https://freewechat.com/profile/{BIZ}?page=3",)


def test_freewechat_list_next_page_selector_wins_over_link_text():
    html = '<div class="main"></div><a href="?p=9">下一页</a><a class="next" href="?p=2">›</a>'
    assert freewechat_list.NEXT_PAGE_SELECTOR == "a.next, a[rel~=next]"
    assert parse_freewechat_list(html, PROFILE).next_urls == (PROFILE + "?p=2",)


def test_freewechat_list_without_next_link_ends():
    html = '<div class="main"><h3><a href="/a/X==/1/1">厅局长请回答⑩ | 某:某</a></h3></div>'
    page = parse_freewechat_list(html, PROFILE)
    assert (len(page.items), page.next_urls) == (1, ())


def test_freewechat_list_can_be_labelled_as_another_mirror_family():
    page = parse_freewechat_list(_read("freewechat_list.html"), PROFILE, source=SourceFamily.TW_MIRROR)
    assert {i.source for i in page.items} == {SourceFamily.TW_MIRROR}


def test_thepaper_list_reads_next_data_items_into_article_urls():
    page = parse_thepaper_list(_read("thepaper_list.html"), PAPER)
    assert page.status is PageStatus.OK
    assert [(i.series_no, i.url) for i in page.items] == [
        (32, "https://www.thepaper.cn/newsDetail_forward_30000032"),
        (36, "https://www.thepaper.cn/newsDetail_forward_30000036"),
        (21, "https://www.thepaper.cn/newsDetail_forward_30000021"),
    ]
    assert page.next_urls == ()


def test_thepaper_publish_time_is_china_time_with_pub_time_long_as_fallback():
    items = parse_thepaper_list(_read("thepaper_list.html"), PAPER).items
    assert items[0].published_at == datetime(2025, 3, 1, 20, 15, tzinfo=CST)
    assert items[1].published_at == datetime(2025, 2, 11, 18, 0, tzinfo=CST)
    assert {i.source for i in items} == {SourceFamily.THEPAPER}


def test_thepaper_page_without_next_data_is_an_error():
    assert parse_thepaper_list("<html><body></body></html>", PAPER).status is PageStatus.ERROR
