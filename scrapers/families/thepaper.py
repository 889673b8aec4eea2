"""ThePaper's government accounts, 澎湃号·政务 (family ``thepaper``).

Articles ``https://www.thepaper.cn/newsDetail_forward_<id>`` carry their body as HTML inside the
page's ``__NEXT_DATA__`` JSON (``scrapers.articles.thepaper_article``); account lists
``https://www.thepaper.cn/list_<id>`` likewise (``scrapers.listings.thepaper_list``). No
供稿/编辑 trailer. A local copy shows ``__NEXT_DATA__`` with a ``contentDetail``.
"""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.articles import thepaper_article
from scrapers.base.selectors import THEPAPER_ARTICLE, THEPAPER_LIST
from scrapers.families.family import ArticleReader, Family, Listing, markers
from scrapers.listings.thepaper_list import parse_thepaper_list

READER = ArticleReader(
    SourceFamily.THEPAPER, thepaper_article.body_root, thepaper_article.read_thepaper_article
)

THEPAPER = Family(
    name=SourceFamily.THEPAPER,
    reader=READER,
    hosts=("thepaper.cn",),
    listings=(Listing("thepaper_list", parse_thepaper_list, rows=THEPAPER_LIST.rows),),
    markup=markers(THEPAPER_ARTICLE),
    original_only=True,
)
