"""resolve_encoding: BOM, header, in-page declaration, detection, and the GBK/latin-1 traps."""

from __future__ import annotations

import codecs

import pytest

from scrapers.fetch.charset import SNIFF_BYTES, codec_name, resolve_encoding

CHINESE = "生态环境部「厅局长请回答」：全省空气质量优良天数比例持续提升，重点流域水质稳中向好。" * 3


def page(text: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


def test_a_utf8_bom_wins_over_a_header_charset():
    body = codecs.BOM_UTF8 + page(CHINESE).encode("utf-8")
    assert resolve_encoding({"Content-Type": "text/html; charset=gbk"}, body) == "utf-8-sig"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_a_utf16_bom_selects_utf16(bom):
    body = bom + page(CHINESE).encode("utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be")
    name = resolve_encoding({}, body)
    assert CHINESE in body.decode(name)


@pytest.mark.parametrize("label", ["gbk", "GB2312", "x-gbk", "gb_2312", "cp936", "gb18030"])
def test_gbk_family_labels_map_to_gb18030(label):
    body = page(CHINESE).encode("gbk")
    assert resolve_encoding({"content-type": f"text/html; charset={label}"}, body) == "gb18030"


def test_the_header_charset_is_used_when_it_decodes_the_body():
    body = page("plain ascii").encode()
    assert resolve_encoding([("Content-Type", 'text/html; charset="big5"')], body) == "big5"


def test_an_unknown_header_label_falls_through_to_the_meta_declaration():
    body = page(CHINESE, '<meta charset="gb2312">').encode("gbk")
    assert resolve_encoding({"Content-Type": "text/html; charset=klingon"}, body) == "gb18030"


def test_a_header_label_that_cannot_decode_the_body_falls_through():
    body = page(CHINESE, '<meta charset="gbk">').encode("gbk")
    assert resolve_encoding({"Content-Type": "text/html; charset=utf-8"}, body) == "gb18030"


def test_http_equiv_meta_is_read_when_the_header_has_no_charset():
    head = '<meta http-equiv="Content-Type" content="text/html; charset=GBK">'
    body = page(CHINESE, head).encode("gbk")
    assert resolve_encoding({"Content-Type": "text/html"}, body) == "gb18030"


def test_an_xml_declaration_is_read():
    body = f'<?xml version="1.0" encoding="gb2312"?><rss><title>{CHINESE}</title></rss>'.encode("gbk")
    assert resolve_encoding({"Content-Type": "application/xml"}, body) == "gb18030"


def test_a_declaration_beyond_the_sniffing_window_is_ignored():
    body = ("<!--" + " " * SNIFF_BYTES + '--><meta charset="big5">' + page(CHINESE)).encode("utf-8")
    assert resolve_encoding({}, body) == "utf-8"


def test_gbk_without_any_label_is_detected_as_gb18030():
    body = page(CHINESE).encode("gbk")
    name = resolve_encoding({"Content-Type": "text/html"}, body)
    assert name == "gb18030"
    assert CHINESE in body.decode(name)


def test_chinese_utf8_without_charset_is_never_iso_8859_1():
    body = page(CHINESE).encode("utf-8")
    assert resolve_encoding({"Content-Type": "text/html"}, body) == "utf-8"


@pytest.mark.parametrize("body", [b"", b"<html>plain</html>"])
def test_empty_or_ascii_bodies_default_to_utf8(body):
    assert resolve_encoding({}, body) == "utf-8"


def test_codec_name_rejects_unknown_labels():
    assert codec_name("no-such-charset") is None
    assert codec_name("UTF8") == "utf-8"
