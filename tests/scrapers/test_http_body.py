"""PoliteClient on what comes back: size caps, cut-off bodies, encodings, challenges, error pages, types.

Sites are httpx.MockTransport handlers; robots.txt is off so each test sees only its own request.
"""
import gzip
import random

import httpx
import pytest

from scrapers.http import Outcome, PoliteClient, Politeness

URL = "http://www.lishui.gov.cn/art/2024/2/27/art_1229283449_2493752.html"
TEXT = "丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知。" * 8
ARTICLE = f"<html><head><title>通知</title></head><body><div class='zoom'>{TEXT}</div></body></html>"
REAL_PAGE = "fixtures/pages/lishui-classic-article-2023-10-23.html"


def fetch(answer, *, expect="html", kind="article", **politeness):
    """One GET of URL answered by `answer` (a Response factory); returns (result, requests seen)."""
    seen: list[httpx.Request] = []

    def handler(request):
        seen.append(request)
        return answer(request)

    settings = {"min_delay_s": 0.0, "respect_robots": False, "max_retries": 0, **politeness}
    client = PoliteClient(Politeness(**settings), ["www.lishui.gov.cn"],
                          transport=httpx.MockTransport(handler), sleep=lambda s: None,
                          clock=lambda: 0.0, rng=random.Random(0))
    with client:
        return client.get(URL, expect=expect, kind=kind), seen


def respond(status=200, body: bytes | str = ARTICLE, content_type="text/html; charset=utf-8", **headers):
    body = body.encode("utf-8") if isinstance(body, str) else body
    all_headers = {"Content-Type": content_type, **{k.replace("_", "-"): v for k, v in headers.items()}}
    if content_type is None:
        del all_headers["Content-Type"]
    return lambda request: httpx.Response(status, content=body, headers=all_headers)


class Chunks(httpx.SyncByteStream):
    """A streamed body; records how many chunks were pulled; may die half way like a dropped link."""

    def __init__(self, chunks, fail_after=None):
        self.chunks, self.fail_after, self.pulled = chunks, fail_after, 0

    def __iter__(self):
        for i, chunk in enumerate(self.chunks):
            if self.fail_after is not None and i == self.fail_after:
                raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
            self.pulled += 1
            yield chunk


# -- size cap and cut-off bodies ---------------------------------------------------------------------

def test_content_length_over_the_inline_media_ceiling_is_too_large_without_reading():
    stream = Chunks([b"x" * 1000] * 50)
    answer = lambda r: httpx.Response(200, stream=stream, headers={  # noqa: E731
        "Content-Type": "text/html", "Content-Length": "50000"})
    result, _ = fetch(answer, max_bytes=5000)  # 50000 > 8 x 5000
    assert result.outcome is Outcome.TOO_LARGE and "Content-Length 50000" in result.error
    assert stream.pulled == 0 and result.text is None


def test_content_length_over_the_cap_is_read_only_to_the_cap_when_no_inline_media_comes():
    stream = Chunks([b"x" * 1000] * 10)
    answer = lambda r: httpx.Response(200, stream=stream, headers={  # noqa: E731
        "Content-Type": "text/html", "Content-Length": "10000"})
    result, _ = fetch(answer, max_bytes=5000)
    assert result.outcome is Outcome.TOO_LARGE and "max_bytes=5000" in result.error
    assert stream.pulled == 6 and result.text is None


def test_streamed_body_over_the_cap_stops_reading_at_the_cap():
    stream = Chunks([b"x" * 1000] * 100)
    result, _ = fetch(lambda r: httpx.Response(200, stream=stream, headers={"Content-Type": "text/html"}),
                      max_bytes=5000)
    assert result.outcome is Outcome.TOO_LARGE and "max_bytes=5000" in result.error
    assert stream.pulled == 6


def test_connection_dropped_mid_body_is_truncated():
    stream = Chunks([ARTICLE.encode()[:500], ARTICLE.encode()[500:]], fail_after=1)
    result, _ = fetch(lambda r: httpx.Response(200, stream=stream, headers={"Content-Type": "text/html"}))
    assert result.outcome is Outcome.TRUNCATED and "cut off after 500 bytes" in result.error


def test_body_shorter_than_content_length_is_truncated():
    result, _ = fetch(respond(body=ARTICLE[:100], Content_Length="5000"))
    assert result.outcome is Outcome.TRUNCATED and "of the 5000 bytes" in result.error


def test_truncated_body_is_retried_like_a_dropped_connection():
    answers = [respond(body=ARTICLE[:100], Content_Length="5000"), respond()]
    result, seen = fetch(lambda r: answers.pop(0)(r), max_retries=1)
    assert result.ok and len(seen) == 2


def test_gzip_body_is_decoded_and_counted_by_wire_bytes():
    packed = gzip.compress(ARTICLE.encode("utf-8"))
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    result, _ = fetch(lambda r: httpx.Response(200, stream=Chunks([packed]), headers=headers))
    assert result.ok and result.text == ARTICLE and result.bytes == len(packed)


# -- encodings ------------------------------------------------------------------------------------

def test_gbk_page_with_charset_in_the_header():
    result, _ = fetch(respond(body=ARTICLE.encode("gbk"), content_type="text/html; charset=GBK"))
    assert result.ok and result.text == ARTICLE and result.encoding == "gb18030"


