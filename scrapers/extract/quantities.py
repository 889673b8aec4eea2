"""Find number + unit mentions in a span, and sort out which of them are quantities.

A mention is a level (an indicator value), a change (同比上升4.6个百分点), or a threshold
(首次超过90%达到91.7%: the 90%). Numbers with no unit (years, hotlines, 1269), numbers inside
quotes (“八大标志性战役30个专项行动”), chemical names (PM2.5, NO2) and ordinals (第三) never
become mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from models.records import ChangeDirection
from scrapers.extract import unitless
from scrapers.extract.changes import arrives_from_previous, is_previous
from scrapers.extract.mention import Mention
from scrapers.extract.mention_lists import (
    AR,
    AR_SPACED,
    COMPARED_SIGN_RE,
    PLACE_SIGN_RE,
    continued_changes,
    extremes_named_after,
    flipped,
    is_signed,
    list_siblings,
    listed_microgram_slip,
    number_allowed,
)
from scrapers.extract.numbers import (
    ARABIC_COUNT_WORDS,
    CN_DIGITS,
    INDEX_UNIT,
    LOST_CUBE_UNITS,
    MULTIPLIABLE,
    MULTIPLIERS,
    UNITS,
    parse_number,
)
from scrapers.extract.segments import Segment, inside, quoted_regions
from scrapers.extract.years import DATED_ASIDE_RE

_CN = r"[零〇一二两三四五六七八九十百千万亿]+"
# 九十二％ / 九十九．五一％: a Chinese numeral of tens or with decimals is a percentage figure
_CN_PERCENT_RE = re.compile(r".*(?:[十廿卅百]|[点.．]).*")
_CHANGED_BY_RE = re.compile(r"(?:上升|下降|提高|提升|增加|减少|降低|增长)了?约?$")  # 增加约八％
# 十六．九微克 / 九十九点五一% / 廿二．九: a Chinese numeral with its decimals (a level, not a name)
# (a 万 or 亿 closing it is the multiplier of its unit, as after Arabic digits: 三〇八八万元)
_CN_VALUE = (
    r"[零〇一二两三四五六七八九十百千廿卅]+(?:[万亿][零〇一二两三四五六七八九十百千]+)*"
    r"(?:[点.．][零〇一二两三四五六七八九]+)?"
)
_POINTS = ("个百分点", "百分点", "个百分比")  # 个百分比: a common slip for 个百分点
_MULT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_UNIT = "|".join(
    r"\s?".join(re.escape(ch) for ch in u)
    + (
        r"(?![A-Za-z\d³])"
        if u in LOST_CUBE_UNITS
        else r"(?![级委直属内外会长])"  # 12省 counts provinces; 3省级 and 5省委 do not
        if u == "省"
        else r"(?![方面表下质])"  # 5地 counts places; 地方, 地面, 地表水 are no measure word
        if u == "地"
        else r"(?![A-Za-z])"
        if u[-1].isascii() and u[-1].isalpha()
        else ""
    )
    for u in sorted([*UNITS, *_POINTS], key=len, reverse=True)
    if u != INDEX_UNIT
)
_QTY_RE = re.compile(
    rf"(?:百分之(?P<pct>[零〇一二两三四五六七八九十百廿卅]+(?:点[零〇一二两三四五六七八九]+)?)"
    rf"|(?P<num>{AR_SPACED}|{AR}|{_CN_VALUE})\s*(?P<approx>[余多])?(?P<mult>{_MULT})?(?:[余多])?\s*(?P<unit>{_UNIT}))"
)
_VERBS = [
    "不降反升",
    "上升",
    "下降",
    "提高",
    "降低",
    "增长",
    "减少",
    "增加",
    "改善",
    "好转",
    "恶化",
    "变差",
    "变好",
    "提升",
    "下滑",
    "回落",
    "上涨",
    "升幅",
    "增幅",
    "降幅",
    "跌幅",  # Hong Kong and Taiwan news: 跌幅 / 减幅 for 降幅, 涨幅 for 升幅
    "减幅",
    "涨幅",
    "回升",
    "攀升",
    "升高",
    "上扬",
    "下跌",
    "减排",
    "削减",
    "下降了",
    "上升了",
    "提高了",
    "同比升",
    "同比增",
    "同比降",
    "同比减",
    "环比升",
    "环比增",
    "环比降",
    "环比减",
    "同比上",  # 同比上2.1百分点 / 同比下0.6个百分点: a page that lost the verb's second character
    "同比下",
    "环比上",
    "环比下",
    "微跌",  # Hong Kong news: 较前一年微跌2% (a small fall), 微升 (a small rise)
    "微降",
    "微升",
    "微增",
    "略降",
    "略升",
    # 较2012年高出3.4个百分点: higher than a year's level is a rise (比全国平均高出 is a gap, no verb)
    "年高出",
    "同期高出",
    "不升反降",  # the rise expected, a fall came (a down verb, unlike 不降反升)
    "减量",  # Taiwan: 减量幅度达11.4% / 污染减量达25%, a fall of the pollutant
]
# A PDF line break inside the verb (上\n升) is read as a space: the verb may hold one.
_CHANGE_VERB_RE = re.compile(
    "(?P<verb>"
    + "|".join(r"\s?".join(verb) for verb in sorted(_VERBS, key=len, reverse=True))
    # (同比“不降反升”10.5%: a verb set in quotes)
    + r")[”\"’」]?(?:幅度|率|(?<=改善)度|(?<=下降|上升|降低|提高|增长|增加|减少)比例)?(?:\s?分别)?\s?(?:了|为|达到|达|是)?\s*(?:约|近|超过|超|逾)?\s*$"
)
# 改善 on a concentration or index is a decrease, 恶化 an increase; 变差 on a ratio a decrease.
_UP_VERBS = (
    "不降反升",
    "年高出",
    "同期高出",
    "上升",
    "提高",
    "增长",
    "增加",
    "提升",
    "上涨",
    "升幅",
    "增幅",
    "涨幅",
    "恶化",
    "变差",
    "回升",
    "攀升",
    "升高",
    "上扬",
    "同比升",
    "同比增",
    "环比升",
    "环比增",
    "同比上",
    "环比上",
    "微升",
    "微增",
    "略升",
)
# Verbs that judge rather than measure: which way they point depends on the figure (改善 on a
# good-days ratio is a rise); ``change_attach`` turns them round for a higher-is-better figure.
_JUDGED_VERBS = ("改善", "好转", "变好", "恶化", "变差")
# 同比下降9.5%（2微克/立方米）: the bracketed figure restates the change in the figure's unit.
_BECAME_RE = re.compile(r"(?:增加|减少|上升|下降|降低|提高|升高|增长|回升)为\s*$")
_ABSOLUTE_AFTER_CHANGE_RE = re.compile(r"(?:%|百分点)\s*[（(]\s*$")
# 优良水体比例为83.3%（25个）: a count in brackets after a share that is no change is how many.
_SHARE_LEVEL_BEFORE_RE = re.compile(r"(?:为|是|达到?|占)\s*\d+(?:\.\d+)?\s*%\s*[（(]\s*$")
_RELATIVE_IN_BRACKETS_RE = re.compile(
    r"(?P<verb>下降|上升|减少|增加|降低|升高|提高|改善|恶化)了?\s*\d+(?:\.\d+)?\s*"
    r"(?:微克|毫克|μg|µg|ug|mg)(?:/(?:立方米|m3|m³)|每立方米)?\s*[（(]\s*$"
)
# 优良天数比例63.0%（56.7天）: the days a share of days stands for, not a change restated.
_SHARE_BEFORE_DAYS_RE = re.compile(r"(?<![\d.])(?P<share>\d+(?:\.\d+)?)\s*%\s*[（(]\s*$")
_SHARE_OF_DAYS_RE = re.compile(r"天数?(?:比例|比率|占比)(?:平均)?(?:为|是|达到?)?\s*$")
_CHANGE_BEFORE_SHARE_RE = re.compile(
    r"(?:上升|下降|提高|降低|增加|减少|增长|改善|恶化|升高|回落|回升|持平|[升降增减])了?\s*(?:为|到|至)?\s*$"
)
# A target, plan or standard: 目标为68.3%, 不低于317天, 到2020年…提高到23.04%, 标准为160微克.
_TARGET_BEFORE_RE = re.compile(
    r"(?:目标|(?<!全)力争(?!取)|确保|标准(?:值|限值)?(?:为|是)|控制值|(?<!提高|上升|下降|降低|增加|减少|改善|增长|扩大|缩小|压减|缩减)(?<![降升])到(?:20\d\d|1[01]\d)年)(?:[^，,。；;！？\n)）\d]|20\d\d\s*年){0,16}$"
    r"|(?:指导|准则)值\s*(?:为|是)?\s*$"  # 世卫组织的年均浓度指导值为5微克/立方米: a guideline
    # 环境部所订PM10年平均值50μg/m3 / 国家规定的35微克/立方米 / 国家二级标准35微克: what is set
    r"|(?:所订|所定|订定|规定)的?(?:[^，,。；;！？\n)）\d]|PM\s*(?:2\.5|10)){0,16}$|标准(?:值|限值)?\s*$"
    # 品质标准中PM2.5年平均值已从15微克收严至12微克: a standard's value, and what it was tightened to
    r"|标准(?:中)?的?(?:PM\s*(?:2\.5|10)|臭氧|O3)?(?:年平均值|年均值|年平均浓度|浓度限值|限值)(?:已|由|从|为|是)*\s*$"
    r"|(?:加严|收严|调严)(?:至|到|为)\s*$"
    # 标准…修订为35微克 is a standard's new value; 2018年森林覆盖率修订为61.37% is a corrected figure
    r"|(?:标准|限值)[^，,。；;！？\n\d]{0,12}修订(?:至|到|为)\s*$"
    r"|(?:标准|建议值|限值|目标值|目标)\s*[(（]\s*$"  # 接近国际标准(10μg/m3): the standard, in brackets
    # 优于年度目标(34.5微克)3.5微克 / 超额完成目标任务(297天)9天: the gap to it
    r"|(?:目标|标准)(?:值|任务)?\s*[(（][^()（）]{0,24}[)）]\s*$"
    r"|(?:目标|标准)(?:值)?\s*[(（:：][^()（）。；;\n]{0,30}$"  # 年度目标(PM2.5≤29、PM10≤47): inside it
    r"|[≤≦≥≧<>＜＞]\s*$"  # AQI≦100, PM2.5≤35: a bound written with a sign is a threshold
    r"|(?:不高于|不大于|不得高于|不得超过|不超过|小于)\s*$"  # PM2.5平均浓度不高于45微克: a cap is an aim or a limit
    r"|介于\s*$"  # 比例介于90%至100%: the near end of a band
    # PM2.5浓度要下降12% / 浓度要比2020年下降9%: what is to be reached (not 主要 / 需要)
    r"|(?<![主需只重必想])要(?:再|继续|进一步)?(?:(?:比|较)[^，,。；;\d]{0,6}(?:19|20)\d{2}\s*年(?:同期)?)?"
    r"(?:下降|降低|减少|提高|上升|增加|达到|降到|降至|控制在)了?\s*$"
    # 较世界卫生组织标准分别超出21、8及9微克/立方米: how far above a standard, not a level
    r"|(?:较|比)[^，,。；;]{0,16}(?:标准|指引|准则)(?:值)?[^，,。；;\d]{0,4}(?:分别)?(?:超出|高出|超过|低于|高)了?\s*$"
    r"|(?:比|较)[^，,。；;\d]{0,10}平均(?:水平|值)?\s*(?:低|高|少|多)了?\s*$"  # 比全国平均低5.2: a gap, not a level
    # 接近于全国平均水平(87.2%): the average compared with, in brackets, not the place's figure
    r"|(?:接近|高于|高出|低于|优于|好于|超过|超出|多于|少于|略高于|略低于|持平于)于?(?:全国|全省|全市|全区|区域)(?:的)?平均"
    r"(?:水平|值|[^，,。；;()（）\d]{1,8}?)\s*[(（]\s*$"
    # 多于全省平均优良天数(251天)67天: the gap to the average, after the average in brackets
    r"|(?:高于|高出|低于|优于|好于|超过|超出|多于|少于)(?:全国|全省|全市|全区|区域)(?:的)?平均[^，,。；;()（）\d]{0,8}?"
    r"\s*[(（][^()（）]{1,16}[)）]\s*$"
)
# 将围绕 / 将继续 / 将确保: what an office will do (not 将 as 把: 将大气污染防治作为…)
# 将实现…达到80% / 将达到: what it will reach. 要继续巩固…，PM2.5平均浓度要控制在29以内: what it must
# do (not 主要, 重要, 需要 or 只要).
_WILL_DO = (
    r"将(?=围绕|继续|进一步|全力|着力|重点|加快|持续|坚持|聚焦|紧扣|推动|确保|力争|实现|达到"
    r"|同比|下降|上升|降低|提高|减少|增加)"  # …平均浓度今冬将同比下降3%: a forecast
    r"|(?<![主重需只必想不也])要(?=继续|持续|确保|控制|实现|力争|进一步|全力|坚决|完成)"
)
_PLAN_RE = re.compile(
    # (not 三年行动开展以来，到2020年…: how far it had come by then)
    r"(?<![截年至月日\d降升达减增])(?<!提高|上升|下降|降低|增加|减少|改善|增长|扩大|缩小|压减|缩减)(?<!以来[，,])(?:到|至)\s*(?:20\d\d|1[01]\d)\s*年(?!以来|\s*\d{1,2}\s*月)"
    # 至2023年底，全省共有3处入选: where things stood by then, not a plan
    r"(?!(?<=至\d{4}年)底[，,]\s*(?:全[省市区县国]|我[省市区县])?(?:共有|已))|(?<!全)力争(?!取)|预计到|要达|预期"
    r"|(?P<aim>目标(?:是|为|：|:)"  # 今年的目标是PM2.5…控制在32以内，优良天数比例达到88.5%以上: all of it
    # 各市考核指标为，甲市…；乙市…: a list of targets (not 完成考核指标，…: one that was met)
    r"|(?<!完成|达到|实现|超过|满足|优于|好于)考核(?:指标|目标)(?:值)?(?:(?:为|是)\s*[：:，,]|\s*[：:])"
    r"|(?<=[，,。；;：:\s])计划(?![的中内]|单列|》|”|」|书|任务|年)"
    # 方案提出，…比例达到95% / 《方案》提出，…下降10%以上: what a plan sets out
    r"|(?:方案|规划|计划|意见|通知|》)\s*(?:中)?(?:提出|明确|规定)(?:了)?\s*[，,：:]"
    r"|预计|希望(?=[^，,。；;！？\n]{0,20}?(?:降到|降至|达到|控制在|提高到|提升到|下降|减少))"  # 希望2030年…降到12
    r"|(?<!功能|满足|符合|达到)要求(?!的)|拟(?=于|在|到|将)|争取(?=\s*(?:到|在|于)?\s*(?:20\d\d|1[01]\d)\s*年))"  # forecasts and requirements  # 计划重污染天数比例控制在1.5%以内 (a verb, not 冬春计划的75%)
    # 2024年，区生态环境局将围绕…，确保…优良天数保持350天以上: what the office will do
    rf"|{_WILL_DO}"
)
# 达到水质目标要求的断面比例为92.3% / 满足功能目标的 4503 个: what meets a target is counted, not aimed at.
_MET_TARGET_RE = re.compile(
    r"(?:达到|满足|符合|完成|实现|达)[^，,。；;！？\n\d]{0,10}?目标(?:要求|任务)?的[^，,。；;！？\n\d]{0,12}$"
)
_TARGET_AFTER_RE = re.compile(
    r"[^，,。；;！？\n]{0,30}?的(?:改善|年度|考核|约束性|工作|预期|阶段性?|控制)?(?:目标|任务)"
    r"|\s*的(?:国家|省级?|市级?)?(?:约束性|考核|年度){1,2}指标"  # 达到下降10.5%的约束性考核指标
    # 已达到15 μg/m3的空气品质标准: the standard's value (not 27微克/立方米的城市达到…标准)
    r"|\s*的[^，,。；;！？\n达]{0,12}?(?:标准|限值)"
    r"|\s*(?:指标|标准|限值)(?=\s*[，,。；;)）]|\s*$)"  # 符合每立方米35微克标准: the objective's value
)
# 118个黑臭水体中有96个达到“长制久清”的目标: what reached a target is counted; the target is the
# words after the verb, not the figure before it.
_REACHED_AFTER_RE = re.compile(
    r"[^，,。；;！？\n]{0,30}?(?:达到|实现|完成|满足|符合)[^，,。；;！？\n\d]{0,20}?的(?:改善|年度|考核|约束性)?(?:目标|任务)"
    # 占58.0%(达到国家要求的高于55.7%的目标) / (未达到…的目标): a bracket says whether it met its target
    r"|\s*[(（]\s*(?:未|没有)?(?:达到|实现|完成|满足|符合)[^()（）\n]{0,30}?(?:目标|要求)[^()（）\n]{0,6}[)）]"
)
# …为X，达到Y / 95.1%至70.2%之间 / 63.0%~79.0%之间: the near end of a range or a bound is no figure
_THRESHOLD_AFTER_RE = re.compile(
    rf"\s*(?:以上|以内|之内|以下)?[，,]?\s*(?:达到了?|达|为|至|[~～—－-]{{1,2}})\s*(?:{AR})(?![\d.]|\s*年)"
    r"|\s*(?:这个|这一|这道|的)?(?:门槛|关口|大关)"  # 跨过了90%这个门槛，达到90.4%: the mark passed
)  # not …31微克/立方米，为2013年有监测记录以来…: a year is no end of a range
# …优Ⅲ比例84.2%，达到72.5%的约束性目标: what the figure reached is a target, not a range's far end
_TARGET_NEXT_RE = re.compile(
    r"\s*[，,]\s*(?:达到了?|达|超过|高于|好于|优于)\s*\d+(?:\.\d+)?\s*(?:%|％)?\s*的[^，,。；;！？\n\d]{0,8}?(?:目标|指标|要求)"
)
# 当PM2.5浓度大于75微克/立方米时 / 超过75微克/立方米即为超标: a condition's bound, not a figure.
_CHANGE_RANGE_NEAR_END_RE = re.compile(
    r"\s*(?:[~～]|—{1,2}|－{1,2}|-{1,2})\s*\d+(?:\.\d+)?\s*(?:%|％|个百分点)"
)
# 下降8%才能合格，下降11%为良好: what an assessment requires, and the grades it sets
_REQUIRED_AFTER_RE = re.compile(
    r"\s*(?:才能|才可|方能|方可)|\s*为(?:良好|优秀|合格|及格|不合格)(?=\s*[，,。；;]|\s*$)"
)
_CONDITION_AFTER_RE = re.compile(
    r"\s*(?:时(?=\s*[，,。；;、])|即为|即属|则为|就是超标)"
    # 达到80%以上的城市有10个: the bound that defines which places are counted
    # (not 有21.0%的断面为劣Ⅴ类: the sites' share, named by the class they are in)
    r"|\s*(?:以上|以下|以内)?\s*的\s*(?:城市|地市|设区市|县|区县|县区|市|断面|点位|站点|监测站|区域)"
    r"(?=有|共|数|为(?!\s*(?:劣|差|[ⅠⅡⅢⅣⅤIV一二三四五~～—\-]+类|优良?|良好)))"
    # 介于70.1%和95.2%之间: both ends of a range
    r"|\s*之间|\s*(?:和|与)\s*\d+(?:\.\d+)?\s*[^\s\d，,。；;]{0,8}?\s*之间"
    r"|\s*\d+(?:\.\d+)?\s*%\s*之间"  # 在6.5%100%之间: a range whose dash was lost
)
# 首次降低到1%以内 / …达到91.2%，首次突破90% / …占比91.2%，首次达到90%以上: a bound the figure
# stated before it passed.
_WITHIN_RE = re.compile(r"\s*(?:以内|之内)")
_PASSED_RE = re.compile(
    r"[，,；;]\s*(?:并|且|已|也)?\s*(?:历史上)?首次(?:突破|超过|跌破|低于|高于|降低到|降到|降至|下降到|下降至|达到|优于)\s*$"
)
# 去年同期为89天: the figure a year before, which the labelling keeps only as a previous value.
# 较112年19.9微克: the value a figure is compared with is a previous value too.
_BRACKETED_SIGN_RE = re.compile(r"[(（]\s*[-－]\s*$")
# 高于去年同期0.8% / 好于去年同期3.6个百分点 (better: a judged change) / 较“十三五”末高2.2个百分点 /
# 比上年低2.1个百分点: higher or lower than an earlier time is a change (not 比全国平均高, a gap)
_HIGHER_THAN_LAST_YEAR_RE = re.compile(
    r"(?P<way>[高低好优差])于(?:去年|上年)同期\s*$"
    r"|(?:较|比)(?:去年|上年|上一年|前一年|(?:19|20)\d{2}\s*年|[“\"]?十[一二三四五]五[”\"]?(?:期)?末)(?:同期)?"
    r"(?P<way2>[高低])\s*$"
)
_SAME_PERIOD_BEFORE_RE = re.compile(
    r"(?:(?:去年|上年)?同期(?:为|是)?|(?:相较于?|较|比|与|和|同|高于|低于|好于|优于)\s*(?:(?:19|20)?\d{2,3}\s*年|上年|去年|前一年|上一年)"
    r"(?:同期)?(?:\s*\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月(?:份)?)?(?:同期)?(?:的|之)?)\s*$"  # 比2019年9月份的80.6%
    # (相较于上年同期2至6月的30.1微克: the period compared with after 同期)
    # 较疫情前的2019年同期(80.1%)上升8.7个百分点: the value compared with, in brackets
    r"|(?:较|比|与|和|同)[^，,。；;\d]{0,8}?(?:(?:19|20)?\d{2,3}\s*年|上年|去年|前一年|上一年|上(?:个)?月|上季度)(?:同期)?"
    r"(?:\s*\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月(?:份)?)?(?:的)?\s*[(（]\s*$"  # 比2022年1-8月(80.1%)
    # 较上年同期(52μg/m3、30μg/m3)分别下降…: every value listed in those brackets
    r"|(?:较|比|与|和|同)[^，,。；;\d]{0,8}?(?:(?:19|20)?\d{2,3}\s*年|上年|去年|前一年|上一年)(?:同期)?(?:的)?\s*[(（]"
    r"[^()（），。；;]{1,40}[、,，]\s*$"
)
# 2.9万家, 13.5万余件, 13.28万份; 1500万株, 12万只, 3.2万户
_MULTIPLIED_COUNTS = tuple("个家件起笔份项座处次辆台套条户株棵只头尾张")
_POLICY_TAIL = "、等措”"
_NOT_PERSON_TAIL = "民大工均口"


def _unitless_mentions(text: str, span: Segment, quotes: list[Segment], plans: bool) -> list[Mention]:
    out = []
    for start, end, value, unit in unitless.numbers(text, span.start, span.end):
        if not inside(start, quotes):
            out.append(_classify(text, start, end, value, "", unit, plans))
    for start, end, value, mult in unitless.money(text, span.start, span.end):
        if not inside(start, quotes):
            out.append(_classify(text, start, end, value, mult, "元", plans))
    for start, end, value, mult in unitless.people(text, span.start, span.end):
        if not inside(start, quotes):
            out.append(_classify(text, start, end, value, mult, "人", plans))
    return sorted(out, key=lambda m: m.start)


def find_mentions(text: str, span: Segment, plans: bool = False) -> list[Mention]:
    """All unit-bearing numbers in ``text[span]``, classified, in text order.

    Targets (目标为68.3%, 到2020年…达到95%) are not figures, except in an answer about plans
    (``plans``: the priorities question), where the planned figures are what is asked.
    """
    quotes = quoted_regions(text, span.start, span.end)
    out: list[Mention] = []
    for m in _QTY_RE.finditer(text, span.start, span.end):
        if inside(m.start(), quotes):
            continue
        mention = _mention(text, m)
        if mention is not None and mention.role == "target" and plans:
            mention = _classify(
                text, mention.start, mention.end, mention.value, mention.multiplier, mention.unit, plans
            )
        if mention is not None:
            siblings = list_siblings(text, mention, span.start, quotes)
            if siblings:
                mention = listed_microgram_slip(mention)
            if siblings and mention.role == "change" and mention.direction is None:
                siblings, mention = _list_verb(text, siblings, mention)
            elif siblings and mention.role == "level":
                # …浓度分别下降3、4、1和14微克/立方米: bare numbers listed right after a change verb are
                # changes, like the last one that carries the unit, not levels
                siblings, mention = _list_verb(text, siblings, mention, as_changes=True)
            listed = {s.start for s in siblings}
            out = [m for m in out if m.start not in listed]  # 2.3个和0.9个百分点: 2.3个 is no count
            out.extend(siblings)
            out.append(mention)
    out.extend(_near_ends(text, out, span.start))
    index = _unitless_mentions(text, span, quotes, plans)
    found = continued_changes(text, sorted(out + index, key=lambda m: m.start) if index else out)
    return _bounds_passed(text, found)


# 17~44微克/立方米，浓度最低为甲市，最高为乙市: the near end of a range written without its unit
_NEAR_END_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[~～\-—]\s*$")


def _near_ends(text: str, mentions: list[Mention], floor: int) -> list[Mention]:
    """The unitless near ends of ranges whose ends are named by place after them, each with its
    far end's unit (a level of the place named lowest or highest)."""
    out = []
    for m in mentions:
        if m.role != "level" or not extremes_named_after(text, m.end):
            continue
        near = _NEAR_END_RE.search(text, max(m.start - 12, floor), m.start)
        value = parse_number(near.group(1)) if near is not None else None
        if near is not None and value is not None and not any(o.start == near.start(1) for o in mentions):
            out.append(replace(m, start=near.start(1), end=near.end(1), value=value))
    return out


