"""Project classes found on real notices outside the gold (round 4): one test per class.

The sentences are written for these tests, in the shapes that county and city project news, progress bulletins,
investment-promotion reports and work reports use; none is copied from a notice."""
import datetime as dt

from warehouse.extract import extract_document

PUBLISHED = dt.date(2024, 9, 10)


def _projects(text, published=PUBLISHED):
    return {p.name: p for p in extract_document(text, published=published).projects}


def test_a_verb_that_takes_projects_as_its_object_names_no_project():
    text = ("园区管委会对落户企业实行全程代办，工作人员全身心扑在项目上，及时解决用地、融资等问题。"
            "青禾新材料项目已签订框架协议，正在准备办理项目核准，预计11月开工建设。"
            "我区落实专人制定项目推进方案，东岭精工项目等5个项目已开工建设。"
            "今年以来，我县坚持项目为重，全速推进远山电机、北湖轴承等项目建设。")
    found = _projects(text)
    assert {"青禾新材料项目", "东岭精工项目", "远山电机", "北湖轴承"} <= set(found)
    assert not any(n.endswith(("在项目", "办理项目", "制定项目", "坚持项目")) for n in found)


def test_a_time_or_the_speaker_before_a_name_is_not_part_of_it():
    text = ("今年新签约项目12个，目前南山国际学校项目等3个项目已开工建设。"
            "截至目前，已有落地项目18个，其中我县海工装备产业基地项目计划年内开工。")
    found = _projects(text)
    assert "南山国际学校项目" in found and found["南山国际学校项目"].stage == "started"
    assert "海工装备产业基地项目" in found
    assert not any(n.startswith(("目前", "我县")) for n in found)


def test_a_particle_after_the_verb_of_a_list_is_not_part_of_the_first_item():
    text = "其中，新材料产业签约了总投资3.5亿元的青川钛材深加工、总投资1.2亿元的华南树脂生产等项目。"
    found = _projects(text)
    assert {"青川钛材深加工", "华南树脂生产"} <= set(found)
    assert found["青川钛材深加工"].investment_cny == 350000000


def test_kinds_of_projects_in_a_report_are_not_projects():
    text = ("本次集中开工项目涉及多个领域，既有支撑强劲的龙头项目、也有延链补链的配套项目，"
            "既有高新技术的智能制造项目，也有前景广阔的新能源项目。"
            "签约项目中，20亿元项目1个、6000万美元韩资项目1个。"
            "去年共签约工业项目15个，总部经济项目5个。"
            "实施大体量项目投产达效行动，一批基础设施、产业开发和社会发展项目相继建成。"
            "集中开工部门项目单位和施工单位负责人等到场。")
    assert _projects(text) == {}


def test_sectors_listed_before_a_kind_of_project_are_not_projects():
    text = ("其中，电网建设、光伏发电、城乡路网等能源交通项目如期推进，西川高速等重大项目取得进展，"
            "土地开发整理、生态林业建设等农林水利项目全面完成。")
    names = set(_projects(text))
    assert not names & {"电网", "光伏发电", "城乡路网", "土地开发整理", "生态林业"}


def test_two_kinds_joined_are_not_a_project():
    text = "开发区将以高端功能平台吸引和服务重大项目和高端项目签约落户。"
    assert _projects(text) == {}


def test_a_zone_administration_is_not_a_works():
    text = "在推进项目建设中，北川工业园管委会实行了项目包保和定期调度，确保项目快建成、早投产。"
    assert _projects(text) == {}


def test_a_time_or_a_visit_before_a_bare_project_word_is_not_a_name():
    text = ("“今日项目现场施工人员有300多人，预计10月底项目一期的设备开始安装调试。”项目负责人说。"
            "“整个项目建设进度非常快。”县工业园驻项目点负责人告诉记者。"
            "对已开工项目，要全力提高项目建设速度；对未开工项目，要解决好影响项目开工的各种问题。"
            "根据项目开工计划，1-9月计划新开工项目40个。"
            "土建工程方面，园区企业进入工程竣工验收阶段。")
    assert _projects(text) == {}


def test_a_category_label_right_before_a_name_does_not_hide_it():
    text = "新年伊始，省重点项目南港高铁物流枢纽一期项目开工建设。"
    found = _projects(text, dt.date(2024, 1, 5))
    assert "南港高铁物流枢纽一期项目" in found
    assert found["南港高铁物流枢纽一期项目"].stage == "started"


def test_the_size_before_a_name_is_not_part_of_it():
    text = "下阶段，开发区将高起点、高标准加快中欧合作产业园和260亩云谷数字产业园的规划和建设，吸引更多项目签约落户。"
    found = _projects(text)
    assert "云谷数字产业园" in found
    assert found["云谷数字产业园"].stage == "planned"


def test_a_batch_set_as_a_task_is_not_the_event_reported():
    text = ("今年以来，我县集中精力抓重点项目建设，全速推进远川电机、北岭轴承等项目建设，"
            "加快推动东湖新材料等30个项目年内竣工投产。")
    found = _projects(text, dt.date(2024, 9, 1))
    assert found["远川电机"].stage == "started"
    assert found["北岭轴承"].stage == "started"
    assert found["东湖新材料"].stage != "in_production"


