"""What lxml's tree of a page loses that bs4's tree keeps, rebuilt from the parser's events (scrapers.page_tree).

A <!DOCTYPE> inside the page: bs4 keeps the text before and after it as two strings, lxml's tree joins them
(doctype_cuts says where to cut). A page nested deeper than 2047 elements: lxml's tree stops there and drops the
rest of the page, bs4's has no limit (tree_from_events builds it from the same events as bs4 does).
"""
from __future__ import annotations

import re

from lxml import etree

Element = etree._Element
DOCUMENT = "document"  # the root a page built from events hangs its top elements on, as bs4's BeautifulSoup object
# What may come before a page's own <!DOCTYPE>; another one after it splits text in bs4's tree.
_PROLOG = re.compile(r"(?:\s|<!--.*?-->|<\?[^>]*>)*(?:<!doctype)?", re.I | re.S)
_DOCTYPE = re.compile(r"<!doctype", re.I)


def has_inner_doctype(text: str) -> bool:
    return bool(_DOCTYPE.search(text, _PROLOG.match(text).end()))


class _DoctypeOffsets:
    """Parser target: where, in the text inside elements, the parser met a <!DOCTYPE>."""

    def __init__(self):
        self.depth = self.chars = 0
        self.offsets: list[int] = []

    def start(self, tag, attrib):
        self.depth += 1

    def end(self, tag):
        self.depth -= 1

    def data(self, data):
        if self.depth:
            self.chars += len(data)

    def doctype(self, *_):
        self.offsets.append(self.chars)

    def close(self):
        return self.offsets


def doctype_cuts(root: Element, text: str) -> dict[tuple[Element, bool], list[int]]:
    """Where bs4's tree splits a text node at a <!DOCTYPE> inside the page: (element, is_tail) → offsets."""
    parser = etree.HTMLParser(recover=True, target=_DoctypeOffsets())
    parser.feed(text)
    offsets = parser.close()
    cuts: dict[tuple[Element, bool], list[int]] = {}
    chars = 0  # the text inside elements, in document order, as the parser handed it over
    for top in [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]:
        if not isinstance(top.tag, str):
            continue
        for event, node in etree.iterwalk(top, events=("start", "end", "comment", "pi")):
            value = node.text if event == "start" else node.tail if node is not top else None
            if value:
                inside = [o - chars for o in offsets if chars < o < chars + len(value)]
                if inside:
                    cuts[(node, event != "start")] = inside
                chars += len(value)
    return cuts


# What lxml's API refuses in names, text and attribute values (the parser itself takes them): in the rare page built
# from events, a control character that is whitespace becomes a space, any other is dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_NAME = re.compile(r"[A-Za-z_][\w.-]*")


def _xml_text(value: str) -> str:
    return _NOT_XML.sub(lambda m: " " if m[0].isspace() else "", value)


class _TreeFromEvents:
    """Parser target that builds, at any depth, the tree bs4 builds from the same events: the page's top elements
    under one root standing for bs4's BeautifulSoup object, and an empty comment where a comment, processing
    instruction or <!DOCTYPE> stood (none of them is text, and each ends the text before it)."""

    def __init__(self):
        self.root = etree.Element(DOCUMENT)
        self.open: list[tuple[str, Element]] = []
        self.data_parts: list[str] = []

    def start(self, tag, attrib):
        self._flush()
        parent = self.open[-1][1] if self.open else self.root
        element = etree.SubElement(parent, tag if _XML_NAME.fullmatch(tag) else "not-a-name")
        for name, value in attrib.items():
            if _XML_NAME.fullmatch(name):
                element.set(name, _xml_text(value))
        self.open.append((tag, element))

    def end(self, tag):
        self._flush()
        names = [name for name, _ in self.open]
        if tag in names:  # pop to the latest element of that name, as bs4 does
            del self.open[len(names) - 1 - names[::-1].index(tag):]

    def data(self, data):
        self.data_parts.append(data)

    def comment(self, *_):
        self._flush()
        (self.open[-1][1] if self.open else self.root).append(etree.Comment(""))

    pi = doctype = comment

    def close(self):
        self._flush()
        return self.root

    def _flush(self):
        if not self.data_parts:
            return
        text, self.data_parts = _xml_text("".join(self.data_parts)), []
        parent = self.open[-1][1] if self.open else self.root
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + text
        else:
            parent.text = (parent.text or "") + text


def tree_from_events(text: str) -> Element:
    parser = etree.HTMLParser(recover=True, target=_TreeFromEvents())
    parser.feed(text)
    return parser.close()
