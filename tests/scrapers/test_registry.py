"""sources.toml: what ships, how env vars and defaults apply, and clear errors for bad entries."""
import pytest

from scrapers.registry import RegistryError, load_registry


def test_shipped_registry_has_lishui_with_the_anchor_column_and_the_demo(monkeypatch):
    monkeypatch.setenv("GOVWATCH_DEMO_URL", "http://127.0.0.1:9999")
    registry = load_registry()
    lishui = registry.get("lishui")
    assert lishui.cms == "hanweb_classic" and lishui.base_url == "https://www.lishui.gov.cn"
    assert "1229430799" in [c.id for c in lishui.columns]
    assert lishui.column_url("1229430799") == "https://www.lishui.gov.cn/col/col1229430799/index.html"
    assert "data-team@example.org" in lishui.politeness.user_agent_header
    demo = registry.get("demo")
    assert demo.base_url == "http://127.0.0.1:9999" and demo.politeness.min_delay_s == 0.0
    assert lishui.politeness.min_delay_s == 2.0  # from [defaults]


def test_env_default_applies_when_unset(monkeypatch):
    monkeypatch.delenv("GOVWATCH_DEMO_URL", raising=False)
    assert load_registry().get("demo").base_url == "http://127.0.0.1:8765"


def test_registry_file_is_selectable_by_env(tmp_path, monkeypatch):
    path = tmp_path / "one.toml"
    path.write_text('[[source]]\nid = "jinyun"\nname = "缙云县"\ncms = "hanweb_classic"\n'
                    'base_url = "http://www.jinyun.gov.cn"\ncolumns = ["1229367742"]\n', encoding="utf-8")
    monkeypatch.setenv("GOVWATCH_SOURCES", str(path))
    registry = load_registry()
    assert registry.ids == ["jinyun"]
    assert registry.get("jinyun").allowed_hosts == ("www.jinyun.gov.cn",)


@pytest.mark.parametrize("body,message", [
    ('[[source]]\nid = "x"\nname = "x"\ncms = "trs"\nbase_url = "http://a"\ncolumns = []\n', "unsupported cms"),
    ('[[source]]\nid = "x"\nname = "x"\ncms = "hanweb_classic"\ncolumns = []\n', "lacks 'base_url'"),
    ('[[source]\nid = ', "not valid TOML"),
    ('[[source]]\nid = "x"\nname = "x"\ncms = "hanweb_classic"\nbase_url = "http://a"\ncolumns = []\n'
     'min_dealy_s = 10\n', "unknown settings \\['min_dealy_s'\\]"),
    # a budget of 0 would list every night and fetch nothing; a page cap of 0 would read no list page
    ('[[source]]\nid = "x"\nname = "x"\ncms = "hanweb_classic"\nbase_url = "http://a"\ncolumns = []\n'
     'max_articles_per_run = 0\n', "max_articles_per_run must be a whole number >= 1"),
    ('[defaults]\nmax_pages_per_column = "20"\n[[source]]\nid = "x"\nname = "x"\ncms = "hanweb_classic"\n'
     'base_url = "http://a"\ncolumns = []\n', "max_pages_per_column must be a whole number >= 1"),
])
def test_bad_entries_say_what_is_wrong(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        load_registry(path)


def test_unknown_source_names_the_known_ones():
    with pytest.raises(RegistryError, match=r"known: lishui, zj, .*, demo"):
        load_registry().get("shanghai")


def test_the_registry_ships_real_zhejiang_sources_of_every_prefecture_with_a_note_on_how_each_was_checked():
    import tomllib

    from scrapers.cms import FAMILIES

    raw = tomllib.loads(load_registry().path.read_text(encoding="utf-8"))["source"]
    real = [s for s in raw if s["id"] != "demo" and not s["id"].startswith("demo")]
    assert len(real) >= 15
    assert all(s.get("note") for s in real), [s["id"] for s in real if not s.get("note")]
    assert {s["cms"] for s in real} <= set(FAMILIES)
    hosts = " ".join(s["base_url"] for s in real)
    prefectures = ["hangzhou", "nbrd", "wenzhou", "jiaxing", "huzhou", "sx.gov", "jinhua", "qz.gov", "zhoushan",
                   "zjtz", "lishui"]
    assert all(p in hosts for p in prefectures), [p for p in prefectures if p not in hosts]
    assert "www.zj.gov.cn" in hosts  # the provincial portal
    for source in load_registry().sources:  # every column URL is the family's own form
        for column in source.columns:
            assert source.column_url(column.id).startswith(source.base_url + "/")


def test_a_duplicate_source_id_is_named_alone(tmp_path):
    entry = '[[source]]\nid = "{}"\nname = "x"\ncms = "hanweb_classic"\nbase_url = "http://a"\ncolumns = []\n'
    path = tmp_path / "dup.toml"
    path.write_text(entry.format("one") + entry.format("two") + entry.format("one"), encoding="utf-8")
    with pytest.raises(RegistryError, match=r"duplicate source ids in .*: \['one'\]$"):
        load_registry(path)
