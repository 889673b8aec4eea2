"""The catalog code of a level figure: from the words naming it, else from its context.

In order: a ``分别`` list hands out the codes its members name; the words before the number name
a code; a subject that names no quantity of its own (比例为93.4%, 实际为86.8%, 珠三角区域平均为84.5%,
扣除沙尘影响后为81.9%, 108年年平均值下降至15.1) takes the code its own clause, an earlier
clause, an earlier sentence of the paragraph or the heading names for the same unit kind; a
water-quality share takes the code of the water body it is about (``water``).
"""

from __future__ import annotations

import re

from models.records import Indicator
from scrapers.extract import respectively as respectively_
from scrapers.extract.catalog import GENERIC_BY_KIND, catalog_by_code, higher_is_better
from scrapers.extract.naming import codes_in_order, match_code, vetoed
from scrapers.extract.numbers import UNITS, to_base
from scrapers.extract.quantities import Mention
from scrapers.extract.segments import Segment
from scrapers.extract.sentence import Sentence
from scrapers.extract.topic import network_only, water_body, without_titles
from scrapers.extract.water import TROPHIC_RE, water_code

# A water-quality class (Ⅳ类, 劣四类, 二类) names what a bare 比例 after it is about.
_CLASS_RE = re.compile(r"[IVⅠⅡⅢⅣⅤ]+类|[一二三四五]类")
# 各项指标均值符合Ⅲ类水质标准: the standard what was measured meets, which counts no class's sites
_CLASS_STANDARD_RE = re.compile(r"(?:[IVⅠⅡⅢⅣⅤ]+类|[一二三四五]类)(?:水质|水)?标准")
_SITES_COUNTED_RE = re.compile(r"\d+\s*(?:个|条|座|处)")
# What a subject may hold and still name no quantity: measure words, places, periods, linking
# words, versions of the same figure (实际, 扣除沙尘…后).
_BARE_PART_RE = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*年前|"  # 从10年前40多微克: how long ago
    r"[(（]\d{2,4}[)）]\s*年|按[^，,。；;()（）\d]{1,12}?(?:计算|统计|评价|测算|核算)(?:后)?|扣除沙尘(?:异常超标天|异常重污染天|异常(?:超标)?天数|天|影响)?后|剔除沙尘(?:影响)?后|(?:扣除|剔除)[\u4e00-\u9fff]{1,14}?(?:影响|因素|背景值)(?:影响)?后?|(?:大幅度?|明显|显著|持续|稳步|逐步|逐年)?(?:再|又|进一步)?(?:下降|降低|上升|提高|提升|改善|降|升)(?:至|到)|从|由|(?:相|同)?(?:较|比)[^，,。；;\d]{0,6}?(?:(?:19|20)?\d{2,3}\s*年|上年|去年|前一年|上一年)(?:同期)?|(?:19|20)?\d{2,3}\s*年(?:度)?|\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月(?:份|底|末|初)?"
    r"|(?:去年|上年|前年)(?:同期)?|(?:地级|县级|省级|市级|乡镇级|设区)(?:及)?(?:以上)?(?:城市|市)?|年平均值|年平均|年均值|平均值|平均|年均|月均|均值|浓度|比例|比率|占比|达标率|水质|分别|实际|区域|地区|城市|全市|全省|全区|全县"
    r"|市区|城区|其中|同期|本月|当月|每市|每个城市|各市|仅|只|则|约|之|值|为|是|达到|达|至|均|占|了|和|及|与|[的，,、()（）\s~～]"
    # when (目前, 今(112)年), a word referring back (这一数字), the rest of a list of places (其余18个市(州))
    r"|目前|当前|现已|已经|已|今年|今(?=\s*[(（])|本年度?|(?:其)?余|其他|(?:这一|该|此)(?:数字|数值|数据|指标|比例|比率|浓度|值)"
    # 今年1—10月进一步降至25.3微克: how it went on
    r"|进一步|首次|再次|又|并列"
    # 东林市最高（97.8%），南川市最低（85.2%）: a place's superlative of the figure just named
    r"|(?:最|较)(?:高|低|好|差|优|佳)"
    # 2017年上半年微增到101天 / 2019上半年攀升至117天: a later period of the series, and how it moved
    r"|(?:(?:19|20)\d{2})?(?:[上下]半年|第?[一二三四]季度|前三季度)"
    # 月均值范围为17~44微克/立方米: the range's words and its near end
    r"|(?:范围|区间)(?:为|在|是)?\s*(?:\d+(?:\.\d+)?\s*[~～\-—至到])?"
    r"|(?:微|小幅|大幅)?(?:增加|增长|减少|攀升|回升|回落|微增|增|减)(?:至|到)|攀(?=升?$)"
    # 但在2021年却微幅增加为13.6: what it became, against the trend
    r"|^但|却|在(?=\s*(?:19|20)\d{2}\s*年)|(?:微幅|小幅|略有|略)?(?:增加|减少|上升|下降|降低|提高|回升)为"
    r"|以(?=\s*$)"  # 乙省则以57.9%位居第四: the figure a rank is held with
    r"|^而"  # 2016年为41微克，而2015年为46微克: the other of two figures set side by side
    # 年均浓度控制在了29微克: where the level was held
    r"|(?:控制|保持|稳定|维持)(?:在|于)(?:了)?"
    # 截至3月6日平均浓度为52.0: up to which day
    r"|(?:截至|截止)(?:到)?|\d{1,4}\s*日(?!均)"  # 截至36日: a mirror lost the 月
    # 从2015年的64.5%…提升到2024年的90.4% / 亦从23.7微克/立方公尺改善至16.4: the value it came from
    r"|(?:(?<=的)|(?<=[从由之]))\s*\d+(?:\.\d+)?\s*(?:[%％]|微克/立方(?:米|公尺)|μg/m3)|亦|也"
    r"|每立方米"  # 年均浓度为每立方米64微克: the unit written before the number
    r"|(?:非)?(?:环保)?重点城市"  # 其他8个非重点城市均为100%: which cities, not what is measured
    r"|(?:\d+\s*个(?:非)?(?:环保)?(?:重点|设区|地级)?(?:市|县|区|州|盟|城市)|(?:市|县|区)(?=[(（]))(?:[(（][市州县区盟、]{1,5}[)）]?)?"
    # 甲市、乙市改善较大，同比分别下降…: a judgement of which places moved most names no quantity
    r"|(?:改善|好转|变好|下降|上升|反弹|恶化|变差)(?:幅度)?(?:较大|最大|较多|最多|明显|显著|较快|最快)"
)


