"""Shared helpers: run the extractor on a hand-written sentence and pick facts out."""
import datetime as dt

from warehouse.extract import extract_document

REPORT_DAY = dt.date(2024, 2, 27)  # a work report delivered early in 2024


def extract(text: str, published: dt.date | None = REPORT_DAY):
    return extract_document(text, published=published)


def contract(text: str, published: dt.date | None = REPORT_DAY) -> dict:
    return extract(text, published).to_contract()


def only(facts: list[dict], **where) -> dict:
    """The one fact whose fields equal `where`; fails loudly otherwise."""
    found = [f for f in facts if all(f.get(k) == v for k, v in where.items())]
    assert len(found) == 1, f"expected one fact with {where}, got {found!r} among {facts!r}"
    return found[0]
