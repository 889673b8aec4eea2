"""Render the catalog as Markdown (``docs/indicator-catalog.md`` is this output, checked by a test)."""

from __future__ import annotations

from scrapers.extract.catalog import CatalogEntry, load_catalog

_HEADER = """# Indicator catalog

Generated from `scrapers/extract/catalog.toml` by `scrapers.extract.catalog_doc.render_markdown()`;
a test fails when the two disagree. Load it into `indicator_catalog` with `load_catalog()`.

An indicator takes the first catalog entry (in this order) whose unit kind fits and one of whose
keywords names it; otherwise the generic code of its unit kind, with its subject phrase.
Keywords are matched with Roman numerals in ASCII (Ⅲ → III), range dashes as `-`, without
spaces or underscores (PM 2.5, PM_2.5), and with bracketed asides skipped when needed
(优良(一、二类)水质); `exclude` words veto an entry (Ⅳ类轻度污染水质断面 is not the good share)
unless one of its `exclude_unless` words is written too (湖南省空气质量优良天数比例: 湖 of a place name,
空气 says air),
and so does one water class named on its own for the class-range codes (Ⅱ类水质断面比例 is a
`share`). Words that name nothing (比例为…, 实际为…, 区域平均为…) take their code from the
context, and a water-quality share takes the code of the water body it is about: see
[extract-real-text.md](extract-real-text.md). Ranges are plausible bounds in `unit_base`, used by
the `range` quality check; "higher is better" marks the figures on which 改善 is a rise.
"""

_NOTES = """
## Decisions

- Counts written with Chinese numerals are kept only from 2 up and only before a measure word:
  两个院士团队 is a count (2, 院士团队); 一批 / 一年强基础 / 一手抓 / 三级联动 are not quantities.
- 两项指标稳居中部第一 is a rank over the two preceding figures, not a count of 指标.
- Numbers inside quotes (“八大标志性战役30个专项行动”, “1269”, “十四五”), years (2025年), dates,
  hotlines and policy names such as 重大项目建设10条 are not quantities.
- 首次超过90%达到91.7%: 90% is a threshold; the figure is 91.7% with record 首次超过.
- A change is relative (percent, percentage points) or, when no relative one is given,
  absolute in the figure's own unit (同比减少19天 → unit `days`); 同比持平 is a `flat` change of 0;
  由12天减少到5天 gives previous value 12. Each change carries its basis: `yoy` (同比, 比上年,
  较2016年 for a 2017 figure), `vs_period` (较2013年, 环比) or `cumulative` (累计, 以来); one figure
  carries one change and the year-on-year one wins. 改善 / 好转 are `down` and 恶化 / 变差 `up`,
  turned round on a "higher is better" figure (改善 on a good-days ratio is `up`, 变差 `down`).
  Comparisons without a change verb (高于全国4.4个百分点) are dropped. A change with no level
  beside it (PM2.5平均浓度同比下降3.4%) is a change-only item: the code of the indicator that
  changed, named by its own words or by the context, with `value`, `unit`, `value_base` and
  `unit_base` empty (NULL) and the change filled in; PM2.5及PM10均下降18.2% gives one such item
  per indicator. It joins an earlier figure of that indicator in the passage that has no change
  yet. Only a change whose words name no catalog indicator keeps the generic code `change`. A
  change-only row never stands for the year's value (`v_indicator_matrix`) and is not compared
  with the record (`v_fact_check` verdict `change_only`).
- Targets, plans and standards are not figures (目标为68.3%, 到2020年…达到95%以上, 标准为160微克),
  except in an answer to the priorities question, where the planned figures are what is asked.
- Years come from the text: the last year stated before the figure (与2022年相比 → 2023; 较2019年同期
  is a comparison, not the year), else the passage's (a dateline, 《2022…公报》, a headline year),
  else the episode's topic year. Months and quarters (1-5月, 一季度, 上半年) go to `period`.
- 分别 lists give each listed subject its own value and change in order; one value for a list of
  places (东川市、西岭市、北桥市分别出现1天重度污染) or a tie (…等6个市…达到100%，并列第1) gives
  one item per place. Ordered lists (依次为 A、B、C; 由好到差分别为; 排名先后为; 前十的是) give rank
  items (`*_rank`, value = position): a tie in a member's brackets (溧阳(常熟、昆山并列), 江门(并列第10))
  shares its position and the next member skips past it; positions written after a list
  (黄山、宣城和六安相对较好(从第1名至第3名), 屯溪区和徽州区排名前三位) rank it; lists counted from
  the bottom are ranked only along written positions. A rank whose clause names what is ranked and
  holds no figure (厦门空气质量位列第九) is a rank item of its own.
- Flattened tables (cells cut by `|`, tabs, spaces or one a line; markdown rules; a header naming
  the columns, a change column after the one it changes) give each row's place its values.
- 连续N年 qualifies the figure in its clause (or the one before it in the sentence); with no
  figure at all it becomes a `streak` indicator (考核连续4年获评优秀).
- 全省 / 省内 → the episode's province; 全市 → the province when it is a municipality, else 全市;
  a figure with no place takes the province (none outside an episode).
- Base units: 万元/亿元 → yuan; 人/名/位 (万人) → persons; 人次 → person-times; other measure words
  → count; 公顷 = 0.01 km², 亩 = 1/1500 km², 平方米 = 1e-6 km²; 万吨 → t; 万立方米 → m3.
"""


def _range(entry: CatalogEntry) -> str:
    low = "" if entry.min_value is None else f"{entry.min_value:g}"
    high = "" if entry.max_value is None else f"{entry.max_value:g}"
    return f"{low}–{high}" if low or high else ""


def _row(entry: CatalogEntry) -> str:
    names = "、".join((entry.name, *entry.synonyms))
    keywords = " · ".join(entry.keywords)
    better = "✓" if entry.higher_is_better else ""
    return (
        f"| `{entry.code}` | {names} | {keywords} | {entry.unit} | {entry.unit_base} | {entry.domain} "
        f"| {_range(entry)} | {better} | {entry.description} |"
    )


def render_markdown() -> str:
    """The whole catalog document."""
    head = (
        "| code | names and synonyms | keywords | unit | unit_base | domain | range | higher is better "
        "| description |"
    )
    rule = "|---|---|---|---|---|---|---|---|---|"
    catalog = [e for e in load_catalog() if not e.generic]
    generic = [e for e in load_catalog() if e.generic]
    parts = [
        _HEADER,
        "## Catalog indicators\n",
        head,
        rule,
        *map(_row, catalog),
        "\n## Generic codes\n",
        head,
        rule,
        *map(_row, generic),
        _NOTES,
    ]
    return "\n".join(parts)
