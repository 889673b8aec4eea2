"""Discovery planning: which parser, which pages next, one item per episode, best source."""

from datetime import timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.records import ListingItem, ListingPage, PageStatus, SourceFamily
from scrapers.families import FAMILIES
from scrapers.families.listing import listing_kind, parse_listing
from scrapers.listings.discovery import choose_best, episode_identity, plan_next, unique_urls

BIZ = "MzkwMDAwMDAwMQ=="
ALBUM = f"https://mp.weixin.qq.com/mp/appmsgalbum?__biz={BIZ}&action=getalbum&album_id=1"
PRIORITY = ("wechat", "mee", "mee_big5", "freewechat", "thepaper", "tw_mirror")
CST = timezone(timedelta(hours=8))


def _wechat(mid: int, **kw) -> ListingItem:
    url = f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid={mid}&idx=1&sn=ab"
    return ListingItem(url=url, title=f"t{mid}", source=SourceFamily.WECHAT, found_on=ALBUM, **kw)


def _page(*items: ListingItem, next_urls=("n1", "n2", "n3"), status=PageStatus.OK) -> ListingPage:
    return ListingPage(items=items, next_urls=next_urls, status=status)


@pytest.mark.parametrize(
    ("source", "url", "kind"),
    [
        ("wechat", ALBUM + "#wechat_redirect", "album_html"),
        ("wechat", ALBUM + "&begin_msgid=1&begin_itemidx=1&f=json", "album_json"),
        ("mee", "https://www.mee.gov.cn/ywdt/dfnews/", "mee_list"),
        ("mee_big5", "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/dfnews/", "mee_list"),
        ("freewechat", "https://freewechat.com/profile/abc", "freewechat_list"),
        ("tw_mirror", "https://example.tw/profile/abc", "freewechat_list"),
        ("thepaper", "https://www.thepaper.cn/list_25462", "thepaper_list"),
        ("local", "http://127.0.0.1:8080/mp/appmsgalbum?f=json&action=getalbum", "album_json"),
        ("other", "https://www.mee.gov.cn/ywdt/hjywnews/", "mee_list"),
    ],
)
def test_listing_kind_picks_the_parser_from_path_source_or_host(source, url, kind):
    assert listing_kind(source, url) == kind
    assert kind in {listing.kind for family in FAMILIES for listing in family.listings}


def test_a_listing_no_family_knows_is_left_to_the_generic_rules():
    assert listing_kind("sohu", "https://www.sohu.com/a/1_2") == "generic_list"


def test_parse_listing_dispatches_to_the_kind_parser():
    page = parse_listing(
        "wechat", '{"base_resp": {"ret": 0}, "getalbum_resp": {"verify_status": 1}}', ALBUM + "&f=json"
    )
    assert page.status is PageStatus.BLOCKED


def test_plan_next_follows_pagination_to_the_end_on_a_full_run():
    page = _page(_wechat(1))
    assert plan_next(
        page, known_keys={episode_identity(_wechat(1))}, incremental=False, pages_seen=1, max_pages=50
    ) == ("n1", "n2", "n3")


def test_plan_next_stops_an_incremental_run_on_a_page_of_known_episodes():
    known = {episode_identity(_wechat(1)), episode_identity(_wechat(2))}
    page = _page(_wechat(1), _wechat(2))
    assert plan_next(page, known_keys=known, incremental=True, pages_seen=1, max_pages=50) == ()


def test_plan_next_continues_an_incremental_run_while_a_page_has_a_new_episode():
    page = _page(_wechat(1), _wechat(3))
    known = {episode_identity(_wechat(1))}
    assert plan_next(page, known_keys=known, incremental=True, pages_seen=1, max_pages=50) == (
        "n1",
        "n2",
        "n3",
    )


def test_plan_next_treats_a_page_without_column_items_as_inconclusive():
    assert plan_next(_page(), known_keys=set(), incremental=True, pages_seen=1, max_pages=50) == (
        "n1",
        "n2",
        "n3",
    )


