"""Generic department sites (one-off provincial templates: 北京, 河北, 上海, 安徽, 新疆 …).

Lists: the site's own ``list_item_selector`` when evidenced, else every same-host link whose
text reads like a headline; the next page is a 下一页 link. Articles: the site's selector lists,
then the largest block of paragraphs. Pages these rules cannot read still meet the project's
generic rules: the listings' links naming the column and the generic article reader.
"""

from __future__ import annotations

from typing import ClassVar

from scrapers.base.blocks import soup_of
from scrapers.provinces.cms.links import ListLink, article_like_links, next_link, selected_links
from scrapers.provinces.cms.site import CmsSite


class GenericSite(CmsSite):
    """A one-off template: evidenced selectors first, generic rules after (see the module docstring)."""

    family: ClassVar[str] = "generic"
    list_item_selector: ClassVar[str] = ""

    def list_links(self, text: str, url: str) -> list[ListLink]:
        soup = soup_of(text)
        picked = selected_links(soup, self.list_item_selector) if self.list_item_selector else []
        return picked or article_like_links(soup, url)

    def list_rule(self, text: str, url: str) -> str:
        """ "selector" when the evidenced selector found links, else "fallback" (counted per run)."""
        if self.list_item_selector and selected_links(soup_of(text), self.list_item_selector):
            return "selector"
        return "fallback"

    def next_pages(self, text: str, url: str) -> tuple[str, ...]:
        return next_link(soup_of(text), url)
