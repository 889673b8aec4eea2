"""What a paragraph inherits from the rest of its passage: the year that dates it, the calendar,
the publication year, and what the heading above it is about.

``extract_text`` builds one per paragraph; ``extract`` (an episode's answers) one per answer span
with the question's topic year.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapers.extract.topic import Topic


@dataclass(frozen=True, slots=True)
class PassageContext:
    """The passage-level facts a paragraph's figures fall back on."""

    year: int | None = None  # the year of the passage around the paragraph (last stated before it …)
    dated: bool = False  # ``year`` is a dateline's, so 去年 in a sentence is the year before
    roc: bool = False  # the passage dates by Taiwan's calendar (108年 = 2019)
    dateline: int | None = None  # the year the passage was published, when it says (2015-11-28)
    heading: Topic = field(default_factory=Topic)  # what the heading over the paragraph names
