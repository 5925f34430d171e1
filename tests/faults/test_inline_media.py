"""A notice pasted from Word carries its pictures inline as base64: a page of megabytes around a few KB of text.
Before, such a genuine notice was refused as too large every night (red-team round 1, problem 12). Now it is read
on to INLINE_MEDIA_CEILING × max_bytes and kept without the payloads when the rest fits max_bytes."""
from __future__ import annotations

import base64
import os

import pytest

from scrapers.http_response import INLINE_MEDIA_CEILING
from tests.faults import fault_server as fs
from tests.faults.fault_server import FaultSite, fault_notice, good_notices
from tests.faults.harness import fast_politeness, run_site

MAX_BYTES = 50_000  # fast_politeness


def _word_paste(image_bytes: int, text_repeats: int = 20, send_length: bool = True) -> list[fs.Reply]:
    picture = base64.b64encode(os.urandom(image_bytes * 3 // 4)).decode()
    body = ('<html><head><meta charset="utf-8"><title>关于2024年重点项目集中开工情况的通报</title></head><body>'
            f'<div class="zoom"><p><img src="data:image/png;base64,{picture}" width="600"></p>'
            + "<p>丽水经开区2024年重点项目集中开工，总投资120亿元。</p>" * text_repeats
            + "<p>附：现场照片。</p></div></body></html>")  # the picture first: the cap is passed inside it
    return [fs.Reply(200, body, send_length=send_length)]


@pytest.mark.parametrize("send_length", [True, False], ids=["content_length", "streamed"])
def test_a_notice_with_inline_pictures_is_kept_without_their_payload(tmp_path, send_length):
    good = good_notices(2)
    pasted = fault_notice(1, good[-1], good[-1])
    with FaultSite(good + [pasted], faults={pasted.path: _word_paste(300_000, send_length=send_length)}) as site:
        pipeline, run = run_site(tmp_path, site, fast_politeness())
        url = site.url(pasted.path)
    assert pipeline.fetches(url=url)[-1][5] == "ok"
    body, = pipeline.q("SELECT body FROM raw.page_versions WHERE url = ?", [url])[0]
    assert "总投资120亿元" in body and "附：现场照片" in body and "base64" not in body
    assert run.report.status == "ok"


@pytest.mark.parametrize("image_bytes,text_repeats,send_length,why", [
    (MAX_BYTES * INLINE_MEDIA_CEILING, 20, True, "Content-Length"),  # refused unread, as any page over the ceiling
    (MAX_BYTES * INLINE_MEDIA_CEILING, 20, False, "even with its inline media"),
    (200_000, 1000, True, "without its inline media"),  # ~75 KB of text: too large with or without the pictures
], ids=["over_ceiling_announced", "over_ceiling_streamed", "text_alone_too_large"])
def test_a_page_too_large_even_without_its_pictures_is_still_refused(tmp_path, image_bytes, text_repeats,
                                                                      send_length, why):
    good = good_notices(2)
    pasted = fault_notice(1, good[-1], good[-1])
    with FaultSite(good + [pasted], faults={pasted.path: _word_paste(image_bytes, text_repeats, send_length)}) as site:
        pipeline, run = run_site(tmp_path, site, fast_politeness())
        url = site.url(pasted.path)
    outcome, error = pipeline.q("SELECT outcome, error FROM raw.fetch_log WHERE url = ?", [url])[0]
    assert outcome == "too_large" and why in error
    assert url not in pipeline.stored_urls() and run.report.status == "partial"
