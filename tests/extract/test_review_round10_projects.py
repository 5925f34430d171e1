"""Round-10 review findings on projects: a plan's schedule month holds only for the lists under it; a contest
word names the items' kind only where the items are the contest's (not an occasion, not works signed or begun);
a period label (上季, 次季) is a label, not characters of a place name. Positive and negative per class.

The sentences are written for these tests; none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract


def _projects(text, published=dt.date(2025, 3, 1)):
    """The projects of a notice by name (an early-2025 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


# ---- finding 5: the schedule month stops where its lists stop


_SCHEDULE = "今年全市将加快推进一批重点项目。\n30个项目新开工建设\n5月份\n东湖科创中心、南岭物流港等4个项目\n"


def test_a_section_heading_ends_the_schedule():
    found = _projects(_SCHEDULE + "三、去年建成项目运行情况\n西山水厂、北湖公园等6个项目运营平稳。")
    assert found["东湖科创中心"].stage == "planned"
    assert found["东湖科创中心"].dates == {"started": "2025-05"}
    assert found["南岭物流港"].dates == {"started": "2025-05"}
    for name in ("西山水厂", "北湖公园"):
        if name in found:
            assert found[name].dates.get("started") != "2025-05", name
            assert found[name].stage != "planned", name


def test_a_line_that_is_no_list_of_the_month_ends_the_schedule():
    text = _SCHEDULE + "市长率队察看了城南污水处理厂、城西体育中心等项目。"
    found = _projects(text)
    assert found["东湖科创中心"].dates == {"started": "2025-05"}
    for name in ("城南污水处理厂", "城西体育中心"):
        if name in found:
            assert found[name].dates.get("started") != "2025-05", name
    # the month's lists go on while each line is a counted list, and a new month heading dates the next one
    more = _projects(_SCHEDULE + "6月份\n江北客运站、临港仓储基地等3个项目。\n")
    assert more["江北客运站"].dates == {"started": "2025-06"}
    assert more["东湖科创中心"].dates == {"started": "2025-05"}


def test_a_list_with_a_verb_of_its_own_is_not_the_months_list():
    text = _SCHEDULE + "老城管网改造、东郊垃圾中转站等5个项目目前进展顺利。"
    found = _projects(text)
    for name in ("老城管网改造", "东郊垃圾中转站"):
        if name in found:
            assert found[name].dates.get("started") != "2025-05", name


# ---- finding 6: a contest word names the items' kind only where they are the contest's


def test_a_contest_as_the_occasion_of_a_signing_leaves_its_works():
    text = "4月20日，借助龙舟邀请赛赛事契机，东溪温泉度假区、南山茶旅综合体、西岭康养基地等项目集中签约。"
    found = _projects(text, dt.date(2025, 4, 22))
    assert {"东溪温泉度假区", "南山茶旅综合体", "西岭康养基地"} <= set(found)
    assert found["东溪温泉度假区"].stage == "signed"
    # without an occasion word: the list is the subject of a works stage
    text = "4月20日，龙舟比赛期间，东溪温泉度假区、西岭康养基地等项目集中开工。"
    assert {"东溪温泉度假区", "西岭康养基地"} <= set(_projects(text, dt.date(2025, 4, 22)))


def test_the_events_of_a_contest_stay_out():
    assert _projects("本届全市运动会设置了龙舟竞渡、山地越野、拔河等项目，参赛队伍来自各乡镇。") == {}
    assert _projects("少年组比赛项目包括了障碍接力、定向越野等团体项目。") == {}


# ---- finding 6: a period label, not characters inside a place name


def test_a_season_inside_a_village_name_is_no_period_label():
    found = _projects("3月15日，南溪下季村乡村旅游开发项目开工。", dt.date(2025, 3, 20))
    assert "南溪下季村乡村旅游开发项目" in found
    assert found["南溪下季村乡村旅游开发项目"].stage == "started"
    # a period label before a count, a stage or 新: the works of a quarter, not one
    for text in ("据统计，西城次季210项目动工，产业项目占六成。",
                 "滨海新区本季新开工项目以制造业为主，投资占比过半。",
                 "南湖区上季开工项目总投资达50亿元。"):
        assert _projects(text) == {}, text
