"""The columns of a flattened table (``tables``): which catalog codes its header names, and which
cells are the places its rows begin with."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from typing import Literal

from scrapers.extract.catalog import catalog_by_code
from scrapers.extract.naming import codes_in_order
from scrapers.extract.numbers import INDEX_UNIT
from scrapers.extract.topic import water_bodies
from scrapers.extract.water import water_code

# Pollutants whose concentrations bulletins give in μg/m³: the catalog's own concentration codes
# (CO, in mg/m³, has none).
MICROGRAM_CODES = frozenset(
    code
    for code, entry in catalog_by_code().items()
    if entry.unit_kind == "concentration" and entry.unit_base == "ug/m3" and not entry.generic
)
_CONCENTRATION_UNIT_RE = re.compile(r"[μµu]g/m[3³]|[μµ]g/立方米|微克/立方米|微克每立方米|微克/立方公尺")
INDEX_CODE = "air_quality_composite_index"
# 同比变化(%) / 增减(%) / 较上年(%) / 与2023年比较 / 下降率: a column of the changes of the value before it
_CHANGE_WORDS = (
    r"变化|同比|改善幅度|改善率|增幅|降幅|增减|升降|变幅|变动|涨跌|同期比|比较|增长率|下降率|上升率|降低率"
    r"|[较比与](?:上一?年|去年|前一年|(?:19|20)\d{2}年)"
)
_CHANGE_COLUMN_RE = re.compile(_CHANGE_WORDS)
_FALL_COLUMN_RE = re.compile(r"^(?:同比)?(?:降幅|下降率|降低率|下降幅度|降低幅度)(?:[(（][^()（）]*[)）])?$")
_RANK_WORD_RE = re.compile(r"名次|排名|位次")
_RANK_KEY_RE = re.compile(r"^(?:(?:本月|本期|累计|综合|总)?(?:排名|排序)|序号|名次|位次)$")
MEASURE_RE = re.compile(r"浓度|比例|比率|指数|天数|率|μg|微克|%")
_HEADER_WORD_RE = re.compile(
    r"排名|排序|序号|位次|名次|城市|区县|县区|县市|市县|^县城$|^城区$|^旗县(?:区)?$|名称|污染物|指数|浓度|比例|比率|环比|幅度|类别|情况|单位|时间"
    r"|断面|点位|个数|数量|[(（]\s*[个天]\s*[)）]|天数|监测|一氧化碳"  # 有效监测天数 / 优 (天): a column of counts, no place
    r"|率|年份|年度|月份|月度|时段|日期|^地区$|^区域$"  # 达标率: a rate names no place; 月份 heads a column of months
    r"|^(?:本月|当月|本期|本年|累计|本年累计|今年累计|年累计|上年同期|去年同期|[上去]年同月|同期|上月)$"  # no place
    r"|" + _CHANGE_WORDS  # 同比 / 增减 / 较上年: a column of changes, no place
)
# 国考断面数(个) / 监测天数: a column of counts names no share or concentration.
_COUNT_COLUMN_RE = re.compile(
    r"[(（]\s*[个天]\s*[)）]|(?:断面|点位|站点|城市|监测)?(?:个数|数量|断面数|点位数|天数\s*$)"
)
_AIR_WORD_RE = re.compile(r"天数|空气|大气")
# A cell with no value in it (a change with no previous year): the row keeps its place.
# 进4 / 退1 / 持平: a change of rank (名次变化) holds its column's place too.
PLACEHOLDER_RE = re.compile(r"\s*(?:[-—―–/／－]{1,2}|无|\\|[进退升降↑↓]\s*\d{1,3}|持平|不变)\s*$")
VALUE_RE = re.compile(r"\s*(?P<num>[-−+]?\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*$")
# 下降6.1% / ↓3.8 / 上升0.8个百分点: a change cell that gives its sign by a word or an arrow
_WORDED_CHANGE_RE = re.compile(
    r"\s*(?P<way>[↑↓]|下降|降低|减少|上升|升高|增加|增长)\s*(?P<num>\d+(?:\.\d+)?)\s*(?:%|％|个?百分点)?\s*$"
)
_FALL_WORDS = ("↓", "下降", "降低", "减少")


def worded_change(text: str) -> float | None:
    """The signed size of a change cell written with a word or an arrow (下降6.1%: -6.1), else None."""
    m = _WORDED_CHANGE_RE.match(text)
    if m is None:
        return None
    return float(m.group("num")) * (-1 if m.group("way") in _FALL_WORDS else 1)


# 25μg/m³ in a row's cell: a value that carries its concentration unit (``ug``); 93.5* / 25※: a
# value with a footnote mark
CELL_VALUE_RE = re.compile(
    r"\s*(?P<num>[-−+]?\d+(?:\.\d+)?)\s*(?:(?P<pct>%)|(?P<ug>[μµu]g/m[3³]|微克/立方米|微克每立方米))?"
    r"\s*[*＊※△▲]?\s*$"
)
_NAME_RE = re.compile(
    r"\s*[*＊※△▲]?[\u4e00-\u9fff][\u4e00-\u9fff ()（）]{1,15}[*＊※△▲]?\s*$"
)  # 南通市* / *南通市: a footnote mark


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a flattened table, stripped, with where it is."""

    start: int
    end: int
    text: str