# A place opening the subject (珠三角区域, 闽东南区域, 经开区), never a word inside it (酸雨城市).
_LEAD_PLACE_RE = re.compile(
    r"^(?:中国|我国|全国|(?:长三角|珠三角|京津冀|汾渭平原|成渝)?(?:[\u4e00-\u9fff]{1,4}(?:区域|地区|片区|流域)"
    # (not 臭氧全市: a pollutant named before 全市 is what is measured)
    r"|(?!臭氧|二氧化|一氧化|细颗粒|可吸入|空气|优良)[\u4e00-\u9fff]{2,3}(?<!城)(?:市|省|县|区|州|盟)(?![\u4e00-\u9fff]{0,2}城市)"
    r"|[南北中高竹嘉]市(?![\u4e00-\u9fff]{0,2}城市)))?"  # Taiwan's short city names: 南市, 北市, 中市
)


# Which place a figure is about, picked out by rank (最差的县(市、区)为乙县, 恶化幅度最大的区为丙区):
# it says where, not what, so the figure is the one its context names.
_SELECTED_PLACE_RE = re.compile(
    r"(?:(?:改善|恶化|下降|上升|变化)?幅度)?(?:最|较)(?:好|差|佳|优|高|低|大|小|多|少)的?"
    r"(?:县[(（]市、区[)）]|区县|县区|城市|地区|区|县|市)?(?:为|是)(?P<place>[\u4e00-\u9fff]{1,6}?(?:区|县|市|州|旗|盟))"
    r"(?:恶化|改善|下降|上升)?\s*[(（]?$"
    # 其中甲市最高，为96.4% / 乙市最低为83.1%: the place first, then the superlative
    r"|(?:^|(?<=[，,、]))(?:其中)?[，,]?(?P<first>[\u4e00-\u9fff]{1,6}?(?:区|县|市|州|旗|盟))(?:平均)?(?:浓度)?"
    r"(?:最|较)(?:好|差|佳|优|高|低)[，,]?\s*(?:为|是)?\s*[(（]?\s*$"  # 崇明区平均浓度最低(21.1…)
)


def selected_place(subject: str) -> str | None:
    """The place a subject picks out by rank (恶化幅度最大的县为乙县恶化 -> 乙县), or None."""
    m = _SELECTED_PLACE_RE.search(subject)
    return (m.group("place") or m.group("first")) if m else None


# Marks and a leading 其中 at the subject's edges (not the characters 其 / 中 of 中国, 其余).
# 其中, 其次(依序)为, 同样以…: words that open a clause about another place of the same figure
_EDGE_RE = re.compile(
    r"^[\s，,、)）]*(?:其中|(?:其次|次之|再次)(?:依序|依次)?(?:为|是)?|次(?:依序|依次)?(?:为|是)|(?:同样|同时|也|亦)?以(?=[\u4e00-\u9fff]{1,6}?[市县区州]))?[\s，,、]*"
    r"|[\s，,、()（）]+$"  # 乙县、丙县并列(21微克: the bracket opening on the value
)


# 甲市、乙市、丙市分别为28、30、35微克: a list of places (with 分别 or 均 and the verb) names where.
_PLACE_NAME = r"[\u4e00-\u9fff]{1,8}?(?:市|县|区|州|盟|旗|省|地区|流域)|[\u4e00-\u9fff]{2,3}"
_PLACE_LIST_RE = re.compile(
    rf"^(?:{_PLACE_NAME})(?:[、和及与](?:{_PLACE_NAME}))+(?:分别|均|并列)?(?:为|是|达到|达)?$"
)


def is_bare(subject: str) -> bool:
    """Whether ``subject`` names no quantity of its own: with a place opening it (or a place
    picked out by rank closing it) set aside, only the words of ``_BARE_PART_RE`` are left; or it
    is only a list of places."""
    rest = _SELECTED_PLACE_RE.sub("", _EDGE_RE.sub("", subject))
    if (
        _PLACE_LIST_RE.match(rest)
        and match_code(rest, "concentration") is None
        and match_code(rest, "percent") is None
    ):
        return True
    return not _BARE_PART_RE.sub("", _LEAD_PLACE_RE.sub("", rest, count=1))


