"""江苏省生态环境厅 (sthjt.jiangsu.gov.cn): Hanweb JCMS.

Example article: http://sthjt.jiangsu.gov.cn/art/2018/11/5/art_89427_11044343.html

Quirks: records are ``<li class="cf"><a … title=…>…</a><span>DATE</span></li>``; article date
in ``div.sub-title span`` as 发布时间：%Y-%m-%d %H:%M. Others met a CDN challenge on the news
list and read ``/art/`` links from the homepage instead: the walk reports that challenge as
``blocked``. The news column id is known from one source only (UNCONFIRMED).
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, JcmsSite

NEWS = EntryPoint("/col/col84025/index.html", "新闻 (news column)")


class JiangsuSite(JcmsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    date_selectors: ClassVar[tuple[str, ...]] = ("div.sub-title span", "div.sub-title")


SITE = JiangsuSite()
