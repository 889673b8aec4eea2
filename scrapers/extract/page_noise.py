"""Mirror noise blanked out before figures are read, one character for one (offsets hold).

- Doubled punctuation (``,,`` ``,。`` ``，，``): copy farms and converters repeat marks, and a rule
  that reads ``，同比持平`` after a figure does not expect ``,,同比持平``. The run keeps its
  strongest mark (。 over ；/; over ：/: over ，/, over 、) and the rest become spaces; a comma run
  with 、 in it (``,、``) keeps the 、 of the list it stands in.
- A character lost as ``*`` where only 最 fits (改善幅度*大).
- A pollutant's subscript lost to a space (``SO 浓度``, ``NO 濃度``): the space becomes the digit; in
  brackets, lost to a break, marks or a space (``二氧化硫(SO\n,?)``), the first of them does.
- A pollutant's bracket left open with its value glued on (``细颗粒物(PM2.527微克/立方米``,
  ``(SO29微克``): the bracket goes and a space stands between the name and the value.
- A colon after 分别为 / 依次为 opening a list of values (``浓度分别为：14微克/立方米、26…``):
  the list rules read the values right after the word, so the colon becomes a space.
- A microgram pollutant's value written in 毫克 (``PM2.5平均浓度为43毫克/立方米``): no city's PM2.5 is
  43 mg/m³, so a value of 5 or more after PM2.5, PM10, SO2, NO2 or ozone (not CO) is μg/m³.
- PM2.5 set on lines of its own (``PM¶¶2.5¶¶浓度``): the breaks become spaces.
- A micro sign lost to a question mark (``53?g/m3``): it is put back.
- Good days counted with 个 (``351个“蓝天”``, ``170个好天``, ``178个“优良天”``, ``131个达标天``): read as days (``351天“蓝天”``).
- The ozone percentile in brackets (``臭氧8小时(90%)浓度``): part of the name, not a share; blanked.
- An ASCII full stop ending a sentence (``同比持平.PM10年均浓度``, ``占21.6%.全市``,
  ``微克/立方米.2024年``): pages typed on a Western keyboard and PDF text layers write ``.`` for
  ``。``, and the rules that stop a subject or a change at a sentence's end read only ``。``. A
  ``.`` after a Chinese character, a closing mark, ``%`` or a unit's ``m3``/``m³`` becomes
  ``。``, and so does one after a number with a Chinese character or the line's end after it
  (``比例为0.全省``); a decimal point has digits on both sides (十二.六 too; 天数.3天 is a
  decimal that lost its whole part), a list's ``1.`` at a line's start
  keeps its place, and an ellipsis (``...``) stays.
- Gambling and casino names injected into sentences (威尼斯人官网, 《金年会app网址》,
  星空体育官网): they stand between a subject and its number. They become spaces.
"""

from __future__ import annotations

import re