def test_works_in_a_list_of_continuing_projects_are_under_way():
    text = ("1—8月份，累计完成投资210亿元。青松轻合金、S218南庄至北岙段公路改建工程等续建项目顺利推进；"
            "远航五金产业园等96个项目开工建设。")
    found = _projects(text)
    assert found["青松轻合金"].stage == "started"
    assert found["S218南庄至北岙段公路改建工程"].stage == "started"


def test_about_to_start_production_is_not_production():
    text = "其中北岙新材料项目7月8日竣工投产；西川矿物纤维项目设备安装结束，准备试生产。"
    found = _projects(text, dt.date(2024, 8, 1))
    assert found["北岙新材料项目"].stage == "in_production"
    assert found["西川矿物纤维项目"].stage != "in_production"


def test_a_batch_word_is_not_a_project_and_list_leads_are_not_names():
    text = ("3月18日上午，南岭县举行2024年重点项目集中开复工仪式。此次集中开复工项目共有25个，总投资102.6亿元。"
            "截至6月底，已有青禾经编三期、远达高强涤纶等4只重点工业项目竣工投产，而锦纶生产线二期项目也有望于下半年开工。")
    found = _projects(text, dt.date(2024, 7, 2))
    assert not any("开复工" in n for n in found)
    assert "青禾经编三期" in found and found["青禾经编三期"].stage == "in_production"
    assert not any(n.startswith(("已有", "而")) for n in found)


def test_the_kinds_of_a_batch_listed_after_a_quantifier_are_not_projects():
    text = ("本次活动共集中签约项目26个，协议总投资额约180亿元。"
            "一批科技服务、金融服务、现代物流、商贸服务等现代服务业项目将相继入驻。")
    assert _projects(text, dt.date(2024, 1, 8)) == {}


def test_the_event_and_its_verbs_are_not_part_of_the_names_it_lists():
    text = ("10月27日，有关部门在南湖新区组织举办深化战略合作和承接产业转移项目签约仪式。"
            "四个新区分别与有关企业签署项目合作协议，涉及中建五局华南区域总部、青松现代中药生产基地等8个项目。"
            "上半年，新(扩)建远川环保、矽谷电子等27个项目实现达产达效。")
    found = _projects(text, dt.date(2024, 10, 28))
    assert {"中建五局华南区域总部", "青松现代中药生产基地", "远川环保", "矽谷电子"} <= set(found)
    assert not any(n.startswith(("举办", "涉及", "新(扩)建")) or "承接" in n for n in found)


def test_a_stage_reached_is_not_a_plan_because_its_group_was_planned():
    text = ("其中，35个争取开工项目中东山水库、北湾新区土地整治等15个项目已开工建设；"
            "31个加快前期项目中，南岭机场迁建、西环高速公路等项目前期工作进展顺利。")
    found = _projects(text, dt.date(2024, 11, 20))
    assert found["东山水库"].stage == "started"
    assert found["北湾新区土地整治"].stage == "started"
    assert found["南岭机场迁建"].stage == "planned"


def test_a_preposition_or_a_verb_before_a_bare_project_word_names_nothing():
    text = ("该县完善项目推进机制，坚持两月一次现场推进会。"
            "在东河(城南段)水生态综合整治及附属工程项目建设现场，观摩团一行就项目建设情况进行了了解。该项目总投资4.8亿元。")
    found = _projects(text)
    assert set(found) == {"东河(城南段)水生态综合整治及附属工程项目"}
    assert found["东河(城南段)水生态综合整治及附属工程项目"].investment_cny == 480000000


def test_what_was_actually_done_after_a_plan_figure_is_reached():
    text = ("今年1至5月，全县计划开工项目43个，实际开工项目41个，南田路及河滨景观工程、"
            "北工塑胶制品生产等5个项目提前开工。")
    found = _projects(text, dt.date(2024, 6, 5))
    assert found["南田路及河滨景观工程"].stage == "started"
    assert found["北工塑胶制品生产"].stage == "started"


def test_school_and_hospital_works_in_a_plan_list_are_named_works_under_way():
    text = ("围绕教育、医疗等民生领域，东湖区加快实施新建青松小学、南湖小学改扩建工程、"
            "区妇幼保健院能力提升工程等项目。二是功能项目进度快，北片区基础设施项目集中进场施工。")
    found = _projects(text)
    assert found["南湖小学改扩建工程"].stage == "started"
    assert found["区妇幼保健院能力提升工程"].stage == "started"
    assert "功能项目" not in found


def test_the_verb_that_opens_a_list_of_signed_projects_is_not_part_of_the_first():
    text = ("7月12日，南山县举行招商引资签约暨重点项目集中开工仪式。本次签约项目涵盖南山通用航空机场、"
            "青岭百草庄园等10个招商引资签约项目。")
    found = _projects(text, dt.date(2024, 7, 13))
    assert "南山通用航空机场" in found
    assert not any(n.startswith("涵盖") for n in found)


def test_a_counted_batch_label_carries_its_stage_to_the_items_listed_after_it():
    text = ("7月5日，东华县举行集中签约、开工、投产活动。现场签约3个项目，总投资32.7亿元。"
            "集中开工的10个重点项目总投资44.08亿元，分别为东华经开区电子产业园建设项目，总投资5.2亿元；"
            "东华食品产业园建设项目，总投资5亿元；年产3000台防爆风机项目，总投资5亿元。")
    found = _projects(text, dt.date(2024, 7, 8))
    assert found["东华食品产业园建设项目"].stage == "started"
    assert found["年产3000台防爆风机项目"].stage == "started"
