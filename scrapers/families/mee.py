"""The MEE website (family ``mee``) and its Traditional big5 gateway (``mee_big5``).

Articles ``https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml`` and their
gateway copies ``https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/…`` are read by
``scrapers.articles.mee_article``; column lists (``index.shtml``, ``index_<n>.shtml``) by
``scrapers.listings.mee_list``. MEE pages carry no 供稿/编辑 trailer. A local copy shows the
``ArticleTitle`` meta, ``TRS_Editor`` or ``content_body_box``; in Traditional text it is the
gateway's.
"""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.articles import mee_article
from scrapers.base.selectors import MEE_ARTICLE, MEE_LIST
from scrapers.families.family import ArticleReader, Family, Listing, markers
from scrapers.listings.mee_list import parse_mee_list

READER = ArticleReader(SourceFamily.MEE, mee_article.body_root, mee_article.read_mee_article)
LIST = Listing("mee_list", parse_mee_list, rows=", ".join(MEE_LIST.items))

MEE = Family(
    name=SourceFamily.MEE,
    reader=READER,
    hosts=("mee.gov.cn",),
    listings=(LIST,),
    containers=MEE_ARTICLE.containers,
    markup=markers(MEE_ARTICLE),
    hant=SourceFamily.MEE_BIG5,
)
MEE_BIG5 = Family(
    name=SourceFamily.MEE_BIG5,
    reader=READER,  # the gateway keeps MEE's markup and converts the text
    hosts=("big5.mee.gov.cn",),
    paths=("/gate/big5/",),
    listings=(LIST,),
    containers=MEE_ARTICLE.containers,
)
