"""Awards, round 18: classes found on real notices of layouts the extractor had not seen (a roster heading wrapped
before its head noun, short names padded to the width of a column, numbered parts of a roster each naming its own title,
units named 人民政府 on a roster's lines, a lead's counted group named again by the roster under it). Each test is one
class, in sentences written for the test, with a near miss the rule must not fire on."""
from tests.extract.test_real_awards_round6 import awards, full


def test_a_heading_wrapped_before_its_head_noun_is_read_whole():
    # 2023年度全省X工作 / 先进县（市、区）名单: the year and scope on the first line, the head on the second, a blank
    # line between; the names two to a line, a two-character county padded to the width of three
    text = ("4月2日，江南省委农村工作会议召开，会上宣读了先进县（市、区）名单。\n\n附件\n\n2023年度全省林业改革工作\n\n"
            "先进县（市、区）名单\n\n清州市丰溪区               南坪县\n\n沣  县                     江城市东岭区\n")
    found = full(text)
    assert [a[2] for a in found] == ["清州市丰溪区", "南坪县", "沣县", "江城市东岭区"]
    assert {a[0] for a in found} == {"全省林业改革工作先进县（市、区）"}
    assert {(a[1], a[3], a[4]) for a in found} == {(None, "provincial", "2023")}


def test_a_wrapped_heading_over_a_proposed_list_gives_nobody():
    # the same layout under a 公示 line, and a notice's headline over a bare head: no title conferred, no title joined
    text = ("现将拟表彰名单公示如下：\n\n2023年度全省林业改革工作\n\n先进县（市、区）名单\n\n清州市丰溪区               南坪县\n\n"
            "公示期间，如有异议请向省林业局反映。\n")
    assert awards(text) == []
    text = ("关于做好2024年林业改革工作的通知\n\n先进县（市、区）名单\n\n清州市丰溪区               南坪县\n")
    assert all("通知" not in a[0] for a in awards(text))


def test_a_short_name_padded_between_columns_is_one_name():
    # 沣  县 (padded) beside 南坪县; a label and a value (编  辑：王明) is no padded name and closes nothing it should not
    text = "2023年度省级文明县城名单\n沣  县    南坪县\n青山县    西岭县\n编  辑：王明\n"
    assert [a[2] for a in awards(text)] == ["沣县", "南坪县", "青山县", "西岭县"]


def test_each_numbered_part_of_a_roster_names_its_own_title():
    # X和Y先进单位名单 / 一、2023年X先进单位 / units / 二、2023年Y先进单位 / units: each part's title, the units
    # named 人民政府 or 管委会 are holders (no signature: no date line under them)
    text = ("近日，清州市人民政府印发通报，丰溪县、市水利局等6个单位荣获“2023年河湖治理和农田建设工作先进单位”称号。\n\n"
            "2023年河湖治理和农田建设工作先进单位名单\n\n一、2023年河湖治理工作先进单位\n\n丰溪县人民政府\n\n"
            "青山经开区管委会\n\n市水利局\n\n二、2023年农田建设工作先进单位\n\n南坪县人民政府\n\n市农业农村局\n\n"
            "市自然资源局\n\n责任编辑：王明\n")
    found = full(text)
    assert [(a[0], a[2]) for a in found] == [
        ("河湖治理工作先进单位", "丰溪县人民政府"), ("河湖治理工作先进单位", "青山经开区管委会"),
        ("河湖治理工作先进单位", "市水利局"), ("农田建设工作先进单位", "南坪县人民政府"),
        ("农田建设工作先进单位", "市农业农村局"), ("农田建设工作先进单位", "市自然资源局")]
    assert {a[4] for a in found} == {"2023"}


