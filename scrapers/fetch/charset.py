"""Decide how to decode a fetched body (pure: headers and bytes in, a Python codec name out).

Order: byte-order mark → Content-Type ``charset`` → ``<meta charset>`` / ``http-equiv`` / XML
declaration in the first 16 KB → charset-normalizer → utf-8. GBK-family labels become ``gb18030``
(a superset, so pages labelled gb2312 but using GBK/GB18030 characters still decode). A label
that is unknown, or that cannot decode the body, falls through to the next step. requests'
ISO-8859-1 default for ``text/*`` without a charset is never used: it is what turns WeChat's API
answers into the mojibake users report, and a mirror's charset (GBK included) is not known in
advance (docs/sources.md, "Traditional mirrors and charsets").
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Mapping

from charset_normalizer import from_bytes

SNIFF_BYTES = 16 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GB_FAMILY = frozenset({"gbk", "gb2312", "x-gbk", "gb_2312", "gb_2312-80", "cp936", "euc-cn", "gb18030"})
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([a-zA-Z0-9_.:-]+)", re.IGNORECASE)

Headers = Mapping[str, str] | Iterable[tuple[str, str]]


def resolve_encoding(headers: Headers, body: bytes) -> str:
    """The Python codec name to decode ``body`` with (see the module docstring for the order)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    for label in (_header_charset(headers), _declared_charset(body[:SNIFF_BYTES])):
        usable = _usable(label, body)
        if usable is not None:
            return usable
    return _detected(body)


def codec_name(label: str | None) -> str | None:
    """Python's name for an encoding label, GBK family mapped to gb18030; None when unknown."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    if cleaned in _GB_FAMILY:
        return "gb18030"
    try:
        name = codecs.lookup(cleaned).name
    except LookupError:
        return None
    return "gb18030" if name in _GB_FAMILY else name


def _usable(label: str | None, body: bytes) -> str | None:
    name = codec_name(label)
    if name is None:
        return None
    try:
        body.decode(name)
    except UnicodeDecodeError:
        return None  # a wrong label (utf-8 on a GBK page, say): let the next step decide
    except LookupError:
        return None
    return name


def _header_charset(headers: Headers) -> str | None:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    content_type = next((v for k, v in pairs if k.lower() == "content-type"), None)
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _declared_charset(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", errors="replace") if match else None


def _detected(body: bytes) -> str:
    if not body:
        return "utf-8"
    best = from_bytes(body).best()
    name = codec_name(best.encoding) if best is not None else None
    if name is None or name == "ascii":
        return "utf-8"
    return name
