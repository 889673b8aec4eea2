"""Turn the quantities of one answer span into ``Indicator`` records, sentence by sentence.

Within a sentence, a change, rank or record qualifies the nearest figure of its own clause,
else the last figure before it, else the first one after it; a cover phrase (两项指标…) hands a
rank to that many figures. Changes and streaks left with no figure become generic indicators.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Indicator, TextSpan, Topic
from scrapers.extract import (
    change_attach,
    changes,
    coding,
    context_rules,
    level_subjects,
    modifier_attach,
    place_lists,
    ranks,
    subjects,
)
from scrapers.extract import respectively as respectively_
from scrapers.extract.catalog import GENERIC_BY_KIND, catalog_by_code
from scrapers.extract.listed_years import each_listed_year, listed_years
from scrapers.extract.magnitudes import absolute_magnitude, magnitude_change
from scrapers.extract.modifiers import find_modifiers
from scrapers.extract.naming import match_code
from scrapers.extract.numbers import UNITS, to_base
from scrapers.extract.passage_context import PassageContext
from scrapers.extract.quantities import Mention, find_mentions
from scrapers.extract.segments import Segment, full_sentences, sentences
from scrapers.extract.sentence import Sentence
from scrapers.extract.topic import Topic as InView
from scrapers.extract.topic import entering, passed_on
from scrapers.extract.years import find_period, index_years

_NOT_SUBJECTS = ("指标", "主要指标", "数据", "")
# 而9月份上述数据分别为…: the figures just stated, as they were in another period.
_EARLIER_DATA_RE = re.compile(r"(?:上述|以上|前述)(?:数据|指标|数值|各项)")
# 出现1天重度污染: a count of days that names what the days were after the unit.
_POLLUTION_AFTER_RE = re.compile(
    r"(?:都|均|全部)?(?:保持在?|达到|为|是)?(?:空气质量)?(?:重度及以上污染|重度污染|重污染|严重污染|轻度污染|中度污染|优良)"
)  # 31天都保持在优良天数指标 / 出现1天轻度污染 / 302天为空气质量优良
# 空气质量共有341天达标: days the air met the standard, after the count.
# 全市空气质量达标296天: days the air met the standard, the count right after 达标.
_AIR_MET_BEFORE_RE = re.compile(r"(?<![不未])(?:达标|达到二级(?:标准)?|达到国家二级(?:标准)?)\s*(?:的)?\s*$")
# 占有效监测天数(365天) / 占总天数243天的: the days monitored, a denominator
_DAYS_MONITORED_RE = re.compile(
    r"(?:监测|有效|(?<!优良)(?<!达标)总)(?:监测)?(?:天数|日数)\s*(?:[(（]|为)?\s*$"
)  # (空气优良总天数221天: the good days' total, not all days)
_SHARE_OF_ALL_DAYS_RE = re.compile(r"占(?:全年)?(?:总|有效|监测)(?:监测)?(?:天数|日数)\s*\d+\s*天的?\s*$")
_SOURCES_LEAD_RE = re.compile(r"饮用水(?:水)?源(?:地)?\s*(?:中|里|方面)\s*[，,]?\s*$")
_BARE_RATE_RE = re.compile(r"\s*(?:全年)?(?:达标率|达标比例|所占比例|比例|比率|占比)\s*(?:为|是|达到|达)?\s*")
_RATIO_OF_DAYS = {
    "good_air_days_count": "good_air_days_ratio",
    "heavy_pollution_days_count": "heavy_pollution_days_ratio",
}
# 5处入选“省级美丽河湖” / 44个获评…示范区: a count of what won a title, the title after the verb
_WON_AFTER_RE = re.compile(r"\s*(?:入选|获评|荣获|获得|被评为|被命名为|被授予)[^，,。；;！？\n]{2,30}")
_MET_AFTER_RE = re.compile(r"\s*达标(?![率比])")
_AIR_MET_AFTER_RE = re.compile(r"\s*(?:全部?|均|都)?(?:达标|达到优良|达到二级)(?![率比])")  # 30天全达标
# 181天好天 / 只有9天是好天 / 338天“蓝天” / 131个达标天: the good days in everyday words
_GOOD_DAYS_AFTER_RE = re.compile(
    r"\s*(?:是|为)?\s*(?:[“\"]?好天|[“\"]蓝天[”\"]|[“\"]?(?:优良|达标)天(?!数|气))(?!气|白云|保卫|行动|工程)"
    r"|\s*(?:的)?空气质量(?:都|均)?(?:处于|保持|达到|为)(?:在)?优良(?:水平|等级|级别)?"  # 全年有310天空气质量均处于优良水平
)
_DAYS_LIST_TAIL_RE = re.compile(
    r"(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*天)+\s*"
    r"(?P<category>重度及以上污染|重度污染|重污染|严重污染|轻度污染|中度污染|优良)"
)
# 甲省被问责的人数最多，达到1282人: the clause before names what the count is of.
_MOST_BEFORE_RE = re.compile(
    r"(?P<what>[^，,。；;\d]{2,20}?(?:人数|数量|个数|件数|家数|案件数|数))(?:最多|最少|最高|最低)\s*$"
)
_ONLY_A_VERB_RE = re.compile(r"\s*(?:达到|达|为|是|有|共|计)?\s*")
# 问题640个，已完成598个: a count whose words are only "done" after a count of the same
# unit counts the done ones of those.
_DONE_OF_THOSE_RE = re.compile(
    r"\s*(?:其中)?\s*(?:已经?|均已)?(?:全部)?\s*(?:完成|办结|整改(?:完成|到位)?|解决|销号|查处)(?:了)?\s*"
)
# 全市5区3县 / 120村 / 12省份: measure words that are the places counted.
_PLACE_UNITS = frozenset({"县", "区", "镇", "村", "乡镇", "市", "省", "省份", "城市", "地市", "地"})
# 优良水体比例为83.3%(25个): a bare count in brackets right after a share counts what the share is of.
_BRACKET_OPEN_RE = re.compile(r"\s*[(（]\s*")
_SHARE_WORD_RE = re.compile(r"(?:的)?(?:比例|比率|占比|所占比例|达标率|优良率)$")


def _share_bracketing(s: Sentence, m: Mention, drafts: list[Indicator]) -> str | None:
    """What the share right before the bracket around ``m`` is of, without its share word."""
    lead = drafts[-1] if drafts else None
    if lead is None or lead.unit_base != "%" or not _BRACKET_OPEN_RE.fullmatch(s.text, lead.end, m.start):
        return None
    return _SHARE_WORD_RE.sub("", lead.subject) or None


# 越冬水鸟52种、1.3万只: a count right after another, joined by 、/和/及, counts the same thing.
_JOINED_RE = re.compile(r"\s*[、和及]\s*")
# 、乙省 between two counts of one list: the next member's place, nothing counted of its own.
_NEXT_PLACE_RE = re.compile(r"\s*[、，,]\s*[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|盟|自治区)\s*")
_RESPONSE_RE = re.compile(r"应急|应对|预警|管控|响应")
# A count whose words run on into the name of a ratio and its value (…断面Ⅰ~Ⅲ类水质比例为92.7%)
# counts the ratio's scope.
_RATIO_NAMED_AFTER_RE = re.compile(
    r"[^，,。；;：:\d]{1,30}?(?:比例|比率|占比|达标率|优良率)\s*(?:为|是|达到|达)?\s*\d"
)
_DAYS_NOUN_RE = re.compile(r"(?:重度及以上污染|重度污染|重污染|严重污染|优良)天")
# A day category written right before a count of days (优良 110天): the days of that category.
_DAY_CATEGORY_END_RE = re.compile(r"(?:优良|重度及以上污染|重度污染|重污染|严重污染)\s*$")


def extract_indicators(
    text: str, span: TextSpan, province: str | None, ctx: PassageContext
) -> list[Indicator]:
    """All indicators of ``text[span.start:span.end]``; offsets index ``text``. ``ctx`` gives the
    fallback year, the calendar and the heading's topic; within the span, each sentence passes on
    the water body and the codes it named (``topic.Topic``)."""
    return extract_indicators_and_topic(text, span, province, ctx)[0]


def extract_indicators_and_topic(
    text: str, span: TextSpan, province: str | None, ctx: PassageContext
) -> tuple[list[Indicator], InView]:
    """``extract_indicators``, and the topic the span ends on (what its last sentences named),
    which the next paragraph of running text starts from."""
    out: list[Indicator] = []
    stated = index_years(text, span.start, span.end, ctx.roc, ctx.titled or None, ctx.dateline)
    topic = ctx.heading
    for full in full_sentences(text, span.start, span.end):
        for seg in sentences(text, full.start, full.end):
            topic = entering(topic, text[seg.start : seg.end])
            found = _sentence_indicators(Sentence(text, seg, full, span, province, (stated, ctx), topic))
            topic = passed_on(topic, text[seg.start : seg.end], found)
            out.extend(found)

        # a list's year: the last one stated before it, in its own sentence too (公布2017年12月…排名，依次为)
        def year_at(pos: int) -> int | None:
            return stated.last_before(span.start, pos) or ctx.year

        out.extend(ranks.ordered_lists(text, span, full.start, full.end, year_at))
        out.extend(ranks.listed_before_range(text, span, full.start, full.end, year_at))
    return out, topic


def _sentence_indicators(s: Sentence) -> list[Indicator]:
    mentions = find_mentions(s.text, s.seg, plans=s.span.topic is Topic.PRIORITIES)
    drafts: list[Indicator] = []
    bases: set[int] = set()  # drafts that are only what another figure is compared with
    for m in mentions:
        if m.role in ("level", "previous"):
            draft = _level(s, m, mentions, drafts)
            if draft is not None and m.role == "previous" and _compared_with(draft, drafts):
                continue
            # 比重从2.41%提高到4.02%: an earlier value of a generic quantity is a figure of its own;
            # 由27下降至23微克/立方米: that of a catalog indicator is only the previous value
            if draft is not None and (m.role == "level" or draft.code in GENERIC_BY_KIND.values()):
                if m.role == "previous":
                    bases.add(len(drafts))
                elif _earlier_value_of(draft, drafts, bases):
                    bases.discard(len(drafts) - 1)  # 劣Ⅴ类断面由5个减少至3个: 5 is only the 3's earlier value
                    drafts.pop()
                drafts.append(draft)
    orphans: list[Indicator] = []
    spread = change_attach.spread_respective_changes(s, mentions, drafts, orphans, frozenset(bases))
    for m in mentions:
        if m.role == "change" and m.direction and m.unit in ("%", "pp") and m not in spread:
            orphans.extend(change_attach.attach_change(s, m, drafts, frozenset(bases)))
    for m in mentions:
        if m.role == "change" and m.direction and m.unit not in ("%", "pp"):
            change_attach.attach_absolute(s, m, drafts)
    for mod in find_modifiers(s.text, s.seg):
        orphans.extend(modifier_attach.attach_modifier(s, mod, drafts))
    drafts = [_span_end_year(s, changes.settled(d, s.text)) for d in drafts]
    drafts = _named_range_ends(s, drafts)
    drafts = _listed_places(s, drafts)
    drafts = each_listed_year(s, listed_years(s, drafts))
    drafts = [split for d in drafts for split in _per_place(s, d)]
    return sorted(drafts + orphans, key=lambda ind: ind.start)


# 优良率在86.2%~100%之间，最高为甲县和乙县，最低为丙区 / 浓度在21.6~33.9微克/立方米之间，最低为…
_NAMED_RANGE_RE = re.compile(
    r"(?P<lo>\d+(?:\.\d+)?)\s*(?:%|％|微克/立方米|微克每立方米|[μµu]g/m3)?\s*[~～\-—至到]\s*(?P<hi>\d+(?:\.\d+)?)"
    r"\s*(?:%|％|微克/立方米|微克每立方米|[μµu]g/m3)?\s*之间\s*[，,]\s*(?P<named>(?:其中)?(?:最高|最低)[^。；;\n]{1,60})"
)
_EXTREME_PLACES_RE = re.compile(r"(?P<which>最高|最低)的?(?:是|为)(?P<places>[^，,。；;\n]{2,40})")


def _named_range_ends(s: Sentence, drafts: list[Indicator]) -> list[Indicator]:
    """Both ends of a range whose ends are named by place (…在86.2%~100%之间，最高为甲县，最低为乙区)
    are figures of the range's indicator, each of the places named for it (the rules read one end,
    or both with the far one unnamed)."""
    out = list(drafts)
    entries = catalog_by_code()
    for m in _NAMED_RANGE_RE.finditer(s.text, s.seg.start, s.seg.end):
        read = [d for d in out if m.start("lo") <= d.end <= m.end("hi") + 8 and d.value is not None]
        model = next((d for d in read if d.code in entries and not entries[d.code].generic), None)
        if model is None:
            continue
        places = {
            x.group("which"): x.group("places").strip() for x in _EXTREME_PLACES_RE.finditer(m.group("named"))
        }
        out = [d for d in out if d not in read]
        for which, group in (("最低", "lo"), ("最高", "hi")):
            value = float(s.text[m.start(group) : m.end(group)])
            out.append(
                replace(
                    model,
                    value=value,
                    value_base=value,
                    start=m.start(),
                    end=m.end(group),
                    quote=s.text[m.start() : m.end(group)],
                    region=places.get(which, model.region),
                    change=None,
                    previous_value=None,
                )
            )
    return sorted(out, key=lambda d: d.start)


def _earlier_value_of(draft: Indicator, drafts: list[Indicator], bases: set[int]) -> bool:
    """Whether the last draft is the earlier value (由5个减少至) of ``draft``, a catalog figure of its
    unit, read as a generic quantity only because its words came after it."""
    if not drafts or len(drafts) - 1 not in bases or draft.code in GENERIC_BY_KIND.values():
        return False
    return drafts[-1].unit_base == draft.unit_base and drafts[-1].code in GENERIC_BY_KIND.values()


# 同比（33微克/立方米）下降: a subject that is only the comparison the bracket opens
_COMPARISON_ONLY_RE = re.compile(r"(?:同比|环比)[\s(（]*")


def _compared_with(draft: Indicator, drafts: list[Indicator]) -> bool:
    """…为32微克/立方米(上年同期为35微克/立方米): a value named only by the period it is from is
    the previous value of the figure of the same unit before it, not a figure of its own."""
    bare = coding.is_bare(draft.subject) or _COMPARISON_ONLY_RE.fullmatch(draft.subject) is not None
    if draft.code not in GENERIC_BY_KIND.values() or not bare:
        return False
    return any(d.unit_base == draft.unit_base and d.code not in GENERIC_BY_KIND.values() for d in drafts)


# 2013年—2023年，…优良天数由69天增加到219天: the span's first year is the earlier value's.
_SPAN_RE = re.compile(
    r"(?P<a>(?:19|20)\d{2})\s*年?\s*[—–\-~～至到]+\s*(?P<b>(?:19|20)\d{2})\s*年(?!\s*[度)）])"
)


def _span_end_year(s: Sentence, draft: Indicator) -> Indicator:
    """A figure reached from a stated earlier value (由X增加到Y) over a span of years is the
    span's last year's; other figures of a span keep no year."""
    if draft.previous_value is None or not re.search("[由从]", draft.quote):
        return draft
    spans = list(_SPAN_RE.finditer(s.text, s.full.start, draft.start))
    if len(spans) != 1 or int(spans[0].group("a")) >= int(spans[0].group("b")):
        return draft
    return replace(draft, year=int(spans[0].group("b")))


def _listed_places(s: Sentence, drafts: list[Indicator]) -> list[Indicator]:
    """北京、廊坊和天津，分别为46、53和60微克/立方米: each listed value is about its listed place."""
    cuts = [s.seg.start + m.start() for m in re.finditer("分别", s.text[s.seg.start : s.seg.end])]
    for i, pos in enumerate(cuts):
        stop = cuts[i + 1] if i + 1 < len(cuts) else s.seg.end
        listed = [j for j, d in enumerate(drafts) if pos < d.end <= stop and d.code != "count"]
        places = (
            place_lists.listed_regions(s.text, s.seg.start, pos, len(listed)) if len(listed) > 1 else None
        )
        for j, place in zip(listed, places or (), strict=False):
            drafts[j] = replace(drafts[j], region=place)
    return drafts


_SIGNED_LEVEL_RE = re.compile(r"(?:为|是)\s*[-－−]\s*$")
# …5天，比例为16.1% / …4天(12.9%): a share right after the days it is of
_SHARE_RIGHT_AFTER_DAYS_RE = re.compile(
    r"\s*(?:[，,]\s*(?:全年)?(?:所占比例|比例|比率|占比)\s*(?:为|是|达到|达)?|[(（])\s*$"
)


def _share_of_other_days(s: Sentence, m: Mention, naming: str, drafts: list[Indicator]) -> bool:
    """Whether a bare share right after a count of days other than good or heavily polluted days
    (超标天数, 轻度污染天数) is theirs: a share of no catalog indicator, not the topic's ratio."""
    last = drafts[-1] if drafts else None
    if last is None or last.unit_base != "days" or last.code in _RATIO_OF_DAYS or last.end > m.start:
        return False
    between = _SHARE_RIGHT_AFTER_DAYS_RE.fullmatch(s.text, last.end, m.start)
    if between is None:
        return False
    # (the days' own words name the share in brackets: 轻度污染4天(12.9%))
    return between.group().strip().startswith(("(", "（")) or naming.strip() in ("", *_BARE_SHARE_WORDS)