def test_plan_next_recognises_items_known_by_canonical_url():
    item = ListingItem(
        url="http://www.mee.gov.cn/a/t1.shtml#x", title="t", source=SourceFamily.MEE, found_on="l"
    )
    known = {"url:https://www.mee.gov.cn/a/t1.shtml"}
    assert plan_next(_page(item), known_keys=known, incremental=True, pages_seen=1, max_pages=9) == ()


def test_plan_next_never_goes_past_max_pages():
    page = _page(_wechat(1))
    assert plan_next(page, known_keys=set(), incremental=False, pages_seen=2, max_pages=4) == ("n1", "n2")
    assert plan_next(page, known_keys=set(), incremental=False, pages_seen=4, max_pages=4) == ()


def test_plan_next_stops_on_a_blocked_page():
    page = _page(status=PageStatus.BLOCKED)
    assert plan_next(page, known_keys=set(), incremental=False, pages_seen=1, max_pages=50) == ()


def test_episode_identity_prefers_the_wechat_triple_even_on_a_mirror_url():
    mirror = ListingItem(
        url=f"https://freewechat.com/a/{BIZ}/7/1", title="t", source=SourceFamily.FREEWECHAT, found_on="l"
    )
    assert episode_identity(mirror) == episode_identity(_wechat(7)) == f"wechat:{BIZ}:7:1"


def test_episode_identity_falls_back_to_the_canonical_url():
    item = ListingItem(
        url="http://www.thepaper.cn/newsDetail_forward_1#c",
        title="t",
        source=SourceFamily.THEPAPER,
        found_on="l",
    )
    assert episode_identity(item) == "url:https://www.thepaper.cn/newsDetail_forward_1"


def test_unique_urls_keeps_the_original_and_its_mirror_copy_as_two_fetches():
    original = _wechat(7)
    mirror = ListingItem(
        url=f"https://freewechat.com/a/{BIZ}/7/1",
        title="t",
        source=SourceFamily.FREEWECHAT,
        found_on="l",
        series_no=7,
    )
    assert unique_urls([original, mirror]) == [original, mirror]
    assert episode_identity(original) == episode_identity(mirror)  # yet one episode identity


def test_unique_urls_merges_spellings_of_one_url_and_keeps_order():
    a = ListingItem(url="https://www.mee.gov.cn/x.shtml", title="a", source=SourceFamily.MEE, found_on="l")
    b = ListingItem(url="http://www.mee.gov.cn/x.shtml#top", title="a", source=SourceFamily.MEE, found_on="l")
    c = _wechat(3)
    assert unique_urls([c, a, b, c]) == [c, a]


def test_unique_urls_keeps_items_without_a_url_apart():
    empty = ListingItem(url="", title="a", source=SourceFamily.MEE, found_on="l")
    assert unique_urls([empty, empty]) == [empty, empty]


@given(st.lists(st.integers(min_value=1, max_value=6), max_size=20))
def test_unique_urls_is_idempotent_and_yields_one_item_per_url(mids):
    items = [_wechat(m) for m in mids]
    once = unique_urls(items)
    assert unique_urls(once) == once
    assert len(once) == len(set(mids))


def test_choose_best_follows_the_configured_priority():
    assert choose_best(["tw_mirror", "mee", "wechat"], PRIORITY) == "wechat"
    assert choose_best(["thepaper", "mee_big5"], PRIORITY) == "mee_big5"
    assert choose_best([SourceFamily.FREEWECHAT, SourceFamily.MEE], PRIORITY) == "mee"


def test_choose_best_ranks_unlisted_sources_last_in_given_order():
    assert choose_best(["sohu", "kknews"], PRIORITY) == "sohu"
    assert choose_best(["sohu", "thepaper"], PRIORITY) == "thepaper"


def test_choose_best_refuses_an_empty_list():
    with pytest.raises(ValueError):
        choose_best([], PRIORITY)
