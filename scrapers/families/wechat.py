"""WeChat official-account articles and albums (family ``wechat``).

Articles ``https://mp.weixin.qq.com/s?__biz=…&mid=…&idx=…&sn=…`` are read by
``scrapers.articles.wechat_article``; albums ``/mp/appmsgalbum?…&album_id=…`` and their
``f=json`` continuation answers by ``scrapers.listings.wechat_album``. A copy carries the
供稿/编辑 trailer. A local copy shows ``#js_article`` or ``var msg_title`` (never on a mirror
path, whose pages copy WeChat's markup).
"""

from __future__ import annotations

import re

from models.records import SourceFamily
from scrapers.articles import wechat_article
from scrapers.families.family import ArticleReader, Family, Listing
from scrapers.listings.wechat_album import parse_album_html, parse_album_json

READER = ArticleReader(SourceFamily.WECHAT, wechat_article.body_root, wechat_article.read_wechat_article)
ALBUM = "/mp/appmsgalbum"

WECHAT = Family(
    name=SourceFamily.WECHAT,
    reader=READER,
    hosts=("mp.weixin.qq.com",),
    listings=(
        Listing("album_json", parse_album_json, path=ALBUM, query="f=json", json=True),
        Listing("album_html", parse_album_html, rows="li.js_album_item", path=ALBUM),
    ),
    containers=wechat_article.CONTAINERS,
    trailer=True,
    markup=(re.compile(r"""id=["']?js_article\b|var\s+msg_title\b"""),),
    original_only=True,
)
