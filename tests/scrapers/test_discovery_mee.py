"""MEE column lists: items, dates, link resolution, TRS pagination and the big5 gateway."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

from models.records import SourceFamily
from scrapers.listings.mee_list import parse_mee_list

FILES = Path(__file__).resolve().parents[1] / "files" / "listings"
LIST = "https://www.mee.gov.cn/ywdt/dfnews/"
GATE = "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/dfnews/"
CST = timezone(timedelta(hours=8))


def _read(name: str) -> str:
    return (FILES / name).read_text(encoding="utf-8")


def test_mee_list_keeps_only_column_items_in_page_order():
    page = parse_mee_list(_read("mee_list_page1.shtml"), LIST)
    assert [i.series_no for i in page.items] == [32, 31, 10, 21]
    assert {i.source for i in page.items} == {SourceFamily.MEE}


def test_mee_list_resolves_relative_parent_and_absolute_links_against_the_list_url():
    urls = [i.url for i in parse_mee_list(_read("mee_list_page1.shtml"), LIST).items]
    assert urls == [
        "https://www.mee.gov.cn/ywdt/dfnews/202503/t20250302_1100032.shtml",
        "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250221_1100031.shtml",
        "https://www.mee.gov.cn/ywdt/hjywnews/202502/t20250214_1100010.shtml",
        "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/202502/t20250207_1100021.html",
    ]


def test_mee_list_prefers_the_full_title_attribute_over_truncated_link_text():
    last = parse_mee_list(_read("mee_list_page1.shtml"), LIST).items[-1]
    assert last.title == "厅局长请回答㉑｜周试样：示例山区的生态补偿怎么算"


def test_mee_list_dates_are_midnight_china_time():
    first = parse_mee_list(_read("mee_list_page1.shtml"), LIST).items[0]
    assert first.published_at == datetime(2025, 3, 2, tzinfo=CST)


def test_mee_list_page_one_lists_every_later_page_from_count_page():
    expected = tuple(f"{LIST}index_{k}.shtml" for k in range(1, 5))
    assert parse_mee_list(_read("mee_list_page1.shtml"), LIST).next_urls == expected
    assert parse_mee_list(_read("mee_list_page1.shtml"), LIST + "index.shtml").next_urls == expected
    assert parse_mee_list(_read("mee_list_page1.shtml"), LIST.rstrip("/")).next_urls == expected


def test_mee_list_later_pages_add_no_pages_and_read_cjcx_biaob_links():
    page = parse_mee_list(_read("mee_list_page3.shtml"), LIST + "index_2.shtml")
    assert page.next_urls == ()
    assert [i.series_no for i in page.items] == [11, 20]


def test_mee_list_reads_the_generic_li_a_span_date_shape():
    page = parse_mee_list(_read("mee_list_generic.html"), "https://www.mee.gov.cn/zcwj/")
    assert [(i.series_no, i.url) for i in page.items] == [
        (10, "https://www.mee.gov.cn/zcwj/202502/t20250214_1100010.shtml"),
        (22, "https://www.mee.gov.cn/ywdt/hjywnews/202502/t20250212_1100301.shtml"),
    ]
    assert page.items[1].published_at == datetime(2025, 2, 12, tzinfo=CST)
    assert page.next_urls == ()


def test_big5_gateway_list_returns_gateway_urls_and_traditional_titles():
    page = parse_mee_list(_read("mee_big5_list.shtml"), GATE)
    assert [i.url for i in page.items] == [
        GATE + "202503/t20250302_1100032.shtml",
        "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/hjywnews/202502/t20250214_1100010.shtml",
    ]
    assert [i.series_no for i in page.items] == [32, 10]
    assert page.items[0].title.startswith("廳局長請回答㉜")
    assert {i.source for i in page.items} == {SourceFamily.MEE_BIG5}


def test_big5_gateway_list_pagination_stays_on_the_gateway():
    page = parse_mee_list(_read("mee_big5_list.shtml"), GATE)
    assert page.next_urls == (GATE + "index_1.shtml", GATE + "index_2.shtml")


def test_mee_list_without_items_is_an_empty_ok_page():
    page = parse_mee_list("<html><body><ul></ul></body></html>", LIST)
    assert (page.items, page.next_urls) == ((), ())


def test_gateway_list_served_from_a_local_base_url_is_still_read_as_the_gateway():
    local = "http://127.0.0.1:8080/gate/big5/www.mee.gov.cn/ywdt/dfnews/"
    page = parse_mee_list(_read("mee_big5_list.shtml"), local)
    assert {i.source for i in page.items} == {SourceFamily.MEE_BIG5}
    assert page.items[0].url == local + "202503/t20250302_1100032.shtml"
