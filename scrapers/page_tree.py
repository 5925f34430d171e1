"""An lxml tree of an HTML page that reads exactly like BeautifulSoup(text, "lxml") does, at lxml's speed.

bs4's "lxml" builder feeds the same text to the same lxml HTML parser and builds its tree from the parser's
events, so the trees agree node for node (tests/scrapers/test_page_tree.py checks it on every saved page).
What bs4 adds is mirrored here: a leading BOM is dropped; the strings of <script>, <style>, <template>,
<rt> and <rp> are not text (bs4 gives them their own string classes); class attributes are lists; selectors do
not look into a <template> (soupsieve does not). What lxml's tree loses, bs4's keeps: a <!DOCTYPE> inside the page
cuts the text around it, and a page nested deeper than 2047 elements is whole (scrapers.page_events).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from lxml import etree

from scrapers.page_events import DOCUMENT, Element, doctype_cuts, has_inner_doctype, tree_from_events

# bs4's string containers (HTMLTreeBuilder.DEFAULT_STRING_CONTAINERS): their strings are not page text.
CONTAINERS = frozenset({"script", "style", "template", "rt", "rp"})
_IN_CONTAINER = "ancestor::script or ancestor::style or ancestor::template or ancestor::rt or ancestor::rp"
_ALL_STRINGS = etree.XPath("//text()")
_PLAIN_STRINGS_UNDER = etree.XPath(f".//text()[not({_IN_CONTAINER})]")
_AT_MAX_DEPTH = etree.XPath("boolean(/" + "/".join(["*"] * 2047) + ")")
_PLAIN, _SCRIPTS_BELOW, _EXACT = "plain", "scripts below", "exact"
_NON_SPACE = re.compile(r"\S+")  # bs4 splits class="a b" the same way


class PageTree:
    """The parsed page: `root` is lxml's root element (None for a page without elements)."""

    def __init__(self, text: str):
        if not isinstance(text, str):  # bytes would meet lxml's charset guessing, not scrapers.decoding's rules
            raise TypeError(f"PageTree takes the page's text (str; decode bytes with scrapers.decoding.decode_body), "
                            f"got {type(text).__name__}")
        if text[:1] == "\ufeff":  # bs4 drops a leading BOM before lxml sees the text
            text = text[1:]
        self.root = _parse(text)
        # where bs4 splits a text node in two: (element, is_tail) → offsets in its .text / .tail
        self._cuts: dict[tuple[Element, bool], list[int]] = {}
        if self.root is not None and self.root.tag != DOCUMENT and has_inner_doctype(text):
            self._cuts = doctype_cuts(self.root, text)
        self._texts: dict[Element, str] = {}
        self._inside: set[Element] = set()  # containers and everything in them
        self._above: set[Element] = set()   # elements holding a container somewhere below
        for container in self.find_all("//script|//style|//template|//rt|//rp"):
            self._inside.update(container.iter())
            self._above.update(container.iterancestors())
        self._templates = any(e.tag == "template" for e in self._inside)

    def elements(self) -> list[Element]:
        """Every element of the page in document order."""
        return [e for e in self.find_all("//*") if e.getparent() is not None or e.tag != DOCUMENT]

    def find_all(self, xpath: str) -> list[Element]:
        """Elements matching an XPath over the whole document (e.g. "//td|//th"), in document order."""
        return _xpath(xpath)(self.root) if self.root is not None else []

    def select_first(self, selector: str, scope: Element | None = None) -> Element | None:
        """The first element matching a simple CSS selector ("div.zoom", "div#zoom", ".a", "#b", "h1"), in
        document order, within scope's descendants (or the whole page), as soupsieve's select_one finds it: not in
        a <template>'s content, which is no part of the document."""
        tag, wanted_class, wanted_id = _simple_selector(selector)
        test = f'[@id="{wanted_id}"]' if wanted_id else f'[contains(@class, "{wanted_class}")]' if wanted_class else ""
        if scope is None:
            nodes = self.find_all(f"//{tag}{test}")
        else:
            nodes = _xpath(f".//{tag}{test}")(scope)
        return next((node for node in nodes if (wanted_class is None or wanted_class in classes(node))
                     and not (self._templates and _in_template(node, scope))), None)

    def strings(self, matching: re.Pattern | None = None) -> list[tuple[str, Element]]:
        """The page's text strings in document order, each with the element it is in; with `matching`, only
        those in which it finds something."""
        if self.root is None:
            return []
        found = _ALL_STRINGS(self.root)  # lxml "smart" strings: .getparent(), .is_tail
        if self._cuts:
            pieces = [(piece, s) for s in found for piece in self._pieces(s.getparent(), s.is_tail, s)]
            texts, owners = [piece for piece, _ in pieces], [owner for _, owner in pieces]
        else:
            owners = texts = found
        if matching is None:
            indices = range(len(texts))
        else:  # one search over all the text instead of one per string; no match spans the NUL between them
            starts = list(itertools.accumulate(map(len, texts), lambda start, n: start + n + 1, initial=0))
            hits = (bisect.bisect_right(starts, m.start()) - 1 for m in matching.finditer("\x00".join(texts)))
            indices = [i for i in dict.fromkeys(hits) if matching.search(texts[i])]
        out = []
        for i in indices:
            owner = owners[i].getparent()
            parent = owner.getparent() if owners[i].is_tail else owner
            if parent is not None and parent not in self._inside:
                out.append((str(texts[i]), parent))
        return out

    def strings_of(self, node: Element) -> list[str]:
        """The text strings under node, as bs4's node.get_text() gathers them."""
        reading = self._reading(node)
        if reading is _PLAIN:
            return list(node.itertext())
        if reading is _SCRIPTS_BELOW:
            return _PLAIN_STRINGS_UNDER(node)
        wanted = node.tag if node.tag in CONTAINERS else None  # a <script>'s text is its script, say
        outer = next(node.iterancestors(*CONTAINERS), None)
        return self._strings_of_kind(node, wanted, outer.tag if outer is not None else None)

    def text_of(self, node: Element | None) -> str:
        """node.get_text(" ", strip=True) with runs of whitespace made one space; "" for no node."""
        if node is None:
            return ""
        text = self._texts.get(node)
        if text is None:
            text = self._texts[node] = " ".join(" ".join(self.strings_of(node)).split())
        return text

    def text_longer_than(self, node: Element, limit: int) -> bool:
        """len(text_of(node)) > limit, reading no more of a block holding scripts than it takes to know."""
        if node not in self._texts and self._reading(node) is _SCRIPTS_BELOW:
            return self._plain_text_longer_than(node, limit)
        return len(self.text_of(node)) > limit

    def has_text(self, node: Element) -> bool:
        """node.get_text(strip=True) is not empty; stops at the first word."""
        if node in self._texts:
            return bool(self._texts[node])
        reading = self._reading(node)
        if reading is _SCRIPTS_BELOW:
            return self._plain_text_longer_than(node, 0)
        return any(not s.isspace() for s in (node.itertext() if reading is _PLAIN else self.strings_of(node)))

    def joined_text(self, node: Element) -> str:
        """"".join(strings_of(node)); lxml's own text serialisation when no script or style is inside."""
        if self._reading(node) is _PLAIN:
            return etree.tostring(node, method="text", encoding=str, with_tail=False)
        return "".join(self.strings_of(node))

    def _reading(self, node: Element) -> str:
        """How node's strings are read: all its text (_PLAIN), all but what is in the scripts or styles below it
        (_SCRIPTS_BELOW), or string by string with bs4's types (_EXACT: in a script, or a page with a doctype
        inside)."""
        if node in self._inside or self._cuts:
            return _EXACT
        return _SCRIPTS_BELOW if node in self._above else _PLAIN

    def _plain_text_longer_than(self, node: Element, limit: int) -> bool:
        length = -1  # the words read so far and the spaces between them
        walker = etree.iterwalk(node, events=("start", "end", "comment", "pi"))
        for event, item in walker:
            if event == "start":
                if item.tag in CONTAINERS:
                    walker.skip_subtree()  # its end event still comes: the text after it counts
                    continue
                string = item.text
            else:
                string = item.tail if item is not node else None
            for word in string.split() if string else ():
                length += len(word) + 1
                if length > limit:
                    return True
        return False

    def _pieces(self, owner: Element, is_tail: bool, value: str) -> list[str]:
        """The text (or tail) of owner as bs4 holds it: in pieces where a <!DOCTYPE> stood."""
        cuts = self._cuts.get((owner, is_tail))
        return [value[a:b] for a, b in zip([0, *cuts], [*cuts, len(value)])] if cuts else [value]

    def _strings_of_kind(self, node: Element, wanted: str | None, outer: str | None) -> list[str]:
        """Strings under node whose innermost container is `wanted` (None: in no container), as bs4 types them."""
        out: list[str] = []
        # (node, the container it is in); a string's container is its parent's innermost one.
        stack: list = [(node, node.tag if node.tag in CONTAINERS else outer)]
        while stack:
            item, kind = stack.pop()
            if isinstance(item, str):
                if kind == wanted:
                    out.append(item)
                continue
            if item.text and kind == wanted:
                out.extend(self._pieces(item, False, item.text))
            for child in list(item)[::-1]:  # reversed(element) would index each child: quadratic
                if child.tail:
                    stack.extend((piece, kind) for piece in reversed(self._pieces(child, True, child.tail)))
                if isinstance(child.tag, str):
                    stack.append((child, child.tag if child.tag in CONTAINERS else kind))
        return out


