"""List APIs a site pages through with GET or POST, described as data (``units.toml`` ``list_api``).

Two shapes are evidenced (``../shared/data/real-sites/README.md``):

- **page number**: the 2025 Jiangxi CMS calls ``loadPageData(params, '380055')`` with
  ``params = {current, unitid, webSiteCode, channelCode, perPage, …}``; spiders POST the same fields
  to ``/queryList`` and read ``data.results[].source.{title, pubDate, urls}``. ``page_field =
  "current"``: the next request is the page's own ``params`` with ``current`` + 1.
- **record range**: Hanweb JCMS ``POST /module/web/jpage/dataproxy.jsp`` (江苏) with ``col, appid,
  webid, columnid, unitid, startrecord, endrecord, perpage``, answering ``<record><![CDATA[<li>…]]>``.
  ``start_field``/``end_field``: the next request asks for the records after those read.

Form fields come from the unit's data (``fields``), merged over the page's own ``params`` object
when it has one. GET list APIs need no description: their entry point's query carries the page
number (``cms/jsonrows.json_next``). Paging stops on an empty or short answer, or once the answer's total is reached.
Pure: request descriptions in, request descriptions out; the POST itself is
``PoliteClient.fetch(url, form=…)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from scrapers.fetch.posts import split_post_key

Form = tuple[tuple[str, str], ...]
SIZE_FIELDS = ("perPage", "perpage", "pageSize", "_pageSize", "rows")


@dataclass(frozen=True, slots=True)
class ListRequest:
    """One list page to fetch: a GET of ``url``, or a POST of ``form`` to it."""

    url: str
    form: Form | None = None

    @classmethod
    def from_key(cls, key: str) -> ListRequest:
        """The request an archive key (``<url>#POST?<form>``, see ``scrapers.fetch.posts``) stands for."""
        url, form = split_post_key(key)
        return cls(url, form)


@dataclass(frozen=True, slots=True)
class ListApi:
    """A site's POST list API (see the module docstring)."""

    path: str
    fields: Form = ()
    page_field: str = ""
    start_field: str = ""
    end_field: str = ""
    per_page: int = 15

    def __post_init__(self) -> None:
        if bool(self.page_field) == bool(self.start_field):
            raise ValueError("list_api needs exactly one of page_field or start_field")

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ListApi:
        """A ``list_api`` table of ``units.toml``; ``fields`` is a table of form fields."""
        fields = tuple((str(k), str(v)) for k, v in dict(data.get("fields", {})).items())
        return cls(**{**data, "fields": fields})


def form_of(params: dict[str, Any]) -> Form:
    """A JS ``params`` object as form fields: lists repeat their key, booleans are ``true``/``false``."""
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                continue
            out.append((key, str(item).lower() if isinstance(item, bool) else str(item)))
    return tuple(out)


def page_params(objects: Iterable[Any], api: ListApi) -> dict[str, Any]:
    """The page's own paging object (the first script object holding the API's page/start field)."""
    key = api.page_field or api.start_field
    return next((o for o in objects if isinstance(o, dict) and key in o), {})


def _merged(base: Form, fields: Form, changes: dict[str, str]) -> Form:
    overridden = {k for k, _ in fields} | set(changes)
    kept = [(k, v) for k, v in base if k not in overridden]
    return (*kept, *fields, *changes.items())


def _request(api: ListApi, page_url: str, form: Form) -> ListRequest:
    return ListRequest(urljoin(page_url, api.path), form)


def _per_page(form: Form, api: ListApi) -> int:
    sizes = [int(v) for k, v in form if k in SIZE_FIELDS and v.isdigit() and int(v) > 0]
    return sizes[0] if sizes else api.per_page


def _field(form: Form, name: str, default: int) -> int:
    return next((int(v) for k, v in form if k == name and v.lstrip("-").isdigit()), default)


def after_page(api: ListApi, page_url: str, params: dict[str, Any], read: int) -> ListRequest:
    """The API request that follows an HTML list page which showed ``read`` records."""
    base = form_of(params)
    size = _per_page((*base, *api.fields), api)
    if api.page_field:
        current = _field(base, api.page_field, 1)
        return _request(api, page_url, _merged(base, api.fields, {api.page_field: str(current + 1)}))
    start = read + 1
    return _request(
        api,
        page_url,
        _merged(base, api.fields, {api.start_field: str(start), api.end_field: str(start + size - 1)}),
    )


def after_answer(api: ListApi, request: ListRequest, rows: int, total: int | None) -> ListRequest | None:
    """The request after an API answer of ``rows`` records (None: the list is done)."""
    form = request.form or ()
    size = _per_page((*form, *api.fields), api)
    if rows == 0 or rows < size:
        return None
    if api.page_field:
        current = _field(form, api.page_field, 1)
        if total is not None and current * size >= total:
            return None
        return ListRequest(request.url, _merged(form, (), {api.page_field: str(current + 1)}))
    end = _field(form, api.end_field, rows)
    if total is not None and end >= total:
        return None
    return ListRequest(
        request.url, _merged(form, (), {api.start_field: str(end + 1), api.end_field: str(end + size)})
    )