def level_code(s: Sentence, m: Mention, naming: str, kind: str, subject: str, drafts: list[Indicator]) -> str:
    """The code of the level figure ``m``; ``naming`` is the text before it in its clause."""
    # SO2、PM10达到国家日均二级标准的天数比例: one pollutant's compliant days, no catalog share
    if kind == "percent" and (_POLLUTANT_DAYS_RE.search(naming) or _list_head_says(s, m, _POLLUTANT_DAYS_RE)):
        return GENERIC_BY_KIND.get(kind, kind)
    if kind == "percent" and _SHARE_OF_PEOPLE_RE.match(s.text, m.end):
        return GENERIC_BY_KIND[kind]  # 约60%的人口以地下水为主要饮用水源: a share of people or land
    if kind == "percent" and _SHARE_OF_PLACES_RE.match(s.text, m.end):
        return GENERIC_BY_KIND[kind]  # 58.3%的市(地)达标天数比例上升: a share of the places
    state = _STATE_AFTER_RE.match(s.text, m.end) if kind == "percent" else None
    if state is not None and match_code(state.group(), kind) is None:
        return GENERIC_BY_KIND[kind]  # 湖库中有31.6%处于轻度富营养状态: the share in that state
    if kind == "percent" and _SHARE_OF_REPORTS_RE.search(naming):
        return GENERIC_BY_KIND[kind]  # 占涉水举报的47.3%: a share of the complaints
    if kind == "percent" and _SHARE_OF_CATEGORY_DAYS_RE.search(naming):
        return GENERIC_BY_KIND[kind]  # 1月重污染天数占全年重污染总天数的61.2%: a part of those days
    if kind == "percent" and _ECO_QUALITY_CLASS_RE.search(naming):
        return GENERIC_BY_KIND[kind]  # 生态质量为一类、二类的县域面积占…61.2%: land by ecological class
    if kind == "percent" and _EACH_TAKES_RE.search(naming):
        return GENERIC_BY_KIND[kind]  # 甲、乙和丙三项指标的排名各占25%: a weight each
    listed = _listed(s, m, kind, drafts)
    if listed is not None and not plausible(listed, m):
        return GENERIC_BY_KIND.get(kind, kind)
    if listed is not None and kind == "percent":
        # Ⅰ~Ⅲ类、Ⅳ~Ⅴ类、劣Ⅴ类水库分别占…: the head noun closing the list is every member's body
        respectively = s.text.rfind("分别", s.seg.start, m.start)
        head = s.text[respectively_.list_start(s.text, s.seg.start, respectively) : respectively]
        if listed == GENERIC_BY_KIND.get(kind) and (
            _ONE_CLASS_LIST_RE.search(head)
            # 属于优良水质的Ⅰ、Ⅱ、Ⅲ类断面分别占…: the members are the classes themselves
            or respectively_.classes_only(respectively_.members_before(s.text, s.seg.start, respectively))
        ):
            return listed  # 一类、二类海水面积比例分别为…: one class's share each, no body's good share
        return water_code(listed, head, bodies_in_view(s, m.start)) or listed
    if listed is not None:
        return listed
    if kind == "days" and (
        _ONE_GRADE_AFTER_RE.match(s.text, m.end)
        or _ONE_GRADE_BEFORE_RE.search(naming)
        or _GOOD_GRADE_AFTER_EXCELLENT_RE.search(s.text, max(m.start - 40, s.full.start), m.start)
        # 空气质量为“优”的天数，2019年是81天: a bare year's value under one grade's days
        or (is_bare(subject) and _ONE_GRADE_BEFORE_RE.search(_series_head(s, m.start)))
    ):
        # 其中9天为优、14天为良 / (优29天 / 优级天数为8天、良好天数为19天: days of one grade only
        return GENERIC_BY_KIND.get(kind, kind)
    if kind == "days" and (dust := _DUST_PART_RE.search(s.text, max(m.start - 16, 0), m.start)) is not None:
        counted = next((d for d in reversed(drafts) if d.end <= dust.start() + len(dust.group("n"))), None)
        if (
            counted is not None
            and counted.unit_base == "days"
            and not catalog_by_code()[counted.code].generic
        ):
            return counted.code  # 重污染2天(含1天沙尘影响): the dust-caused part of the same count
    if kind == "days" and _THE_REST_BEFORE_RE.search(naming):
        return GENERIC_BY_KIND[kind]  # …中，重度污染2天，其余27天为轻度和中度污染: the other days
    if kind == "days" and _EXCEEDED_AFTER_RE.match(s.text, m.end):
        return GENERIC_BY_KIND[kind]  # 全年27天超标，其中21天…，6天为二氧化硫: days over the standard
    if kind == "percent" and (
        _ONE_CLASS_RE.match(naming)  # 水质优良，一类32.3%，二类49.2%: one class's share each
        or _ONE_GRADE_SHARE_RE.search(naming)  # 其中一级达标天数比例为48.4%: the excellent days' share
        or _list_head_says(s, m, _ONE_GRADE_SHARE_RE)  # 轻度污染天数比例分别为10.7%、25.0%
        # 其中一级达标天数比例为58.1%，二级达标天数比例为41.9%: grade II alone, after grade I's share
        or (
            _SECOND_GRADE_SHARE_RE.search(naming) is not None
            and _ONE_GRADE_SHARE_RE.search(s.text, s.full.start, s.clause_of(m.start).start) is not None
        )
        # 良级天数258天，占比70.8%: the share of the grade just counted
        or (
            subject.startswith("占")
            and _ONE_GRADE_COUNT_RE.fullmatch(s.previous_clause(s.clause_of(m.start)))
        )
        or _GRADE_COUNT_BRACKET_RE.search(s.text, max(m.start - 30, 0), m.start)
        is not None  # 超标天数为77天(占21.1%
    ):
        return GENERIC_BY_KIND.get(kind, kind)
    # …指标(O3取日最大8小时值)依次为NO2 17μg/m3: a pollutant named right before the number, not the
    # one an aside before it explains
    named_here = _POLLUTANT_RIGHT_BEFORE_RE.search(s.text, max(m.start - 8, 0), m.start)
    code = match_code(named_here.group(), kind) if named_here is not None else None
    code = code or match_code(without_titles(naming), kind) or _one_listed_code(s, m, kind)
    if kind == "percent" and _INTO_RED_LINE_RE.match(s.text, m.end):
        # 近岸海域面积的28.4%划入海洋生态保护红线: the red line's share, whatever area it is of
        code = match_code("生态保护红线", kind) or code
    if code is None and kind == "area":  # 划定2.4万平方千米生态保护红线: the name right after it
        code = match_code(s.text[m.end : min(m.end + 12, s.clause_of(m.start).end)], kind)
    if code is None and kind == "percent" and is_bare(subject) and _SHARE_OF_NOUN_RE.match(s.text, m.end):
        # …，约90%的典型陆地生态类型、85%的野生动物种群被纳入保护范围: a share of the noun
        # written after it, not a figure of what the sentence before was about
        return GENERIC_BY_KIND.get(kind, kind)
    if kind == "percent" and (sites := _SHARE_OF_SITES_AFTER_RE.match(s.text, m.end)) is not None:
        # 干流有92%以上的断面达到Ⅱ类以上水质: the share of the sites, named by the class after it
        return match_code(sites.group(), kind) or GENERIC_BY_KIND[kind]
    if (
        code is None
        and kind == "percent"
        and not naming.strip(" ，,、约近超")
        and _WORDS_AFTER_RE.match(s.text, m.end)
    ):
        # …，15%近岸海域水质劣于第四类海水水质标准 / 77%处于亚健康状态: the words after name it
        after = s.text[m.end : s.clause_of(m.start).end]
        return match_code(after, kind) or GENERIC_BY_KIND.get(kind, kind)
    share_of_before = kind == "percent" and (
        subject.startswith("占") or naming.strip(" ，,").startswith("占")
    )
    before = s.previous_clause(s.clause_of(m.start)).strip() if share_of_before else ""
    if share_of_before and TROPHIC_RE.search(before):
        return GENERIC_BY_KIND[kind]  # 以中营养状态断面为主，占58.0%: a trophic state's share
    if share_of_before and _ends_with(_ONE_CLASS_COUNT_RE, before):
        if _WORSE_THAN_IV_RE.search(before):
            return "coastal_worse_than_class_iv_ratio"  # 劣于第四类…海域面积N平方公里，占…的X%
        if _WORSE_THAN_V_RE.search(before):
            return "worse_than_class_v_ratio"  # 劣Ⅴ类水质断面5个，占2.8%: the worst class's share
        return GENERIC_BY_KIND[kind]  # Ⅱ类水质断面1个，占总断面数的7.7%: that one class's share
    if share_of_before and _ends_with(_GOOD_RANGE_COUNT_RE, before):
        return (
            water_code("surface_water_good_ratio", naming, bodies_in_view(s, m.start))
            or "surface_water_good_ratio"
        )
    if (
        kind == "percent"
        and subject.strip() == "占"
        and _GOOD_CLASS_COUNTS_RE.fullmatch(s.previous_clause(s.clause_of(m.start)).strip())
    ):
        code = "surface_water_good_ratio"  # Ⅱ类水质断面20个、Ⅲ类2个，占95.7%: the good classes' share
    if code is None and _list_names_other_measure(s, m, kind):
        return GENERIC_BY_KIND.get(kind, kind)
    whole = _WHOLE_RE.fullmatch(subject.strip()) is not None
    if is_bare(subject) or whole or (code is None and subject.startswith("占")):
        # 占全省国土面积的6%: a share of a whole it names is of the clause right before it
        named_whole = subject.startswith("占") and (
            len(subject.strip("占为的 ")) > 1 or _after_a_count(s, m.start)
        )
        decided, earlier = _code_of_earlier_clauses(s, m.start, kind, nearest_only=named_whole)
        if earlier is not None and subject.startswith("占") and _cities_counted_before(s, m.start, earlier):
            return GENERIC_BY_KIND.get(kind, kind)  # 9个城市空气质量达标，占42.9%: a share of the cities
        if earlier is not None and _GOOD_RATE_RE.search(subject) and not higher_is_better(earlier):
            earlier = None  # 劣Ⅴ类水质占6.2%，达标率为61.4%: a rate of meeting, not the bad share
        own = _code_of_own_clause(s, m.start, naming, kind)
        # 4个断面为劣Ⅴ类，占监测断面总数的50.0%: the whole's name says of what, not which share
        code = (earlier or own or code) if whole else (own or earlier or code)
        if not decided and not subject.startswith("占"):  # 占1.4% is a share of what was just counted
            if _BY_PLACE_LEAD_RE.match(s.text, s.span.start):
                # …总达标率为81.4%。¶各城市中，甲市为100%: a paragraph taking the figure before it city
                # by city goes on from it, whatever the heading above names
                code = code or s.topic.carried_code(kind)
            code = code or s.topic.code(kind)
            if kind == "concentration":  # …PM10年平均浓度为79微克/立方米。¶甲市(67微克/立方米)…
                code = code or s.topic.changed_code(kind)  # one pollutant's paragraphs go on
        if (
            kind == "percent"
            and drafts
            and drafts[-1].unit_base in ("yuan", "m3")
            and _SHARE_WORD_RE.search(subject)
        ):
            # …投资补助0.49亿元，全省占比7.1% / 自甲水库取水0.52亿立方米，占比6.9%: a share of the
            # sum or volume just stated
            return GENERIC_BY_KIND[kind]
        if code is not None and higher_is_better(code) and _after_a_negation(s, m.start):
            code = None
    if (
        kind == "percent"
        and code in (None, GENERIC_BY_KIND[kind])
        and _after_days_by_grade(s, m.start, subject)
    ):
        code = "good_air_days_ratio"  # 共有6天一级优，19天二级良，3天轻度污染，达标率为86.2%
    if code is None and not subject:
        code = _named_after(s, m, kind)  # 89.4%，这是2023年全国地表水水质优良断面比例
    if code is None and not subject and kind in ("concentration", "percent", "days"):
        same_unit = next((d for d in reversed(drafts) if d.unit_base == UNITS[m.unit].base), None)
        code = same_unit.code if same_unit is not None else None
    if kind == "percent":
        code = water_code(code, naming, bodies_in_view(s, m.start))
        code = water_not_air(s, m.start, naming, code)
    if code is not None and not plausible(code, m):
        code = None
    return code or GENERIC_BY_KIND.get(kind, kind)