# What one header cell is: the column of row names or ranks, a measure of a code (with % or as
# a bare number), the change of the column before it (in % or in points), or something else. A
# change column's second item says how to read it instead of a code: "judged" (改善幅度: a positive
# value is an improvement) and/or "+yoy" (headed 同比), or None.
ColumnKind = Literal["key", "percent", "bare", "change_percent", "change_points", "other"]
# 主要污染物浓度 / 污染物浓度(μg/m3): a cell over the pollutants' columns, which a later line names.
_GROUP_RE = re.compile(
    r"^(?:主要|六项|各项)?(?:污染物|监测项目)(?:平均)?浓度|^(?:平均|年均|月均)?浓度(?:[(（].*[)）])?$"  # 主要监测项目平均浓度(微克/立方米)
)
# SO2 / PM2.5(细颗粒物) / 臭氧: a header cell naming one pollutant and nothing more (a group's sub-column)
_ONE_POLLUTANT_RE = re.compile(
    r"(?:PM2\.5|PM10|SO2|NO2|O3(?:[-_]?8[Hh])?|CO|细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|臭氧|一氧化碳)"
    r"(?:[(（][^()（）]*[)）])?"
)


def is_one_pollutant(text: str) -> bool:
    """Whether ``text`` names one pollutant and nothing more (SO2 / PM2.5(细颗粒物) / 臭氧)."""
    return _ONE_POLLUTANT_RE.fullmatch(text.strip()) is not None


# (可吸入颗粒物) / (一氧化碳) on a line of its own under PM10 / CO: the name of the column above, glossed
_GLOSS_RE = re.compile(r"[(（][^()（）]{1,12}[)）]")
# 主要污染物 / 首要污染物: a column of pollutants' names, no value in it
_NAMES_COLUMN_RE = re.compile(r"^(?:主要|首要)污染物$")
_POLLUTANTS_ONLY_RE = re.compile(
    r"(?:PM\s*2\.5|PM\s*10|O\s*3(?:[-_]?8[Hh])?|NO\s*2|SO\s*2|CO|臭氧|(?:细|可吸入)?颗粒物|二氧化[硫氮]|一氧化碳"
    r"|[、，,/和及\s])+|[-—/无]"
)
_KEY_RE = re.compile(
    r"^(?:(?:本月|本期|累计|综合|总)?(?:排名|排序)|序号|名次|位次|城市|区县|县区|县市|市县|县城|旗县|旗县区|城区"
    r"|县\(市、区\)|县（市、区）|地区|区域|名称"
    r"|(?:区域|地区|城市|区县|县区|站点|点位)名称|站点|市州|设区市|地级市|省辖市|地市|县级市"
    r"|区|区名|县名|市名|区县名称|街道|乡镇|乡镇\(街道\)|乡镇（街道）"
    r"|时间|年份|年度|时段|日期|监测时间|月份|月度)$"
)
# 时间 | SO2 | … ¶ 2016年 | 20 | … / 月份 | … ¶ 1月 | …: a key column of periods, each row one
# year or month of the caption's place
_TIME_KEY_RE = re.compile(r"^(?:时间|年份|年度|时段|日期|监测时间|月份|月度)$")
PERIOD_ROW_RE = re.compile(
    r"\s*(?:(?P<year>(?:19|20)\d{2})\s*年度?)?\s*(?P<month>\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月)?份?\s*$"
)
# 达标天数 / 优良天数(天): in a table of a place's years, the column of its good days
_GOOD_DAYS_COLUMN_RE = re.compile(r"^(?:空气质量)?(?:达标|优良级?)天数(?:[(（]\s*天\s*[)）])?$")
# 达标率 alone: in a table whose header named pollutants or good days, the share of good days
_BARE_RATE_RE = re.compile(r"^(?:达标率|达标比例)(?:[(（]\s*%\s*[)）])?$")
# 5月浓度 / 1-5月浓度 / 月均浓度 / 浓度(微克/立方米): a concentration column that names no pollutant
_BARE_CONCENTRATION_RE = re.compile(
    r"^(?:\d{1,2}(?:[-—~～至]\d{1,2})?月(?:份)?|本月|累计|年|月)?(?:平均|月均|年均)?浓度(?:值)?(?:[(（][^()（）]*[)）])?$"
)
_YEAR_HEAD_RE = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*年(?:度)?$")
# 2023年PM2.5浓度 / 2023年1-6月优良天数比例: a measure's column opened by its year (and months)
_YEAR_LEAD_RE = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s*年(?:度)?(?:\d{1,2}(?:[-—~～至]\d{1,2})?月(?:份)?)?(?=\D)"
)
# 上年同期PM2.5浓度 / 去年优良天数比例: a measure's column of the year before
_EARLIER_LEAD_RE = re.compile(r"^(?:上年|去年|上一年)(?:同期)?|^同期")
_GOOD_DAYS = "good_air_days_count"
EARLIER = "earlier"  # the marker of a column of a figure's earlier values in ``Columns.order``
RANK = "rank"  # the marker of a column of the row place's ranks (城市 | 排名 | …) in ``Columns.order``
_GOOD_DAYS_RATIO = "good_air_days_ratio"
_NAMES_COLUMN = "names"  # the marker of a column of pollutants' names in ``Columns.order``
TEXT = "text"  # the marker of a column of words (所属区域 | 北部) in ``Columns.order``
# 达标情况 / 空气质量级别 / 变化趋势: a header over a column of words that say how a row fares (not
# 水质类别: a water table's class column stays as it was, with no air share read beside it)
_STATUS_HEAD_RE = re.compile(
    r"(?:是否)?达标(?:情况|状况|与否)?|(?:空气质量|质量)?(?:级别|等级|状况)|变化趋势|趋势"
    r"|(?:评价|考核)(?:结果|等级)?"
)
# 问题数量(个) / 罚没金额（万元）: a header cell's words and its unit in brackets, the unit last
_GENERIC_COLUMN_RE = re.compile(
    r"(?P<what>[\u4e00-\u9fff][^()（）]{0,20}?)[(（](?P<unit>[^()（）]{1,4})[)）]"
)
# 国控断面数 / 优良断面数 / 问题数量 / 企业个数 / 处罚人数: a count's column with no unit written
# (not 天数, a column of days, nor 指数)
_COUNTED_RE = re.compile(
    r"[\u4e00-\u9fff\u2160-\u216b~～、]{1,12}?(?:(?P<people>人)数|个数|数量|(?<![天指人])数)"
)
# 处罚金额 / 造林面积 / 降水量 / 超标倍数: a column of amounts whose unit the header does not
# give; it holds its place (not 质量: 空气质量 names no amount)
_MEASURED_RE = re.compile(r"[\u4e00-\u9fff](?:金额|面积|总量|倍数|长度|里程|(?<!质)量)$")
GENERIC = "+generic:"  # a column of figures no catalog code names: its unit and its words follow
# the units such a column may give (a measure word, money, mass, area, a share): not a
# concentration or days, which name catalog columns
GENERIC_UNITS = frozenset(
    [
        *"个家件项座处起条户名人次",
        "人次",
        "%",
        "万元",
        "亿元",
        "元",
        "吨",
        "万吨",
        "公顷",
        "万公顷",
        "亩",
        "万亩",
        "公里",
        "平方公里",
    ]
)
_UNIT_ONLY_RE = re.compile(
    r"^[(（]?\s*(?:[μµu]g/m[3³]|微克/立方米|微克每立方米|mg/m[3³]|毫克/立方米|%|天|单位[:：]?.*)\s*[)）]?$"
)