def _way_of(verb: str) -> ChangeDirection:
    """The direction a change verb states (before a judged verb is turned round for its figure)."""
    return "up" if verb.startswith(_UP_VERBS) else "down"


def _bounds_passed(text: str, mentions: list[Mention]) -> list[Mention]:
    """…比例为0.7%，同比下降0.2个百分点，首次降低到1%以内 / …比例达到91.2%，首次突破90%: a bound
    stated after a level of the same unit in its sentence is what the level passed (a threshold),
    not a second figure."""
    out = list(mentions)
    for i, m in enumerate(out):
        passed = _WITHIN_RE.match(text, m.end) or _PASSED_RE.search(text, max(m.start - 12, 0), m.start)
        if m.role != "level" or not passed:
            continue
        stop = max(text.rfind(ch, max(m.start - 300, 0), m.start) for ch in "。！？!?\n")
        if any(o.role == "level" and o.unit == m.unit and stop < o.start for o in out[:i]):
            out[i] = replace(m, role="threshold")
    return out


def _mention(text: str, m: re.Match[str]) -> Mention | None:
    if m.group("pct"):
        value = _cn_decimal(m.group("pct"))
        return None if value is None else _classify(text, m.start(), m.end(), value, "", "%")
    raw, unit, mult = m.group("num"), re.sub(r"\s", "", m.group("unit")), m.group("mult") or ""
    if not number_allowed(text, m.start(), raw):
        return None
    value = parse_number(raw)
    if value is None or (mult and unit not in MULTIPLIABLE and unit not in _MULTIPLIED_COUNTS):
        return None
    cn_percent = _CN_PERCENT_RE.match(raw) or _CHANGED_BY_RE.search(text, max(m.start() - 4, 0), m.start())
    if not raw[0].isdigit() and (
        value < 2 or unit in ARABIC_COUNT_WORDS or (unit in ("%", "个百分点", "百分点") and not cn_percent)
    ):
        return None  # 一个 / 一项 mean "a", not "one"; 三个百分点 alone is wording, 九十二％ a figure
    tail = text[m.end() : m.end() + 1]
    if (
        (unit == "条" and tail and tail in _POLICY_TAIL)
        or (unit == "人" and tail and tail in _NOT_PERSON_TAIL)
        or (unit == "个" and tail == "月")
    ):
        return None  # 支持环保产业发展10条 is a policy name; 人民 is not a count; 前10个月 is a period
    if unit in _POINTS:
        unit = "pp"
    if (
        unit == "个"
        and _DAYS_COUNTED_RE.search(text, max(m.start() - 8, 0), m.start())
        and not ("\u4e00" <= tail <= "\u9fff")  # (重污染天数有11个城市同比减少: cities counted)
    ):
        unit = "天"  # 优良天数已达263个: days counted as 个
    return _classify(text, m.start(), m.end(), value, mult, unit)


