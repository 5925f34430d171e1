"""Turn the bytes of a Chinese government page into text without garbling it.

Order (design/gov-sites.md 2.4): BOM → HTTP charset → <meta>/<?xml?> in the first 2 KB →
detector → UTF-8 with replacement. GB2312/GBK labels are read as GB18030 (its superset), and a
Latin-1 label is never trusted on its own: servers send it by default, and it garbles every
Chinese page. Bytes that are valid multi-byte UTF-8 are read as UTF-8 whatever a GB or Latin
label says (a stale server default); GBK text is practically never valid UTF-8 by accident.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

META_SCAN_BYTES = 2048
# Share of U+FFFD in the UTF-8 fallback above which a body counts as undecodable (binary).
MAX_REPLACEMENT_SHARE = 0.05
# A declared charset is still accepted if only this share of characters fails to decode
# (a page cut inside a multi-byte character, one stray byte in a template).
TOLERATED_ERROR_SHARE = 0.001

_GB_LABELS = {"gb2312", "gbk", "gb_2312-80", "gb_2312", "gb-2312", "x-gbk", "cp936", "ms936",
              "euc-cn", "euccn", "csgb2312", "chinese", "iso-ir-58", "windows-936", "gb18030"}
# Labels servers and CMS templates send by default: they say nothing about Chinese pages.
_WEAK_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                "windows-1252", "cp1252"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:+-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:+-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']\s*([\w.:+-]+)""", re.I)


class UndecodableBody(ValueError):
    """The body is not text in any encoding we can justify (usually binary content)."""


def decode_body(content: bytes, content_type_header: str | None) -> tuple[str, str]:
    """Return (text, encoding name) for a response body; raise UndecodableBody for binary."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content[len(bom):].decode(encoding, errors="replace"), encoding
    if not content:
        return "", "utf-8"

    header_label = charset_from_content_type(content_type_header)
    meta_label = charset_from_markup(content[:META_SCAN_BYTES])
    valid_utf8 = _is_valid_utf8(content)

    for label in (header_label, meta_label):
        if label is None or _is_weak(label):
            continue
        encoding = normalize_charset(label)
        # A GB or Latin label on bytes that are valid multi-byte UTF-8 is a stale server
        # default: real GBK text is practically never valid UTF-8 by accident.
        if valid_utf8 and encoding != "utf-8" and not content.isascii():
            return content.decode("utf-8"), "utf-8"
        text = _decode_tolerantly(content, encoding)
        if text is None and encoding == "utf-8":
            text = _utf8_with_gb_islands(content)
        if text is not None:
            return text, encoding

    if valid_utf8:
        return content.decode("utf-8"), "utf-8"
    detected = _detect(content)
    if detected is not None:
        return detected
    text = content.decode("utf-8", errors="replace")
    if text.count("\ufffd") > MAX_REPLACEMENT_SHARE * max(len(text), 1) or "\x00" in text:
        raise UndecodableBody(
            f"no encoding fits: {text.count(chr(0xFFFD))} undecodable characters in "
            f"{len(content)} bytes (header charset {header_label!r}, meta charset {meta_label!r})"
        )
    return text, "utf-8"


def charset_from_content_type(content_type_header: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type_header:
        return None
    match = _HEADER_CHARSET.search(content_type_header)
    return match.group(1).lower() if match else None


def charset_from_markup(head: bytes) -> str | None:
    """The charset declared by <?xml encoding?>, <meta charset> or <meta http-equiv>."""
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", errors="ignore").lower()
    # A page whose markup we can read as ASCII is not UTF-16, whatever it says (HTML spec).
    return "utf-8" if label.startswith("utf-16") else label


def normalize_charset(label: str) -> str:
    """Canonical Python codec name; GB2312/GBK and friends become gb18030."""
    label = label.strip().lower()
    if label in _GB_LABELS:
        return "gb18030"
    if label in ("utf8", "unicode-1-1-utf-8", "x-unicode20utf8"):
        return "utf-8"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return label
    return "gb18030" if name in ("gbk", "gb2312") else name


def _is_weak(label: str) -> bool:
    return label.strip().lower() in _WEAK_LABELS


def _is_valid_utf8(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_tolerantly(content: bytes, encoding: str) -> str | None:
    try:
        return content.decode(encoding)
    except LookupError:
        return None
    except UnicodeDecodeError:
        text = content.decode(encoding, errors="replace")
        if text.count("\ufffd") <= max(1, TOLERATED_ERROR_SHARE * len(text)):
            return text
        return None


_ISLAND = re.compile("[\udc80-\udcff]+")
MIN_UTF8_CHINESE_SHARE = 0.5


def _utf8_with_gb_islands(content: bytes) -> str | None:
    """A page declared UTF-8 holding islands of GBK bytes (a footer or sidebar include saved in the old encoding):
    its UTF-8 text, each island read as GB18030. Only when at least half of its non-ASCII bytes are UTF-8 Chinese:
    a GBK page under a stale utf-8 label has next to none, as its bytes form UTF-8 only by accident."""
    text = content.decode("utf-8", errors="surrogateescape")
    chinese_bytes = 3 * sum(1 for ch in text if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    if chinese_bytes < MIN_UTF8_CHINESE_SHARE * sum(1 for b in content if b >= 0x80):
        return None
    return _ISLAND.sub(lambda m: bytes(ord(ch) - 0xDC00 for ch in m.group()).decode("gb18030", errors="replace"), text)


def _detect(content: bytes) -> tuple[str, str] | None:
    best = charset_normalizer.from_bytes(content).best()
    if best is None or best.encoding is None:
        return None
    encoding = normalize_charset(best.encoding)
    if encoding.startswith(("utf-16", "utf-32")):
        return None  # HTML never comes as UTF-16 without a BOM; this is binary noise
    # Detectors call short Chinese texts Latin-1 or cp125x; GB18030 is the likelier truth here.
    if encoding.startswith(("cp125", "latin", "iso8859")):
        if (text := _decode_tolerantly(content, "gb18030")) is not None:
            return text, "gb18030"
    text = _decode_tolerantly(content, encoding)
    if text is None or _control_share(text) > MAX_REPLACEMENT_SHARE:
        return None
    return text, encoding


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    return controls / max(len(text), 1)
