"""Tables written for these tests (twenty-sixth round): a table that puts each cell on a line of
its own, between blank lines, one of whose header cells a text layer broke with spaces
(环 境空 气质量综合指数). The cell is one column, not three, and the columns after it keep their
places."""

from __future__ import annotations

from tests.extract.figure_rows import placed

_HEADER = "城市\n\n{index}\n\n优良天数(%)\n\nPM10\n\nPM2.5\n\nSO2\n\n"
_ROWS = "北岗市\n\n4.21\n\n91.6\n\n83\n\n39\n\n15\n\n南坞市\n\n4.05\n\n92.9\n\n86\n\n38\n\n13\n"


def _table(index: str) -> str:
    return "2022年11月各市环境空气质量状况\n\n" + _HEADER.format(index=index) + _ROWS


def test_a_header_cell_broken_by_spaces_is_still_one_column() -> None:
    rows = placed(_table("环 境空 气质量综合指数"))
    assert ("good_air_days_ratio", 91.6, "北岗市") in rows
    assert ("pm10_avg_concentration", 83.0, "北岗市") in rows
    assert ("pm25_avg_concentration", 38.0, "南坞市") in rows


def test_the_table_reads_the_same_as_with_the_cell_unbroken() -> None:
    assert placed(_table("环 境空 气质量综合指数")) == placed(_table("环境空气质量综合指数"))


def test_a_spaced_header_row_of_a_table_a_row_a_line_still_splits_into_cells() -> None:
    text = "2022年11月各市环境空气质量\n城市 综合指数 优良天数比例(%)\n北岗市 4.21 91.6\n南坞市 4.05 92.9\n"
    assert ("good_air_days_ratio", 92.9, "南坞市") in placed(text)