_DAYS_COUNTED_RE = re.compile(r"天数\s*(?:已|累计|共)?\s*(?:达到|达|为|是|有)?\s*$")


def _cn_decimal(text: str) -> Decimal | None:
    """八十五点五 -> 85.5: a Chinese numeral, then its decimal digits one by one after 点."""
    whole, _, decimals = text.partition("点")
    value = parse_number(whole)
    digits = "".join(str(CN_DIGITS[ch]) for ch in decimals)
    return value if value is None or not digits else value + Decimal(f"0.{digits}")


def _list_verb(
    text: str, siblings: list[Mention], last: Mention, as_changes: bool = False
) -> tuple[list[Mention], Mention]:
    """分别下降0.8、1.1和0.6个百分点: the verb before the first number of a list whose unit is
    written once, after the last, points every member (``as_changes``: members read as levels
    become changes too: 分别下降3、4和14微克/立方米)."""
    verb = _CHANGE_VERB_RE.search(text, max(siblings[0].start - 9, 0), siblings[0].start)
    if verb is None:
        return siblings, last
    word = re.sub(r"\s", "", verb.group("verb"))
    direction, judged = _way_of(word), word in _JUDGED_VERBS

    def pointed(m: Mention) -> Mention:
        return replace(m, role="change" if as_changes else m.role, direction=direction, judged=judged)

    return [pointed(m) for m in siblings], pointed(last)


