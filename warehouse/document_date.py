"""The date a notice is dated, which relative dates (去年, 今年8月) resolve against: 发布时间 (publish date), else
成文日期 (written date). One rule for the warehouse (facts.extractions.document_date), `govwatch extract` and
dbt (macro document_date, column published_date), tested to agree."""
from __future__ import annotations

from datetime import date, datetime


def document_date(published: date | datetime | str | None, written: date | datetime | str | None) -> date | None:
    """published_at (a datetime, a date or 'YYYY-MM-DD[ HH:MM]', local time) as a date, else written_date."""
    for value in (published, written):
        day = _as_date(value)
        if day is not None:
            return day
    return None


def _as_date(value: date | datetime | str | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