# The size of a change opening a list of places' values (下降幅度较大的是甲区(41微克/立方米)、…),
# with no 浓度 after it: those values are changes, not levels.
_SIZE_OF_CHANGE_RE = re.compile(
    r"(?:(?:下降|上升|改善|恶化|降低|升高|变化|增加|减少)(?:幅度|范围)|降幅|升幅|增幅|减幅)[^浓]*$"
)


def sizes_a_change(s: Sentence, m: Mention) -> bool:
    """Whether the concentration ``m`` is how much a place's level changed: its clause opens with
    the size of a change (上升幅度分别为甲区8微克/立方米、乙区5…) and names no 浓度 after it."""
    return _SIZE_OF_CHANGE_RE.search(s.text, s.clause_of(m.start).start, m.start) is not None


_THE_REST_BEFORE_RE = re.compile(r"(?:其余|其他|其它|剩余)(?:的)?\s*$")
_EXCEEDED_AFTER_RE = re.compile(
    r"\s*(?:的)?(?:超标|(?:首要污染物)?(?:为|是)(?:首要污染物|细颗粒物|可吸入颗粒物|臭氧|二氧化硫|二氧化氮|一氧化碳"
    r"|PM|O\s*3|NO\s*2|SO\s*2|CO))"
)  # (其中5天首要污染物为PM2.5: the days of one primary pollutant)
# 9天为优 / 优29天 / 轻度污染12天 / 超标34天: days of one grade, not the good (优良) days.
_ONE_GRADE_AFTER_RE = re.compile(r"\s*(?:为|是|达到|达)?\s*(?:优|良)(?![良\u4e00-\u9fff]{0,1}[天数比率])")
_GOOD_GRADE_AFTER_EXCELLENT_RE = re.compile(
    r"优(?:级)?(?:天数)?\s*(?:为|有)?\s*\d+\s*天\s*[、，,；;]\s*良(?:好|级)?(?:天数)?\s*(?:为|有)?\s*$"
)
_ONE_GRADE_BEFORE_RE = re.compile(
    r"(?:(?<![优])(?<!优、)(?<!优和)[“\"「]?(?:优秀?|良)[”\"」]?|轻度污染|中度污染|超标|(?<![度重上])污染|沙尘|(?<![度及])严重)(?:级)?(?:的)?(?:天数)?\s*(?:为|是|有)?\s*$"  # (优、良天数: both)
)