def _in_plan_sentence(text: str, start: int, end: int) -> bool:
    """到2020年，…达到95%以上；…不低于85%: a plan year opening the sentence makes every figure
    of it a target (截至2023年底 and 2015年到2020年 are not plans). A stated aim (目标是/目标为)
    covers its own clause and the later ones that state a bound (…控制在32以内，…达到88.5%以上),
    not a clause reporting a measurement after it, nor anything after a bracketed aside; an aim
    followed by a colon (主要目标是：) opens a list of targets, the rest of its sentence."""
    floor = max(start - 200, 0)
    stop = max(text.rfind(ch, floor, start) for ch in "。！？!?\n")
    if (
        _opens_a_plan_paragraph(text, start)
        or _in_listed_targets(text, start)
        or _under_a_plan_title(text, start)
    ):
        return True
    for m in _PLAN_RE.finditer(text, max(stop + 1, floor), start):
        if _in_closed_aside(text, m.start(), start):
            continue  # 90.0%(…力争…)，有效天数300天: an aside's words stay in it
        if not m.group("aim"):
            return True
        if m.group().endswith((":", "：", "，", ",")) or _COLON_NEXT_RE.match(text, m.end()):
            return True  # 主要目标是：…下降4%，…达80%: an aim that opens a list, all of its sentence
        if not _CLAUSE_BREAK_RE.search(text, m.end(), start) or _BOUND_RE.match(text, end):
            return True
    return False


