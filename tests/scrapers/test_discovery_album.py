"""WeChat album discovery: the HTML first screen and the getalbum JSON pages."""

from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from models.records import PageStatus, SourceFamily
from scrapers.listings.discovery import unique_urls
from scrapers.listings.wechat_album import parse_album_html, parse_album_json

FILES = Path(__file__).resolve().parents[1] / "files" / "listings"
BIZ = "MzkwMDAwMDAwMQ=="
ALBUM = f"https://mp.weixin.qq.com/mp/appmsgalbum?__biz={BIZ}&action=getalbum&album_id=3800000000000000001"
JSON_PAGE = f"{ALBUM}&count=10&begin_msgid=2650000010&begin_itemidx=1&f=json"
CST = timezone(timedelta(hours=8))


def _read(name: str) -> str:
    return (FILES / name).read_text(encoding="utf-8")


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_album_html_lists_only_column_episodes_with_numbers_from_two_unicode_blocks():
    page = parse_album_html(_read("album.html"), ALBUM + "#wechat_redirect")
    assert page.status is PageStatus.OK
    assert [i.series_no for i in page.items] == [32, 31, 10]
    assert {i.source for i in page.items} == {SourceFamily.WECHAT}


def test_album_html_links_are_https_unescaped_and_cut_before_chksm():
    first = parse_album_html(_read("album.html"), ALBUM).items[0]
    assert first.url == (
        f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid=2650000032&idx=1&sn=0123456789abcdef0123456789abcdef"
    )
    assert first.canonical_key == f"{BIZ}:2650000032:1"
    assert first.found_on == ALBUM


def test_album_html_reads_the_create_time_in_china_time():
    first = parse_album_html(_read("album.html"), ALBUM).items[0]
    assert first.published_at == datetime(2025, 3, 1, 18, 0, tzinfo=CST)


def test_album_html_accepts_full_width_title_separators():
    titles = [i.title for i in parse_album_html(_read("album.html"), ALBUM).items]
    assert "厅局长请回答㉛｜李虚构：示例县的治水账本" in titles


def test_album_html_next_url_is_the_first_json_page_after_its_last_item():
    (next_url,) = parse_album_html(_read("album.html"), ALBUM + "#wechat_redirect").next_urls
    query = _query(next_url)
    assert next_url.startswith("https://mp.weixin.qq.com/mp/appmsgalbum?")
    assert "#" not in next_url
    assert query["f"] == "json"
    assert (query["begin_msgid"], query["begin_itemidx"]) == ("2650000010", "1")
    assert (query["__biz"], query["album_id"], query["action"]) == (BIZ, "3800000000000000001", "getalbum")


def test_album_html_gate_page_is_reported_blocked():
    gate = "<html><body><h2>环境异常</h2><p>当前环境异常，完成验证后即可继续访问</p></body></html>"
    assert parse_album_html(gate, ALBUM).status is PageStatus.BLOCKED


def test_album_html_without_items_is_an_error_not_an_empty_success():
    assert parse_album_html("<html><body>hello</body></html>", ALBUM).status is PageStatus.ERROR


def test_album_json_page_keeps_column_titles_from_url_and_content_url_fields():
    page = parse_album_json(_read("album_getalbum_page.json"), JSON_PAGE)
    assert page.status is PageStatus.OK
    assert [i.series_no for i in page.items] == [10, 36, 21]
    assert all(
        i.url.startswith("https://mp.weixin.qq.com/s?__biz=") and "chksm" not in i.url for i in page.items
    )


def test_album_json_next_page_starts_after_the_last_item_even_when_it_is_not_an_episode():
    (next_url,) = parse_album_json(_read("album_getalbum_page.json"), JSON_PAGE).next_urls
    query = _query(next_url)
    assert (query["begin_msgid"], query["begin_itemidx"], query["f"]) == ("2650000006", "1", "json")
    assert query["count"] == "10"


def test_album_json_repeated_first_item_collapses_when_pages_are_merged():
    html_items = parse_album_html(_read("album.html"), ALBUM).items
    json_items = parse_album_json(_read("album_getalbum_page.json"), JSON_PAGE).items
    merged = unique_urls([*html_items, *json_items])
    assert [i.series_no for i in merged] == [32, 31, 10, 36, 21]


def test_album_json_single_object_article_list_is_one_item_and_the_last_page():
    page = parse_album_json(_read("album_getalbum_single.json"), JSON_PAGE)
    assert [i.series_no for i in page.items] == [12]
    assert page.next_urls == ()


def test_album_json_verify_status_means_blocked():
    page = parse_album_json(_read("album_getalbum_blocked.json"), JSON_PAGE)
    assert (page.status, page.items, page.next_urls) == (PageStatus.BLOCKED, (), ())
    assert "verify_status=1" in page.reason


def test_album_json_non_zero_ret_means_blocked():
    page = parse_album_json('{"base_resp": {"ret": -6, "errmsg": "freq control"}}', JSON_PAGE)
    assert page.status is PageStatus.BLOCKED
    assert "freq control" in page.reason


def test_album_json_that_is_not_json_is_an_error():
    assert parse_album_json("<html>环境异常</html>", JSON_PAGE).status is PageStatus.ERROR


def test_album_json_continue_flag_without_items_stops():
    text = '{"base_resp": {"ret": 0}, "getalbum_resp": {"article_list": [], "continue_flag": "1"}}'
    assert parse_album_json(text, JSON_PAGE).next_urls == ()


def test_album_json_never_points_back_at_itself():
    text = (
        '{"base_resp": {"ret": 0}, "getalbum_resp": {"continue_flag": "1", "article_list":'
        ' {"msgid": "2650000010", "itemidx": "1", "title": "x", "url": ""}}}'
    )
    assert parse_album_json(text, JSON_PAGE).next_urls == ()


def test_album_json_last_page_keeps_episodes_one_to_nine_and_stops():
    page = parse_album_json(_read("album_getalbum_last.json"), JSON_PAGE)
    assert [i.series_no for i in page.items] == [9, 1]
    assert page.next_urls == ()