_SHARE_OF_REPORTS_RE = re.compile(
    r"占[^，,。；;\d]{0,12}?(?:举报|投诉|信访|案件|来电|来信)(?:总[量数])?的?\s*$"
)
_SHARE_OF_CATEGORY_DAYS_RE = re.compile(
    r"占(?:全年|全部|同期)?(?:的)?(?:重污染|重度及以上污染|重度污染|优良|超标|污染)(?:总)?(?:天数|日数)的?\s*$"
)
# 生态质量为一类、二类的县域 / 生态状况为“优”“良”的县域: classes of ecological quality, not of water
_ECO_QUALITY_CLASS_RE = re.compile(
    r"生态(?:环境)?(?:质量|状况)(?:等级)?(?:为|是|达到|属于)?[^，,。；;\d]{0,12}?(?:类|级|优|良)"
)
# 2019年是81天 / 2020年为97天: one year's value of a series whose head a clause before names
_YEAR_VALUE_RE = re.compile(r"\s*(?:19|20)\d{2}\s*年(?:度)?\s*(?:是|为|有|达到?)\s*\d+(?:\.\d+)?\s*天\s*")


def _series_head(s: Sentence, pos: int) -> str:
    """The clause before ``pos`` that is not one year's value of a series (its head)."""
    own = s.clause_of(pos)
    for clause in reversed([c for c in s.clauses if c.end <= own.start and c.start >= s.full.start]):
        words = s.text[clause.start : clause.end].rstrip(" ，,")
        if not _YEAR_VALUE_RE.fullmatch(words):
            return words
    return ""


_POLLUTANT_DAYS_RE = re.compile(
    r"(?:SO2|NO2|PM10|PM2\.5|CO|O3)[^，,。；;]{0,24}?(?:达到|达|超过|超)[^，,。；;]{0,12}?标准的?天数(?:比例|比率|占比)"
)
_ONE_CLASS_LIST_RE = re.compile(r"(?:[一二三四五ⅠⅡⅢⅣⅤ]类(?:海水|水质)?[、和及与])+[一二三四五ⅠⅡⅢⅣⅤ]类")
_ONE_CLASS_RE = re.compile(
    r"\s*(?:[一二三四五]类|[ⅠⅡⅢⅣⅤ]类|第[一二三四五]类|[IV]{1,3}类)(?:海水|水质|水体)?\s*(?:为|占|是)?\s*$"
)
# 其中优级天数80天 / 良 250 天 / 中度 污染 4 天 / 9天为轻度污染: one grade's days (not 优良天数)
_GRADE_WORD = r"(?:优|良|(?:轻度|中度|重度|严重)\s*(?:污染)?|超\s*标)(?:级)?"
_ONE_GRADE_COUNT_RE = re.compile(
    r"\s*(?:其中)?[，,：:\s]*(?:空气(?:环境)?质量)?(?:达)?\s*"
    rf"(?:{_GRADE_WORD}\s*(?:天数|数)?\s*(?:为|有|达)?\s*\d+\s*天|\d+\s*天\s*(?:为|是)?\s*{_GRADE_WORD})\s*"
)
_GRADE_COUNT_BRACKET_RE = re.compile(
    rf"(?<![优良])(?<!重)(?<!及以上){_GRADE_WORD}\s*(?:天数|数)?\s*(?:为|有|达)?\s*\d+\s*天\s*[（(]\s*占(?:比)?\s*$"
)
_SECOND_GRADE_SHARE_RE = re.compile(r"(?<![到于及])二级(?:达标)?天数?(?:比例|比率|占比)")
_ONE_GRADE_SHARE_RE = re.compile(
    r"(?:一级|优级|优)(?:达标)?天数?(?:比例|比率|占比)|(?<![优、])良(?:级)?天数?(?:比例|比率|占比)"
    r"|(?:轻度|中度)(?!及以上)(?:污染)?(?:、重度)?(?:污染)?天数?(?:比例|比率|占比)"  # 轻度污染天数比例 / 中度、重度…
)


# 90%的典型陆地生态类型: a noun after 的 (not 水平, 目标 …, which say how the figure stands).
# 各城市中 / 各市中 / 分城市看 / 从各地市看: a paragraph opening on the figure place by place
_BY_PLACE_LEAD_RE = re.compile(
    r"\s*(?:各(?:地级)?(?:城市|地市|市|区县|县区|县|市州|设区市)中|(?:分|从)(?:各)?(?:城市|地市|市|区县|县区|市州|设区市)(?:来)?看)"
)
# 重污染2天(含1天沙尘影响): the part of a count of days a bracket gives
_DUST_PART_RE = re.compile(r"(?P<n>\d+\s*天)\s*[(（]\s*(?:其中)?(?:含|包括|包含)\s*$")
# …31.6%处于轻度富营养状态 / …15%属于轻度污染: what state the share is in, named after it
_STATE_AFTER_RE = re.compile(r"\s*(?:处于|属于)[^，,。；;！？\n\d]{1,16}?(?:状态|水平|等级|级别|营养化?)")
# (not 78.3%、80%和75.0%: the 和 of a list of values goes on to the next value)
_SHARE_OF_SITES_AFTER_RE = re.compile(
    r"\s*(?:以上|左右)?的(?:断面|监测断面|点位|测点)[^，,。；;！？\n\d]{0,8}?(?:达到|为|优于|好于|符合)[^，,。；;！？\n\d]{0,16}"
)
_WORDS_AFTER_RE = re.compile(
    r"[ \t\u3000]*(?!以上|以下|左右|以内|之间|上下|多|的|[和及与或]\s*\d)[\u4e00-\u9fff]"
)
_SHARE_OF_PLACES_RE = re.compile(
    r"\s*的\s*(?:城市|地市|设区市|市|县|区县|县区|县\(市、区\)|区|市\s*[(（]\s*地\s*[)）]|市州)(?![\u4e00-\u9fff]{0,2}(?:面积|人口))"
)
_SHARE_OF_NOUN_RE = re.compile(
    r"\s*(?:以上|左右)?的(?!水平|目标|标准|要求|高位|历史|新高|新低|好成绩|成绩)[\u4e00-\u9fff]"
)