# 各市考核指标为，甲市优良天数257天；¶乙市…；¶丙市…。: an aim opening a list whose members run
# over lines, each line closed by a semicolon and whatever noise a forum put after it (ASCII ! and ?
# among it, which end no sentence here).
_LINE_GOES_ON_RE = re.compile(r"[；;][^\u4e00-\u9fff。！？]{0,60}$")
_LIST_AIM_RE = re.compile(r"(?:目标|考核指标|考核目标)(?:值)?(?:为|是)?\s*[：:，,]")
_LISTED_TARGETS_REACH = 800
_MET_AIM_RE = re.compile(r"(?:达到|完成|实现|满足|达)[^，,。；;\d]{0,8}$")


def _in_listed_targets(text: str, start: int) -> bool:
    floor = max(start - _LISTED_TARGETS_REACH, 0)
    sentence = max(text.rfind(ch, floor, start) for ch in "。！？") + 1
    aim = _LIST_AIM_RE.search(text, sentence, start)
    if aim is None or _MET_AIM_RE.search(text, max(aim.start() - 12, 0), aim.start()):
        return False  # 8个断面均达到水质目标，达标率为75%；…: a target met, no list of aims
    between = text[aim.end() : start]
    lines = between.split("\n")
    # a page that sets each line in a paragraph of its own leaves blank lines between: they end nothing
    return bool(re.search("[；;]", between)) and all(
        _LINE_GOES_ON_RE.search(line) for line in lines[:-1] if line.strip()
    )


# 2024年，区生态环境局将围绕…。…，优良天数保持350天以上: a paragraph that opens on what an
# office will do in a year is its plan, every sentence of it.
# 主要指标为：…不低于85.2%，…。…森林覆盖率稳定在45%以上。: a paragraph opening on its aims
# (主要目标：/ 具体指标为，) lists targets, every sentence of it.
_PLAN_PARAGRAPH_RE = re.compile(
    rf"\s*(?:19|20)\d{{2}}\s*年[，,][^。！？!?\n]{{0,40}}?{_WILL_DO}"
    r"|\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:具体|主要|总体|约束性)"
    r"(?:指标|目标)(?:任务)?(?:是|为)?\s*[：:，,]"
    # …全文称，要经过三年努力，大幅减少…。PM2.5…下降18%以上: a plan's paragraph, what it must achieve
    r"|[^。！？!?\n]{0,30}?要(?:经过|通过)[^。！？!?\n，,]{0,8}努\s*力"
    # 方案提出，…达到95%。…达到41.2%以上: a paragraph opening on what a plan sets out
    r"|\s*(?:《[^》\n]{1,40}》|[^。！？!?\n，,]{0,12}?(?:方案|规划|计划|意见))\s*(?:中)?(?:提出|明确|规定)(?:了)?\s*[，,：:]"
)


# 某县2024年度土壤污染防治实施方案 ¶ …: a document whose title line names it a plan states targets
# (under up to two lines of a page's menu, as a report's title may be)
_PLAN_TITLE_RE = re.compile(
    r"(?:[^\n。；;！？!?]{0,40}\n)??(?:[^\n。；;！？!?]{0,40}\n)??"
    r"\s*[^\n。；;！？!?，,《》]{2,40}?(?:工作方案|实施方案|行动方案|行动计划|工作计划|工作要点|规划)\s*(?:[(（][^()（）\n]{0,12}[)）])?\s*\n"
)


def _under_a_plan_title(text: str, start: int) -> bool:
    return start < 3000 and _PLAN_TITLE_RE.match(text) is not None


def _opens_a_plan_paragraph(text: str, start: int) -> bool:
    paragraph = text.rfind("\n", max(start - 1000, 0), start) + 1
    if _PLAN_PARAGRAPH_RE.match(text, paragraph, start) is not None:
        return True
    # 到2025年，…达到80%以上。甲区域…比例下降10个百分点左右: a paragraph opening on a plan's year,
    # for the sentences that do not date themselves (…。2021年全省…为90.1% is a report)
    sentence = max(text.rfind(ch, paragraph, start) for ch in "。！？!?") + 1
    return (
        _PLAN_YEAR_OPENS_RE.match(text, paragraph, start) is not None
        and _OWN_YEAR_RE.search(text, max(sentence, paragraph), start) is None
    )


_PLAN_YEAR_OPENS_RE = re.compile(r"\s*到\s*20\d\d\s*年\s*[，,]")
_OWN_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年")


# 综合指数进入5.0以下阶段 / 优良天数比率进入70%以上: a stage entered; 4个市县PM2.5浓度达到10微克
# 及以下: the bound that picks out the places counted before it.
_ENTERED_RE = re.compile(r"进入\s*$")
_UNDER_BOUND_RE = re.compile(r"(?:低于|小于|不高于|不超过|高于|超过)\s*(?:[(（]含[)）])?\s*(?:等于)?\s*$")
_OR_BEYOND_RE = re.compile(r"\s*(?:及|或)?(?:以下|以上)")
_COUNTED = r"(?:城市|地市|设区市|市县|县市|区县|县区|县|市|区|断面|点位)"  # places and sites counted
_COUNTED_PLACES_RE = re.compile(
    rf"\d+\s*个(?:{_COUNTED}|海湾|湖泊|湖库|水库|河流|水源地?)(?:PM\s*2\.5|PM\s*10|[^，,。；;\d]){{0,20}}$"
)


