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
