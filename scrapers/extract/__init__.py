"""Quantitative claims in interview text: typed indicators, claims, catalog, checks, evaluation.

``extract`` works on an episode body with its answer spans; ``extract_text`` on any document.
The pieces: numbers (numerals, units) -> quantities (mentions) -> subjects / context /
modifiers -> indicators; claims; catalog (catalog.toml); checks; evaluate (eval/labelled.jsonl).
"""

from models.records import QualityCheck
from scrapers.extract.api import DEFAULT_TOPIC_YEARS, extract, extract_text, paragraph_spans
from scrapers.extract.catalog import CatalogEntry, load_catalog
from scrapers.extract.checks import check_across_sources, check_indicators
from scrapers.extract.evaluate import EvalReport, Score, evaluate
from scrapers.extract.serialize import claim_to_json, indicator_to_json

__all__ = [
    "DEFAULT_TOPIC_YEARS",
    "CatalogEntry",
    "EvalReport",
    "QualityCheck",
    "Score",
    "check_across_sources",
    "check_indicators",
    "claim_to_json",
    "evaluate",
    "extract",
    "extract_text",
    "indicator_to_json",
    "load_catalog",
    "paragraph_spans",
]
