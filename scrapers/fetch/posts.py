"""How a POST to a list API is named: ``<url>#POST?<form>``, the key its answer is archived under.

A list API answers different pages to different forms at one URL (Jiangxi ``POST /queryList`` with
``current=2``; Jiangsu ``POST /module/web/jpage/dataproxy.jsp`` with ``startrecord=…``), so the URL
alone cannot key the archive. A fragment is never sent to a server, so the key can never be
mistaken for a GET of another page, and ``split_post_key`` gives the request back.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

POST_MARK = "#POST?"


def post_key(url: str, form: tuple[tuple[str, str], ...] | None) -> str:
    """``url`` for a GET; ``<url>#POST?<urlencoded form>`` for a POST of ``form``."""
    return url if form is None else f"{url.split('#', 1)[0]}{POST_MARK}{urlencode(form)}"


def split_post_key(key: str) -> tuple[str, tuple[tuple[str, str], ...] | None]:
    """The URL and form of a key made by ``post_key`` (form None for a plain URL)."""
    url, mark, query = key.partition(POST_MARK)
    return (url, tuple(parse_qsl(query, keep_blank_values=True))) if mark else (key, None)
