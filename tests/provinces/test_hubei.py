"""湖北 (generic family behind a WAF): the article, and the 412 others met."""

from scrapers.provinces.hazards import access_hazard
from tests.provinces.support import article


def test_the_hubei_article_body_comes_from_the_counted_generic_fallback():
    draft = article("hubei", "hubei.article.html")
    assert draft.title == "湖北长江大保护十大标志性战役成效显著"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-06"
    assert draft.meta_value("province_body") == "fallback:largest-block"
    assert len(draft.blocks) == 2


def test_a_hubei_412_is_blocked():
    assert access_hazard(412, {}, "").outcome == "blocked"  # type: ignore[union-attr]
