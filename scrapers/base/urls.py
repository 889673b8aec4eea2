"""URL identity: WeChat ``biz:mid:idx`` keys, canonical URLs, and the MEE big5 gateway.

Pure string work (no I/O). WeChat links arrive in many spellings of one article: ``http`` or
``https``, ``&`` escaped as ``&amp;`` (HTML attributes) or ``\\x26amp;`` (JS strings), legacy
``appmsgid``/``itemidx``/``sign`` names, tracking parameters (``chksm``, ``scene`` …) and
``#rd``/``#wechat_redirect`` fragments. freewechat-style mirrors put the same triple in the path
(``/a/<biz>/<mid>/<idx>``). A short link ``/s/<token>`` carries no key until it is fetched.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

WECHAT_HOST = "mp.weixin.qq.com"
BIG5_GATEWAY_HOST = "big5.mee.gov.cn"
BIG5_GATEWAY_PREFIX = "/gate/big5/"

# Essential WeChat parameters in canonical order; the synonyms older links use for them.
_WECHAT_PARAMS = ("__biz", "mid", "idx", "sn")
_WECHAT_SYNONYMS = {"appmsgid": "mid", "itemidx": "idx", "sign": "sn"}
_TRACKING_PREFIXES = ("utm_", "spm")
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}
_MIRROR_PATH_RE = re.compile(r"(?:^|/)a/(?P<biz>[A-Za-z0-9+/_-]+={0,2})/(?P<mid>\d+)/(?P<idx>\d+)/?$")


def unescape_url(url: str) -> str:
    """Undo the ``&amp;`` and ``\\x26`` escapes WeChat pages wrap around ``&`` (even doubled ones)."""
    text = url.strip().replace("\\x26", "&").replace("\\u0026", "&")
    while "&amp;" in text:
        text = text.replace("&amp;", "&")
    return text


def _query_pairs(query: str) -> list[tuple[str, str]]:
    # Not parse_qsl: it turns "+" into a space, and "+" is a legal base64 character in __biz.
    pairs = []
    for part in query.split("&"):
        if part:
            key, _, value = part.partition("=")
            pairs.append((unquote(key), unquote(value)))
    return pairs


def _wechat_params(query: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for key, value in _query_pairs(query):
        name = _WECHAT_SYNONYMS.get(key, key)
        if name in _WECHAT_PARAMS and value and name not in params:
            params[name] = value
    return params


def _is_wechat_article(host: str, path: str) -> bool:
    return host == WECHAT_HOST and path.rstrip("/") in ("/s", "/mp/appmsg/show")


def wechat_key(url: str) -> str | None:
    """``"biz:mid:idx"`` for a WeChat long link or a freewechat-style mirror path, else None.

    >>> wechat_key("http://mp.weixin.qq.com/s?__biz=MzA=&amp;mid=26&amp;idx=1&amp;sn=ab#rd")
    'MzA=:26:1'
    >>> wechat_key("https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv") is None
    True
    """
    parts = urlsplit(unescape_url(url))
    host = (parts.hostname or "").lower()
    if _is_wechat_article(host, parts.path):
        p = _wechat_params(parts.query)
        biz, mid, idx = p.get("__biz"), p.get("mid"), p.get("idx")
        if biz and mid and idx and mid.isdigit() and idx.isdigit():
            return f"{biz}:{mid}:{idx}"
        return None
    if host == WECHAT_HOST:
        return None
    m = _MIRROR_PATH_RE.search(unquote(parts.path))
    return f"{m['biz']}:{m['mid']}:{m['idx']}" if m else None


def _canonical_query(host: str, path: str, query: str) -> str:
    if host == WECHAT_HOST and path.startswith("/s/"):
        return ""  # short link: the token in the path is the whole identity
    if _is_wechat_article(host, path):
        params = _wechat_params(query)
        return "&".join(f"{k}={quote(params[k], safe='=+/')}" for k in _WECHAT_PARAMS if k in params)
    kept = [
        part
        for part in query.split("&")
        if part and not part.split("=", 1)[0].lower().startswith(_TRACKING_PREFIXES)
    ]
    return "&".join(kept)


def canonical_url(url: str) -> str:
    """One spelling per page: https, lower-case host, no fragment, no tracking parameters.

    WeChat long links keep only ``__biz, mid, idx, sn`` (legacy names renamed); short links lose
    their query. Loopback hosts keep their scheme, so local test servers stay reachable.
    """
    parts = urlsplit(unescape_url(url))
    host = (parts.hostname or "").lower()
    scheme = (parts.scheme or "https").lower()
    if scheme == "http" and host not in _LOOPBACK:
        scheme = "https"
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, _canonical_query(host, path, parts.query), ""))


def is_big5_gateway(url: str) -> bool:
    """True for ``https://big5.mee.gov.cn/gate/big5/<host>/<path>`` URLs."""
    parts = urlsplit(url)
    return (parts.hostname or "").lower() == BIG5_GATEWAY_HOST and parts.path.startswith(BIG5_GATEWAY_PREFIX)