def test_numbered_parts_that_are_no_titles_close_the_roster():
    # 一、工作目标 / 二、拟表彰单位: a plan's section and a proposal are no parts of a roster
    text = ("2023年河湖治理工作先进单位名单\n\n丰溪县人民政府\n\n一、工作目标\n\n南坪县人民政府\n")
    assert [a[2] for a in awards(text)] == ["丰溪县人民政府"]
    text = ("2023年河湖治理工作先进单位名单\n\n丰溪县人民政府\n\n二、2024年拟推荐河湖治理先进单位\n\n南坪县人民政府\n")
    assert [a[2] for a in awards(text)] == ["丰溪县人民政府"]


def test_a_lead_counted_group_named_again_by_its_roster_is_not_counted_twice():
    # the lead's combined title to 丰溪县 and the roster's part title to 丰溪县人民政府: one honour, the roster's;
    # a lead holder the roster never names keeps its honour
    text = ("清州市人民政府通报，丰溪县、东岭集团等3个单位荣获“2023年河湖治理和农田建设工作先进单位”称号。\n\n"
            "2023年河湖治理和农田建设工作先进单位名单\n\n一、2023年河湖治理工作先进单位\n\n丰溪县人民政府\n\n"
            "南坪县人民政府\n\n责任编辑：王明\n")
    found = awards(text)
    assert ("河湖治理工作先进单位", None, "丰溪县人民政府") in found
    assert not any(a[2] == "丰溪县" for a in found)
    assert any(a[2] == "东岭集团" for a in found)


def test_bodies_one_to_a_space_under_a_numbered_part_are_holders():
    # 一、X先进单位（4个） / 丰溪县政府办公室 青山镇人大主席团: offices and presidiums named by their endings, two to a line;
    # a body beside a phrase that is no body's name (…办公室 工作扎实成效明显) names nobody and closes the part
    text = ("2023年度全市政务信息工作先进单位名单\n一、政务信息工作先进单位（4个）\n丰溪县政府办公室 南坪县政府办公室\n"
            "青山镇人大主席团 东岭街道人大工委\n西岭县政府办公室 工作扎实成效明显\n")
    assert [a[2] for a in awards(text)] == ["丰溪县政府办公室", "南坪县政府办公室", "青山镇人大主席团", "东岭街道人大工委"]


def test_a_signature_dated_with_the_letter_o_closes_the_roster():
    # 二OO七年 / 二00七年: 〇 typed as O or 0; the body above the date signed the notice and holds nothing; an office above
    # another holder is one of the roster
    text = ("丰溪县2023年度花园式单位名单\n丰溪县人民法院\n丰溪县人民政府办公室\n丰溪县林业局\n附：丰溪县2023年度花园式单位名单\n"
            "丰溪县人民政府办公室\n二OO七年十月三十日\n")
    assert [a[2] for a in awards(text)] == ["丰溪县人民法院", "丰溪县人民政府办公室", "丰溪县林业局"]
    text = text.replace("二OO七年十月三十日", "二00七年十月三十日")
    assert [a[2] for a in awards(text)] == ["丰溪县人民法院", "丰溪县人民政府办公室", "丰溪县林业局"]


def test_a_lead_honour_survives_a_roster_of_another_title_or_level():
    # (review) the lead's 全省X先进县 and a roster of 全市X先进县 naming the same counties: two honours, both kept; a lead's
    # 全国Y先进单位 and a roster of Z工作先进单位: the roster's title is no piece of the lead's, both kept
    text = ("丰溪县、南坪县等5个县荣获全省平安建设先进县称号。\n\n2023年度全市平安建设先进县名单\n\n"
            "一、2023年度全市平安建设先进县\n\n丰溪县\n\n南坪县\n")
    found = awards(text)
    assert ("全省平安建设先进县", None, "丰溪县") in found and ("全市平安建设先进县", None, "丰溪县") in found
    text = ("丰溪县、市水利局等6个单位荣获2023年全国水土保持先进单位称号。\n\n2023年河湖治理工作先进单位名单\n\n"
            "一、2023年河湖治理工作先进单位\n\n丰溪县人民政府\n\n市水利局\n")
    found = awards(text)
    assert ("全国水土保持先进单位", None, "丰溪县") in found and ("全国水土保持先进单位", None, "市水利局") in found
    assert ("河湖治理工作先进单位", None, "丰溪县人民政府") in found