_RUN_RE = re.compile(r"[,，、;；:：。]{2,}")
_LOST_MOST_RE = re.compile(r"(?<=幅度)\*(?=[大小])|(?<=[，,])\*(?=[大小]的)")
_LIST_MARKS = frozenset(",，、")
_STRENGTH = {"。": 5, "；": 4, ";": 4, "：": 3, ":": 3, "，": 2, ",": 2, "、": 1}
_SPAM_RE = re.compile(
    r"(?:威尼斯人|金年会|星空体育|开云体育|亚博体育|乐鱼体育|华体会|九游会|爱游戏|欧宝体育|新葡京|365bet|bet365)"
    r"(?:赌城|赌场|娱乐场|娱乐)?(?:官方网站|官网|网址|平台|入口|登录|注册|下载|app|APP)*"
    r"|《[^《》\d]{1,8}(?:app|APP)?网址》"  # 《金年会app网址》: a site name in title marks
)
# SO 浓度为9 / NO 濃度 / O 浓度: a page that dropped a pollutant's subscript, leaving its space.
_LOST_SUBSCRIPT_RE = re.compile(r"(?<![A-Za-z])(SO|NO|O)\s(?=\s*(?:浓度|濃度|年均|年平均|平均浓度|平均濃度))")
_SUBSCRIPT = {"SO": "SO2", "NO": "NO2", "O": "O3"}
# 二氧化硫(SO\n,?) / (NO?) / (O ): a formula in brackets whose subscript a mirror turned into a break,
# marks or a space; the ? would end the sentence inside the bracket.
_LOST_BRACKET_SUBSCRIPT_RE = re.compile(r"(?<=[(（])(SO|NO|O)([\s,，?？]{1,4})(?=[)）])")
# 臭氧8小时(90%)浓度 / 臭氧8小时（第90百分位）: the percentile the name is of
_PERCENTILE_RE = re.compile(r"(?<=8小时)\s*[(（]\s*第?\s*90\s*(?:%|％|百分位数?|th)\s*[)）]")
# (PM1052微克 / (O3-8h81微克: an unclosed bracket, the value glued to the pollutant's name
_GLUED_VALUE_RE = re.compile(
    r"[(（](?P<name>PM2\.5|PM10|SO2|NO2|CO|O3(?:-8[hH])?)(?P<value>\d+(?:\.\d+)?)(?=\s*(?:微克|μg|µg|ug|毫克|mg))"
)
# 分别为：14、26 / 依次是: 45: a list of values opened with a colon
_LIST_COLON_RE = re.compile(r"(?<=[分依][别次][为是])(\s*[:：])(?=\s*\d)")
# 细颗粒物…浓度为43毫克/立方米: a slip of the unit (CO's is the only mg/m³ concentration)
_SLIPPED_MG_RE = re.compile(
    r"(?P<name>PM\s*2\.5|PM\s*10|SO\s*2|NO\s*2|O\s*3|细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|臭氧)"
    r"(?P<gap>[^，,。；;\dＣC一]{0,16}?(?:为|是|达|:|：)?\s*)(?P<num>\d+(?:\.\d+)?)\s*毫克(?=/立方米|每立方米)"
)
# 351个“蓝天” / 170个好天: days counted as things (62⏎个优良天: a line may break before 个)
# (蓝天 only in quotes: 15个蓝天 in a Shandong headline is its 蓝天白云、繁星闪烁 days, another count)
_GOOD_DAYS_COUNTED_RE = re.compile(
    r"(?<=\d)(?P<gap>[ \t\n]?)个(?=\s*(?:[“\"]?好天|[“\"]蓝天[”\"]|[“\"]?(?:优良|达标)天(?!数|气))(?!气|白云|保卫|行动|工程))"
)
_HINT_RE = re.compile(
    r"好天|蓝天|良天|标天|毫克|[?？]\s*g\s*/|[为是]\s*[:：]|[(（](?:PM|SO|NO|CO|O3)|8小时\s*[(（]|(?:SO|NO|O)\s|[,，、;；:：。]{2}|威尼斯|金年会|星空|开云|亚博|乐鱼|华体|九游|爱游戏|欧宝|葡京|bet|网址》"
)


# 同比持平.PM10 / 占21.6%.全市 / 微克/立方米.2024年: a sentence ended with an ASCII full stop
# (not 1.5, not 图1.2, not a list's 1.全省 at a line's start, not an ellipsis ...)
# …比例为83.6%；同比下降1.4个百分点: a semicolon right after a figure, before a comparison that
# names no subject, only sets off that figure's change (a comma, as most pages write it)
# The words that say a change is year on year and name nothing else (passage.py reads them too)
YEAR_ON_YEAR_WORDS = r"同比|环比|较上年|比上年|较去年|比去年|与上年相比|与去年相比"
_SEMICOLON_BEFORE_CHANGE_RE = re.compile(
    rf"(?<=[\d%％米天])[；;](?=(?:{YEAR_ON_YEAR_WORDS})[,，]?"
    r"(?:下降|上升|提高|降低|增加|减少|持平|改善|增长|提升))"
)
_ASCII_STOP_RE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff%％)）”」』》Ⅰ-Ⅻ])|(?<=m3)|(?<=m³))"
    r"(?!(?<=[〇零一二两三四五六七八九十])\.[〇零一二三四五六七八九])\.(?![.．])"  # not 十二.六
    # (not 优良天数.3天: a decimal whose whole part a mirror lost, the value's unit right after it)
    r"(?!\d+\s*(?:天|%|％|微克|[μµu]g|毫克|mg|个百分点))"
    r"|(?<=[^\s\d.．])(?P<number>[0-9]{1,3})\.(?=[\u4e00-\u9fff]|\s*$)",
    re.MULTILINE,
)