def test_gb2312_declared_only_in_meta():
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>{TEXT}</body></html>'
    result, _ = fetch(respond(body=html.encode("gb2312"), content_type="text/html"))
    assert result.ok and TEXT in result.text and result.encoding == "gb18030"


def test_no_charset_anywhere_falls_to_the_detector():
    html = f"<html><body><div>{TEXT}</div></body></html>"
    result, _ = fetch(respond(body=html.encode("gbk"), content_type="text/html"))
    assert result.ok and TEXT in result.text and result.encoding == "gb18030"


def test_utf8_with_bom():
    result, _ = fetch(respond(body=b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), content_type="text/html"))
    assert result.ok and result.text == ARTICLE and result.encoding == "utf-8"


def test_latin1_header_default_does_not_garble_a_utf8_page():
    result, _ = fetch(respond(body=ARTICLE.encode("utf-8"), content_type="text/html; charset=ISO-8859-1"))
    assert result.ok and result.text == ARTICLE


def test_binary_garbage_labelled_html_is_a_decode_error():
    noise = bytes(random.Random(5).randrange(256) for _ in range(4000)) + b"\x00" * 100
    result, _ = fetch(respond(body=noise, content_type="text/html"))
    assert result.outcome is Outcome.DECODE_ERROR and result.text is None


# -- anti-bot challenges ------------------------------------------------------------------------------

JSL_521 = ("<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')"
           "+('n')+('c')+('e')+('=1700000000.1|0|abc');location.href=location.pathname+location.search</script>")
RUISHU_412 = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
              "<meta id=\"9DhefwqGPrzGxEp9hPaoag\" content=\"" + "x" * 400 + "\" r='m'>"
              "<script type=\"text/javascript\" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=12345;</script>"
              "<script type=\"text/javascript\" charset=\"utf-8\" src=\"/4QbVtADbnLVIc/c.FxJzG50F.js\" r='m'></script>"
              "</head><body></body></html>")


@pytest.mark.parametrize("status, body, headers", [
    (412, RUISHU_412, {}),
    (521, JSL_521, {}),
    (202, RUISHU_412, {}),
    (200, "<html><script>var x='__jsl_clearance';</script></html>", {}),
    (200, "<html><head><script src='/a.js'></script></head><body></body></html>", {"X-Via-JSL": "8b7a3c0,-"}),
    (200, ARTICLE, {"Set-Cookie": "__jsl_clearance=1700000000.1|0|abc; Path=/"}),
])
def test_challenges_are_blocked_and_never_retried(status, body, headers):
    result, seen = fetch(respond(status, body, **{k.replace("-", "_"): v for k, v in headers.items()}),
                         max_retries=3)
    assert result.outcome is Outcome.BLOCKED_CHALLENGE and result.text is None
    assert len(seen) == 1 and "challenge" in result.error


def test_challenge_on_a_list_post_is_still_a_challenge():
    result, _ = fetch(respond(521, JSL_521), expect="xml", kind="list")
    assert result.outcome is Outcome.BLOCKED_CHALLENGE


def test_plain_521_without_a_script_is_a_server_error():
    result, _ = fetch(respond(521, "<html><body><h1>Web server is down</h1><p>" + "x" * 200 + "</p></body></html>"))
    assert result.outcome is Outcome.HTTP_ERROR


# -- error pages served as 200, content types ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "<html><head><title>页面不存在</title></head><body><p>对不起，您访问的页面不存在！</p>" + "<a href='/'>返回首页</a>" * 60 + "</body></html>",
    "<html><body><h1>404 Not Found</h1><hr><center>nginx</center></body></html>",
    "<html><body><p>系统繁忙，请稍后再试</p></body></html>",
    "<html><body><p>暂无内容</p></body></html>",
])
def test_error_pages_served_with_200_are_error_pages(body):
    result, _ = fetch(respond(200, body))
    assert result.outcome is Outcome.ERROR_PAGE and result.text is None
    assert URL in result.error


def test_short_list_answers_are_not_judged_by_article_length():
    result, _ = fetch(respond(200, "<datastore><totalrecord>0</totalrecord></datastore>",
                              content_type="text/html;charset=UTF-8"), expect="xml", kind="list")
    assert result.ok


@pytest.mark.parametrize("content_type, body", [
    ("application/pdf", b"%PDF-1.7\n..."),
    ("image/jpeg", b"\xff\xd8\xff\xe0...."),
    ("application/octet-stream", b"PK\x03\x04...."),
    ("text/html", b"%PDF-1.4\n% a PDF served by a download.jsp as html"),
])
def test_wrong_content_types_are_refused(content_type, body):
    result, _ = fetch(respond(200, body, content_type=content_type))
    assert result.outcome is Outcome.WRONG_CONTENT_TYPE and result.text is None


def test_json_expected_but_html_page_labelled_json_is_accepted_as_text():
    body = '{"success":true,"code":"200","data":{"html":"<ul></ul>"}}'
    result, _ = fetch(respond(200, body, content_type="application/json;charset=UTF-8"), expect="json", kind="list")
    assert result.ok and result.text == body


def test_the_real_lishui_article_comes_through_untouched(shared_dir):
    raw = (shared_dir / REAL_PAGE).read_bytes()
    result, _ = fetch(respond(200, raw, content_type="text/html"))
    assert result.ok and result.text == raw.decode("utf-8") and result.encoding == "utf-8"