def test_a_numbered_part_of_those_who_lost_or_only_aim_at_the_title_holds_nothing():
    # (review) 二、撤销称号的文明单位 / 不再保留的 / 予以摘牌的 / （一）培育市级示范村: the part's members hold nothing; the
    # part above it (复查保留, 通过复核) and a title with 建设 inside it (平安建设先进单位) hold theirs
    text = ("2023年度全市文明单位复查结果名单\n一、复查保留文明单位\n丰溪县人民政府\n市水利局\n二、撤销称号的文明单位\n"
            "南坪县人民政府\n市农业农村局\n")
    assert [a[2] for a in awards(text)] == ["丰溪县人民政府", "市水利局"]
    assert [a[2] for a in awards(text.replace("撤销称号的", "不再保留的"))] == ["丰溪县人民政府", "市水利局"]
    text = "2023年度全省美丽乡村示范村复核结果名单\n一、通过复核的示范村\n青山镇上坑村\n二、予以摘牌的示范村\n西岭镇下坑村\n"
    assert [a[2] for a in awards(text)] == ["青山镇上坑村"]
    text = "2023年度市级示范村名单\n青山镇上坑村\n东岭镇石门村\n（一）培育市级示范村\n西岭镇下坑村\n南山镇北坑村\n"
    assert [a[2] for a in awards(text)] == ["青山镇上坑村", "东岭镇石门村"]
    text = "全市历年平安建设先进单位名单\n一、2021年平安建设先进单位\n丰溪县人民政府\n二、2022年平安建设先进单位\n南坪县人民政府\n"
    assert [a[2] for a in awards(text)] == ["丰溪县人民政府", "南坪县人民政府"]


def test_labels_padded_like_names_are_no_holders():
    # (review) 编  辑 / 来  源 / 首  页 / 打  印 / 作  者 / 通讯员 under a roster: the page's labels close it; a header padded
    # alike (序  号    单  位) is the table's header; three characters one space apart are one name, not joined across
    # the gap to the next column; a padded county beside a full one is one name (the true positive)
    roster = "2023年度省级文明县城名单\n沣  县    南坪县\n"
    for tail in ("编  辑  王明\n审  核  李华\n", "来  源  省文明办\n", "首  页    上一页    下一页\n", "打  印    关  闭\n",
                 "作  者  王明    摄  影  李华\n", "通讯员  王  明\n"):
        assert [a[2] for a in awards(roster + tail)] == ["沣县", "南坪县"], tail
    text = "2023年度全县平安建设先进单位名单\n序  号    单  位    得  分\n1    青山镇    95\n"
    assert [a[2] for a in awards(text)] == ["青山镇"]
    text = "2023年度全县优秀共产党员名单\n张 晓 明    李 华\n王  明    钱文斌\n"
    assert [a[2] for a in awards(text)] == ["张晓明", "李华", "王明", "钱文斌"]


