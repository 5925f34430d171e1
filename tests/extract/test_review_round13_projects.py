"""Review of round 13, projects: the round's new rules narrowed where they invented facts or lost true ones, each by a
general rule (施工 of the papers and the tender, 紧锣密鼓 on the preparation, 始建于 of an old building, a count's total,
a trailer glued to the next line, a figure of the project's own site, a grade word as a field's value or in a menu, the
events and crafts a count closes, a visit to schools and firms, a signing reported beside intent ones, a figure after a
batch's sentence, a facility before an industry, buildings put back to use, a phase in brackets after its subject, a
planned works named as a key project, a verb before a road's section). Each rule is tested positive and negative with
sentences written for these tests, none copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.projects.names import names_in


def _projects(text, published=dt.date(2024, 6, 20)):
    """The projects of a notice by name (a June-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


# ---- stages


def test_construction_papers_and_tenders_are_no_works_begun():
    p = _projects("临江污水处理厂三期工程总投资1.5亿元，目前正在进行施工图设计。")["临江污水处理厂三期工程"]
    assert p.stage is None
    p = _projects("云岭大桥工程总投资4亿元，正在进行施工单位招标，预计10月开工。")["云岭大桥工程"]
    assert p.stage == "planned"
    p = _projects("青禾物流园项目已完成土建施工图审查，计划下月开工。")["青禾物流园项目"]
    assert p.stage == "planned"
    p = _projects("北川学校项目已签约落地，正在进行施工前期准备。")["北川学校项目"]
    assert p.stage == "signed"
    found = _projects("青禾物流园项目已完成土地摘牌，正在进行施工许可证办理。")
    assert "青禾物流园项目" not in found or found["青禾物流园项目"].stage != "started"
    # work on site, named by what is done, is begun
    assert _projects("青禾物流园项目正在进行厂房基础浇筑。")["青禾物流园项目"].stage == "started"
    assert _projects("云岭医院扩建工程正在进行设备安装，总投资2亿元。")["云岭医院扩建工程"].stage == "started"
    assert _projects("北川物流园项目土建施工已全面展开。")["北川物流园项目"].stage == "started"


def test_a_design_passed_is_no_works_finished():
    found = _projects("青禾物流园项目可研报告已通过评审，初步设计通过验收，总投资3亿元。")
    assert found["青禾物流园项目"].stage != "completed"
    assert _projects("目前，云岭农贸市场项目通过竣工验收。")["云岭农贸市场项目"].stage == "completed"


def test_pressing_ahead_with_the_preparation_is_no_works_begun():
    p = _projects("青禾新能源项目已签约，目前正紧锣密鼓推进征地拆迁工作。")["青禾新能源项目"]
    assert p.stage == "signed"
    found = _projects("青禾新能源项目总投资6亿元，正紧锣密鼓推进项目审批手续办理。")
    assert found["青禾新能源项目"].stage != "started"
    # the works pressed ahead are begun
    assert _projects("青禾新能源项目正在紧锣密鼓建设。")["青禾新能源项目"].stage == "started"
    assert _projects("云岭食品项目目前正紧锣密鼓施工。")["云岭食品项目"].stage == "started"


def _stages(cases):
    """{name: stage} of the one project each (text, name) case names."""
    return {name: _projects(text)[name].stage for text, name in cases}


def test_the_founding_of_a_building_being_renovated_is_no_start():
    renovated = [("临江小区老旧小区改造项目总投资600万元，计划8月开工。该小区始建于2001年，共有住户200户。", "临江小区老旧小区改造项目"),
                 ("北川县中医院改扩建工程计划明年开工。该医院始建于2005年6月，现有床位300张。", "北川县中医院改扩建工程"),
                 ("云岭大桥工程计划明年开工。该大桥始建于2006年。", "云岭大桥工程")]
    assert set(_stages(renovated).values()) == {"planned"}
    # new works begun on a day a year or two before the notice
    text = ("云岭安置小区建设工程项目为城北改造重点。本小区位于城北，东临北川路。"
            "小区始建于2021年4月10日，预计2023年6月底建设完成。")
    p = _projects(text, dt.date(2023, 3, 1))["云岭安置小区建设工程项目"]
    assert p.stage == "started" and p.dates.get("completed") == "2023-06"
    # what lies around the facility is not the facility
    text = "城北安置小区建设项目今年开工。小区周边已建成的临江小区始建于2012年。"
    assert _projects(text)["城北安置小区建设项目"].stage == "started"


# ---- figures


def test_the_total_of_a_list_closed_by_its_count_is_the_batchs():
    found = _projects("青禾食品园、云岭物流园两个项目总投资6亿元，均已开工建设。")
    assert {n: (p.investment_cny, p.stage) for n, p in found.items()} == \
        {"青禾食品园": (None, "started"), "云岭物流园": (None, "started")}
    found = _projects("临江大桥、北川隧道、云岭水厂3个项目总投资12亿元，今年开工。")
    assert set(found) == {"临江大桥", "北川隧道", "云岭水厂"}
    assert all(p.investment_cny is None for p in found.values())
    found = _projects("青禾食品园、云岭物流园两个项目，总投资6亿元，已开工建设。")
    assert all(p.investment_cny is None for p in found.values())
    assert _names("青禾食品园、云岭物流园两个项目，总投资6亿元。") == ["青禾食品园", "云岭物流园"]  # each once
    # a figure said of each member goes to each
    found = _projects("青禾食品园、云岭物流园两个项目各占地80亩，均已开工。")
    assert {n: p.land_mu for n, p in found.items()} == {"青禾食品园": 80, "云岭物流园": 80}


def test_a_figure_before_de_keeps_to_the_projects_own_site():
    p = _projects("青禾食品项目总投资6亿元，占地150亩的生产基地将于明年建成。")["青禾食品项目"]
    assert (p.investment_cny, p.land_mu) == (600000000, 150)
    p = _projects("青禾食品项目正式签约，总投资8亿元、占地250亩的新厂区计划年内开工。")["青禾食品项目"]
    assert (p.investment_cny, p.land_mu) == (800000000, 250)
    # another works after 的 (a road, a named works) has its own figure
    text = "其中，北川大桥已建成通车，投资2亿元、双向六车道的滨江道路已启动建设。"
    assert _projects(text)["北川大桥"].investment_cny is None
    text = "开工的项目分别是总投资0.4亿元的云岭公园提升工程，总投资0.6亿元的临江片区配套道路建设项目。"
    assert _projects(text)["云岭公园提升工程"].investment_cny == 40000000


def test_a_phase_in_brackets_after_the_subject_is_the_clauses_phase():
    p = _projects("近日，青禾物流园项目开工。项目（一期）总投资4亿元，占地80亩。")["青禾物流园项目"]
    assert p.investment_cny is None and [(x.name, x.investment_cny, x.land_mu) for x in p.phases] == \
        [("一期", 400000000, 80)]
    # a phase's share in brackets after a figure leaves the whole its figure
    p = _projects("云岭汽车项目正式签约。据介绍，该项目计划占地800亩（首期300亩）。")["云岭汽车项目"]
    assert p.land_mu == 800


def test_a_figure_after_a_batchs_sentence_is_the_batchs():
    cases = [("青禾物流园项目今日开工。今年全市共安排重点项目80个。总投资300亿元，年度计划投资120亿元。", "青禾物流园项目", None),
             ("城北片区今年实施项目12个，其中云岭物流园项目已开工。总投资40亿元，年度计划投资15亿元。", "云岭物流园项目", None),
             # a project named after the batch's sentence owns the figure that follows it
             ("全县共安排项目50个。青禾物流园项目今日开工。总投资5亿元，占地100亩。", "青禾物流园项目", 500000000),
             ("青禾医药产业园项目\n该项目选址于东湖街道。计划总投资8.5亿元，总占地90亩。", "青禾医药产业园项目", 850000000)]
    assert [_projects(text)[name].investment_cny for text, name, _ in cases] == [money for _, _, money in cases]


# ---- lines cut by a page's line break


def test_a_trailer_or_a_lead_in_at_a_lines_end_is_not_glued_to_the_next_name():
    for trailer in ("责任编辑：赵六", "记者 钱七", "来源：市融媒体中心", "相关阅读", "会议研究了如下事项"):
        text = f"青禾食品项目今日开工。{trailer}\n云岭物流园项目总投资4亿元，占地90亩，今日开工建设。"
        found = _projects(text)
        assert "云岭物流园项目" in found, trailer
        assert found["云岭物流园项目"].investment_cny == 400000000
    # a name cut in two, a subject cut from its predicate, an open list: one sentence
    text = "临江：12个项目集中开工。其中，开工的城北快速路临江至北\n川段计划投资20亿元，预计明年建成。"
    assert _projects(text)["城北快速路临江至北川段"].investment_cny == 2000000000
    text = "青禾物流园项目已开工。云岭食品项目\n由云岭集团投资，总投资3亿元，年底竣工。"
    assert _projects(text)["云岭食品项目"].investment_cny == 300000000


# ---- names that stand for no works


def test_a_grade_word_as_a_fields_value_or_in_a_menu_removes_no_works():
    text = "首页 政务动态\n优秀案例展\n今年我县重点推进青禾物流园项目、北川污水处理厂扩建工程建设。"
    assert "青禾物流园项目" in _projects(text)
    assert "云岭污水处理厂扩建工程" in _projects("项目名称：云岭污水处理厂扩建工程\n验收结果：合格")
    text = "各村项目推进考核等次：优秀\n青禾村文化礼堂项目、云岭游客中心项目纳入年度计划。"
    assert {"青禾村文化礼堂项目", "云岭游客中心项目"} <= set(_projects(text))
    # the works a review of projects grades are works
    text = "关于2024年度重点项目考核结果的通报\n优秀项目\n青禾物流园项目、云岭水厂项目、北川中学扩建项目"
    assert {"青禾物流园项目", "云岭水厂项目", "北川中学扩建项目"} <= set(_projects(text))
    # the events of a contest under its prize heading are not
    text = "全县职业技能大赛落幕，获奖名单如下。\n一等奖\n电工项目  张某  青禾电气有限公司\n焊工项目  李某  云岭机械有限公司"
    assert _projects(text) == {}


def test_counted_lists_of_events_crafts_and_programmes_are_no_works():
    assert _names("我市运动员在女子跳水、男子体操两个项目中夺得金牌。") == []
    assert _names("我县选手在男子举重、女子射击两个项目上获得金牌。") == []
    assert _names("青田石雕技艺、瓯塑制作技艺两个项目入选省级非物质文化遗产代表性项目名录。") == []
    assert _names("引进了青年科技人才创业、院士专家工作站两个项目。") == []
    # works counted after their list stay members, whatever period or part of the list comes after the count
    assert _names("临江大桥、北川隧道两个项目今年开工。") == ["临江大桥", "北川隧道"]
    assert _names("临江大桥、北川隧道两个项目上半年开工。") == ["临江大桥", "北川隧道"]
    assert set(_projects("临江大桥、北川隧道两个项目中，临江大桥已开工。")) == {"临江大桥", "北川隧道"}


def test_a_meeting_named_after_the_sites_lists_no_works():
    assert "全省农村供水保障" not in _names("全省农村供水保障、美丽河湖建设项目现场会在我市召开。")
    assert "全市五水共治" not in _names("全市五水共治、美丽城镇建设项目现场推进会近日召开。")
    # a visit to the sites lists them
    text = "县长先后到青禾物流、城北主干道管网、云岭新城人防项目现场，详细了解项目建设进度。"
    found = _projects(text)
    assert found["青禾物流"].stage == "started" and "城北主干道管网" in found


def test_a_visit_to_schools_and_firms_is_no_visit_to_works():
    text = "检查组先后深入临江小学、北川中学、云岭职教中心新校区项目现场，检查校园安全。"
    assert set(_projects(text)) == {"云岭职教中心新校区项目"}
    text = "副县长先后来到青禾电子、云岭纺织、北川物流园项目现场，了解企业生产经营情况。"
    assert set(_projects(text)) == {"北川物流园项目"}
    assert _names("青禾科技、云岭股份、北川新能源项目签约落户。") == ["北川新能源项目"]
    # a school with the works built at it is a works
    text = "督导组先后深入城东小学扩建、县第二中学新校区、云岭幼儿园迁建项目现场，察看工程进度。"
    assert {"城东小学扩建", "县第二中学新校区", "云岭幼儿园迁建项目"} <= set(_projects(text))


def test_a_signing_reported_beside_intent_ones_is_a_project():
    text = "今年以来，开发区共达成意向签约项目9个。青禾新材料项目已于5月份签约，总投资8亿元，占地150亩。"
    p = _projects(text)["青禾新材料项目"]
    assert (p.stage, p.investment_cny, p.land_mu) == ("signed", 800000000, 150)
    text = ("近日，我市举行招商引资项目意向签约会。会上，市政府与云岭集团正式签订投资协议，"
            "云岭新能源项目总投资12亿元，占地300亩。")
    assert _projects(text)["云岭新能源项目"].investment_cny == 1200000000
    text = "园区举办重点项目意向签约活动\n活动现场，青禾新材料项目、云岭食品项目签订投资合同。"
    assert {"青禾新材料项目", "云岭食品项目"} <= set(_projects(text))
    # a notice of intent signings only, or an intent signing attended: leads
    text = "开发区意向签约项目6个。其中，青禾新材料项目、云岭食品项目将参加集中签约活动。"
    assert _projects(text) == {}
    text = "开发区意向签约项目6个。青禾新材料项目、云岭食品项目参加网络签约，总投资9亿元。"
    assert _projects(text) == {}
    text = "开发区与青禾集团签订投资意向协议。青禾新材料项目总投资9亿元。"
    assert _projects(text) == {}


def test_an_item_naming_a_facility_is_no_industry():
    found = _projects("临江农贸市场、北川公共停车场、数字经济等项目均已开工建设。")
    assert set(found) == {"临江农贸市场", "北川公共停车场"}
    found = _projects("青禾光伏电站、云岭风电场、北川氢能产业等项目已开工建设。")
    assert set(found) == {"青禾光伏电站", "云岭风电场"}
    # fields of industry stay fields
    assert _names("生物医药、高端装备产业等项目9个。") == []
    assert _names("青禾新能源汽车零部件、云岭高端装备、北川生物医药产业等项目签约落户。") == []


def test_buildings_put_back_to_use_are_no_works():
    assert _projects("今年以来，盘活青禾大厦、云岭商务楼等3万平方米闲置载体，引进企业20家。") == {}
    assert "盘活青禾大厦" not in _names("盘活青禾大厦、云岭商务楼等3万平方米存量载体。")
    assert _names("推动青禾二期、云岭研究院三期等近10万平方米科创载体建设投用。") == ["青禾二期", "云岭研究院三期"]


def test_a_planned_works_named_as_a_key_project_is_no_label():
    planned = [("北川大桥项目计划年内开工。全县北川大桥重点项目推进会召开。", "北川大桥项目"),
               ("临江水厂项目纳入临江水厂重点项目管理，计划明年开工。", "临江水厂项目")]
    assert set(_stages(planned).values()) == {"planned"}
    # a campaign's label with work to press on, and no stage of its own, stays a label
    text = ("县长调研“比学赶超”项目。县长察看了云岭镇滨江绿道项目，了解这些比学赶超重点项目进展，"
            "要求加快推进比学赶超项目的建设进度，确保项目按时完工。")
    assert "比学赶超项目" not in _projects(text)


def test_a_verb_before_a_roads_to_is_no_section():
    assert _names("临江铁路建成通车后到北川段只需半小时。") == ["临江铁路"]
    assert _names("高铁开通后到省城只需半小时。") == []
    assert _names("开工建设的城北高速公路临江至北川段规划投资80亿元。") == ["城北高速公路临江至北川段"]


def test_a_part_of_a_named_works_keeps_the_works_name():
    assert _names("北川大桥工程之一的主桥段今年合龙。") == ["北川大桥工程"]
    assert _names("列为全省标志性外资项目之一的云岭医药总部项目，总投资10亿元。") == ["云岭医药总部项目"]