@dataclass(slots=True)
class Columns:
    """The codes a header names: percentage columns, and columns of bare numbers (concentrations,
    whose unit the header gives, and indices, which have none), each in the order written; and
    every header cell in order (``order``), for rows that fill every column."""

    percent: list[str] = field(default_factory=list)
    bare: list[str] = field(default_factory=list)
    unit: str = ""
    order: list[tuple[ColumnKind, str | None]] = field(default_factory=list)
    water: list[str] = field(default_factory=list)  # the water bodies the caption or header names
    # 主要污染物浓度 over PM10 | PM2.5 | … on the header's next line: where the group's column is
    # in ``order`` and on which line it was written; its sub-columns take its place.
    group_at: int | None = None
    group_line: int = 0
    group_filled: bool = False
    # 同比变化(%) over PM2.5 | PM10 on the header's next line, after those pollutants' own columns:
    # where the change group's column is, on which line, and whether a sub-column took its place
    change_group_at: int | None = None
    change_group_line: int = 0
    change_group_filled: bool = False
    # how many pollutant columns the header named before the first value (a header row of
    # pollutants, not pollutants named down the side of a table)
    header_pollutants: int | None = None
    # 优良天数比例(%) | PM2.5浓度 ¶ 本月 | 累计 | 本月 | 累计: the periods a later header line names
    # under the measures, the line the measures were on, and each measure's periods once split
    period_subs: list[str] = field(default_factory=list)
    # 当月 | 上年同期 | 变化 | 优良天数比例(%) | 名次 | …: periods named before the measures under
    # each of them (a header of two levels flattened onto one line)
    period_heads: list[str] = field(default_factory=list)
    measure_line: int = 0
    periods_of: dict[str, list[str | None]] = field(default_factory=dict)
    # the concentration codes the caption named (2023年5月份各区PM2.5浓度统计表), for columns
    # headed only 浓度 (5月浓度 | 1-5月浓度)
    caption: list[str] = field(default_factory=list)
    caption_percent: list[str] = field(default_factory=list)  # and the shares it named
    by_period: bool = False  # the key column is headed 时间 / 年份 / 月份: its rows are periods
    year_of: dict[str, int] = field(default_factory=dict)  # a code's column headed by a year
    # PM2.5浓度 | 同比 | PM10浓度: pollutants whose own header cell says 浓度 (a concentration in
    # μg/m³, as bulletins print them, however few pollutants the header names); not a caption's
    said_concentration: set[str] = field(default_factory=set)
    # 表1 各市主要污染物浓度（微克/立方米）: the table's caption, on the line above it, gives its
    # concentrations' unit
    caption_micrograms: bool = False
    # PM2.5 | PM10 ¶ 浓度 | 同比 | 浓度 | 同比: the header as it was before a later line under the
    # measures, and that line's words (a value and its change under each measure)
    sub_snapshot: Columns | None = None
    sub_words: list[str] = field(default_factory=list)

    def take(self, cell: Cell, after_rows: bool = False, line: int = 0, alone: bool = False) -> bool:
        """Read ``cell`` as header when it names codes or a unit; whether it named codes. After
        the rows began (``after_rows``), a cell that names nothing (a page's trailer, 【打印】
        【关闭窗口】) opens no column: it would leave every row one column short. A group cell
        (主要污染物浓度) whose sub-columns are written on a later header line (``line``) is
        replaced by them, in their place; a cell ``alone`` on its line (a header a cell a line)
        is one of them only if it names one pollutant and nothing more (SO2 / PM2.5(细颗粒物)):
        CO百分位数浓度(mg/m3) after the group cell heads a column of its own."""
        if CELL_VALUE_RE.match(cell.text) is not None or (self.by_period and is_period_row(cell.text)):
            return False
        if (
            not after_rows
            and self.header_pollutants is None
            and line > self.measure_line
            and (self.bare or self.percent)
        ):
            if self.sub_snapshot is None:
                self.sub_snapshot = copy.deepcopy(self)
            self.sub_words.append(cell.text.replace(" ", ""))
        period = cell.text.replace(" ", "")
        if not after_rows and _PERIOD_SUB_RE.fullmatch(period) and ("key", None) in self.order:
            if not any(kind in ("percent", "bare") for kind, _ in self.order):
                self.period_heads.append(period)  # 本月 | 上年同期 over the measures named after them
                self.order.append(("other", _PERIOD_HEAD))
                return False
            if line > self.measure_line:
                self.period_subs.append(period)  # 本月 | 累计 under the measures
                return False
        if after_rows and self.is_names_entry(cell.text):
            return False  # …| 80 | PM10: a row's entry in the column of main pollutants, no header
        if self.order and not after_rows and _GLOSS_RE.fullmatch(cell.text.strip()):
            if _CONCENTRATION_UNIT_RE.search(cell.text):
                self.unit = "微克/立方米"
            return False  # PM10 ¶ (可吸入颗粒物): the column above named again, no column of its own
        self.water = water_bodies(cell.text) or self.water
        percent, bare = named(cell.text)
        words = cell.text.replace(" ", "")
        if (
            (percent or bare)
            and _RANK_WORD_RE.search(words)
            and bool(self.order)
            and self.order[-1][1] in percent + bare
        ):
            # 综合指数 | 综合指数排名: the ranks by the measure of the column before, not the measure
            # again (优良天数比例排名 | 细颗粒物浓度排名 heading a ranking's own columns name theirs)
            percent, bare = [], []
        if not percent and not bare and _GOOD_DAYS_COLUMN_RE.match(words):
            bare = [_GOOD_DAYS]  # 优良天数(天): a column of good days, whatever columns came before
        elif (
            not percent
            and not bare
            and _BARE_RATE_RE.match(words)
            and set(self.bare) & (MICROGRAM_CODES | {_GOOD_DAYS})
        ):
            percent = [_GOOD_DAYS_RATIO]
        percent = [self._of_water(code, cell.text) for code in percent]
        if "浓度" in words:
            self.said_concentration.update(c for c in bare if c in MICROGRAM_CODES)
        if _CONCENTRATION_UNIT_RE.search(cell.text):
            self.unit = "微克/立方米"
        opened = _column(cell.text, percent, bare)
        if (
            not after_rows
            and not (percent or bare)
            and ("key", None) in self.order
            and _STATUS_HEAD_RE.fullmatch(words) is not None
        ):
            opened = [("other", TEXT)]  # 达标情况 | 达标 / 变化趋势 | 改善: a word a row gives, not a place
        elif is_row_name(cell.text):
            # 城市 | 所属区域 | PM2.5浓度: a column of words between the names and the measures
            # (北部, 良), not a place (区名 is a key word); after the measures a name is a row's
            words_column = (
                opened == [("other", None)]
                and not after_rows
                and ("key", None) in self.order
                and not self.named_any()
            )
            opened = [("other", TEXT)] if words_column else []
        self.by_period = self.by_period or (
            opened == [("key", None)] and _TIME_KEY_RE.match(words) is not None
        )
        if opened == [("key", None)] and ("key", None) in self.order and _RANK_KEY_RE.match(words):
            opened = [("other", RANK)]  # 县城 | 排名 | 优良天数比率(%): the rank of the row's place, no value
        if ("key", None) in opened and ("key", None) not in self.order:
            # 表2 各市地表水水质状况 | 城市 | …: what came before the first name column is a caption
            self.caption = [c for c in self.bare if c in MICROGRAM_CODES]
            self.caption_percent = list(self.percent)  # 2024年各县优良天数比例 over 2024年 | 2023年
            self.percent, self.bare, self.order = [], [], []
            self.year_of = {}  # 2024年各县优良天数比例: a caption's year heads no column
            self.group_at = self.change_group_at = None
            self.said_concentration = set()  # a caption's 浓度 heads no column (5月浓度 under it has no unit)
        if (
            opened == [("other", None)]
            and len(set(self.caption)) == 1
            and _BARE_CONCENTRATION_RE.match(cell.text.replace(" ", ""))
        ):
            bare, opened = self.caption[:1], [("bare", self.caption[0])]  # 5月浓度 under a PM2.5 caption
        elif (
            opened == [("other", None)]
            and (year := _YEAR_HEAD_RE.match(words))
            and (target := self._year_columns_of(after_rows)) is not None
        ):
            # 各市PM2.5浓度 ¶ 城市 | 2023年 | 2022年 | 变化率 / 优良天数比率(%) ¶ 2023年 | 2022年 | 同比变化:
            # the first year's column is the figure of that year; a later one holds earlier values,
            # which the labelling leaves to a note
            code, has_column = target
            if code in self.year_of:
                later = self._later_year(code, int(year.group("year")))
                bare, opened = [], [later or ("other", EARLIER)]
            else:
                self.year_of[code] = int(year.group("year"))
                if has_column:
                    return False  # the measure's own cell heads the first year's column
                if code in self.caption_percent:
                    percent, opened = [code], [("percent", code)]
                else:
                    bare, opened = [code], [("bare", code)]
        if len(opened) == 1 and opened[0][0] in ("percent", "bare") and opened[0][1] is not None:
            opened, percent, bare = self._dated(words, opened, percent, bare)
            if not after_rows and self._fill_change_group(opened[0], line):
                return False
        if after_rows and all(kind == "other" for kind, _ in opened):
            return False
        if (
            self.group_at is not None
            and line > self.group_line
            and not after_rows
            and opened
            and opened != [("other", _NAMES_COLUMN)]  # 主要污染物 beside the group, not under it
            and (not alone or _ONE_POLLUTANT_RE.fullmatch(words) is not None)
        ):
            self._fill_group(self.group_at, opened, percent, bare)
            return bool(percent or bare)
        self.percent += percent
        self.bare += bare
        if opened and opened[0][0] in ("change_percent", "change_points") and not after_rows:
            self.change_group_at, self.change_group_line = len(self.order), line
            self.change_group_filled = False
        if self.order or any(kind != "other" or generic_column(code) for kind, code in opened):
            # a caption opens no column (a column of counts does: 地区 | 问题数量(个) | …)
            if (
                opened == [("other", None)]
                and _GROUP_RE.search(cell.text.replace(" ", ""))
                and not after_rows
            ):
                self.group_at, self.group_line, self.group_filled = len(self.order), line, False
            self.order.extend(opened)
            if any(kind in ("percent", "bare") for kind, _ in opened):
                self.measure_line = line
        return bool(percent or bare)

    def _dated(
        self, words: str, opened: list[tuple[ColumnKind, str | None]], percent: list[str], bare: list[str]
    ) -> tuple[list[tuple[ColumnKind, str | None]], list[str], list[str]]:
        """2023年PM2.5浓度 | 2022年PM2.5浓度 / PM2.5浓度 | 上年同期PM2.5浓度: a measure's column that
        a year or 上年 opens. The first such column of a code is the figure of its year; a later one
        of the same code holds earlier values (left to a note), and opens no code."""
        code = opened[0][1]
        assert code is not None
        year = _YEAR_LEAD_RE.match(words)
        earlier = _EARLIER_LEAD_RE.match(words) is not None
        if (year or earlier) and (code in self.year_of or opened[0] in self.order):
            later = self._later_year(code, int(year.group("year"))) if year else None
            return [later or ("other", EARLIER)], [], []
        if year:
            self.year_of[code] = int(year.group("year"))
        return opened, percent, bare

    def _later_year(self, code: str, year: int) -> tuple[ColumnKind, str | None] | None:
        """城市 | 2023年 | 2024年 | 变化率(%): a column of ``code`` headed by a later year than
        its first. The later year's values are the figures; the column before holds the earlier
        values from now on. The column to open, or None when ``year`` is not later."""
        if year <= self.year_of.get(code, year):
            return None
        at = next(
            (
                k
                for k in range(len(self.order) - 1, -1, -1)
                if self.order[k] in (("bare", code), ("percent", code))
            ),
            None,
        )
        if at is None:
            return None
        column = self.order[at]
        self.order[at] = ("other", EARLIER)
        self.year_of[code] = year
        return column

    def _year_columns_of(self, after_rows: bool) -> tuple[str, bool] | None:
        """The code that columns headed by years are of, and whether it has a column already: the
        caption's one concentration (各市PM2.5浓度), else the measure of the header cell just
        before (优良天数比率(%) over 2023年 | 2022年)."""
        if len(set(self.caption)) == 1:
            return self.caption[0], False
        if not self.caption and len(set(self.caption_percent)) == 1:
            return self.caption_percent[0], False
        if not after_rows and self.order and self.order[-1][0] in ("percent", "bare"):
            code = self.order[-1][1]
            return (code, True) if code is not None else None
        return None

    def seal(self) -> None:
        """The first value of the table is read: what the header named so far is its header row."""
        if self.header_pollutants is None:
            self._subs_under_measures()
            self._one_of_side_by_side()
            self._periods_over_measures()
            self._split_by_period()
            self.header_pollutants = len(set(self.bare) & MICROGRAM_CODES)

    def _periods_over_measures(self) -> None:
        """区 | 当月 | 上年同期 | 变化 | 优良天数比例(%) | 名次 | 优良天数比例(%) | 名次: a header of
        two levels flattened onto one line, the periods first and then the measures under each. A
        row holds each period's measures in turn, then the changes: the current period's columns
        are the figures, an earlier period's hold earlier values."""
        heads = [i for i, c in enumerate(self.order) if c == ("other", _PERIOD_HEAD)]
        periods, self.period_heads = self.period_heads, []
        if len(heads) < 2 or heads != list(range(heads[0], heads[0] + len(heads))):
            self.order = [("other", None) if c == ("other", _PERIOD_HEAD) else c for c in self.order]
            return
        rest = self.order[heads[-1] + 1 :]
        changes = [c for c in rest if c[0] in ("change_percent", "change_points")]
        under = [c for c in rest if c not in changes]
        width = len(under) // len(heads)
        chunks = [under[n * width : (n + 1) * width] for n in range(len(heads))]
        if not width or len(under) % len(heads) or any(chunk != chunks[0] for chunk in chunks):
            self.order = [("other", None) if c == ("other", _PERIOD_HEAD) else c for c in self.order]
            return
        order = self.order[: heads[0]]
        for period, chunk in zip(periods, chunks, strict=True):
            earlier = _EARLIER_LEAD_RE.match(period) is not None
            order += [("other", EARLIER) if earlier and c[0] in ("percent", "bare") else c for c in chunk]
        self.order = order + changes

    def _one_of_side_by_side(self) -> None:
        """排名 | 县 | 综合指数 | PM2.5 | 排名 | 县 | 综合指数 | PM2.5: two halves of one ranking
        printed side by side under one header line. Each row (a rank, a name and its values) fills
        one half, so the header is its first half."""
        # a second 排名 reads as a rank column (县城 | 排名 | …): here it opens the second half
        keys = [kind == "key" or (kind, code) == ("other", RANK) for kind, code in self.order]
        starts = [k for k in range(1, len(keys)) if keys[k] and not keys[k - 1]]
        if len(starts) != 1:
            return
        half = starts[0]
        first, second = self.order[:half], self.order[half:]
        if len(first) == len(second) and all(
            a == b or (keys[i] and keys[half + i]) for i, (a, b) in enumerate(zip(first, second, strict=True))
        ):
            self.order = first

    def _subs_under_measures(self) -> None:
        """PM2.5 | PM10 ¶ 浓度 | 同比 | 浓度 | 同比 (2024年 | 同比变化(%), or 2024年 | 2023年): the same
        sub-columns under each measure, a value and its change or the values of years. The header
        becomes each measure's column (the latest year's), its earlier years' and its change's,
        when the later line is only such groups, one per measure."""
        before, words = self.sub_snapshot, self.sub_words
        if before is None:
            return
        if words and is_row_name(words[-1]):
            words = words[:-1]  # the first row's name, taken before its first value
        measures = before.value_columns()
        k = len(words) // len(measures) if measures else 0
        if (
            k < 2
            or len(words) != k * len(measures)
            or any(kind not in ("percent", "bare") for kind, _ in measures)
        ):
            return
        groups = [_sub_group(words[n * k : (n + 1) * k]) for n in range(len(measures))]
        if any(group is None for group in groups):
            return
        for f in fields(self):
            setattr(self, f.name, getattr(before, f.name))
        order: list[tuple[ColumnKind, str | None]] = [c for c in self.order if c[0] == "key"]
        for m, ((kind, code), group) in enumerate(zip(measures, groups, strict=True)):
            assert code is not None and group is not None
            current, year = group
            for n, sub in enumerate(words[m * k : (m + 1) * k]):
                if _CHANGE_COLUMN_RE.search(sub):
                    order += _column(sub, [], [])
                else:
                    order.append((kind, code) if n == current else ("other", EARLIER))
            if year is not None:
                self.year_of[code] = year  # 2024年 | 同比变化 under each measure
        self.order = order

    def _split_by_period(self) -> None:
        """优良天数比例(%) | PM2.5浓度 ¶ 本月 | 累计 | 本月 | 累计: each measure's column becomes one
        column per period named under it (an earlier period's, 上年同期, holds earlier values), when
        the periods fall evenly on the measures."""
        measures = [c for c in self.order if c[0] in ("percent", "bare")]
        subs, self.period_subs = self.period_subs, []
        k = len(subs) // len(measures) if measures else 0
        if k < 2 or len(measures) != len(self.value_columns()) or len(subs) % len(measures):
            self.order += [("other", None)] * len(subs)  # periods that fit no measure: columns of their own
            return
        order: list[tuple[ColumnKind, str | None]] = [c for c in self.order if c[0] == "key"]
        for n, (kind, code) in enumerate(measures):
            assert code is not None
            periods = subs[n * k : (n + 1) * k]
            order += [("other", EARLIER) if _EARLIER_LEAD_RE.match(p) else (kind, code) for p in periods]
            self.periods_of[code] = [_period_of(p) for p in periods if not _EARLIER_LEAD_RE.match(p)]
        self.order = order
        self.bare = [code for kind, code in order if kind == "bare" and code is not None]
        self.percent = [code for kind, code in order if kind == "percent" and code is not None]

    def _fill_group(
        self, at: int, opened: list[tuple[ColumnKind, str | None]], percent: list[str], bare: list[str]
    ) -> None:
        """Put a sub-column at ``at``, where its group's column is (the group's own placeholder
        goes)."""
        bare_at = sum(kind == "bare" for kind, _ in self.order[:at])
        percent_at = sum(kind == "percent" for kind, _ in self.order[:at])
        self.bare[bare_at:bare_at] = bare
        self.percent[percent_at:percent_at] = percent
        if not self.group_filled:
            self.order[at : at + 1] = opened
            self.group_filled = True
            grown = len(opened) - 1
        else:
            self.order[at:at] = opened
            grown = len(opened)
        self.group_at = at + len(opened)
        if self.change_group_at is not None and self.change_group_at >= at:
            self.change_group_at += grown  # the change group's column moves with the cells before it

    def _fill_change_group(self, column: tuple[ColumnKind, str | None], line: int) -> bool:
        """Whether ``column``, a measure named again on a later header line than a change column
        and after its own column (浓度 | 同比变化(%) ¶ PM2.5 | PM10 | PM2.5 | PM10), is one of the
        change column's sub-columns: the change of that measure, which takes the change column's
        place (the first one) or the place after the one before."""
        at = self.change_group_at
        if at is None or line <= self.change_group_line or column not in self.order[:at]:
            return False
        group_kind, how = self.order[at - 1] if self.change_group_filled else self.order[at]
        sub: tuple[ColumnKind, str | None] = (group_kind, f"{_base_how(how)}{_OF}{column[1]}")
        if not self.change_group_filled:
            self.order[at] = sub
        else:
            self.order.insert(at, sub)
        self.change_group_filled = True
        self.change_group_at = at + 1
        return True

    def _of_water(self, code: str, text: str) -> str:
        """A share column's code, moved to the water body in view: 优良比例(%) under 地表水水质."""
        if code == "good_air_days_ratio" and (_AIR_WORD_RE.search(text) or not self.water):
            return code
        return water_code(None if code == "good_air_days_ratio" else code, text, self.water) or code

    def is_text_entry(self, position: int) -> bool:
        """Whether a row's cell at value ``position`` (0: the first after its name) is under a
        column of words (所属区域, 空气质量级别): it keeps its place, it starts no row."""
        columns = self.value_columns()
        return 0 <= position < len(columns) and columns[position] == ("other", TEXT)

    def is_names_entry(self, text: str) -> bool:
        """A row's entry in a column of main pollutants (细颗粒物 / PM2.5、O3 / —): the header has
        that column and the cell names only pollutants."""
        names_column = ("other", _NAMES_COLUMN) in self.order
        return names_column and _POLLUTANTS_ONLY_RE.fullmatch(text.strip()) is not None

    def value_columns(self) -> list[tuple[ColumnKind, str | None]]:
        """The header's columns after the row's name (the names or ranks that open a row are not
        among them): a row that fills each of them is read by position."""
        return [c for c in self.order if c[0] != "key"]

    def named_any(self) -> bool:
        """Whether the header named a column of figures (a catalog code's, or one no code names)."""
        return bool(self.percent or self.bare) or any(generic_column(code) for _, code in self.order)

    def unit_of(self, code: str) -> str | None:
        """The unit of a bare number in ``code``'s column: the header's, else μg/m³ for a
        pollutant's concentration under a header that names its pollutants (PM10 | PM2.5 | NO2 |
        SO2 | CO | O3, as air bulletins print them) or a cell that says 浓度 (PM2.5浓度); None for
        another concentration with no unit."""
        if code == INDEX_CODE:
            return INDEX_UNIT
        if code == _GOOD_DAYS:
            return "天"
        if (
            not self.unit
            and code in MICROGRAM_CODES
            and (
                (self.header_pollutants or 0) >= 3
                or code in self.said_concentration
                or self.caption_micrograms
            )
        ):
            return "微克/立方米"
        return self.unit or None


