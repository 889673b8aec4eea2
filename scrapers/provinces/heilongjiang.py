"""黑龙江省生态环境厅 (sthj.hlj.gov.cn, formerly www.hljdep.gov.cn): JSON channel search.

Example list: http://sthj.hlj.gov.cn/common/search/<channelId>?_isAgg=true&_isJson=true&_pageSize=10&_template=index&page=1

Quirks: the HTML column ``/sthj/c111945/xwdt.shtml`` is filled from the JSON API, so the walk
reads the API (``data.results[].url/title/publishedTimeStr``, ``data.rows``). Channel ids come
from ``/common/getChannelList?channelCode=c111945&websiteCodeName=sthj``: the id below is a
placeholder until one is read from there. Articles: ``h1 > ucaptitle``, ``span.date b``,
``span.ly b``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, JsonSearchSite

NEWS_CHANNEL_ID = "c111945"  # UNCONFIRMED: the column code; the API wants its channelId
NEWS = EntryPoint(
    f"/common/search/{NEWS_CHANNEL_ID}?_isAgg=true&_isJson=true&_pageSize=10&_template=index&page=1",
    "新闻动态 (JSON channel search)",
)


class HeilongjiangSite(JsonSearchSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)


SITE = HeilongjiangSite()
