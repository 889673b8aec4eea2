"""WeChat official-account articles and albums (family ``wechat``).

Articles ``https://mp.weixin.qq.com/s?__biz=…&mid=…&idx=…&sn=…`` are read by
``scrapers.articles.wechat_article``; albums ``/mp/appmsgalbum?…&album_id=…`` and their
``f=json`` continuation answers by ``scrapers.listings.wechat_album``. A copy carries the
供稿/编辑 trailer. A local copy shows ``#js_article`` or ``var msg_title`` (never on a mirror
path, whose pages copy WeChat's markup).
"""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.articles import wechat_article
from scrapers.base.selectors import WECHAT_ALBUM, WECHAT_ARTICLE
from scrapers.families.family import ArticleReader, Family, Listing, markers
from scrapers.listings.wechat_album import parse_album_html, parse_album_json

READER = ArticleReader(SourceFamily.WECHAT, wechat_article.body_root, wechat_article.read_wechat_article)
ALBUM = "/mp/appmsgalbum"

WECHAT = Family(
    name=SourceFamily.WECHAT,
    reader=READER,
    hosts=("mp.weixin.qq.com",),
    listings=(
        Listing("album_json", parse_album_json, path=ALBUM, query="f=json", json=True),
        Listing("album_html", parse_album_html, rows=WECHAT_ALBUM.rows, path=ALBUM),
    ),
    containers=WECHAT_ARTICLE.containers,
    trailer=True,
    markup=markers(WECHAT_ARTICLE),
    original_only=True,
)