def test_a_wrapped_heading_takes_no_date_place_or_document_title_as_its_first_line():
    # (review) 2024年3月1日 / …重点任务分解表 / …传达提纲 / a previous roster's last entry (…莲都区) over a bare head: no part
    # of its name; a 申报 notice's annex is asked for, nothing conferred; 2022年度全省X工作 / 先进县名单 joins (true positive)
    text = "2024年3月1日\n\n获奖单位名单\n\n丰溪县人民政府\n\n南坪县人民政府\n"
    assert all("3月1日" not in a[0] for a in awards(text))
    text = "2024年全县乡村振兴重点任务分解表\n\n示范村名单\n\n青山镇上坑村\n\n东岭镇石门村\n"
    assert all("分解表" not in a[0] for a in awards(text))
    text = "全省林业改革工作推进会议精神传达提纲\n\n先进县（市、区）名单\n\n清州市丰溪区               南坪县\n"
    assert all("提纲" not in a[0] for a in awards(text))
    text = ("2023年度全国村庄清洁行动先进县名单\n江苏省南京市江宁区\n浙江省丽水市莲都区\n示范乡镇名单\n浙江省丽水市莲都区碧湖镇\n")
    assert all(not a[0].startswith("浙江省") for a in awards(text))
    text = ("关于组织申报2024年度全省林业改革示范县的通知\n\n请各地于3月底前报送材料。\n\n附件\n\n2024年度全省林业改革\n\n"
            "示范县（市、区）名单\n\n清州市丰溪区               南坪县\n")
    assert awards(text) == []
    text = ("附件\n\n2022年度全省农村人居环境整治工作\n\n先进县（市、区）名单\n\n清州市丰溪区               南坪县\n")
    assert {a[0] for a in awards(text)} == {"全省农村人居环境整治工作先进县（市、区）"}


def test_a_date_typed_with_o_in_any_year_closes_the_roster():
    # (review) 二O二三年 / 二0二三年 as well as 二OO七年; an office above another holder stays a holder
    text = ("丰溪县2023年度花园式单位名单\n丰溪县人民法院\n丰溪县人民政府办公室\n丰溪县林业局\n丰溪县人民政府办公室\n"
            "二O二三年十二月三十日\n")
    assert [a[2] for a in awards(text)] == ["丰溪县人民法院", "丰溪县人民政府办公室", "丰溪县林业局"]
    assert [a[2] for a in awards(text.replace("二O二三年", "二0二三年"))] == ["丰溪县人民法院", "丰溪县人民政府办公室", "丰溪县林业局"]


def test_the_last_entry_of_a_roster_at_the_end_of_the_text_is_read():
    # (review) 县公安局 / 县水利局 at the end of the text, set as the entries above it: the roster's last entry (lines
    # one to a line, one to a paragraph, or alone under a numbered part); a body after a blank line under entries set
    # line by line, or over a date, signed the notice and holds nothing
    assert [a[2] for a in awards("2023年度全县平安建设先进单位名单\n县公安局\n县水利局\n")] == ["县公安局", "县水利局"]
    assert [a[2] for a in awards("2023年度全县平安建设先进单位名单\n县公安局\n南坪县人民政府\n")] == ["县公安局", "南坪县人民政府"]
    assert [a[2] for a in awards("2023年度全县平安建设先进单位名单\n\n县公安局\n\n县水利局\n")] == ["县公安局", "县水利局"]
    text = ("2023年河湖治理和农田建设工作先进单位名单\n一、2023年河湖治理工作先进单位\n丰溪县人民政府\n"
            "二、2023年农田建设工作先进单位\n南坪县人民政府\n")
    assert [a[2] for a in awards(text)] == ["丰溪县人民政府", "南坪县人民政府"]
    assert [a[2] for a in awards("2023年度全县平安建设先进单位名单\n县公安局\n县水利局\n\n丰溪县人民政府办公室\n")] == \
        ["县公安局", "县水利局"]
    assert [a[2] for a in awards("2023年度全县平安建设先进单位名单\n县公安局\n县水利局\n丰溪县人民政府办公室\n2024年1月5日\n")] == \
        ["县公安局", "县水利局"]


