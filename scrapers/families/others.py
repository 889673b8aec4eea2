"""The families no host names: department websites (``province``), bodies given as text
(``text``) and the generic main-content reader (``generic``).

``province``: a provincial department's own website, recognised by its unit's host in the
registry (``scrapers.provinces``), read by the unit's CMS family (``scrapers.provinces.article``).
``text``: a captured body (``mee_interviews/sample/pages/*.txt``) read line by line, or an HTML
page its caller called text, read by the mirrors' reader; captured bodies keep the trailer.
``generic``: trafilatura (``scrapers.articles.generic_article``), for a page whose family finds
no body of its own but whose title names an episode; unknown layouts carry no trailer reliably.
"""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.articles import generic_article
from scrapers.families import freewechat
from scrapers.families.family import ArticleReader, Family
from scrapers.provinces.article import department_body_root, read_department_article

PROVINCE = Family(
    name=SourceFamily.PROVINCE,
    reader=ArticleReader(SourceFamily.PROVINCE, department_body_root, read_department_article),
)
TEXT = Family(name=SourceFamily.TEXT, reader=freewechat.READER, trailer=True)
GENERIC = Family(
    name=SourceFamily.GENERIC,
    reader=ArticleReader(SourceFamily.GENERIC, lambda doc: None, generic_article.read_generic_article),
)
