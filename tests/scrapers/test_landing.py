"""The landing file format: typed records, a format version in the run header, checked on write and read."""
import json

import pytest

from scrapers.landing import FORMAT_VERSION, LandingFormatError, read_landing_file, write_landing_file

RUN = {"type": "run", "run_id": "r1", "source_id": "demo", "started_at": "2026-01-01T00:00:00+00:00", "status": "ok"}


def test_written_file_carries_the_format_version_and_reads_back(tmp_path):
    path = tmp_path / "demo" / "r1.jsonl"
    records = [RUN, {"type": "listing", "column_id": "1", "url": "http://127.0.0.1/a.html"}]
    write_landing_file(path, records)
    back = list(read_landing_file(path))
    assert back[0]["format_version"] == FORMAT_VERSION and back[1] == records[1]


def test_an_unknown_record_type_is_refused_on_write_and_nothing_is_left_behind(tmp_path):
    path = tmp_path / "demo" / "r1.jsonl"
    with pytest.raises(LandingFormatError, match="unknown type 'pages'"):
        write_landing_file(path, [RUN, {"type": "pages", "url": "x"}])
    assert not path.exists() and not list(path.parent.glob(".*tmp"))


def test_files_of_the_first_format_read_and_newer_formats_are_refused(tmp_path):
    old = tmp_path / "old.jsonl"
    old.write_text(json.dumps(RUN) + "\n", encoding="utf-8")  # version 1 had no format_version
    assert list(read_landing_file(old))[0]["run_id"] == "r1"
    newer = tmp_path / "newer.jsonl"
    newer.write_text(json.dumps({**RUN, "format_version": FORMAT_VERSION + 1}) + "\n", encoding="utf-8")
    with pytest.raises(LandingFormatError, match="newer"):
        list(read_landing_file(newer))


def test_a_file_without_a_run_header_is_refused(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"type": "listing", "column_id": "1", "url": "u"}) + "\n", encoding="utf-8")
    with pytest.raises(LandingFormatError, match="run header"):
        list(read_landing_file(path))


def test_lines_read_as_the_json_module_reads_them_whatever_the_fast_decoder_refuses(tmp_path):
    """NaN, an integer beyond 64 bits and a lone surrogate escape are JSON the json module writes and reads:
    they read back the same; a truncated line and bytes that are not UTF-8 are still refused."""
    path = tmp_path / "odd.jsonl"
    odd = {"type": "fetch", "url": "http://127.0.0.1/a.html", "outcome": "ok", "elapsed_ms": float("nan"),
           "bytes": 2**70, "error": "\ud800"}
    path.write_text(json.dumps(RUN) + "\n\n" + json.dumps(odd) + "\n", encoding="utf-8")
    back = list(read_landing_file(path))
    assert back[1]["bytes"] == 2**70 and back[1]["error"] == "\ud800" and back[1]["elapsed_ms"] != back[1]["elapsed_ms"]
    truncated = tmp_path / "cut.jsonl"
    truncated.write_text(json.dumps(RUN) + "\n" + json.dumps(odd)[:30], encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        list(read_landing_file(truncated))
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps(RUN).encode() + b'\n{"type": "fetch", "url": "\xe9", "outcome": "ok"}\n')
    with pytest.raises(UnicodeDecodeError):
        list(read_landing_file(latin))
