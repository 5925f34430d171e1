"""decode_body: BOM → HTTP charset → markup → detector → UTF-8; GB labels read as GB18030; no Latin-1 garbling."""
import pytest

from scrapers.decoding import (UndecodableBody, charset_from_content_type, charset_from_markup,
                               decode_body, normalize_charset)

TEXT = "浙江省丽水市人民政府关于印发2024年重大项目建设计划的通知，总投资一百二十亿元，堃镕项目同步推进。" * 6


def html(meta: str = "", body: str = TEXT) -> str:
    return f"<html><head>{meta}<title>通知</title></head><body><div>{body}</div></body></html>"


def test_utf8_bom_wins_over_everything_and_is_stripped():
    text, encoding = decode_body(b"\xef\xbb\xbf" + html().encode("utf-8"), "text/html; charset=gbk")
    assert (text, encoding) == (html(), "utf-8")


def test_utf16_bom():
    text, encoding = decode_body(b"\xff\xfe" + html().encode("utf-16-le"), None)
    assert text == html() and encoding == "utf-16-le"


@pytest.mark.parametrize("label", ["GBK", "gb2312", "GB_2312-80", "x-gbk", "\"gbk\""])
def test_gb_family_header_labels_are_read_as_gb18030(label):
    # 堃 and 镕 are outside GB2312: reading with the gb2312 codec would fail on them
    text, encoding = decode_body(html().encode("gb18030"), f"text/html; charset={label}")
    assert text == html() and encoding == "gb18030"


def test_meta_charset_when_the_header_has_none():
    page = html('<meta charset="gb2312">')
    assert decode_body(page.encode("gb18030"), "text/html") == (page, "gb18030")


def test_meta_http_equiv_content_type():
    page = html('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">')
    assert decode_body(page.encode("gbk"), None) == (page, "gb18030")


def test_xml_declaration_encoding():
    xml = f'<?xml version="1.0" encoding="GBK"?><datastore><record>{TEXT}</record></datastore>'
    assert decode_body(xml.encode("gbk"), "text/xml") == (xml, "gb18030")


def test_detector_when_nothing_is_declared():
    text, encoding = decode_body(html().encode("gbk"), "text/html")
    assert text == html() and encoding == "gb18030"


def test_latin1_header_with_utf8_bytes_is_utf8():
    assert decode_body(html().encode("utf-8"), "text/html; charset=ISO-8859-1") == (html(), "utf-8")


def test_latin1_header_with_gbk_meta_follows_the_meta():
    page = html('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    assert decode_body(page.encode("gbk"), "text/html; charset=iso-8859-1") == (page, "gb18030")


def test_latin1_header_alone_on_gbk_bytes_never_gives_latin1():
    text, encoding = decode_body(html().encode("gbk"), "text/html; charset=iso-8859-1")
    assert text == html() and encoding == "gb18030"


def test_header_utf8_on_gbk_bytes_falls_through_to_the_meta():
    page = html('<meta charset="gbk">')
    assert decode_body(page.encode("gbk"), "text/html; charset=utf-8") == (page, "gb18030")


def test_stale_gbk_header_on_a_utf8_page_reads_utf8():
    page = html('<meta charset="utf-8">')
    assert decode_body(page.encode("utf-8"), "text/html; charset=gbk") == (page, "utf-8")


def test_one_stray_byte_does_not_throw_away_a_declared_charset():
    raw = html().encode("gbk")
    cut = raw.index(b"<div>") + 5
    raw = raw[:cut] + b"\xff" + raw[cut:]  # one stray byte between two characters
    text, encoding = decode_body(raw, "text/html; charset=gbk")
    assert encoding == "gb18030" and TEXT[:20] in text and text.count("\ufffd") == 1


def test_pure_ascii_and_empty_bodies():
    assert decode_body(b"<datastore></datastore>", None) == ("<datastore></datastore>", "utf-8")
    assert decode_body(b"", "text/html") == ("", "utf-8")


def test_binary_is_undecodable():
    with pytest.raises(UndecodableBody, match="no encoding fits"):
        decode_body(bytes(range(256)) * 20 + b"\x00" * 64, "text/html")


def test_label_helpers():
    assert charset_from_content_type('text/html; charset="UTF-8"') == "utf-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_markup(b'<meta charset="utf-16">') == "utf-8"
    assert normalize_charset("GB2312") == normalize_charset("cp936") == "gb18030"
    assert normalize_charset("UTF8") == "utf-8"


def test_a_utf8_page_with_a_gbk_include_keeps_its_text():
    """review-redteam3 #8: a UTF-8 page (meta utf-8) whose footer include was saved in GBK: before, no one encoding
    fitted and the page was refused as undecodable every night. The UTF-8 text is kept, the footer read as GB18030;
    a GBK page under a stale utf-8 label is still read as GBK."""
    text = "<p>各单位要按照本通知要求，认真组织实施，确保各项工作落实到位。</p>" * 12
    footer = "版权所有：测试市人民政府办公室　主办单位：测试市大数据发展管理局　地址：市府路一号" * 2
    page = (f'<html><head><meta charset="utf-8"><title>关于做好春节期间安全生产工作的通知</title></head><body>'
            f'<div class="zoom">{text}</div>').encode() + f"<div class='foot'>{footer}</div>".encode("gbk")
    decoded, encoding = decode_body(page + b"</body></html>", "text/html")
    assert encoding == "utf-8" and text in decoded and "\ufffd" not in decoded.split("<div class='foot'>")[0]
    stale = f'<html><head><meta charset="utf-8"></head><body>{text}</body></html>'.encode("gbk")
    assert text in decode_body(stale, "text/html; charset=utf-8")[0]