# 浓度 / 监测值 / 2024年 / 本年: the value a header line names under a measure, before its change
_PAIR_VALUE_RE = re.compile(
    r"(?=.)(?:(?:19|20)\d{2}年度?(?:\d{1,2}(?:[-—~～至]\d{1,2})?月份?)?|本年|本期|当年|今年|本月|当月|累计)?"
    r"(?:年均|月均|平均)?(?:浓度|浓度值|数值|监测值|实测值|均值|平均值|比例|比率|值)?(?:[(（][^()（）]*[)）])?"
)


def _sub_group(subs: list[str]) -> tuple[int, int | None] | None:
    """The sub-columns under one measure, as (the one holding its figures, that one's year), when they are values (浓度, 2024年) and changes (同比) with a change among them or a
    year on every value; else None (本月 | 累计 are periods of their own)."""
    values = [n for n, sub in enumerate(subs) if not _CHANGE_COLUMN_RE.search(sub)]
    if not values or any(_PAIR_VALUE_RE.fullmatch(subs[n]) is None for n in values):
        return None
    years = [_YEAR_LEAD_RE.match(subs[n] + " ") for n in values]
    dated = [int(y.group("year")) for y in years if y is not None]
    if len(dated) == len(values) and len(set(dated)) == len(dated):
        current = values[dated.index(max(dated))]
        return current, max(dated)
    if len(values) == 1 and len(subs) > 1:
        return values[0], dated[0] if dated else None
    return None


