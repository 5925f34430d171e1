"""Project classes of round 16: the regressions a review of round 15 found (a list said to be key projects or the core
of a cluster, a park with figures of its own that also holds a project, a visit's clause before a zone, projects in
talks or in preparation under a 开竣工 event, directives and goals after a list said to go on faster, a meeting's host
zone in a headline, a town that speaks in a county's notice), a frame index that finds a project again by name, and
round 16's classes: a sentence that opens at a place, a place that counts a batch and then names its members, a
zone that opens a works' name, a county only a project's name holds, slogans whose verb takes 项目 as its object,
programmes over a whole place, and a 集中开(复)工 event. One test per class, positive and negative.

The sentences are written for these tests, in the shapes that ceremony news, plans, meeting reports and provincial
lists use; none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.projects.names import names_in


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (a March-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


# ---- review of round 15


def test_a_list_said_to_be_key_projects_or_the_core_of_a_cluster_is_projects():
    found = _projects("星河电子、东岭制药等项目为市重点项目，目前均已开工建设。")
    assert {"星河电子", "东岭制药"} <= set(found)
    found = _projects("以星河电子、东岭制药等项目为主体的产业集群初具规模，两个项目均已开工建设。")
    assert {"星河电子", "东岭制药"} <= set(found)
    found = _projects("新落地的云峰材料、海川光电等项目为主导产业项目，总投资12亿元。")
    assert {"云峰材料", "海川光电"} <= set(found)
    assert not any("等项目" in name for name in found)
    found = _projects("星河电子、东岭制药等项目名单已上报，两个项目均已开工建设。")
    assert {"星河电子", "东岭制药"} <= set(found)
    # the focus of a plan (以…为重点 / 围绕…为主攻方向) and a pool joined (纳入…项目名单) are no projects
    assert _names("开发区以引进智能终端、数字内容等项目为重点，打造数字经济高地。") == []
    assert _names("今年围绕招引云峰材料、海川光电等项目为主攻方向，总投资12亿元。") == []
    assert _names("符合条件的可列入发改、经信等部门项目名单。") == []


def test_a_park_with_its_own_figures_stays_a_project_though_it_holds_one():
    found = _projects("云峰科创产业园总投资20亿元，占地300亩，一期已投入使用。\n云峰科创产业园内海川光电项目已于2月开工。")
    assert "云峰科创产业园" in found and found["云峰科创产业园"].investment_cny == 2_000_000_000
    assert found["海川光电项目"].location == "云峰科创产业园"
    # a park named only as the holder of a project is still no project
    found = _projects("云峰科创产业园内海川光电项目已于2月开工，总投资3亿元。")
    assert "云峰科创产业园" not in found


def test_a_visit_before_a_zone_is_not_part_of_the_location():
    found = _projects("4月2日，副县长李华一行走访东岭工业园，星河电子项目、海川光电项目负责人介绍了建设情况，两个项目均已开工。")
    assert found["星河电子项目"].location == "东岭工业园"
    found = _projects("5月8日，市委书记王强调研云峰开发区，海川光电项目已开工建设。")
    assert found["海川光电项目"].location == "云峰开发区"
    found = _projects("今年以来，县领导带队云峰工业园，海川光电项目已开工建设。")
    assert found["海川光电项目"].location != "县领导带队云峰工业园"


def test_projects_in_talks_or_preparation_are_not_started_under_a_start_and_finish_event():
    text = ("3月6日，青林县举行一季度重点项目集中开（竣）工活动，共开竣工项目15个。\n"
            "星河电子项目总投资5亿元，主要建设标准厂房。\n"
            "海川光电项目正在洽谈中，总投资8亿元。\n"
            "云峰材料项目总投资6亿元，目前正在开展前期工作。")
    found = _projects(text)
    assert found["星河电子项目"].stage == "started"
    assert found["海川光电项目"].stage != "started"
    assert found["云峰材料项目"].stage != "started"
    found = _projects("3月6日，青林县举行重点项目集中开工、竣工投产活动。\n活动中，东岭新材料项目总投资9亿元，有望近期签约。")
    assert found["东岭新材料项目"].stage != "started"


def test_a_planned_start_under_a_signing_event_is_signed_still():
    found = _projects("6月3日，云峰开发区重点项目集中签约活动举行，现场签约项目8个。\n"
                      "海川精工减速机项目总投资5亿元，计划年内开工建设。")
    assert found["海川精工减速机项目"].stage == "signed"


def test_a_directive_or_a_goal_after_a_list_said_to_go_on_faster_is_no_progress():
    found = _projects("座谈会强调，星河电子、东岭制药等项目加快实施。")
    assert all(p.stage != "started" for p in found.values())
    found = _projects("2024年，星河电子、东岭制药等重大项目加快推进，确保年底前建成投产。", dt.date(2024, 1, 15))
    assert all(p.stage != "started" for p in found.values())
    # a report of works under way, and a noun 要求 before it, stay progress
    found = _projects("今年以来，星河电子、东岭制药等重大项目加快实施，目前进展顺利。", dt.date(2024, 6, 15))
    assert found["星河电子"].stage == "started"
    found = _projects("按照县委县政府的工作要求，星河电子、东岭制药等重大项目加快实施。", dt.date(2024, 6, 15))
    assert found["星河电子"].stage == "started"


def test_a_meeting_a_headline_zone_hosts_does_not_place_the_projects():
    text = ("云峰高新区召开重点项目调度会\n会上，青林县发改局通报了全县重点项目进展。海川光电项目总投资3亿元，已开工建设。"
            "星河电子项目总投资2亿元，已开工建设。")
    assert _projects(text)["海川光电项目"].location != "云峰高新区"
    text = "云峰高新区4个项目集中开工\n3月5日，海川光电项目、星河电子项目开工建设，总投资9亿元。"
    assert _projects(text)["海川光电项目"].location == "云峰高新区"


def test_a_town_that_speaks_in_a_county_notice_is_not_the_notice_town():
    text = ("青林县：全力推进重点项目建设\n东岭镇海川食品二期项目已开工建设，东岭镇将进一步壮大镇域经济。"
            "星河电子项目总投资3亿元，已开工建设。")
    found = _projects(text)
    assert found["星河电子项目"].location != "东岭镇"
    text = ("东岭镇：全力推进重点项目建设\n东岭镇海川食品二期项目已开工建设，东岭镇将进一步壮大镇域经济。"
            "星河电子项目总投资3亿元，已开工建设。")
    assert _projects(text)["星河电子项目"].location == "东岭镇"


def test_a_project_named_again_many_times_is_found_by_its_name_key():
    lines = [f"星河{i}电子项目总投资{i % 9 + 1}亿元，已开工建设。" for i in range(300)]
    lines += [f"星河{i}电子项目已竣工。" for i in range(0, 300, 3)]
    found = _projects("\n".join(lines))
    assert len(found) == 300
    assert found["星河3电子项目"].stage == "completed"
    assert found["星河4电子项目"].stage == "started"


# ---- round 16


def test_a_sentence_that_opens_at_a_place_places_its_works():
    text = ("今年以来，青林县重大项目加快推进。\n"
            "在东岭镇海川铝业施工现场，总投资8亿元的高端铝材项目已完成主体施工。"
            "在西溪乡，列入省重点的云峰三期项目已开工建设。"
            "在青林经济技术开发区，总投资20亿元的星河电池项目已开工建设。")
    found = _projects(text)
    assert found["高端铝材项目"].location == "东岭镇"
    assert found["云峰三期项目"].location == "西溪乡"
    assert found["星河电池项目"].location == "青林经济技术开发区"
    # a county's own words (在全县 / 在我县) and a person's visit are no place of a works
    found = _projects("在全县，星河电池项目已开工建设，总投资20亿元。")
    assert found["星河电池项目"].location != "全县"


def test_a_place_that_counts_a_batch_places_the_members_named_after_it():
    text = ("近日，省发改委公布年度重点建设项目计划，云峰经开区共有3个项目列入。\n"
            "这3个项目分别是星河半导体项目、海川精密部件项目、云峰中心医院项目，合计总投资50亿元。")
    found = _projects(text)
    assert {p.location for p in found.values()} == {"云峰经开区"}
    text = "东岭镇今年有2个项目开工，分别是海川食品项目、星河纺织项目。"
    assert _projects(text)["海川食品项目"].location == "东岭镇"
    # a batch of the whole county (全县共有…) places nothing
    text = "全县共有3个项目列入省重点。\n这3个项目分别是星河半导体项目、海川精密部件项目、云峰中心医院项目。"
    assert all(p.location != "全县" for p in _projects(text).values())


def test_a_zone_that_opens_a_works_name_is_where_it_is():
    found = _projects("3月1日，重点项目集中开工活动在东岭产业园星河重工项目地块举行，集中开工30个项目。")
    assert any(p.location == "东岭产业园" for p in found.values())


def test_a_county_only_a_project_name_holds_is_not_the_notice_county():
    text = ("省发改委公布今年省重点建设项目名单，共安排项目300个。\n"
            "生态环保项目包括湘水流域综合治理项目、凤凰县沱江生态修复项目、西江湿地保护项目、南岭矿山修复项目等。")
    found = _projects(text)
    assert found["湘水流域综合治理项目"].location != "凤凰县"
    assert found["凤凰县沱江生态修复项目"].location == "凤凰县"
    # a county notice that names itself keeps its county
    text = "德清县星河电子项目总投资3亿元，已开工建设。海川光电项目总投资2亿元，已开工建设。"
    assert _projects(text)["海川光电项目"].location == "德清县"


def test_a_slogan_whose_verb_takes_projects_is_no_name():
    assert _names("要以非常之举抓项目、以非常之力建项目，确保项目早见效。") == []
    assert _names("坚持大干项目、干大项目，持续扩大有效投资。") == []
    assert _names("坚持要素跟着项目走，全力保障项目落地。") == []
    assert _names("并争取项目早日竣工投产。") == []
    # a works' own verb before 项目 (扩建, 改建, 在建) stays a name or a kind
    assert _names("星河食品厂房扩建项目已开工。") == ["星河食品厂房扩建项目"]
    assert _names("东岭村民居改建项目总投资500万元。") == ["东岭村民居改建项目"]


def test_a_programme_over_a_whole_place_is_no_project():
    found = _projects("今年将实施社会民生项目12个，包括全市农村饮水安全提升工程、全省城镇老旧小区改造、东岭中心医院项目等。")
    assert not any(name.startswith("全") for name in found)
    # a place named 全… keeps its works
    assert "全椒高端装备产业园项目" in _names("全椒高端装备产业园项目总投资10亿元，已开工建设。")


def test_a_start_and_resume_event_starts_the_works_it_names():
    found = _projects("2月20日上午，我市重点项目集中开（复）工活动在东岭产业园海川重工项目现场举行，集中开（复）工40个项目。")
    assert any(p.stage == "started" for p in found.values())
    found = _projects("2月20日，我市举行重点项目集中开(复)工活动。\n星河电子项目总投资5亿元，主要建设标准厂房。")
    assert found["星河电子项目"].stage == "started"


# ---- second pass: a town's or a county's review that lists its works by name, phase, section or road


def test_a_review_names_phases_sections_and_roads_as_the_subjects_of_their_progress():
    found = _projects("青溪湿地公园二期完成预验收，滨河路改造工程已通过竣工验收，实现全线贯通。")
    assert found["青溪湿地公园二期"].stage == "completed"
    found = _projects("着力完善路网，望江大道一标段已进入收尾阶段、二标段正加紧建设，云湖路西延、东环线进展顺利。")
    assert {"望江大道一标段", "望江大道二标段", "云湖路西延", "东环线"} <= set(found)
    assert found["望江大道二标段"].stage == "started"
    found = _projects("全年投用星辰三期，建成枫林小学二期。")
    assert {"星辰三期", "枫林小学二期"} <= set(found)
    # near-misses: a road network, a bare phase, a line of production, a programme over the whole town
    found = _projects("道路网进一步完善，一期、二期全线贯通，生产线进展顺利，全镇主干线已建成通车。")
    assert found == {}
    found = _projects("会议指出，各条线工作进展顺利。")
    assert found == {}


def test_a_review_verb_before_a_list_sharing_its_project_suffix():
    found = _projects("完成远帆、凯瑞项目主体部分，启动东林项目前期工作。")
    assert found["远帆项目"].stage == "topped_out" and found["凯瑞项目"].stage == "topped_out"
    found = _projects("年内已建成海川、云峰项目，正在洽谈北岭项目。")
    assert {"海川项目", "云峰项目"} <= set(found)
    # a list of kinds of project after a verb is no list of works
    assert _names("完成重点、民生项目年度投资计划。") == []


def test_parks_counted_as_a_list_of_works_and_an_investors_money_before_an_aim():
    found = _projects("青山智造产业园、东湖科创园、南岭标准厂房3大园区同步推进，20万平方米厂房全部开工。")
    assert {"青山智造产业园", "东湖科创园", "南岭标准厂房"} <= set(found)
    # three zones a plan names as aims are no works under way
    assert _projects("规划青山、东湖、南岭三大园区，形成产业集聚。") == {}
    found = _projects("远山控股集团投资30亿元，倾力打造最具江南风情的桃源田园综合体。")
    assert any(name.startswith("桃源田园综合体") for name in found)
    found = _projects("华川集团投资12亿元，建设全市首个冷链物流基地项目。")
    assert found["冷链物流基地项目"].investment_cny == 1_200_000_000
    # an aim with no investor's money stays an aim
    assert _projects("力争打造最具江南风情的桃源田园综合体。") == {}


def test_a_works_under_way_named_by_its_step_on_site():
    found = _projects("城北学校迁建项目进场填方，县医院门诊楼项目正在挖掘地下室。")
    assert found["城北学校迁建项目"].stage == "started"
