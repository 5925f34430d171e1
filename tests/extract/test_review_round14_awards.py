"""Awards, round-14 review: the roster reader closes at a heading and splits a spaced run under a pointer, a lead-in
that places on a work list (确定为 / 列入 / 认定为) needs an honour word, work lists (危房改造村, 重点排污单位, 帮扶县,
乡村振兴重点村) are no titles under any heading, and a decision's preface (经研究，) no longer hides its lead-in.
Sentences and layouts written for the test, positive and negative."""
from datetime import date

from warehouse.extract.awards.lists import roster_entries
from warehouse.extract.awards.rosters import lead_in, titled_list, work_list
from warehouse.extract.sentences import Sentence

from tests.extract.test_real_awards_round6 import awards

_DAY = date(2024, 6, 1)


def _line(text: str) -> Sentence:
    return Sentence(text, 0, len(text), 0)


def _holders(text: str) -> list[tuple[str, str]]:
    return [(a[0], a[2]) for a in awards(text, _DAY)]


def test_a_pointed_roster_splits_its_spaced_run_and_closes_at_a_heading():
    text = "在2022年中国县域经济百强榜单中，江南省有3个县入围，分别是：\n青山市 白沙市 东岭县\n2025年工作安排\n南坡县 北湖县"
    assert _holders(text) == [("中国县域经济百强榜单", "青山市"), ("中国县域经济百强榜单", "白沙市"),
                              ("中国县域经济百强榜单", "东岭县")]
    # a dated heading is no holder, and a date line under a signature still is a date line
    assert roster_entries(_line("2025年工作安排"), "", "全国百强县") is None
    assert roster_entries(_line("2023年度重点任务"), "") is None
    assert roster_entries(_line("青山市 白沙市"), "2025年工作安排", "全国百强县") == [("青山市", None), ("白沙市", None)]
    # one holder a line, under the pointer, is read as before
    text = "在2022年中国县域经济百强榜单中，江南省有2个县入围，分别是：\n青山市\n白沙市"
    assert [h for _, h in _holders(text)] == ["青山市", "白沙市"]


def test_a_lead_in_that_places_on_a_work_list_confers_no_title():
    assert lead_in("以下村庄确定为2025年美丽乡村建设重点村：") is None
    assert lead_in("以下企业列入2025年度重点排污单位名录：") is None
    assert lead_in("下列乡镇认定为地质灾害隐患乡镇：") is None
    assert _holders("关于做好2025年乡村振兴工作的通知\n以下村确定为2025年乡村振兴重点村：\n南湾村\n北坡村") == []
    # with an honour word the same verbs confer it; the conferring verbs need none
    assert lead_in("以下单位确定为县级文明单位：") == ("县级文明单位", None)
    assert lead_in("以下企业认定为省级专精特新中小企业：") == ("省级专精特新中小企业", None)
    assert lead_in("以下村庄被评为市级美丽乡村：") == ("市级美丽乡村", None)
    assert [h for _, h in _holders("以下学校确定为2025年度市级文明校园：\n青山中学\n白沙小学")] == ["青山中学", "白沙小学"]


def test_a_decisions_preface_does_not_hide_its_lead_in():
    text = "关于表彰全县文明家庭的决定\n经研究决定，以下家庭被评为县级文明家庭：\n张明家庭\n李华家庭"
    assert [h for _, h in _holders(text)] == ["张明家庭", "李华家庭"]
    assert lead_in("经评审，下列单位荣获县级园林单位称号：") == ("县级园林单位", None)
    # a preface does not make a work list a title
    assert lead_in("经研究，以下村列入整治重点村名单：") is None


def test_work_lists_are_no_titles_under_any_heading():
    for name in ("2025年度农村危房改造村", "全县人居环境整治重点村", "2025年度山洪灾害易发乡镇", "本周停电检修涉及乡镇",
                 "全省乡村振兴重点村", "省级重点帮扶县", "市级挂牌督办企业"):
        assert work_list(name) and not titled_list(name + "名单"), name
    for name in ("全国乡村旅游重点村", "省级人居环境整治示范村", "全国文明村镇", "省级卫生乡镇", "森林村庄"):
        assert not work_list(name) and titled_list(name + "名单"), name
    assert _holders("2025年度农村危房改造村名单\n南湾村\n北坡村") == []
    assert _holders("近日，全省乡村振兴重点村名单中，我县包括南湾村、北坡村。") == []
    assert [h for _, h in _holders("近日，全国乡村旅游重点村名单中，我县包括南湾村、北坡村。")] == ["南湾村", "北坡村"]


def test_a_work_category_under_a_bare_list_heading_is_no_title():
    text = "名 单\n一、省级重点帮扶县\n青山县\n二、省级卫生县城\n白沙县\n三、省级重点排污单位\n江南化工有限公司"
    assert _holders(text) == [("省级卫生县城", "白沙县")]


def test_a_roster_under_a_proposal_is_of_candidates():
    text = ("关于2025年度全县文明家庭的公示\n经评选，拟确定以下家庭为2025年度全县文明家庭，现予以公示。\n"
            "2025年度全县文明家庭名单\n张明家庭\n李华家庭")
    assert _holders(text) == []
    text = ("关于表彰先进的通知\n经评选，拟命名以下学校为2025年度县级文明校园。\n2025年度县级文明校园名单\n青山中学\n白沙小学")
    assert _holders(text) == []
    # 经公示无异议: the proposal is over, the roster is of holders
    text = ("关于命名2025年度县级文明校园的决定\n经公示无异议，现予命名。\n2025年度县级文明校园名单\n青山中学\n白沙小学")
    assert [h for _, h in _holders(text)] == ["青山中学", "白沙小学"]


def test_table_headers_counted_place_labels_and_contents_are_no_holders():
    assert roster_entries(_line("序号 村镇名称 所属县区"), "") == []
    assert roster_entries(_line("序号 单位 备注"), "") == []
    assert roster_entries(_line("青山区（3个）"), "南湾村 北坡村", "县级文明村") == []
    assert roster_entries(_line("白沙县(2家)："), "江南化工有限公司", "县级文明单位") == []
    assert roster_entries(_line("目  录"), "") is None
    text = "2025年度县级文明村名单\n青山区（2个）\n南湾村 北坡村\n白沙县（1个）\n东湖村"
    assert [h for _, h in _holders(text)] == ["南湾村", "北坡村", "东湖村"]
    assert _holders("全国文明城市名单\n目  录\n一、总体要求") == []
    # a place alone is still a holder in a roster of places
    assert roster_entries(_line("青山区"), "白沙县", "县级文明城区") is not None


def test_a_title_quoted_after_those_below_it_is_the_title():
    assert lead_in("经研究，决定授予以下同志“县级优秀教师”称号：") == ("县级优秀教师", None)
    assert lead_in("特授予下列村庄“县级美丽乡村”称号：") == ("县级美丽乡村", None)
    text = "关于表彰优秀教师的决定\n经研究，决定授予以下同志“县级优秀教师”称号：\n张明\n李华\n王强"
    assert [h for _, h in _holders(text)] == ["张明", "李华", "王强"]
    # a preface before no lead-in is nothing
    assert lead_in("经研究，现将有关事项通知如下：") is None
    assert lead_in("决定以下村镇为示范村镇：") is None
