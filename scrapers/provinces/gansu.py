"""甘肃省生态环境厅 (sthj.gansu.gov.cn): JSON channel search behind a WAF.

Quirks: others got HTTP 412 and dynamic anti-bot cookies (``4hP44ZykCTt5O``/``…P``, a
Ruishu-style pair); the walk reports that as ``blocked`` and never parses it. The search
channel id is the one a crawler left unfinished. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, JsonSearchSite

NEWS = EntryPoint(
    "/common/search/721e95722dae4733ba77670c40d342bd?_isJson=true&page=1", "生态环境要闻 (JSON)"
)


class GansuSite(JsonSearchSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)


SITE = GansuSite()