# 有21个城市优良天数比例达100% / 其中14个城市…达标天数为100%: how many places each reach full
# marks (a count of them), not a figure of the area (but 全省56个城市…比例平均为95.1% is its average).
_COUNTED_AT_FULL_RE = re.compile(
    rf"(?:有|其中|另有|共有)\s*\d+\s*个{_COUNTED}(?:PM\s*2\.5|\d{{1,2}}\s*月份?|[^，,。；;\d平]){{0,24}}$"
    # …范围为92.4%-100%，47个城市达到100%: a clause of only the places counted and the mark
    rf"|(?<=[，,；;])\s*\d+\s*个{_COUNTED}\s*(?:均|全部|都)?(?:达到|达|为)\s*$"
)


# 2000亩以上连片湿地 / 千人以上集中式饮用水源 / 65蒸吨以上燃煤锅炉: a size that picks out a class of
# things named right after it (not 达到42%以上并保持, 为90%以上), only where a noun phrase can start:
# after a list mark, a measure word or a preposition, never after a verb (建成2000公里以上绿道 and
# 为90%以上 are figures).
_CLASS_BOUND_AFTER_RE = re.compile(r"\s*(?:以上|以下)(?=[\u4e00-\u9fff])(?![的并且和及与同较比为是均，])")
_CLASS_BOUND_BEFORE_RE = re.compile(r"(?:^|[、，,；;：:(（个对由把和及与])\s*$")


def _bounds_a_class(text: str, start: int, end: int) -> bool:
    return (
        _CLASS_BOUND_AFTER_RE.match(text, end) is not None
        and _CLASS_BOUND_BEFORE_RE.search(text, max(start - 2, 0), start) is not None
    )


# 浓度范围在48–97微克/立方米 / 范围为12.5%~70.4%: the far end of a range
_RANGE_FAR_END_RE = re.compile(
    r"(?:范围|区间)(?:为|是|在)?\s*\d+(?:\.\d+)?\s*(?:%|％|微克/立方米|μg/m3|天)?\s*[–—\-~～至到]\s*$"
)
# 首次“破百”(日均值低于100微克/立方米): a bound glossing a slogan's milestone, not a level
_SLOGAN_GLOSS_RE = re.compile(r"[”\"」’][(（][^()（）]{0,16}(?:低于|小于|高于|大于|超过|不足|突破|跌破)\s*$")
_MEMBERS_NAMED_AFTER_RE = re.compile(r"\s*[，,]?\s*(?:分别为|分别是|分别|依次为|包括|即|是|为)\s*[:：]?")


