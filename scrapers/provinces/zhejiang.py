"""浙江省生态环境厅 (sthjt.zj.gov.cn): Hanweb JCMS, older ``table#article`` article template.

Example article: http://sthjt.zj.gov.cn/art/2024/2/7/art_1201919_58955109.html

Quirks: list records are ``<table>`` rows (``td:nth-child(1) > a``, date in the second cell
with a wrapper character each side); articles put the title in ``td.title``, the date in
``span[style='padding-left:25px;']`` (发布时间：…) and the body in ``div#zoom``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, JcmsSite

NEWS = EntryPoint("/col/col1229429478/index.html", "新闻 (news column)")


class ZhejiangSite(JcmsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    title_selectors: ClassVar[tuple[str, ...]] = ("table#article td.title", "td.title")
    date_selectors: ClassVar[tuple[str, ...]] = ("table#article span[style*='padding-left']",)
    body_selectors: ClassVar[tuple[str, ...]] = ("div#zoom",)


SITE = ZhejiangSite()