_BARE_SHARE_WORDS = ("比例", "比率", "占比", "所占比例", "比例为", "比率为", "占比为")
_ONLY_JOINERS_RE = re.compile(r"[和及与、\s]*")


def _per_place(s: Sentence, draft: Indicator) -> list[Indicator]:
    """One figure shared by listed places through 分别 or a tie: one item per place."""
    clause = s.clause_of(draft.end - 1)
    places = respectively_.shared_places(s.text, clause.start, clause.end, draft.end)
    places = places or respectively_.picked_places(s.text, clause.start, draft.start)
    places = places or respectively_.tied_places(s.text, clause.start, draft.end)
    first = s.text.find(places[0], clause.start, draft.start) if places else -1
    if first >= 0 and _ONLY_JOINERS_RE.fullmatch(s.text, first + len(places[0]), draft.start):
        draft = replace(draft, quote=s.text[first : draft.end], start=first)  # 甲市和乙市…均为: from 甲市
    return [replace(draft, region=place) for place in places] or [draft]


def _level(s: Sentence, m: Mention, mentions: list[Mention], drafts: list[Indicator]) -> Indicator | None:
    kind = UNITS[m.unit].kind
    if (magnitude := magnitude_change(s, m, drafts)) is not None:
        return magnitude  # 改善幅度最大的城市是甲市，为38.8%: a change, not a share
    if absolute_magnitude(s, m):
        return None  # 同比减少最多的是甲市，为2天: an absolute change, not a level
    if _SIGNED_LEVEL_RE.search(s.text, max(s.full.start, m.start - 3), m.start):
        return None  # …，为-5.6% that no remark sizes: a signed rate of something, never a level
    clause = s.clause_of(m.start)
    skipped = ("threshold", "previous")
    floor = max([clause.start, *(o.end for o in mentions if o.role not in skipped and o.end <= m.start)])
    if remark := level_subjects.RANK_REMARK_RE.match(s.text, floor, m.start):
        floor = remark.end()  # 甲区41微克/立方米(并列第1)、乙区…: the rank is the figure before's
    ceiling = min(
        [m.start, *(o.start for o in mentions if o.role == "threshold" and floor <= o.start < m.start)]
    )
    stated = changes.stated_previous(s.text, floor, ceiling)
    ceiling = stated[1] if stated else ceiling
    listed_days = _DAYS_LIST_TAIL_RE.match(s.text, m.end) if kind == "days" else None
    days_after = False
    if listed_days is not None:
        # 分别出现2天、1天、1天轻度污染: every listed count is of the category named after the last
        subject = naming = listed_days.group("category")
        quote_start, quote_end = m.start, m.end
    elif (kind == "count" and subjects.starts_a_noun(s.text, m.end)) or (
        days_after := kind == "days" and _POLLUTION_AFTER_RE.match(s.text, m.end) is not None
    ):
        subject, quote_end = subjects.subject_after(s.text, m.end, clause.end)
        quote_start, naming = m.start, subject
        if kind == "count" and _DAYS_NOUN_RE.fullmatch(subject):
            kind = "days"  # 出现了3个重污染天: days counted with 个
    elif (share_of := level_subjects.share_of(s, m, kind, clause.end, s.text[floor:ceiling])) is not None:
        subject, naming, quote_end = share_of
        quote_start = m.start
    else:
        subject, quote_start = subjects.subject_before(s.text, floor, ceiling)
        quote_end, naming = m.end, s.text[floor:ceiling]
        subject = subjects.with_context(subject, s.previous_clause(clause))
        most = _MOST_BEFORE_RE.search(s.previous_clause(clause))
        if not subject and most is not None and _ONLY_A_VERB_RE.fullmatch(naming):
            subject = naming = most.group("what")  # 甲省被问责的人数最多，达到1282人
        if kind == "days" and _DAY_CATEGORY_END_RE.search(naming):
            naming += "天"  # 其中优良 110天: the category's days (优良天)
    if kind == "count" and not subject and match_code(naming, kind) is not None:
        subject = naming.strip(" ，,、")  # 立案查处2204家: the verb is what is counted
    if kind == "count" and not subject and m.unit in _PLACE_UNITS:
        subject = m.unit  # 全市5区3县 / 120村开展整治: the places are what is counted
    if kind == "count" and not subject and (won := _WON_AFTER_RE.match(s.text, m.end, clause.end)):
        subject = won.group().strip()  # 全省共有5处入选“省级美丽河湖”: the places the title went to
    done_of = _done_of_those(s, m, clause, subject, naming, drafts) if kind == "count" else None
    if done_of is not None:
        subject = done_of.subject
        quote_start = min(quote_start, floor + _lead_space(s.text, floor, m.start))
    member_of = (
        drafts[-1]  # 依次为甲省868人、乙省724人: a member of the list counts what the first one did
        if kind == "count"
        and not subject
        and drafts
        and drafts[-1].unit_base == UNITS[m.unit].base
        and (
            _NEXT_PLACE_RE.fullmatch(s.text, drafts[-1].end, m.start)
            or _JOINED_RE.fullmatch(s.text, drafts[-1].end, m.start)  # 越冬水鸟52种、1.3万只
        )
        else None
    )
    subject = member_of.subject if member_of is not None else subject
    if kind == "count" and not subject and (share := _share_bracketing(s, m, drafts)) is not None:
        subject, quote_start = share, m.start  # 优良水体比例为83.3%(25个): the count the share stands for
    if kind == "count" and not subject and s.text[m.start].isdigit():
        # 目前共有231个 / 合计297处 / 共有15万人参与: what is counted was named before (or goes
        # without saying); the measure word says what kind of thing, the clause is the quote
        subject, quote_start = m.unit, min(quote_start, floor + _lead_space(s.text, floor, m.start))
    if kind == "count" and (not subject or subject.startswith(_NOT_SUBJECTS[:3]) or "排名" in subject):
        return None  # 两项指标稳居中部第一 counts nothing; 全市20个区县排名第5 is a rank's scope
    if _EARLIER_DATA_RE.search(s.text, clause.start, m.start):
        return None  # 而9月份上述数据分别为40.9%、59.1%: the figures above, another period's values
    if kind == "days" and (
        context_rules.is_days_change(naming)
        or (days_after and context_rules.is_days_change(s.text[clause.start : m.start]))
    ):
        return None  # 新增优良天数102天 / 损失了85个优良天 is an absolute change, not a count of days
    code = coding.level_code(s, m, naming, kind, subject, drafts) if member_of is None else member_of.code
    code = _RESOLVED_CODE if done_of is not None else code
    if kind == "days" and coding.is_bare(subject) and _RESPONSE_RE.search(s.previous_clause(clause)):
        code = GENERIC_BY_KIND[kind]  # 重污染天气应急22次，应对不利天气4次，共计99天: days of responding
    if kind == "count" and _RATIO_NAMED_AFTER_RE.match(s.text, m.end, clause.end):
        code = GENERIC_BY_KIND[kind]  # 55个国考断面Ⅰ~Ⅲ类水质比例为92.7%: the ratio's scope, no good count
    if listed_days is not None or days_after:
        named = naming + "天" if naming.endswith("优良") else naming  # 302天为空气质量优良: 优良天
        code = match_code(named, kind) or GENERIC_BY_KIND.get(kind, kind)  # 轻度污染 has no code of its own
    if (
        kind == "days"
        and code == GENERIC_BY_KIND[kind]
        and (_AIR_MET_AFTER_RE.match(s.text, m.end) or _AIR_MET_BEFORE_RE.search(naming))
        and "空气" in s.text[clause.start : m.start]
    ):
        code = match_code("优良天", kind) or code  # 甲县空气质量共有341天达标: the good days
    if kind == "days" and code == GENERIC_BY_KIND[kind] and _GOOD_DAYS_AFTER_RE.match(s.text, m.end):
        code = match_code("优良天", kind) or code
    if kind == "days" and _DAYS_MONITORED_RE.search(s.text, max(m.start - 12, 0), m.start):
        code = GENERIC_BY_KIND[kind]  # 占有效监测天数(365天)的90.7%: the days monitored, a denominator
    if kind == "percent" and _MET_AFTER_RE.match(s.text, m.end):
        code = match_code(naming + "达标率", kind) or code  # 考核断面水质100%达标: the compliance rate
        lead = _SOURCES_LEAD_RE.search(s.previous_clause(clause))
        if lead is not None:
            # 集中式饮用水源地中，甲水库、乙水库均100%达标: the sources the lead names, whatever they are
            code = match_code(lead.group() + "达标率", kind) or code
    if kind == "percent" and _SHARE_OF_ALL_DAYS_RE.search(s.text, clause.start, m.start):
        # 收获了131个达标天，占总天数243天的53.9%: the share of the days just counted
        counted = next((d for d in reversed(drafts) if d.code in _RATIO_OF_DAYS and d.end <= m.start), None)
        code = _RATIO_OF_DAYS[counted.code] if counted is not None else code
    if kind == "percent" and code == GENERIC_BY_KIND[kind] and _BARE_RATE_RE.fullmatch(naming):
        # 空气质量达标213天，…，达标率为58.4% / …优良以上天数为240天，比例为66.1%: the rate of the
        # days the sentence just counted
        counted = next(
            (d for d in reversed(drafts) if d.code in _RATIO_OF_DAYS and d.start >= s.full.start), None
        )
        code = _RATIO_OF_DAYS[counted.code] if counted is not None else code
    if kind == "percent" and _share_of_other_days(s, m, naming, drafts):
        code = GENERIC_BY_KIND[kind]  # 超标天数5天，比例为16.1% / 轻度污染4天(12.9%): no good days' share
    clause_words = s.text[max(s.clause_of(m.start).start - 40, s.span.start) : m.start]
    code = context_rules.corrected_code(code, clause_words, s.text[s.span.start : m.start], s.text, m.end)
    own_subject = subject  # 最好的县是甲县，为25微克: a clause of its own naming nothing, its place before
    if not subject:
        inherited = next((d for d in reversed(drafts) if d.code == code), None)
        subject = inherited.subject if inherited else ""
        quote_start = min(quote_start, floor + _lead_space(s.text, floor, m.start))
    quote_start = _quote_start(s.text, quote_start, m.start)
    value_base, unit_base = to_base(m.value, m.multiplier, m.unit)
    listed_place = level_subjects.place_of_a_listed_value(s, m, subject, code, unit_base, drafts)
    listed_place = listed_place or level_subjects.bracketed_place(s, m, code, unit_base, drafts)
    listed_place = listed_place or level_subjects.place_before_bracket(s, m, code, drafts)
    code = listed_place[0] if listed_place else code
    if kind == "concentration" and coding.sizes_a_change(s, m):
        code = GENERIC_BY_KIND[kind]  # 下降幅度较大的是甲区(41微克/立方米)、…: changes, not levels
    return Indicator(
        code=code,
        subject=subject,
        value=float(m.value),
        unit=m.written_unit,
        value_base=value_base,
        unit_base=unit_base,
        year=coding.year_in_brackets_after(s, m)
        or (coding.year_named_after(s, m) if not subject else None)
        or s.year(m.start, m.end),
        region=(listed_place[1] if listed_place else None)
        or coding.selected_place(subject)
        or (coding.selected_place(s.previous_clause(clause)) if coding.is_bare(own_subject) else None)
        or s.region(m.start),
        change=None,
        previous_value=stated[0] if stated else None,
        ranks=(),
        record=(),
        streak_years=None,
        quote=s.text[quote_start:quote_end],
        start=quote_start,
        end=quote_end,
        q_no=s.span.q_no,
        point_no=s.span.point_no,
        period=find_period(s.text, s.full.start, m.start),
    )