# 本月 / 当月 / 累计 / 1-10月 / 上年同期: a period a header line names under a measure's column
_PERIOD_SUB_RE = re.compile(
    r"(?:本月|当月|本期|累计|本年累计|今年累计|年累计|上年同期|去年同期|[上去]年同月|同期"
    r"|\d{1,2}(?:[-—~～至]\d{1,2})?月(?:份)?)"
)
CUMULATIVE = "累计"  # the period of a column of the year's figures to date, named by the caption's month
# the marker of a period named over measures (本月 | 上年同期 | …) in ``Columns.order``
_PERIOD_HEAD = "period"


def _period_of(sub: str) -> str | None:
    """The period a sub-column names: 1-10月 as written, 累计 as ``CUMULATIVE``, none for 本月 (the
    caption's month)."""
    if "累计" in sub:
        return CUMULATIVE
    return sub.replace("份", "") if sub[0].isdigit() else None


_OF = "+of:"  # in a change column's reading: the code of the measure it is the change of


def _base_how(how: str | None) -> str:
    """A change column's reading without the measure a sub-column named (``_OF``)."""
    return (how or "").split(_OF)[0]


def change_of(how: str | None) -> str | None:
    """The code of the measure a change sub-column is the change of (``Columns._fill_change_group``)."""
    return how.split(_OF)[1] if how is not None and _OF in how else None


