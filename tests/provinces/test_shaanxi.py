"""陕西 (generic family): column pages are iframe shells, reported as needs_browser."""

from scrapers.provinces.hazards import list_hazard
from tests.provinces.support import listing, recorded


def test_the_shaanxi_column_shell_yields_no_links_and_is_classified_needs_browser():
    assert listing("shaanxi", "shaanxi.list.html").items == ()
    hazard = list_hazard(recorded("shaanxi.list.html"), 0)
    assert hazard is not None and hazard.outcome == "needs_browser"
    assert "/html/hbt/sy/hjyw/list.html" in hazard.reason
