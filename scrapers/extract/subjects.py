"""The subject of a quantity: the nearest noun phrase naming what is measured or counted.

Counts usually name their subject after the unit (新建了6个省级执法实战基地); levels name it
before the number (空气优良天数比率95.5%, 招录人员193名). Leading places, times, adverbs and
verbs, and trailing linking words (为 / 达到 / 首次超过), are trimmed off.
"""

from __future__ import annotations

import re

from scrapers.extract.context import PROVINCES

_LEADING = re.compile(
    "^(?:" + "|".join(PROVINCES) + r"|[\u4e00-\u9fff]{2}市(?=[\u4e00-\u9fffA-Z])"
    r"|\d{1,2}\s*、|[一二三四五六七八九十]{1,3}、|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]"  # list numbers (2、 / 三、 / (一))
    r"|其中|全年|当年|今年|去年|目前|截至目前|截至\d{4}年底?|到\d{4}年底?|\d{4}年(?:度|底|全年)?"
    r"|\d{1,2}月(?:份|底)?|全省各级|全省|全市|全国|中国|我国|省内|全系统|各级|我省|我市|我们|我厅"
    r"|累计(?=建成|完成|投入|争取|下达|办理|查处|培育|创建|新增|实施|招录|培训)|稳步|大力|积极|深入|全面|持续|加快|扎实|有序|着力|先后|累计共|共计|共有|共"
    r"|新建了?|建成了?|推进实施|推进|实施|落实了?|引进了?|具有|拥有|完成了?|开展了?|争取了?"
    r"|投入了?|下达了?|推动|组织|培育|创建|获批|新增|办理|查处|立案|推选发布了?|发布了?|出台了?"
    r"|成功|申报|立项|其|并|已|将|在|的|，|,|、|\s)"
)
_TRAILING = re.compile(
    r"(?:目前已经|目前已|现已|已经|目前|已"
    r"|首次超过|首次突破|首次达到|首次|超过|突破|达到了?|达|为|是|约|近|总计|合计|共计|共"
    r"|保持在|稳定在|提高到|提高至|提升至|提升到|上升至|上升到|下降至|下降到|降至|升至|分别为|分别"
    r"|(?<![平年月])均为|(?<![平年月])均|同比|较上年|比上年|较去年|比去年|累计达|以上|，|,|、|\s"
    r"|(?<=[升降高低长少加善])了|不降反升|上升|下降|提高|降低|增长|减少|增加|改善|提升|下滑|回落|上涨|回升|攀升|升高|上扬|下跌|下落|降落)$"
)
_AFTER_STOP = re.compile(
    r"和|及|与|、|分别|共同|先后|开展|领衔|参与|通过|获得|获|被|已|均|全部|实现|纳入|入选|完成|的"
)
_CLAUSE_STOP = "，,。；;：:！？!?\n（("
_RATIO_TAIL = re.compile(r"(?:水质|空气质量)?(?:优良)?(?:比例|比率|浓度|达标率|覆盖率|为|达)+$")
_RELATIONAL = ("累计", "成交额", "交易额", "总额", "总量")


def trim(phrase: str) -> str:
    """Drop leading places/times/verbs and trailing linking words from a candidate subject."""
    previous = None
    while phrase and phrase != previous:
        previous = phrase
        phrase = _LEADING.sub("", phrase, count=1)
        phrase = _TRAILING.sub("", phrase, count=1)
    return phrase


def subject_before(text: str, start: int, pos: int) -> tuple[str, int]:
    """Trimmed subject from ``text[start:pos]`` and where it begins (``pos`` when empty)."""
    raw = text[start:pos]
    subject = trim(raw)
    if not subject:
        return "", pos
    offset = raw.find(subject)
    return subject, start + max(offset, 0)


_LETTERS_TAIL_RE = re.compile(r"[A-Za-z]+$")


def subject_after(text: str, end: int, limit: int) -> tuple[str, int]:
    """The noun phrase right after a count unit (6个|省级执法实战基地), and where it ends."""
    stop = end
    depth = 0
    while stop < limit and stop - end < 24:
        ch = text[stop]
        if ch in "“「『":
            depth += 1
        elif ch in "”」』":
            depth -= 1
        elif depth <= 0 and (ch in _CLAUSE_STOP or ch.isdigit() or _AFTER_STOP.match(text, stop)):
            break
        stop += 1
    subject = text[end:stop]
    if stop < limit and text[stop].isdigit():
        # 12个国考断面水质优良比例100%: the ratio words belong to the next figure
        # 6个区县PM2.5浓度达标: the letters a digit cut off name the next figure's pollutant
        cut = _LETTERS_TAIL_RE.sub("", subject).rstrip()
        subject, stop = (cut, end + len(cut)) if cut and cut != subject else (subject, stop)
        subject = _RATIO_TAIL.sub("", subject) or subject
    return subject, stop


def starts_a_noun(text: str, end: int) -> bool:
    """Whether a count unit is followed by what it counts (个|基地), not by punctuation."""
    if end >= len(text):
        return False
    ch = text[end]
    return ch in "“「『" or ("\u4e00" <= ch <= "\u9fff" and not _AFTER_STOP.match(text, end))


def with_context(subject: str, previous_clause: str) -> str:
    """累计成交额 after 推进排污权储备交易试点 -> 排污权储备交易累计成交额."""
    if not subject.startswith(_RELATIONAL) or not previous_clause:
        return subject
    head = re.sub(r"(?:试点|工作|改革|建设|机制)$", "", trim(previous_clause))
    return head + subject if 0 < len(head) <= 16 else subject