def test_a_title_set_in_square_brackets_heads_its_holders_and_remarks_are_no_holders():
    # 【X先进集体】： over numbered units, each with a remark in brackets on its branch or its members (a ； inside one);
    # 【X先进工作者】：a person, then her posts after a space
    text = ("近日，省人社厅、省卫生健康委印发决定，表彰全省卫生健康系统先进集体和先进工作者。获奖情况如下：\n"
            "【全省卫生健康系统先进工作者】：王明 民盟丰溪县人民医院支部主委、丰溪县人民医院外科主任\n"
            "【全省卫生健康系统先进集体】：\n"
            "1.丰溪县人民医院（民盟丰溪县人民医院支部，盟员20名）\n"
            "2.清州市卫生健康委员会（李华 民盟清州市医卫支部副主委、市卫健委医政科科长；赵强 民盟清州市医卫支部委员）\n"
            "3.南坪县疾病预防控制中心检验科（陈亮 南坪县疾病预防控制中心检验科科长）\n"
            "祝贺获表彰的盟员及其所在集体！\n")
    found = awards(text)
    assert ("全省卫生健康系统先进工作者", None, "王明") in found
    assert [a[2] for a in found if a[0] == "全省卫生健康系统先进集体"] == [
        "丰溪县人民医院", "清州市卫生健康委员会", "南坪县疾病预防控制中心检验科"]
    assert len(found) == 4


def test_a_bracketed_heading_of_candidates_or_members_gives_nobody():
    # the same layout under a 公示 (拟表彰), and a 【成员单位】 list of a working group: no title held
    text = ("现将拟表彰对象公示如下：\n【全省卫生健康系统先进集体】：\n"
            "1.丰溪县人民医院（民盟丰溪县人民医院支部，盟员20名）\n2.南坪县人民医院（民盟南坪县支部，盟员9名）\n"
            "公示期间如有异议，请向省卫生健康委反映。\n")
    assert awards(text) == []
    text = ("丰溪县成立医改工作领导小组。\n【成员单位】：\n1.丰溪县人民医院（牵头，负责日常工作）\n"
            "2.丰溪县卫生健康局（配合，负责督导考核）\n")
    assert awards(text) == []


def test_two_counted_groups_under_a_list_named_for_both_kinds_each_take_their_own_title():
    # X示范乡（镇）创建单位和示范村名单 … A镇、B乡2个乡（镇）以及C村、D村等30个村入选: the towns take the towns' title,
    # the villages the villages'
    text = ("江南省第一批乡村振兴示范乡(镇)创建单位和示范村名单公布\n\n"
            "近日，省农业农村厅公布了江南省第一批乡村振兴示范乡(镇)创建单位和示范村名单。"
            "我市丰溪县东岭镇、南坪县青山乡2个乡(镇)以及丰溪县东岭镇石门村、南坪县西坑村等30个村入选。\n")
    found = awards(text)
    assert found == [("江南省第一批乡村振兴示范乡(镇)创建单位", None, "丰溪县东岭镇"),
                     ("江南省第一批乡村振兴示范乡(镇)创建单位", None, "南坪县青山乡"),
                     ("江南省第一批乡村振兴示范村", None, "丰溪县东岭镇石门村"),
                     ("江南省第一批乡村振兴示范村", None, "南坪县西坑村")]


def test_two_counted_groups_under_a_proposed_list_or_unnamed_give_nobody_new():
    # the same sentence under a 公示 of the list; the groups only counted (6个乡镇，59个村入选): no holder named
    text = ("江南省第一批乡村振兴示范乡(镇)创建单位和示范村拟认定名单公示\n\n"
            "近日，省农业农村厅对江南省第一批乡村振兴示范乡(镇)创建单位和示范村拟认定名单进行公示。"
            "我市丰溪县东岭镇、南坪县青山乡2个乡(镇)以及丰溪县东岭镇石门村、南坪县西坑村等30个村入选。\n")
    assert awards(text) == []
    text = ("近日，省农业农村厅公布了江南省第一批乡村振兴示范乡(镇)创建单位和示范村名单。其中，我市有6个乡镇、59个村入选。\n")
    assert awards(text) == []


# ---- round 18, second pass, reviewed: each near miss the review found, beside the layout the rule was written for

