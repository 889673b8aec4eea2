"""Undo an SEO synonym spinner's swaps of words the rules read by name, before reading figures.

Copy farms run articles through a synonym "spinner" that swaps words for look-alikes: 污染 →
稠浊, 利用 → 专揽, 首次突破 → 初次普及, 连续 → 荟萃, 稳定 → 清晰, 达到 → 上述 / 抵达, 森林覆盖率 → 丛林笼罩率, 平均 → 均匀, 优良 → 精良,
分别 → 阔别, 其中 → 个中, 低于 → 幼于. This is a dictionary
of such tools' substitutions (each seen in real spun pages); every swap is the same
length as the word it undoes (荟萃5年清晰达标 is 连续5年稳定达标) and is applied only where the spun
word cannot be meant literally, so offsets and quotes are unchanged. A spun change verb right after
同比 is read as a change by its characters (``quantities``: 着落 / 降落 fall, 飞腾 rises); before a
number anywhere (同比别离降落12.5%、15%: inside a list) it is undone here.
"""

from __future__ import annotations

import re

# spun word (with the context that makes it a spin) -> the word it replaced, same length
_SWAPS = (
    (re.compile(r"稠浊"), "污染"),
    (re.compile(r"专揽(?=率)"), "利用"),
    (re.compile(r"初次普及(?=\s*\d)"), "首次突破"),
    (re.compile(r"荟萃(?=\s*\d{1,2}\s*年)"), "连续"),
    (re.compile(r"清晰(?=达标|保持)"), "稳定"),
    (re.compile(r"上述(?=了\s*\d)"), "达到"),
    (re.compile(r"丛林(?=笼罩率|笼盖率|覆盖率|蓄积|面积)"), "森林"),
    (re.compile(r"(?<=森林|林木|绿化)笼(?:罩|盖)率"), "覆盖率"),
    (re.compile(r"均匀(?=为?\s*\d)"), "平均"),
    (re.compile(r"精良(?=率|天数)"), "优良"),
    (re.compile(r"抵达(?=\s*\d)"), "达到"),
    (re.compile(r"阔别(?=[为是:：]|\s*\d)"), "分别"),
    (re.compile(r"个中(?=[\u4e00-\u9fff]{1,8}?[市县区州])"), "其中"),
    (re.compile(r"幼于(?=(?:等于)?\s*\d)"), "低于"),
    # another tool's thesaurus: 共比下落5.1% (同比下降), 微克/坐圆米 (立方米), 个百分面 (个百分点),
    # 均匀浓度 (平均), 氛围量量 (空气质量), 沉度及以上净化天数 (重度及以上污染天数), 持仄 (持平),
    # 天级及以上乡市 (地级及以上城市)
    (re.compile(r"共比(?=[\u4e00-\u9fff]{0,3}\s*-?\d|持)"), "同比"),
    (re.compile(r"坐圆米"), "立方米"),
    (re.compile(r"(?<=个)百分面"), "百分点"),
    (re.compile(r"均匀(?=浓度|值|氛围|空气|精良|优良|优秀|沉度|重度)"), "平均"),
    (re.compile(r"氛围(?=量量|质量|精良|优良)"), "空气"),
    (re.compile(r"(?<=空气)量量"), "质量"),
    (re.compile(r"沉度(?=及以上|净化|污染)"), "重度"),
    (re.compile(r"(?:(?<=以上)|(?<=重度|轻度|中度))净化(?=天|过程)"), "污染"),
    (re.compile(r"持仄"), "持平"),
    (re.compile(r"天级(?=及以上)"), "地级"),
    (re.compile(r"(?:(?<=个)|(?<=以上)|(?<=”))乡市(?=[A-Z\u4e00-\u9fff])"), "城市"),
    # and a third: 均匀优秀天数份额为89.6%，同比进步1.9个百分点 (平均优良天数比例, 改善: a judged word), 浓度别离为
    # (分别), 生态掩护红线 (保护)
    (re.compile(r"(?:(?<=平均)|(?<=均匀))优秀(?=天数)|优秀(?=天数份额)"), "优良"),
    (re.compile(r"优秀合格(?=率)"), "优良达标"),  # 优秀合格率88.2% (优良达标率)
    # 由2016年的67.8%大幅提高就到2021年的84.9%: a filler word between the verb and 到
    (re.compile(r"(?<=提高|下降|降低|上升|增加|减少|增长|提升)就(?=到|至)"), " "),
    (re.compile(r"(?<=天数)份额"), "比例"),
    (re.compile(r"(?<=同比)进步(?=了?\s*\d)"), "改善"),
    (
        re.compile(r"别离(?=[为是:：]|\s*\d|降低|下降|上升|提高|增加|减少|降落|着落|飞腾|上涨|位列|位居|排)"),
        "分别",
    ),
    # 差Ⅴ类断面比例: the worst class, 劣 spun to its synonym (no class is called 差Ⅴ类)
    (re.compile(r"(?<![较最])差(?=[ⅤV五]类)"), "劣"),
    # 同比别离降落12.5%、15%: the spun fall verb before a number, inside a list too
    (re.compile(r"(?:降落|着落)(?=\s*-?\d)"), "下降"),
    (re.compile(r"飞腾(?=\s*-?\d)"), "上升"),
    (re.compile(r"掩护(?=红线)"), "保护"),
    # the same tool on water: 水质优秀(Ⅰ~Ⅲ类)份额91.11% (水质优良比例), 上升份额别离为14.0% (上升幅度)
    (re.compile(r"(?<=水质)优秀(?=份额|比例|[(（])"), "优良"),
    (re.compile(r"(?<=上升|下降|降低|提高|增加|减少)份额"), "幅度"),
    (re.compile(r"份额(?=\s*(?:别离|分别)?\s*(?:为|是|达到|达)?\s*[:：]?\s*\d)"), "比例"),
    # a fourth: 空气质量合格天数份额为88.6% (达标天数比例), 较上月削减1.2个百分点 (减少),
    # 较上月添加2微克 (增加), 空气质量归纳指数 (综合指数), 其间，甲市… (其中)
    (re.compile(r"合格(?=天数)"), "达标"),
    (re.compile(r"(?<=质量)归纳(?=指数)"), "综合"),
    (re.compile(r"削减(?=了?\s*\d)"), "减少"),
    (re.compile(r"(?<=同比|上月|上年|去年)添加(?=了?\s*\d)"), "增加"),
    (re.compile(r"(?<=[，,])其间(?=[，,])"), "其中"),
)
_HINT_RE = re.compile(
    r"(?:提高|下降|降低|上升|增加|减少|增长|提升)就(?:到|至)|合格天数|归纳指数|削减|添加|其间|稠浊|专揽|初次普及|荟萃|清晰|上述|丛林|笼罩率|笼盖率|均匀|精良|抵达|阔别|个中|幼于|共比|坐圆米|百分面|氛围|沉度|净化|持仄|天级|乡市|优秀|份额|进步|别离|掩护|降落|着落|飞腾|差[ⅤV五]类"
)


# Small Roman numerals (ⅰ~ⅲ类, a lowercased mirror) are the water classes' capitals.
_SMALL_ROMAN = str.maketrans("ⅰⅱⅲⅳⅴⅵ", "ⅠⅡⅢⅣⅤⅥ")


def despun(text: str) -> str:
    """``text`` with the spinner's swaps undone and small Roman numerals capitalised (same
    length, same offsets)."""
    text = text.translate(_SMALL_ROMAN)
    if _HINT_RE.search(text) is None:
        return text
    spun = _OTHER_SPIN_RE.search(text) is not None
    for pattern, original in _SWAPS:
        text = pattern.sub(original, text)
    # 优秀 before 天数 is spun only where the tool's other words are (优秀天数达N天、优秀合格率…);
    # elsewhere 其中优秀天数11天 is one grade's days
    return _EXCELLENT_DAYS_RE.sub("优良", text) if spun else text


_OTHER_SPIN_RE = re.compile(r"均匀|份额|别离|进步|着落|飞腾|降落|优秀合格率|合格天数|稠浊|精良")
_EXCELLENT_DAYS_RE = re.compile(r"优秀(?=天数)")
