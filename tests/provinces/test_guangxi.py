"""广西 (TRS): the morelist list with the bracketed date in the item text."""

from tests.provinces.support import listing


def test_the_guangxi_list_reads_the_bracketed_date_at_the_end_of_the_item():
    page = listing("guangxi", "guangxi.list.html")
    assert [i.title for i in page.items] == ["广西漓江流域生态环境保护成效显著"]
    assert str(page.items[0].published_at.date()) == "2025-01-23"