_REMARKED_ROSTER = ("近日，市总工会印发决定。\n【全市五一劳动奖状】：\n1.丰溪县人民医院（院长王明，职工860名）\n"
                    "2.清州华光科技有限公司（董事长李华，职工320名）\n")


def test_remarked_units_under_a_heading_of_a_call_or_a_plan_give_nobody():
    # the layout conferred (kept), then the same lines under a notice asking for nominees, one of 申报, a 工作要点
    assert [a[2] for a in awards(_REMARKED_ROSTER)] == ["丰溪县人民医院", "清州华光科技有限公司"]
    text = ("关于推荐2024年度全省安全生产先进集体和先进工作者的通知\n各单位：\n现就推荐工作通知如下。\n【先进集体】：\n"
            "1.县应急管理局（推荐1个，联系人王明，电话1234567）\n2.县消防救援大队（推荐1个，由大队党委研究确定）\n")
    assert awards(text) == []
    text = ("关于做好2024年度全省安全生产先进集体和先进工作者推荐工作的通知\n【全省安全生产先进集体】：\n"
            "1.县应急管理局（名额2个，于3月底前报送，联系人王明）\n2.县消防救援大队（名额1个，材料一式三份）\n")
    assert awards(text) == []
    text = ("关于开展2024年度全县先进工作者申报工作的通知\n【全县先进工作者】：\n1.县人民医院（名额2名，由医院党委推荐）\n"
            "2.县中医院（名额1名，由医院党委推荐）\n")
    assert awards(text) == []
    text = ("关于印发2024年全县安全生产工作要点的通知\n【先进单位】：\n1.县应急管理局（负责评选表彰，年底前完成）\n"
            "2.县总工会（配合，负责推荐工作）\n")
    assert awards(text) == []


def test_remarked_units_under_a_heading_that_is_no_title_give_nobody():
    # 【…创建示范】 / 【先进典型】 / 【…优秀改革案例】 / 【…创建成员单位】: a section of a report, not a title conferred
    for heading, first, second in (
            ("【文明城市创建示范】：", "1.县文明办（牵头，负责统筹协调和督查考核）", "2.县城管局（负责市容秩序整治，落实门前三包）"),
            ("【先进典型】：", "1.县人民医院（开展义诊活动120余场，服务群众3万人次）", "2.县中医院（组建医疗队，下沉乡镇卫生院）"),
            ("【2023年度全市优秀改革案例】：", "1.丰溪县发改局（牵头推进投资项目审批改革，审批时限压缩60%）",
             "2.丰溪县市场监管局（推行证照分离，企业开办一日办结）"),
            ("【示范县创建成员单位】：", "1.县农业农村局（牵头，负责日常工作）", "2.县财政局（配合，负责资金保障）")):
        assert awards(f"丰溪县召开工作推进会。\n{heading}\n{first}\n{second}\n") == [], heading


def test_numbered_task_lines_after_a_roster_are_no_holders_of_it():
    # the roster's plain lines are read; numbered lines of tasks after them, under a 【责任分工】： or under nothing, are not;
    # a roster whose numbered lines each carry a contact in brackets is still read
    roster = "2023年度全县平安建设先进单位名单\n丰溪县公安局\n丰溪县司法局\n"
    tasks = "1.县委政法委（牵头，负责考核评比，每季度通报一次）\n2.县信访局（配合，负责信访积案化解）\n"
    for text in (roster + "【责任分工】：\n" + tasks, roster + tasks):
        assert [a[2] for a in awards(text)] == ["丰溪县公安局", "丰溪县司法局"]
    text = "2023年度全市文明单位名单\n1.丰溪县人民法院（联系人：王明，电话：1234567）\n2.丰溪县林业局（联系人：李华，电话：7654321）\n"
    assert [a[2] for a in awards(text)] == ["丰溪县人民法院", "丰溪县林业局"]
    text = ("县委县政府决定，对2023年度全县平安建设先进单位予以表彰。\n2023年度全县平安建设先进单位名单\n"
            "1.县公安局（局长王明，干警320名）\n2.县司法局（局长李华，干警80名）\n")
    assert [a[2] for a in awards(text)] == ["县公安局", "县司法局"]