# 53?g/m3 / 37？g/m³: a micro sign a mirror lost to a question mark
_LOST_MICRO_RE = re.compile(r"(?<=\d)(\s*)[?？](?=\s*g\s*/\s*m)")


# PM¶¶2.5¶¶浓度: a PDF layer that set the subscript on lines of its own
_BROKEN_PM_RE = re.compile(
    r"(?<=PM)([ \t]*\n\s*)(?=(?:2\.5|10)[ \t]*\n)|(?:(?<=PM2\.5)|(?<=PM10))([ \t]*\n\s*)(?=[\u4e00-\u9fff])"
)


def _keep_strongest(m: re.Match[str]) -> str:
    run = m.group()
    if "、" in run and set(run) <= _LIST_MARKS:
        return "、" + " " * (len(run) - 1)  # 11.9%,、17.4%: a list's mark with a converter's comma
    strongest = max(run, key=lambda ch: _STRENGTH[ch])
    return strongest + " " * (len(run) - 1)


def _as_micrograms(m: re.Match[str]) -> str:
    if float(m.group("num")) < _MG_SLIP_FLOOR:
        return m.group()
    return m.group().replace("毫克", "微克")


_MG_SLIP_FLOOR = 5  # mg/m³: no pollutant but CO reaches this; a value this high is μg/m³ written wrong


def blank_page_noise(text: str) -> str:
    """``text`` with doubled punctuation reduced to its strongest mark and injected gambling
    names blanked, padded with spaces to the same length."""
    if "." in text:
        text = _ASCII_STOP_RE.sub(lambda m: (m.group("number") or "") + "。", text)
    if ";" in text or "；" in text:
        text = _SEMICOLON_BEFORE_CHANGE_RE.sub(",", text)
    if "*" in text:  # 改善幅度*大: a page that lost a character (最) as *
        text = _LOST_MOST_RE.sub("最", text)
    if "PM\n" in text or "PM \n" in text:
        text = _BROKEN_PM_RE.sub(lambda m: " " * len(m.group()), text)
    if _HINT_RE.search(text) is None:
        return text
    text = _LOST_SUBSCRIPT_RE.sub(lambda m: _SUBSCRIPT[m.group(1)], text)
    text = _LOST_MICRO_RE.sub(lambda m: m.group(1) + "μ", text)
    text = _LOST_BRACKET_SUBSCRIPT_RE.sub(
        lambda m: _SUBSCRIPT[m.group(1)] + " " * (len(m.group(2)) - 1), text
    )
    text = _LIST_COLON_RE.sub(lambda m: " " * len(m.group(1)), text)
    text = _SLIPPED_MG_RE.sub(_as_micrograms, text)
    text = _GOOD_DAYS_COUNTED_RE.sub(lambda m: m.group("gap") + "天", text)
    text = _PERCENTILE_RE.sub(lambda m: " " * len(m.group()), text)
    text = _GLUED_VALUE_RE.sub(lambda m: f"{m.group('name')} {m.group('value')}", text)
    text = _SPAM_RE.sub(lambda m: " " * len(m.group()), text)
    return _RUN_RE.sub(_keep_strongest, text)
