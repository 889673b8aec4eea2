"""The family descriptor: everything the pipeline knows about one page family, in one value.

A ``Family`` says which hosts it owns, how its list pages are read (``Listing``), which reader
reads its articles (``ArticleReader``) and where their body sits (``containers``), how a local
copy of its markup is recognised, and whether its copies carry the 供稿/编辑 trailer (a copy
without one is then ``incomplete``). ``FamilyTable`` holds the families in order and answers
every question the pipeline asks about them: the one table is ``scrapers.families.FAMILIES``.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from bs4.element import Tag

from models.records import ListingPage
from scrapers.articles.draft import ArticleDraft
from scrapers.base.page import PageDoc
from scrapers.base.selectors import ArticleMarkup

ListingParser = Callable[..., ListingPage]  # (text, url, *, soup=None); JSON kinds take (text, url)


@dataclass(frozen=True, slots=True)
class ArticleReader:
    """An article reader: the name it records (``episode_sources.family``), the body it looks for,
    and how it reads a page into an ``ArticleDraft``."""

    family: str
    body_root: Callable[[PageDoc], Tag | None]
    read: Callable[[PageDoc], ArticleDraft]


@dataclass(frozen=True, slots=True)
class Listing:
    """One kind of list page a family publishes.

    ``kind`` is the name the run summary counts; ``rows`` the CSS selector of its list rows (a
    page showing them is readable even when none is an episode); ``path``/``query``, when set,
    restrict the kind to list URLs whose path ends so and whose query holds the pair (WeChat's
    album HTML and its ``f=json`` answer); ``json``: the answer is JSON, so the generic rules
    have no anchors to read.
    """

    kind: str
    parse: ListingParser
    rows: str = ""
    path: str = ""
    query: str = ""
    json: bool = False

    def matches(self, url: str) -> bool:
        """True when ``url`` is a list page of this kind by its path and query (always, if unset)."""
        parts = urlsplit(url)
        if self.path and not parts.path.rstrip("/").endswith(self.path):
            return False
        return not self.query or self.query in parts.query.split("&")


@dataclass(frozen=True, slots=True)
class Family:
    """One page family (see the module docstring); ``name`` is what the warehouse stores."""

    name: str
    reader: ArticleReader
    hosts: tuple[str, ...] = ()  # hosts it owns, subdomains included; the longest match wins
    paths: tuple[str, ...] = ()  # URL path markers that name it on any host (MEE's big5 gateway)
    listings: tuple[Listing, ...] = ()
    containers: tuple[str, ...] = ()  # its article body selectors, most specific first
    trailer: bool = False  # its copies carry the 供稿/编辑 trailer: one without it is incomplete
    markup: tuple[re.Pattern[str], ...] = ()  # all found: a local copy's markup is this family's
    original_only: bool = False  # its markup names it only off a mirror path (/a/<biz>/<mid>/<idx>)
    hant: str = ""  # the family its Traditional-script copies belong to ("" when the same)

    def owns_host(self, host: str) -> int:
        """The length of the host of this family that ``host`` is or is under (0: none)."""
        return max((len(h) for h in self.hosts if host == h or host.endswith("." + h)), default=0)

    def named_by_markup(self, text: str, *, mirror_path: bool) -> bool:
        """True when ``text`` carries every marker of this family's markup."""
        if not self.markup or (self.original_only and mirror_path):
            return False
        return all(marker.search(text) for marker in self.markup)


def markers(markup: ArticleMarkup) -> tuple[re.Pattern[str], ...]:
    """The compiled patterns by which a local copy shows a family's markup (``Family.markup``)."""
    return tuple(re.compile(pattern) for pattern in markup.markers)


class UnknownFamilyError(LookupError):
    """A family name no table declares; the message lists the known ones."""


@dataclass(frozen=True, slots=True)
class FamilyTable:
    """Families in order: markup is tried in this order, body containers are looked for in it."""

    families: tuple[Family, ...]
    markup_default: str  # the family a local HTML copy no family's markup names is taken for

    def __post_init__(self) -> None:
        names = [f.name for f in self.families]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"family declared twice: {', '.join(twice)}")
        if self.markup_default not in names:
            raise ValueError(f"markup_default {self.markup_default!r} is not a declared family")

    def __iter__(self) -> Iterator[Family]:
        return iter(self.families)

    def __getitem__(self, name: str) -> Family:
        found = self.named(name)
        if found is None:
            raise UnknownFamilyError(f"unknown family {name!r}; known: {', '.join(self.names())}")
        return found

    def named(self, name: str | None) -> Family | None:
        """The family called ``name`` (a configured source may be named otherwise: None)."""
        return next((f for f in self.families if f.name == name), None)

    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.families)

    def with_family(self, family: Family) -> FamilyTable:
        """This table and ``family`` (tried first), e.g. a family under test."""
        return FamilyTable((family, *self.families), self.markup_default)

    def for_url(self, url: str) -> Family | None:
        """The family ``url``'s path marker or host names (the longest host wins); None: unknown."""
        parts = urlsplit(url)
        by_path = next((f for f in self.families if any(p in parts.path for p in f.paths)), None)
        if by_path is not None:
            return by_path
        host = (parts.hostname or "").lower()
        best = max(self.families, key=lambda f: f.owns_host(host), default=None)
        return best if best is not None and best.owns_host(host) else None

    def by_markup(self, text: str, *, mirror_path: bool, hant: bool) -> str:
        """The family a local HTML copy's markup names (``markup_default`` when none does), in
        its Traditional variant when the text is Traditional."""
        named = next((f for f in self.families if f.named_by_markup(text, mirror_path=mirror_path)), None)
        family = named or self[self.markup_default]
        return family.hant if hant and family.hant else family.name

    def containers(self) -> tuple[str, ...]:
        """Every family's body containers, in table order, each once."""
        return tuple(dict.fromkeys(c for f in self.families for c in f.containers))

    def listing(self, source_name: str, url: str) -> Listing | None:
        """The kind of list page ``url`` is: a kind whose path it matches, else the kind of the
        family its configured source names, else of its host's (None: only the generic rules
        read it)."""
        by_path = next((k for f in self.families for k in f.listings if k.path and k.matches(url)), None)
        if by_path is not None:
            return by_path
        for family in (self.named(source_name), self.for_url(url)):
            found = next((k for k in family.listings if not k.path), None) if family else None
            if found is not None:
                return found
        return None

    def owner(self, listing: Listing) -> Family:
        """The first family declaring ``listing``: the source credited for what the generic rules
        find on such a page (a variant sharing its family's listing credits that family)."""
        return next(f for f in self.families if listing in f.listings)