def _column(text: str, percent: list[str], bare: list[str]) -> list[tuple[ColumnKind, str | None]]:
    """The column a header cell opens (none for a cell holding only a unit: 微克/立方米)."""
    words = text.replace(" ", "")
    if _NAMES_COLUMN_RE.match(words):
        return [("other", _NAMES_COLUMN)]  # 首要污染物: the pollutants' names, not their share
    if _RANK_WORD_RE.search(words) and _CHANGE_COLUMN_RE.search(words):
        return [("other", None)]  # 同比名次变化情况: a change of rank, not of the value before it
    if _CHANGE_COLUMN_RE.search(words):
        # 改善幅度(%): a positive value is an improvement, which way that goes depends on the figure
        # (a 改善率 column is the signed change itself: 改善率 -5.1 is a fall, as bulletins print it)
        how = ("judged" if "改善幅度" in words else "") + (
            "+yoy" if re.search("同比|[上去]年同期", words) else ""
        )
        # 降幅(%) / 下降率(%): a column of falls, where 6.3 is a fall of 6.3%
        how += "+fall" if _FALL_COLUMN_RE.search(words) else ""
        how += "" if re.search(r"%|％|百分", words) else "+unitless"  # 同比变化: the unit is the figure's
        return [("change_points" if "百分点" in words else "change_percent", how or None)]
    if percent and ("%" in words or not bare):
        return [("percent", percent[0])]
    if bare:
        return [("bare", bare[0])]
    if _KEY_RE.match(words):
        return [("key", None)]
    if _UNIT_ONLY_RE.match(words):
        return []
    generic = _generic_header(words)
    if generic is not None:
        # 国控断面数(个) / 罚款金额(万元) / 完成率(%): a column of figures no catalog code names
        return [("other", f"{GENERIC}{generic.group('unit')}{GENERIC}{generic.group('what')}")]
    counted = _COUNTED_RE.fullmatch(words)
    if counted is not None:
        # 国控断面数 / 问题数量 / 人数: a column of counts that names no unit
        return [("other", f"{GENERIC}{'人' if counted.group('people') else '个'}{GENERIC}{words}")]
    return [("other", None)]