def big5_gateway_url(url: str) -> str:
    """The Traditional-Chinese gateway copy of an MEE URL (gateway URLs are returned as they are).

    Raises ValueError for hosts outside ``mee.gov.cn``: the gateway only proxies MEE sites.
    """
    if is_big5_gateway(url):
        return url
    parts = urlsplit(unescape_url(url))
    host = (parts.hostname or "").lower()
    if not (host == "mee.gov.cn" or host.endswith(".mee.gov.cn")):
        raise ValueError(f"the big5 gateway only serves mee.gov.cn pages, not {url!r}")
    path = BIG5_GATEWAY_PREFIX + host + (parts.path or "/")
    return urlunsplit(("https", BIG5_GATEWAY_HOST, path, parts.query, ""))


def from_big5_gateway(url: str) -> str:
    """The simplified original behind a gateway URL (other URLs are returned unchanged)."""
    if not is_big5_gateway(url):
        return url
    parts = urlsplit(url)
    host, _, rest = parts.path[len(BIG5_GATEWAY_PREFIX) :].partition("/")
    return urlunsplit(("https", host.lower(), "/" + rest, parts.query, ""))


_NOT_PAGES = ("javascript:", "mailto:", "tel:", "data:", "#")


def resolve_link(href: object, page_url: str) -> str | None:
    """The canonical absolute URL an ``href`` read on ``page_url`` points at, or None.

    Relative (``./a``, ``../a``, ``/s?…``) and protocol-relative (``//host/a``) links are resolved
    against the page, so a listing served from any base URL yields the same links; in-page
    anchors (``#…``), ``javascript:`` and other non-page schemes are dropped, and so are links no
    URL parser reads (``link_problem`` says why).

    >>> resolve_link("/s?__biz=MzA=&amp;mid=2&amp;idx=1", "https://mp.weixin.qq.com/mp/appmsgalbum?x=1")
    'https://mp.weixin.qq.com/s?__biz=MzA=&mid=2&idx=1'
    >>> resolve_link("javascript:void(0)", "https://www.mee.gov.cn/") is None
    True
    >>> resolve_link("http://example.com:99999/x", "https://www.mee.gov.cn/") is None
    True
    """
    try:
        return _resolve(href, page_url)
    except ValueError:
        return None


def link_problem(href: object, page_url: str) -> str | None:
    """Why ``href`` cannot be read as a link (a port out of range, a broken IPv6 host …), or None.

    >>> link_problem("http://[bad/", "https://www.mee.gov.cn/")
    "unreadable link 'http://[bad/' (Invalid IPv6 URL)"
    """
    try:
        _resolve(href, page_url)
    except ValueError as exc:
        shown = str(href)
        return f"unreadable link {shown[:80] + '…' if len(shown) > 80 else shown!r} ({exc})"
    return None


def _resolve(href: object, page_url: str) -> str | None:
    """``resolve_link``, raising ``ValueError`` for what ``urllib.parse`` cannot read."""
    if not isinstance(href, str):
        return None
    text = unescape_url(href)
    if not text or text.lower().startswith(_NOT_PAGES):
        return None
    absolute = urljoin(page_url, text)
    if urlsplit(absolute).scheme.lower() not in ("http", "https"):
        return None
    return canonical_url(absolute)  # reads the port: out of range or not a number raises here