def _counted_at_full(text: str, start: int, end: int, value: Decimal, unit: str) -> bool:
    """有21个城市…比例达100%; not when the places are named after it (…为100%，分别为：甲区、乙区),
    each of which then has the figure."""
    if unit != "%" or value != 100 or _MEMBERS_NAMED_AFTER_RE.match(text, end):
        return False
    return _COUNTED_AT_FULL_RE.search(text, _clause_start(text, start), start) is not None


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` opens, looking back at most 40 characters."""
    return max(text.rfind(ch, max(start - 40, 0), start) for ch in "，,。；;\n") + 1


# 浓度首次降到25微克/立方米 / 重污染比例首次降到2%: a round mark passed for the first time, not
# the level (which the text may give as well: 29.3)
_FIRST_MARK_RE = re.compile(r"首次(?:降到|降至|降低到|跌破|突破|低于|进入|迈入)了?\s*$")


def _milestone(text: str, start: int, value: Decimal, unit: str) -> bool:
    if _FIRST_MARK_RE.search(text, max(start - 8, 0), start) is None:
        return False
    return value == value.to_integral_value() and (unit in ("%", "pp") or value % 5 == 0)


def _marks_a_stage(text: str, start: int, end: int) -> bool:
    clause = _clause_start(text, start)
    if _UNDER_BOUND_RE.search(text, max(start - 10, 0), start):
        # 有36个城市PM2.5月均浓度低于(含)35微克/立方米: the bound the counted places are under
        return bool(_COUNTED_PLACES_RE.search(text, max(clause, start - 40), start))
    if not _OR_BEYOND_RE.match(text, end):
        return False
    return bool(_ENTERED_RE.search(text, max(start - 4, 0), start)) or bool(
        _COUNTED_PLACES_RE.search(text, max(clause, start - 40), start)
    )


_CLAUSE_BREAK_RE = re.compile(r"[，,；;]")
_COLON_NEXT_RE = re.compile(r"\s*[：:]")  # 目标是：: the colon after an aim
_BOUND_RE = re.compile(r"\s*(?:以上|以下|以内|之内|左右)")


def _in_closed_aside(text: str, pos: int, start: int) -> bool:
    """Whether ``pos`` is inside a bracket closed before ``start`` (70.0%(2017年目标为68.3%)，同比…:
    the aside's target says nothing of the figures after it)."""
    opened = max(text.rfind("(", max(pos - 20, 0), pos), text.rfind("（", max(pos - 20, 0), pos))
    if opened < 0:
        return False
    closes = [i for i in (text.find(")", pos, start), text.find("）", pos, start)) if i >= 0]
    return bool(closes)


# A word no list names between 同比 and a number (a spinner's 滑坡 for 下降): a change whose
# direction its characters tell (落 / 降 / 跌 … down, 升 / 涨 / 腾 … up).
_UNKNOWN_VERB_RE = re.compile(
    r"(?:同比|环比|较上年|比上年|较去年|比去年)\s*(?P<w>[\u4e00-\u9fff]{2})\s*(?:了|约|近)?\s*$"
    # 较2020年升8% / 同比降3%: one character says which way too
    r"|(?:同比|环比|[较比](?:上年|去年|(?:19|20)\d{2}\s*年)(?:同期)?)\s*(?P<one>[升降增减跌涨])\s*(?:了|约|近)?\s*$"
)
_ARROW_RE = re.compile(r"[↓↑⬇⬆▼▲]\s*$")  # an infographic's arrow is a change's direction
# 甲地区PM2.5浓度下降了9.6%，乙地区4.3%，丙地区7.7%: places that follow a change with a bare
# value of the same unit share its verb (as 乙市85.2% after 甲市…为88.1% shares the level's words)
# (not 高于全省1个百分点: a gap to another place)
_PLACE = r"(?:(?!高于|低于|优于|好于|超过|多于|少于|[比较])[\u4e00-\u9fff]){1,8}(?:市|县|区|省|州|盟|旗|三角|地区|区域|城市群|平原|盆地|流域)"
_CARRIED_CHANGE_RE = re.compile(
    r"(?P<verb>上升|下降|提高|降低|增加|减少|改善|增长|升高|下滑|增幅为|降幅为)了?\s*\d+(?:\.\d+)?\s*(?P<unit>%|％|个百分点)"
    rf"(?:\s*[，,、]\s*{_PLACE}\s*\d+(?:\.\d+)?\s*(?:%|％|个百分点))*\s*[，,、]\s*{_PLACE}\s*$"
)
_DOWN_CHARS, _UP_CHARS = set("降落跌减低少缩"), set("升涨增高多腾攀扬扩")


def _unknown_verb_direction(text: str, start: int) -> ChangeDirection | None:
    m = _UNKNOWN_VERB_RE.search(text, max(start - 16, 0), start)
    if m is None:
        return None
    chars = set(m.group("w") or m.group("one"))
    down, up = bool(chars & _DOWN_CHARS), bool(chars & _UP_CHARS)
    return "down" if down and not up else "up" if up and not down else None


_BARE_LIST_TAIL_RE = re.compile(r"(?:\d+(?:\.\d+)?\s*[、和及与]\s*)+$")


_GROUP = r"\d+\s*个(?:地级及以上)?(?:城市|地市|设区市|市|县|区县|县区|盟市|站点|断面|点位)"
# 达标天数比例未达50%的14个城市: the line that defines a group of places, not a figure of theirs
# (but 14个城市的…比例不到50% is their figure, with a bound, as the labelling convention has it).
_GROUP_BOUND_AFTER_RE = re.compile(rf"\s*(?:以上|以下)?\s*的\s*{_GROUP}")
_BOUND_BEFORE_RE = re.compile(r"(?:不足|未达到?|低于|不到|超过|高于)\s*$")
_COUNTED_BOUNDED_RE = re.compile(
    rf"\d+\s*个{_COUNTED}(?:PM\s*2\.5|[^，,。；;\d]){{0,24}}(?:不足|未达到?|低于|不到|超过|高于)\s*$"
)


def _bounds_a_group(text: str, start: int, end: int) -> bool:
    """Whether the number is the bound that defines a counted group of places named after it
    (…未达50%的11个城市), or before it (甲、乙等9个城市达标天数比例低于50%: the count is the
    figure, the bound says which places it counts)."""
    if not _BOUND_BEFORE_RE.search(text, max(start - 4, 0), start):
        return False
    return bool(
        _GROUP_BOUND_AFTER_RE.match(text, end) or _COUNTED_BOUNDED_RE.search(text, max(start - 40, 0), start)
    )


# 重污染天数比率控制在1%以内 / 劣Ⅴ类比例控制在8.5%以内: a cap held to, an aim or a limit (not
# 年均浓度控制在了29微克, the level it was held at)
_CAP_BEFORE_RE = re.compile(r"控制(?:在|于)\s*$")
_CAP_AFTER_RE = re.compile(r"\s*(?:以内|以下|之内|内)")


# 森林覆盖率不低于42% / 优良天数不少于300天: a floor set for a figure is an aim; but the
# ecological red line is delineated as 不低于N万平方公里, the area it covers.
_FLOOR_RE = re.compile(r"(?:不低于|不少于|不小于|不得低于|不得少于)\s*$")
_RED_LINE_RE = re.compile(r"红线[^，,。；;！？\n\d]{0,16}$")


def _floored(text: str, start: int) -> bool:
    floor = _FLOOR_RE.search(text, max(start - 6, 0), start)
    return floor is not None and not _RED_LINE_RE.search(text, max(floor.start() - 24, 0), floor.start())


_SIZE_REMARK_LIST_RE = re.compile(
    r"(?P<way>升幅|增幅|涨幅|降幅|减幅|上升幅度|下降幅度|增长幅度|降低幅度|改善幅度)(?:较大|明显|较明显|最大)?\s*[，,]\s*"
    r"分别(?:为|是|达)\s*[:：]?\s*(?:-?\d+(?:\.\d+)?\s*(?:%|个百分点)?\s*[、，,和及]\s*)*$"
)
_PERCENTILE_AFTER_RE = re.compile(r"\s*(?:分)?位数|\s*分位")
_EFFECT_BEFORE_RE = re.compile(r"(?:影响|贡献)(?:值|量|幅度|程度)?(?:约|大约)?(?:为|是|达到?)\s*(?:约)?\s*$")


def _capped(text: str, start: int, end: int) -> bool:
    return (
        _CAP_BEFORE_RE.search(text, max(start - 6, 0), start) is not None
        and _CAP_AFTER_RE.match(text, end) is not None
    )


def _aimed_at(text: str, start: int) -> bool:
    """Whether the words before ``start`` make the number a target, a standard or a bound (the
    last of a list of bare numbers, 超出21、8及9微克, as much as its first)."""
    listed = _BARE_LIST_TAIL_RE.search(text, max(start - 40, 0), start)
    start = listed.start() if listed else start
    aim = _TARGET_BEFORE_RE.search(text, max(start - 24, 0), start)
    if aim is None:
        return False
    met = _MET_TARGET_RE.search(text, max(start - 24, 0), start)
    return met is None or aim.start() < met.start()


# 改善幅度前三的城市依次为甲市（10.2%）、乙市（8.1%）: values in brackets after the places of a
# list whose head names the size of a change are those changes.
_CHANGE_LIST_HEAD_RE = re.compile(
    r"(?P<word>改善幅度|下降幅度|上升幅度|降幅|升幅|增幅|涨幅|跌幅|减幅|改善率"
    r"|(?:下降|上升|改善|恶化)的(?:城市|地区|区县|县区|县|市))[^，,。；;！？\n\d]{0,16}?(?:为|是|有)\s*[:：]?\s*"
    r"(?:[\u4e00-\u9fff]{1,10}[（(][^()（）]{1,14}[)）]\s*[、，,和及]\s*)*[\u4e00-\u9fff]{1,10}[（(]\s*$"
)


_CHANGE_HEAD_RE = re.compile(r"同比变化|变化率|变化情况|变化幅度|同比增减|增减情况")


def _signed_change(text: str, start: int) -> ChangeDirection | None:
    """The direction a sign gives the number at ``start``: after what it is compared with (同比-3.6%),
    or after a place under a change head (同比变化：甲市-10.2%); None when no such sign."""
    sign = COMPARED_SIGN_RE.search(text, max(start - 12, 0), start)
    if sign is None and _CHANGE_HEAD_RE.search(text, max(start - 160, 0), start):
        sign = PLACE_SIGN_RE.search(text, max(start - 14, 0), start)
    if sign is None:
        return None
    return "down" if sign.group("sign") in "-－−" else "up"


def _in_dated_aside(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket that opens with another year (…优良率为93.1%。（2022年9月
    …优良率93.3%。）): the earlier period's figures, which the labelling keeps as previous values."""
    opened = max(text.rfind("(", max(pos - 120, 0), pos), text.rfind("（", max(pos - 120, 0), pos))
    if opened < 0 or max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) >= 0:
        return False
    aside = DATED_ASIDE_RE.match(text, opened)
    return aside is not None and aside.end() > pos


def _days_of_a_share(text: str, start: int, unit: str) -> bool:
    """Whether the bracketed count of days at ``start`` follows a share that is a level (比例63.0%
    （56.7天）), not a change (下降2.6个百分点（2.3天）, 下降2.6%（2.3天）)."""
    if unit != "天":
        return False
    share = _SHARE_BEFORE_DAYS_RE.search(text, max(start - 16, 0), start)
    if share is None:
        return False
    verb = _CHANGE_BEFORE_SHARE_RE.search(text, max(share.start() - 8, 0), share.start())
    # 优良天数比例63.0%（56.7天）, not one grade's part of them (优占27.2%（25天）)
    whole = _SHARE_OF_DAYS_RE.search(text, max(share.start() - 10, 0), share.start())
    return verb is None and whole is not None and not is_signed(text, share.start())


# 排名时PM2.5浓度、优良天数比率和综合指数各占50%、20%和30%的权重 / 权重分别为60%、40%: the
# weights of a ranking's measures, no figure of them
_WEIGHT_AFTER_RE = re.compile(r"(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*%)*\s*的?权重")
_WEIGHT_BEFORE_RE = re.compile(r"权重\s*(?:分别)?\s*(?:为|是|占)?\s*(?:\d+(?:\.\d+)?\s*%\s*[、和及与]\s*)*$")


def _classify(
    text: str, start: int, end: int, value: Decimal, mult: str, unit: str, plans: bool = False
) -> Mention:
    """The role of the number at [start, end). Percentage points are only ever a change: written
    as an earlier period's (去年同期为3.2个百分点) or as a level reached (由1.2个百分点扩大到3.4个百分点)
    they are a change with no direction, which nothing attaches, not a figure of their own."""
    found = _role(text, start, end, value, mult, unit, plans)
    if unit == "pp" and found.role not in ("change", "target"):
        return Mention(start, end, value, mult, unit, "change")
    return found


def _role(
    text: str, start: int, end: int, value: Decimal, mult: str, unit: str, plans: bool = False
) -> Mention:
    if not plans and (
        _aimed_at(text, start)
        or (_TARGET_AFTER_RE.match(text, end) and not _REACHED_AFTER_RE.match(text, end))
        or _in_plan_sentence(text, start, end)
        or _bounds_a_group(text, start, end)
        or _capped(text, start, end)
        or _REQUIRED_AFTER_RE.match(text, end)
        or _floored(text, start)
    ):
        return Mention(start, end, value, mult, unit, "target")
    if unit in ("%", "pp") and (size := _SIZE_REMARK_LIST_RE.search(text, max(start - 80, 0), start)):
        # 甲县、乙县升幅较大，分别为41.0%、22.5%: the sizes of the rises the remark names
        remarked: ChangeDirection = "up" if size.group("way")[0] in "升增涨" else "down"
        return Mention(start, end, value, mult, unit, "change", remarked)
    if unit == "%" and _PERCENTILE_AFTER_RE.match(text, end):
        return Mention(start, end, value, mult, unit, "threshold")  # 臭氧…90%位数值: a percentile
    if unit == "%" and (
        _WEIGHT_AFTER_RE.match(text, end) or _WEIGHT_BEFORE_RE.search(text, max(start - 24, 0), start)
    ):
        return Mention(start, end, value, mult, unit, "threshold")  # 各占50%、20%和30%的权重: weights
    if unit not in ("%", "pp") and _EFFECT_BEFORE_RE.search(text, max(start - 8, 0), start):
        # 气象条件对全省PM2.5浓度影响为3微克/立方米: a model's estimate of an effect, not a level
        return Mention(start, end, value, mult, unit, "threshold")
    if unit in ("%", "pp") and _CHANGE_RANGE_NEAR_END_RE.match(text, end):
        # 其中7个城市臭氧浓度同比上升(上升2.1%——14.8%): a range over places, no one place's change
        return Mention(start, end, value, mult, unit, "threshold")
    higher = (
        _HIGHER_THAN_LAST_YEAR_RE.search(text, max(start - 10, 0), start) if unit in ("%", "pp") else None
    )
    if higher is not None:  # 略高于去年同期0.8%: a change, not the value compared with (…同期的85%)
        than = higher.group("way") or higher.group("way2")
        return Mention(
            start, end, value, mult, unit, "change", "up" if than in "高差" else "down", than in "好优差"
        )
    if (
        is_previous(text, start, end)
        or _SAME_PERIOD_BEFORE_RE.search(text, max(start - 20, 0), start)
        or _in_dated_aside(text, start)
    ):
        return Mention(start, end, value, mult, unit, "previous")
    relative = _RELATIVE_IN_BRACKETS_RE.search(text, max(start - 30, 0), start) if unit == "%" else None
    if relative is not None:  # 同比下降8微克/立方米(20.0%): the same fall, relative
        said = relative.group("verb")
        return Mention(start, end, value, mult, unit, "change", _way_of(said), said in _JUDGED_VERBS)
    if (
        _ABSOLUTE_AFTER_CHANGE_RE.search(text, max(start - 4, 0), start)
        and not _days_of_a_share(text, start, unit)
        and not (
            unit in UNITS
            and UNITS[unit].kind == "count"
            and _SHARE_LEVEL_BEFORE_RE.search(text, max(start - 16, 0), start)
        )
    ):
        return Mention(start, end, value, mult, unit, "absolute")
    if arrives_from_previous(text, start):
        return Mention(start, end, value, mult, unit, "level")  # 由37.6%上升为48.2%: the level reached
    sign = is_signed(text, start)  # 下降-3.2%: the verb is before the sign, the change a rise
    verb = _CHANGE_VERB_RE.search(text, max(start - 9, 0), start - 1 if sign else start)
    if (
        verb is None
        and sign
        and unit in ("%", "pp")
        and _BRACKETED_SIGN_RE.search(text, max(start - 3, 0), start)
    ):
        return Mention(start, end, value, mult, unit, "change", "down")  # 永州市(-47.6%): a fall by its sign
    arrow = _ARROW_RE.search(text, max(start - 2, 0), start)
    if arrow is not None and unit in ("%", "pp"):  # 27微克/立方米（↓3.6%）/ 同比上升↑1.2个百分点
        return Mention(start, end, value, mult, unit, "change", "down" if arrow.group() in "↓⬇▼" else "up")
    signed = _signed_change(text, start) if verb is None and unit in ("%", "pp") else None
    if signed is not None:
        # 同比-3.6% / 同比变化率为-3.6% / 同比+1.2个百分点; 各市PM2.5浓度同比变化：甲市-10.2%，乙市+2.3%
        return Mention(start, end, value, mult, unit, "change", signed)
    listed = _CHANGE_LIST_HEAD_RE.search(text, max(start - 80, 0), start) if verb is None else None
    if listed is not None and unit in ("%", "pp"):  # 改善幅度前三的城市依次为甲市（10.2%）、乙市（8.1%）
        word = listed.group("word")
        way: ChangeDirection = "up" if word.startswith(("上升", "升", "增", "涨", "恶化")) else "down"
        return Mention(start, end, value, mult, unit, "change", way, word.startswith(("改善", "恶化")))
    carried = _CARRIED_CHANGE_RE.search(text, max(start - 120, 0), start) if verb is None else None
    if carried is not None and unit == ("pp" if carried.group("unit") == "个百分点" else "%"):
        word = carried.group("verb")
        return Mention(start, end, value, mult, unit, "change", _way_of(word), word in _JUDGED_VERBS)
    if verb is None and unit in ("%", "pp"):
        direction = _unknown_verb_direction(text, start)
        if direction is not None:
            return Mention(start, end, value, mult, unit, "change", direction)
    if (
        verb is not None
        and unit not in ("%", "pp")
        and _BECAME_RE.search(text, verb.start(), start) is not None
        and re.search(r"幅度|率|比例", verb.group()) is None
    ):
        return Mention(start, end, value, mult, unit, "level")  # 微幅增加为13.6 μg/m3: the level it became
    if verb is not None or unit == "pp":
        direction, word = None, verb.group("verb") if verb is not None else ""
        if verb is not None:
            word = re.sub(r"\s", "", word)
            direction = flipped(_way_of(word)) if sign else _way_of(word)
        return Mention(start, end, value, mult, unit, "change", direction, word in _JUDGED_VERBS)
    if extremes_named_after(text, end):
        return Mention(start, end, value, mult, unit, "level")  # …在86.2%~100%之间，最高为甲县: a place's
    if (
        (_THRESHOLD_AFTER_RE.match(text, end) and not _TARGET_NEXT_RE.match(text, end))
        or _CONDITION_AFTER_RE.match(text, end)
        or _marks_a_stage(text, start, end)
        or _milestone(text, start, value, unit)
        or _counted_at_full(text, start, end, value, unit)
        or _RANGE_FAR_END_RE.search(text, max(start - 24, 0), start) is not None
        or _SLOGAN_GLOSS_RE.search(text, max(start - 24, 0), start) is not None
        or _bounds_a_class(text, start, end)
    ):
        return Mention(start, end, value, mult, unit, "threshold")
    return Mention(start, end, value, mult, unit, "level")


__all__ = ["Mention", "find_mentions"]
