"""江西省生态环境厅 (sthjt.jiangxi.gov.cn): Hanweb JCMS.

Example list: https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42066/index.html?uid=380055&pageNum=1
Example article: http://sthjt.jiangxi.gov.cn/art/2020/7/20/art_42202_2796146.html

Quirks: column paths gained a ``/jxssthjt/`` prefix in 2025 (ids unchanged); list records are
``<li><a title=…>…</a><span>(DATE)</span></li>`` in the ``<datastore>``, dates sometimes in
parentheses; the unit id ``380055`` pages every column; 2025 articles put the body in
``div.jgz_box`` instead of ``div.zoom``. Site search is Hanweb jsearch on sousuo.jiangxi.gov.cn
(a POST on another host, so not walked). All UNCONFIRMED: see docs/sources.md.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, JcmsSite
from scrapers.provinces.cms.list_api import ListApi

NEWS_V2 = EntryPoint("/jxssthjt/col/col42066/index.html?uid=380055&pageNum=1", "工作动态 (news, 2025 path)")
HEADLINES = EntryPoint("/jxssthjt/col/col47550/index.html?uid=380055&pageNum=1", "头条")
JSEARCH = (
    "http://sousuo.jiangxi.gov.cn/jsearchfront/interfaces/cateSearch.do"  # POST websiteid=360000000236000
)


class JiangxiSite(JcmsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS_V2, HEADLINES)
    unit_id: ClassVar[str | None] = "380055"
    body_selectors: ClassVar[tuple[str, ...]] = ("div.zoom", "#zoom", "div.jgz_box")
    list_api: ClassVar[ListApi | None] = ListApi("/queryList", page_field="current")


SITE = JiangxiSite()