def generic_column(code: str | None) -> tuple[str, str] | None:
    """The unit and the words of a column of figures no catalog code names (``_column``)."""
    if code is None or not code.startswith(GENERIC):
        return None
    unit, _, what = code[len(GENERIC) :].partition(GENERIC)
    return unit, what


def named(text: str) -> tuple[list[str], list[str]]:
    """The percentage codes and the bare-number codes a header cell names (a column of changes,
    综合指数变化率, or of counts, 国考断面数(个), names none)."""
    if (
        _CHANGE_COLUMN_RE.search(text)
        or _COUNT_COLUMN_RE.search(text)
        or _NAMES_COLUMN_RE.match(text.strip())
    ):
        return [], []
    bare = codes_in_order(text, "concentration") + codes_in_order(text, "index")
    return codes_in_order(text, "percent"), bare


_CAPTION_LENGTH = 80  # characters: a caption is a short line


def caption_gives_micrograms(text: str, start: int) -> bool:
    """Whether the caption on the line above a table starting at ``start`` (表1 各市主要污染物浓度
    （微克/立方米）及同比变化率) names the unit of concentrations: a short line, not a sentence."""
    before = text[:start].rstrip()
    caption = before[before.rfind("\n") + 1 :]
    return (
        len(caption) <= _CAPTION_LENGTH
        and "。" not in caption
        and _CONCENTRATION_UNIT_RE.search(caption) is not None
    )