_SHARE_WORD_RE = re.compile(r"占比|比重|份额")
_EACH_TAKES_RE = re.compile(r"各占\s*$")
_GOOD_RATE_RE = re.compile(r"达标率|优良率|达标比例")
# 60%的人口 / 90%以上的农村人口 / 30%的耕地: a share of the people or the land named after it,
# whatever the words after say they do (…以地下水为主要饮用水源 is no water quality).
_SHARE_OF_PEOPLE_RE = re.compile(
    r"\s*(?:以上|左右|多)?的[\u4e00-\u9fff]{0,4}?(?:人口|居民|群众|民众|家庭|耕地|土地|国土)"
)
# Ⅱ类水质断面1个 / Ⅳ类标准的河长31.5千米 / 劣四类海水面积8120平方公里: one class counted or measured
_ONE_CLASS_COUNT_RE = re.compile(
    r"(?:其中)?(?:劣于?)?第?(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|I|II|III|IV|V|[一二三四五])类(?:水质|水|海水)?(?:水质)?(?:标准)?(?:的)?"
    r"(?:断面|点位|水体|站位|河长|海域面积|面积)?\s*(?:有|为|共)?\s*\d+(?:\.\d+)?\s*(?:个|千米|公里|平方公里)"
)


_WORSE_THAN_IV_RE = re.compile(r"劣于?第?(?:四|IV|Ⅳ)类")
_WORSE_THAN_V_RE = re.compile(r"劣于?第?(?:五|V|Ⅴ)类")


def _ends_with(pattern: re.Pattern[str], clause: str) -> bool:
    """Whether ``clause`` is, or ends on a sentence of, what ``pattern`` matches (a mirror's ASCII
    full stop does not cut a clause: …总体为 良 .Ⅰ~Ⅲ类的断面有21个)."""
    return any(
        pattern.fullmatch(_LEAD_YEAR_RE.sub("", clause[cut:].strip(" .．(（")))
        for cut in [0, *(m.end() for m in _STOP_IN_CLAUSE_RE.finditer(clause))]
    )


_STOP_IN_CLAUSE_RE = re.compile(r"[.．。]\s*(?!\d)")
_LEAD_YEAR_RE = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?|全[省市县区]|我[省市县区])+")
# Ⅰ~Ⅲ类的断面有21个，占87.5%: the good classes' count, then their share
_GOOD_RANGE_COUNT_RE = re.compile(
    r"(?:其中)?(?:符合)?(?:Ⅰ|I)\s*[~～\-—至]\s*(?:Ⅲ|III)类(?:水质)?(?:的)?(?:断面|点位|水体)\s*(?:有|为|共)?\s*\d+\s*个"
    # 水质符合Ⅲ类标准及以上的断面有47个: class III or better, said from its lower end
    r"|(?:其中)?(?:水质)?(?:类别)?(?:符合|达到)?(?:Ⅲ|III)类(?:水质)?(?:标准)?(?:及以上|以上)(?:的)?"
    r"(?:断面|点位|测点|监测点|水体)\s*(?:有|为|共)?\s*\d+\s*个"
)
# Ⅰ类3个、Ⅱ类20个、Ⅲ类2个: counts of classes that are all good (no Ⅳ, Ⅴ or 劣).
_GOOD_CLASS_COUNTS_RE = re.compile(
    r"(?:其中)?(?:(?:Ⅰ|Ⅱ|Ⅲ|I|II|III)类[^，,。；;、\dⅣⅤ劣]{0,8}?\d+\s*个[、和及]?){2,3}"
)
# 占监测断面总数的 / 占全省国土总面积的: a share's words that only name the whole it is of.
_WHOLE_RE = re.compile(
    r"占[^，,。；;\d]{0,16}?(?:总(?:数|量|和|面积|长度|个数)|国土面积|海域面积|岸线|面积)的?"
)
# …富营养化的2个，占6.7%: a share right after a count is a share of what was counted.
_COUNT_END_RE = re.compile(r"\d\s*(?:个|座|条|家|处|项|座城市|个城市)\s*$")


_INTO_RED_LINE_RE = re.compile(r"\s*(?:的[^，,。；;\d]{0,8})?(?:纳入|划入|划为|划定为)[^，,。；;\d]{0,8}红线")
_POLLUTANT_RIGHT_BEFORE_RE = re.compile(r"(?:PM\s*2\.5|PM\s*10|SO\s*2|NO\s*2|O\s*3)\s*(?:为|是|:|：)?\s*$")
_DAYS_END_RE = re.compile(r"\d\s*天\s*$")
_CITIES_COUNTED_RE = re.compile(r"\d+\s*个(?:地级及以上)?(?:城市|地市|设区市|市|县|区县|县区|县\(市、区\))")


def _cities_counted_before(s: Sentence, pos: int, code: str) -> bool:
    """Whether the clause right before an air figure's share counts places (73个城市空气质量达标，
    占21.6%): the share is of the places, not a share of days. Water shares of counted sections
    are the water codes' own figures."""
    entry = catalog_by_code().get(code)
    if entry is None or entry.domain != "air":
        return False
    before = _clause_before(s, pos)
    if before is not None and _DAYS_END_RE.search(s.text, before.start, before.end):
        return False  # 6个地市达标天数平均为26天，占86.7%: the places average days; the share is of days
    return before is not None and _CITIES_COUNTED_RE.search(s.text, before.start, before.end) is not None


def _after_a_count(s: Sentence, pos: int) -> bool:
    """Whether the clause right before the figure's ends with a count (…的2个，占6.7%)."""
    before = _clause_before(s, pos)
    return before is not None and _COUNT_END_RE.search(s.text, before.start, before.end) is not None


def _clause_before(s: Sentence, pos: int) -> Segment | None:
    """The clause of the sentence right before the one holding ``pos``."""
    clause = s.clause_of(pos)
    earlier = [c for c in s.full_clauses if c.end <= clause.start]
    return earlier[-1] if earlier else None


