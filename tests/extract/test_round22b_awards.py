"""Round 22b, awards recall: honours given with no 获 verb next to the names (the sentences are written for the tests,
modelled on the shapes of real notices, none copied from one).

* AW-COUNT-COLON-LIST: a counted head, then the holders after a colon (ysezpc.iezhou.cn 2022 "湖北13城获评“国家卫生城市”：…",
  gzbs.cn 2019 "贵州上榜的8个村落分别为：…", 今视频 2024 江西 "发布…集群名单，包含9个集群：…"; thepaper.cn 2021 灵武
  国家卫生城市 命名名单, "省：A、B" per province);
* AW-QUEDING-WEI: a 公示 held as a past step of the procedure (经…专家评审和网上公示，确定…为) is no proposed list
  (jiningshizx 济宁 "经…专家评审和公示等程序，…认定…等家企业为…"; contrast thwwkj.cn 海南 "拟认定…现予以公示").
"""
from tests.extract.helpers import contract


def awards(text):
    return [(a["award"], a["recipient"]) for a in contract(text)["awards"]]


_CITIES = "近日，全国爱卫会通报了复审结果，江西4城获评“国家卫生城市”：南昌市、九江市、赣州市、吉安市。"


def test_a_counted_head_with_a_title_then_a_colon_gives_each_holder_the_title():
    assert awards(_CITIES) == [("国家卫生城市", c) for c in ("南昌市", "九江市", "赣州市", "吉安市")]


def test_a_counted_colon_list_that_is_proposed_or_longer_than_its_count_gives_nothing():
    assert len(awards(_CITIES)) == 4
    assert awards(_CITIES.replace("获评", "拟获评")) == []
    assert awards(_CITIES.replace("4城", "2城")) == [] or "南昌市" not in {r for _, r in awards(_CITIES.replace("4城", "2城"))}
    assert awards("参加本次会议的有3个单位：南昌市甲化工有限公司、九江市乙机械有限公司、赣州市丙电子有限公司。") == []
    assert awards("今年全市确定的重点项目分别为：南昌地铁五号线工程、九江港区二期工程。") == []
    assert awards("省工信厅发布2025年省级先进制造业集群拟推荐名单，包含3个集群：赣州稀土新材料集群、南昌电子信息集群、"
                  "九江石化集群。") == []


def test_a_published_list_then_its_counted_members_after_a_colon():
    text = "省工信厅日前发布2025年度省级先进制造业集群名单，包含3个集群：赣州稀土新材料集群、南昌电子信息集群、九江石化集群。"
    assert [r for _, r in awards(text)] == ["赣州稀土新材料集群", "南昌电子信息集群", "九江石化集群"]
    assert {a for a, _ in awards(text)} == {"省级先进制造业集群"}
    # a list that is no honour: its tasks or projects counted
    assert awards("会议发布2025年度重点工作清单，包括3项任务：稳增长、促改革、防风险。") == []


def test_the_ones_on_a_list_published_just_before_are_named_after_a_colon():
    text = ("近日，农业农村部发布2023年中国美丽休闲乡村名单，全国200个村入选，江西3个村上榜。"
            "江西上榜的3个村分别为：婺源县江湾镇江湾村、浮梁县瑶里镇瑶里村、安福县洲湖镇塘边村。")
    assert awards(text) == [("中国美丽休闲乡村", v) for v in ("婺源县江湾镇江湾村", "浮梁县瑶里镇瑶里村", "安福县洲湖镇塘边村")]
    # no list named before: whose ones they are is unknown
    assert awards(text.split("。", 1)[1]) == []


_DECIDED = ("经企业申报、设区市推荐、专家评审和网上公示，确定南昌市洪都精密机械有限公司、九江市鄱湖新材料有限公司等"
            "86家企业为2025年度江西省“专精特新”中小企业。")


def test_a_public_notice_held_as_a_past_step_does_not_suppress_the_designation():
    assert awards(_DECIDED) == [("江西省“专精特新”中小企业", r) for r in ("南昌市洪都精密机械有限公司", "九江市鄱湖新材料有限公司")]
    # still put to the public, or proposed: nothing held
    assert awards(_DECIDED.replace("确定", "拟确定")) == []
    assert awards(_DECIDED.rstrip("。") + "，现予以公示，公示期为2025年6月1日至6月7日。") == []
    # a register, not an honour
    assert awards("经调查核实和网上公示，确定南昌市洪都精密机械有限公司等5家企业为重点监管对象。") == []


def test_a_counted_colon_list_whose_title_is_no_honour_gives_nothing():
    """A level word alone names no honour: lists of firms that failed a review, of titles withdrawn, of works to do or
    of hazards, laid out as an honour list is (the review of round 22b)."""
    for text in [
        "日前，省经信厅公布2024年省级专精特新中小企业复核不通过名单，包括3家企业：甲市宏达机械有限公司、乙县天成纺织有限公司、丙区华泰电子有限公司。",
        "近日，省文明委公布取消省级文明村镇称号名单，包含2个村：东山村、西坞村。",
        "市住建局公布2025年市级城镇老旧小区改造计划名单，包括3个小区：桃园小区、梅苑小区、松林小区。",
        "市应急管理局公布市级重大危险源企业名单，包括3家企业：甲化工有限公司、乙燃气有限公司、丙仓储有限公司。",
        "省商务厅公布2024年省政府质量奖入围名单，包含3家企业：甲电器有限公司、乙泵业有限公司、丙阀门有限公司。",
    ]:
        assert awards(text) == [], text