def is_period_row(text: str) -> bool:
    """A row key that is a year or a month (2016年, 2016年度, 3月, 1-3月, 2024年5月)."""
    m = PERIOD_ROW_RE.fullmatch(text)
    return m is not None and bool(m.group("year") or m.group("month"))


def is_row_name(text: str) -> bool:
    """A place (兴化市, 医药高新区 (高港区), 盐城市), not a header word or a pollutant named in a cell."""
    if _CHENG_CITY_RE.fullmatch(text):
        return True  # 盐城市 / 运城市: a city whose name ends in 城, not the header word 城市
    return (
        _NAME_RE.match(text) is not None
        and not _HEADER_WORD_RE.search(text)
        and _KEY_RE.match(text.strip()) is None  # 设区市 / 地级市: the header over the names
        and not any(named(text))
        and _generic_header(text) is None  # 罚款金额(万元): a column's words and unit, no place
        and _COUNTED_RE.fullmatch(text.strip()) is None  # 处罚人数: a column of counts, no place
        and _MEASURED_RE.search(text.strip()) is None  # 处罚金额 / 降水量: a column of amounts
    )


def _generic_header(text: str) -> re.Match[str] | None:
    """The words and unit of a header cell over figures no catalog code names, if it is one."""
    m = _GENERIC_COLUMN_RE.fullmatch(text.replace(" ", "").strip())
    return m if m is not None and m.group("unit") in GENERIC_UNITS else None


_CHENG_CITY_RE = re.compile(r"\s*[*＊※△▲]?[\u4e00-\u9fff]城市[*＊※△▲]?\s*")