# 不能满足要求的5个，占11.6% / 未达到目标的3个，比例为5%: what fails a condition is not the
# good share the context is about.
_NEGATED_RE = re.compile(
    r"不能|不满足|未满足|未达到|没有达到|不达标|未达标|污染河段|污染断面|超标河段|超标断面"
)


def _after_a_negation(s: Sentence, pos: int) -> bool:
    """Whether the figure's clause, or the clause right before it, says what fails a condition,
    about an indicator whose rise is good news."""
    clause = s.clause_of(pos)
    earlier = [c for c in s.full_clauses if c.end <= clause.start]
    start = earlier[-1].start if earlier else clause.start
    return _NEGATED_RE.search(s.text, start, pos) is not None


_IMPLAUSIBLE = 3  # a value beyond this many times the catalog's upper bound is garbled text


def plausible(code: str, m: Mention) -> bool:
    """Whether ``m`` can be a value of ``code``: a concentration in mg/m³ is carbon monoxide's,
    which has no code (the pollutants' codes are in μg/m³), and a value far beyond the catalog's
    range is a range whose dash was lost (172~188 written 172188)."""
    entry = catalog_by_code().get(code)
    if entry is None or entry.generic:
        return True
    value_base, unit_base = to_base(m.value, m.multiplier, m.unit)
    if unit_base is not None and unit_base != entry.unit_base and entry.unit_kind == "concentration":
        return False
    if entry.unit_kind != "concentration" or value_base is None or entry.max_value is None:
        return True
    return value_base <= _IMPLAUSIBLE * entry.max_value


_AIR_WORDS_RE = re.compile(r"天数|空气|AQI|大气|蓝天")


_CLASS_SPAN_RE = re.compile(r"(?:Ⅰ|I|一)\s*[~～—\-至到]\s*(?:Ⅲ|III|三)\s*类")


def water_not_air(s: Sentence, pos: int, naming: str, code: str | None) -> str | None:
    """国控断面水质…保持优良，优良率100%: 优良率 after a clause about a water body, or under a
    heading about one (三、地表水环境质量) while no air share is in view, with no word of air, is
    that body's good share."""
    if code != "good_air_days_ratio" or _AIR_WORDS_RE.search(naming):
        return code
    clause = s.clause_of(pos)
    body = water_body(s.text[s.full.start : clause.start])
    if _CLASS_SPAN_RE.search(naming):
        # 优良(Ⅰ~Ⅲ类)比例: the good classes of water, whatever body is in view (rivers when none)
        return water_code(None, "优良" + naming, [body or s.topic.water or "surface"])
    air = [m.end() for m in _AIR_WORDS_RE.finditer(s.text, s.full.start, clause.start)]
    if air and (body is None or water_body(s.text[air[-1] : clause.start]) is None):
        # 全年空气质量优良天数345天，达标率为94.52%: the sentence is about air (since its last
        # water words: …29个饮用水水源地…；城区空气质量优良天数达350天，优良率达到96.4%)
        return code
    if body is None and s.topic.code("percent") != code:
        body = s.topic.water
    return water_code(None, "优良" + naming, [body]) if body is not None else code


def bodies_in_view(s: Sentence, pos: int) -> list[str]:
    """The water bodies around ``pos``, nearest first: the clause's own words before it (太湖流域
    120个重点断面中…, where the count cuts the figure's name short), earlier clauses of the
    sentence, the paragraph so far, the heading."""
    clause = s.clause_of(pos)
    words = s.text[clause.start : pos]
    # 其中，国家考核点位优良水质比例80%: a network's points name no body when one is in view
    # (its 断面 are river sections)
    own = None if network_only(words) and "断面" not in words else water_body(words)
    before = water_body(s.text[s.full.start : clause.start])
    found = [b for b in (own, before, s.topic.water) if b is not None]
    return found or ([b] if (b := water_body(words)) is not None else [])


def _listed(s: Sentence, m: Mention, kind: str, drafts: list[Indicator]) -> str | None:
    """The code a 分别 list gives the figure, or None when it is not in one."""
    respectively = _distributing(s, m)
    if respectively < 0:
        return None
    members = respectively_.members_before(s.text, s.seg.start, respectively)
    listed = respectively_.listed_code(members, len([d for d in drafts if d.end > respectively]), kind)
    if listed is not None:
        return listed or GENERIC_BY_KIND.get(kind, kind)
    if kind == "percent" and s.text.startswith("分别占", respectively):
        # PM2.5、PM10和NO2…分别占超标天数的81.3%、13.9%: shares of a whole
        return GENERIC_BY_KIND.get(kind, kind)
    # …PM10平均浓度分别为78、83微克/立方米，细颗粒物PM2.5平均浓度分别为45、52: the names since the
    # figures before this list, not the last list's
    floor = max([s.seg.start, *(d.end for d in drafts if d.end <= respectively)])
    codes = codes_in_order(without_titles(s.text[floor:respectively]), kind)
    done = [d for d in drafts if d.end > respectively and d.unit_base == UNITS[m.unit].base]
    return codes[len(done)] if len(done) < len(codes) else None


def _list_head_says(s: Sentence, m: Mention, words: re.Pattern[str]) -> bool:
    """Whether the words before the 分别 that hands ``m`` its value match ``words``."""
    respectively = _distributing(s, m)
    return respectively >= 0 and words.search(s.text, s.seg.start, respectively) is not None


def _list_names_other_measure(s: Sentence, m: Mention, kind: str) -> bool:
    """各类功能区昼间达标率分别为95.0%、87.5%、100%: a 分别 list whose words name a measure of
    their own that no catalog code of the kind names; its later values are that measure too,
    not the figure of the paragraph's topic."""
    respectively = _distributing(s, m)
    if respectively < 0:
        return False
    head = s.text[respectively_.list_start(s.text, s.seg.start, respectively) : respectively]
    return (
        bool(head.strip())
        and not is_bare(head)
        and not codes_in_order(without_titles(head), kind)
        and _OWN_MEASURE_RE.search(head) is not None  # …达标率分别为: the list's head names a measure
    )