def test_advanced_workers_proposed_quoted_or_shown_are_no_holders():
    # 先进工作者 as a list title (kept: a plain roster line, a boxed person under a decision), then the same title under a
    # 公示, a list of candidates, a 推荐 notice, quotas, 学习/风采/代表 labels
    assert [a[2] for a in awards("2023年度全县卫生系统先进工作者：王明、李华、赵强\n")] == ["王明", "李华", "赵强"]
    text = "市政府决定，表彰2023年度全市先进集体和先进工作者。\n【全市先进工作者】：王明 丰溪县人民医院外科主任\n"
    assert awards(text) == [("全市先进工作者", None, "王明")]
    for text in ("关于2023年度全县先进工作者拟表彰对象的公示\n全县先进工作者：王明、李华、赵强\n公示期间如有异议请反映。\n",
                 "现将全县先进工作者候选人名单公布如下：\n全县先进工作者：王明、李华、赵强\n",
                 "关于推荐2024年全省卫生健康系统先进工作者人选的公示\n【全省卫生健康系统先进工作者】：王明 丰溪县人民医院外科主任\n",
                 "关于推荐全省卫生健康系统先进集体和先进工作者的通知\n经研究，推荐以下同志：\n"
                 "【全省卫生健康系统先进工作者】：王明 丰溪县人民医院外科主任\n",
                 "各单位先进工作者名额如下。\n先进工作者：县人民医院2名、县中医院1名\n",
                 "县卫健局组织开展向先进学习活动。\n学习先进工作者：王明、李华\n",
                 "【先进工作者风采】：王明 县人民医院外科主任\n",
                 "会上，优秀代表作交流发言。\n【优秀共产党员代表】：王明 青山镇党委书记\n【先进工作者代表】：李华 县人民医院院长\n"):
        assert awards(text) == [], text


def test_two_counted_groups_under_a_list_asked_for_or_named_apart_are_not_split():
    # the c18-042 layout is split (test above); a 推荐/候选 list, a list put up for 申报 or 征求意见 is not; a word after
    # both kinds (…示范乡镇和示范村创建名单) never gives the towns the finished title
    groups = "我县青山镇、东岭镇2个乡镇以及石门村、西坑村等12个村入选。\n"
    for lead in ("省农业农村厅公布了江南省第一批乡村振兴示范乡(镇)创建单位和示范村推荐名单。",
                 "省农业农村厅发布了2024年度省级美丽乡村示范乡镇和示范村候选名单。",
                 "省农业农村厅组织开展2024年度省级美丽乡村示范乡镇和示范村名单申报。",
                 "省农业农村厅就2024年度省级卫生乡镇和卫生村名单征求意见。"):
        found = awards(lead + groups)
        assert not any(a[0].endswith(("乡镇", "乡(镇)创建单位", "推荐", "候选")) for a in found), lead
    found = awards("省农业农村厅公布了2024年度省级美丽乡村示范乡镇和示范村创建名单。" + groups)
    assert not any(a[0] == "省级美丽乡村示范乡镇" for a in found)
    # the steps a list conferred went through (经县级申报、市级推荐) do not stop it
    text = ("江南省第一批乡村振兴示范乡(镇)创建单位和示范村名单公布\n\n近日，省农业农村厅开展了评选工作。经县级申报、市级推荐、省级评审，"
            "公布了江南省第一批乡村振兴示范乡(镇)创建单位和示范村名单。"
            "我市丰溪县东岭镇、南坪县青山乡2个乡(镇)以及丰溪县东岭镇石门村、南坪县西坑村等30个村入选。\n")
    assert ("江南省第一批乡村振兴示范村", None, "南坪县西坑村") in awards(text)