def _in_template(node: Element, scope: Element | None) -> bool:
    """Whether a <template> between scope (or the document) and node holds node."""
    for ancestor in node.iterancestors():
        if ancestor is scope:
            return False
        if ancestor.tag == "template":
            return True
    return False


def classes(node: Element) -> list[str]:
    return _NON_SPACE.findall(node.get("class") or "")


@functools.lru_cache(maxsize=256)
def _xpath(expression: str) -> etree.XPath:
    return etree.XPath(expression)


def _parse(text: str) -> Element | None:
    """lxml's tree for the text, fed as bs4's lxml builder feeds it (one str, recover mode). huge_tree lets the tree
    grow 2047 elements deep (256 otherwise) where bs4's tree has no limit; a deeper page is built from the parser's
    events, as bs4 builds it."""
    if not text:
        return None
    parser = etree.HTMLParser(recover=True, huge_tree=True)
    parser.feed(text)
    root = parser.close()
    if root is not None and _AT_MAX_DEPTH(root):  # libxml2 stopped there and dropped the rest of the page
        return tree_from_events(text)
    return root


def _simple_selector(selector: str) -> tuple[str, str | None, str | None]:
    m = re.fullmatch(r"([a-z0-9]*)(?:\.([\w-]+)|#([\w-]+))?", selector)
    if m is None:
        raise ValueError(f"not a simple selector: {selector!r}")
    return m[1] or "*", m[2], m[3]