def _one_listed_code(s: Sentence, m: Mention, kind: str) -> str | None:
    """北京、廊坊和天津…PM2.5平均浓度分别为46、53和60: every value of a 分别 list over places
    takes the one code named before it (when its own words name none)."""
    respectively = _distributing(s, m)
    if respectively < 0:
        return None
    codes = codes_in_order(without_titles(s.text[s.seg.start : respectively]), kind)
    return codes[0] if len(codes) == 1 else None


_DIGIT_RE = re.compile(r"\d")


def _distributing(s: Sentence, m: Mention) -> int:
    """The 分别 before ``m`` that hands out values to it, or -1: one whose own clause lists no number
    (分别设立了甲、乙保护区，…占全省国土面积的6%) says who did what, not which value is whose."""
    respectively = s.text.rfind("分别", s.seg.start, m.start)
    if respectively < 0:
        return -1
    clause = s.clause_of(respectively)
    if clause.end <= m.start and _DIGIT_RE.search(s.text, respectively, clause.end) is None:
        return -1
    own = s.clause_of(m.start)
    if clause.end <= own.start and _OWN_MEASURE_RE.search(s.text, own.start, m.start):
        return -1  # …分别为98%、93.5%，农村生活污水治理率达41.2%: a later clause that names its own measure
    return respectively


_OWN_MEASURE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:率|比例|比率|占比|浓度|指数)\s*(?:为|达到|达|是|约|超过|提高到|提升至|提高至)?\s*$"
)


_NAMED_AFTER_RE = re.compile(r"\s*[，,：:]?\s*(?:这是|这就是|即|也就是)")


def _named_after(s: Sentence, m: Mention, kind: str) -> str | None:
    """A figure that opens its sentence and is named right after it (89.4%，这是…优良断面比例):
    the code the next clause names."""
    words = naming_after(s, m)
    return match_code(without_titles(words), kind) if words else None


def naming_after(s: Sentence, m: Mention) -> str:
    """The words naming a figure that opens its sentence, written after it (这是2023年全国…比例),
    or ''."""
    named = _NAMED_AFTER_RE.match(s.text, m.end)
    if s.text[s.full.start : m.start].strip(" \n") or named is None:
        return ""
    return s.text[named.end() : s.clause_of(named.end()).end]


_YEAR_IN_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?!以来|起|至|到)")


def year_named_after(s: Sentence, m: Mention) -> int | None:
    """The year written in the words naming a figure after it (89.4%，这是2023年…), or None."""
    found = _YEAR_IN_RE.search(naming_after(s, m))
    return int(found.group("y")) if found else None


# 森林覆盖率达80%(2023年): the year a figure is of, in brackets right after it.
_BRACKETED_YEAR_RE = re.compile(r"\s*[(（]\s*(?P<y>(?:19|20)\d{2})\s*年(?:度|底|末)?\s*[)）]")


def year_in_brackets_after(s: Sentence, m: Mention) -> int | None:
    """The year written in brackets right after the figure ``m``, or None."""
    found = _BRACKETED_YEAR_RE.match(s.text, m.end)
    return int(found.group("y")) if found else None


# 6天一级优，19天二级良 / 优5天、良20天 / Ⅱ级(良)21天: air days counted by grade
_GRADE = r"(?:一级|二级|I级|II级|Ⅰ级|Ⅱ级)?\s*[(（]?\s*[优良]\s*[)）]?"
_GRADE_DAYS_RE = re.compile(rf"\d+\s*天\s*(?:为)?\s*{_GRADE}(?!化)|{_GRADE}\s*(?:为|有)?\s*\d+\s*天")
_BARE_RATE_RE = re.compile(r"\s*(?:空气质量)?(?:达标率|达标比例)\s*(?:为|是|达到?)?\s*")


def _after_days_by_grade(s: Sentence, pos: int, subject: str) -> bool:
    """Whether a bare 达标率 follows air days counted by grade in its sentence: the good days' share."""
    if _BARE_RATE_RE.fullmatch(subject) is None:
        return False
    return _GRADE_DAYS_RE.search(s.text, s.full.start, s.clause_of(pos).start) is not None


def _code_of_own_clause(s: Sentence, pos: int, naming: str, kind: str) -> str | None:
    """The code the figure's own clause names before its naming words (PM2.5未达标的180个城市
    平均浓度为40: a count between them cut the naming short)."""
    clause = s.clause_of(pos)
    lead = s.text[clause.start : pos]
    lead = lead[: len(lead) - len(naming)] if lead.endswith(naming) else lead
    return match_code(without_titles(lead), kind) if lead.strip() else None


def _code_of_earlier_clauses(
    s: Sentence, pos: int, kind: str, nearest_only: bool = False
) -> tuple[bool, str | None]:
    """Whether an earlier clause of the sentence decides a bare subject's code, and the code the
    nearest one names: Ⅳ类…点位6个，比例为46.1% decides on none (the class has no code). A share
    (占6%) is of what the clause right before it names, or of nothing named."""
    clause = s.clause_of(pos)
    earlier_clauses = [c for c in s.full_clauses if c.end <= clause.start]
    for earlier in reversed(earlier_clauses[-1:] if nearest_only else earlier_clauses):
        words = without_titles(s.text[earlier.start : earlier.end])
        code = match_code(words, kind)
        if code is not None or vetoed(words, kind) or _names_a_class(words):
            return True, code
        if kind == "days" and _OTHER_DAYS_RE.search(words):
            return True, None  # 污染天月度分布为：1月5天、3月2天: days of pollution, no good days
    return False, None


def _names_a_class(words: str) -> bool:
    """Whether ``words`` name a water class as what is counted (Ⅳ类…点位6个; 有80个断面…达到或优于
    五类标准), not only as the standard a measurement meets (各项指标均值符合Ⅲ类水质标准)."""
    if _CLASS_RE.search(words) is None:
        return False
    if _CLASS_RE.search(_CLASS_STANDARD_RE.sub("", words)) is not None:
        return True  # a class named as such, not as a standard
    return _SITES_COUNTED_RE.search(words) is not None  # sites counted against the standard


# 污染天 / 超标天数 / 一级优的天数 / 优级天数: days that are not the good (优良) days
_OTHER_DAYS_RE = re.compile(r"(?:污染|超标|沙尘)(?:天|日)|(?<![优])(?<!优、)(?<!优和)优(?:级|的)天数|一级优")