# )、乙县(2.41: the quote of a listed value starts past the bracket and the mark that closed the
# member before it
_QUOTE_LEAD_RE = re.compile(r"[)）\]】、，,；;\s]+")


def _quote_start(text: str, start: int, value_start: int) -> int:
    """Where a level's quote starts: past a listed member's leading marks."""
    lead = _QUOTE_LEAD_RE.match(text, start, value_start)
    return lead.end() if lead is not None else start


_RESOLVED_CODE = "problems_resolved_count"


def _done_of_those(
    s: Sentence, m: Mention, clause: Segment, subject: str, naming: str, drafts: list[Indicator]
) -> Indicator | None:
    """The count of the clause before whose done ones ``m`` counts (问题640个，已完成598个)."""
    if (subject and not _DONE_OF_THOSE_RE.fullmatch(subject)) or not _DONE_OF_THOSE_RE.fullmatch(naming):
        return None
    before = drafts[-1] if drafts else None
    if before is None or before.unit_base != UNITS[m.unit].base or not before.subject:
        return None
    previous = [c for c in s.clauses if c.end <= clause.start]
    return before if previous and previous[-1].start <= before.start < previous[-1].end else None


def _lead_space(text: str, start: int, stop: int) -> int:
    offset = 0
    while start + offset < stop and text[start + offset] in " ，,、":
        offset += 1
    return offset
