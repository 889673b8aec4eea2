"""WeChat mirrors: freewechat-style sites (family ``freewechat``) and Traditional ones (``tw_mirror``).

Articles ``https://freewechat.com/a/<biz>/<mid>/<idx>`` are read by
``scrapers.articles.freewechat_article`` (``#js_content``, else ``<article>``); profile lists by
``scrapers.listings.freewechat_list``. Mirrors copy the WeChat trailer. A local HTML copy that
no other family's markup names is taken for a mirror, ``tw_mirror`` when its text is Traditional.
The same reader reads an HTML page its caller called ``text``: it is the most tolerant one.
"""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.articles import freewechat_article
from scrapers.base.selectors import FREEWECHAT_ARTICLE, FREEWECHAT_LIST
from scrapers.families.family import ArticleReader, Family, Listing
from scrapers.listings.freewechat_list import parse_freewechat_list

READER = ArticleReader(
    SourceFamily.FREEWECHAT, freewechat_article.body_root, freewechat_article.read_freewechat_article
)
LIST = Listing("freewechat_list", parse_freewechat_list, rows=FREEWECHAT_LIST.rows)

FREEWECHAT = Family(
    name=SourceFamily.FREEWECHAT,
    reader=READER,
    hosts=("freewechat.com",),
    listings=(LIST,),
    containers=FREEWECHAT_ARTICLE.containers,
    trailer=True,
    hant=SourceFamily.TW_MIRROR,
)
TW_MIRROR = Family(
    name=SourceFamily.TW_MIRROR,
    reader=READER,
    listings=(LIST,),  # the Traditional mirror lists seen so far are freewechat-style
    containers=FREEWECHAT_ARTICLE.containers,
    trailer=True,
)
