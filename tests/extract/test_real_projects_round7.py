"""Project classes of round 7 (fresh real texts annotated apart from the rules): other senses of 项目, kinds of a
batch, parts of one project's name, list items joined by 和, place-owned works, ceremony sites, stages of a list
or of a subjectless sentence. One test per class, positive and negative.

The sentences are written for these tests, in the shapes that ceremony news, review reports and meeting notes use;
none is copied from a notice."""
import datetime as dt

from warehouse.extract import extract_document

PUBLISHED = dt.date(2024, 10, 20)


def _projects(text, published=PUBLISHED):
    return {p.name: p for p in extract_document(text, published=published).projects}


# ---- false projects: other senses of 项目, kinds, descriptions, parts


def test_a_sport_or_a_contest_event_is_not_a_project():
    assert _projects("市体育局与省游泳学校签署协议，推动川渝运动项目共建，双方在跳水比赛项目上开展合作。") == {}
    found = _projects("青山户外运动基地项目总投资2亿元，已开工建设。")
    assert set(found) == {"青山户外运动基地项目"}


def test_the_projects_an_official_answers_for_are_a_kind():
    assert _projects("会上，各县区围绕书记县长项目推进情况作了汇报。") == {}


def test_a_field_of_cooperation_or_a_programme_is_not_a_project():
    assert _projects("双方将在文旅、金融、境外项目等领域深化合作。") == {}
    assert _projects("今年已竣工的项目包括光伏扶贫项目、农村危房改造项目等。") == {}


def test_another_leading_project_describes_the_one_named_before():
    found = _projects("东岭智能装备项目总投资8亿元，是全县制造业的又一领军项目。")
    assert set(found) == {"东岭智能装备项目"}


def test_a_counted_line_is_a_part_of_the_project():
    found = _projects("华星新材料项目二期总投资6亿元，新上年产10万吨环氧树脂生产线2条，已于今年3月开工。")
    assert set(found) == {"华星新材料项目"}
    found = _projects("青山环氧树脂生产线项目总投资6亿元，已于今年3月开工。")
    assert set(found) == {"青山环氧树脂生产线项目"}


def test_kinds_described_in_a_both_and_sentence_are_not_projects():
    assert _projects("本次签约的项目既有补短板、强链条的新引进项目，又有提质量、增效益的技改项目。") == {}
    assert _projects("签约项目既有技术领先的高端装备，又有带动全域旅游、提升城市品位的文旅康养、商贸物流等项目。") == {}
    # named works in the same frame stay projects
    found = _projects("5月8日，全市重大项目集中开工。本次开工项目既有青山液晶模组等招商项目，也有东岭至西林快速路等重大工程。")
    assert "东岭至西林快速路" in found


def test_a_verb_before_a_bare_project_word_makes_no_name():
    assert _projects("活动设主会场和三个分会场，同时进行项目开工仪式。") == {}


# ---- names: parts of one project, items joined by 和, numbered items


def test_two_parts_under_one_project_word_make_one_name():
    found = _projects("青山县举行华源食品生产线及冷链仓储中心建设项目开工仪式，该项目总投资3亿元。")
    assert set(found) == {"华源食品生产线及冷链仓储中心建设项目"}
    assert found["华源食品生产线及冷链仓储中心建设项目"].investment_cny == 300_000_000
    found = _projects("东岭电子项目及西林物流项目同日开工。")
    assert set(found) == {"东岭电子项目", "西林物流项目"}


def test_the_last_item_of_a_list_joined_by_and_is_two_works():
    found = _projects("今年竣工的项目包括青山乳业一期、东湖湿地公园和西岭职业技术学校一期等项目。")
    assert {"青山乳业一期", "东湖湿地公园", "西岭职业技术学校一期"} <= set(found)
    found = _projects("已开工的项目有东岭生物医药和医疗器械、西林物流园等项目。")
    assert "东岭生物医药和医疗器械" in found


def test_a_number_before_a_name_is_not_part_of_it():
    found = _projects("1.青山县华星牧业综合体项目总投资4.5亿元，已建成投产。")
    assert set(found) == {"青山县华星牧业综合体项目"}


def test_the_first_item_after_projects_are_is_named():
    found = _projects("本次集中开工项目有华星乳业二期、东岭茶叶深加工、西林中学等项目。")
    assert {"华星乳业二期", "东岭茶叶深加工", "西林中学"} <= set(found)


# ---- works a county or a firm owns


def test_works_named_with_the_county_or_the_firm_that_owns_them_are_projects():
    found = _projects("三是民生项目。共实施青田县易地搬迁安置工程、县中医院扩建等4个项目，总投资5.2亿元。")
    assert "青田县易地搬迁安置工程" in found
    found = _projects("列入中央预算内投资的有青田县污水收集系统工程、青田县养老服务楼等8个项目。")
    assert "青田县污水收集系统工程" in found


def test_a_county_campaign_named_works_is_not_a_project():
    assert _projects("青田县一季度省市县长工程全面开工。") == {}
    assert _projects("今年青田县民生实事工程全面完成。") == {}


# ---- ceremony sites


def test_a_project_whose_site_hosts_a_ceremony_is_a_project():
    found = _projects("6月5日，全市项目集中开工暨签约活动举行。签约仪式在华星新材料有限公司年产2万吨薄膜项目现场举行，"
                      "总投资30亿元的8个项目集中签约。")
    assert "华星新材料有限公司年产2万吨薄膜项目" in found
    assert found["华星新材料有限公司年产2万吨薄膜项目"].stage is None


def test_a_place_named_project_is_not_its_own_location():
    found = _projects("5月6日，西岭小镇、华星产业园等12个项目集中开工。")
    assert found["西岭小镇"].location != "西岭小镇"


# ---- stages


def test_investment_completed_means_work_has_started():
    found = _projects("东岭风电场项目总投资10亿元，已完成投资2亿元，预计明年投产。")
    assert found["东岭风电场项目"].stage == "started"
    found = _projects("东岭风电场项目总投资10亿元，今年计划完成投资2亿元。")
    assert found["东岭风电场项目"].stage is None


def test_a_list_subject_takes_the_verb_of_its_last_clause():
    found = _projects("二是工业项目。共实施华星纺织、东岭建材等5个项目，总投资12亿元，已完成投资3亿元。")
    assert found["华星纺织"].stage == "started" and found["东岭建材"].stage == "started"
    found = _projects("列入省重点的有华星纺织、东岭建材等5个项目，总投资12亿元，部分项目已开工建设。")
    assert found["华星纺织"].stage is None and found["东岭建材"].stage is None


def test_steadily_pushing_listed_works_is_work_under_way():
    found = _projects("扎实推动华星医药、东岭物流园等项目建设，项目建设进展良好。")
    assert found["华星医药"].stage is None  # (round 21: 推进 / 进展顺利 is no stage, docs/contract-conventions.md)


def test_a_dated_stage_without_a_subject_is_the_paragraph_project():
    found = _projects("华星果业产业化项目总投资9亿元。2023年4月开工，已完成投资3亿元。")
    assert found["华星果业产业化项目"].stage == "started"
    assert found["华星果业产业化项目"].dates.get("started") == "2023-04"


def test_equipment_being_commissioned_is_work_under_way():
    found = _projects("青山锂电池生产线项目总投资20亿元，目前厂房已基本完工，主要设备正在调试。")
    assert found["青山锂电池生产线项目"].stage == "started"


def test_a_question_about_progress_reports_no_stage():
    found = _projects("考察组一行先后到东岭输送带项目实地参观，询问项目建设进度。东岭输送带项目总投资17亿元。")
    assert found["东岭输送带项目"].stage is None


def test_a_start_and_finish_event_gives_the_named_project_only_its_own_verb():
    found = _projects("1月2日，青山县举行一季度项目集中开竣工活动暨华源冷链物流项目开工仪式。华源冷链物流项目总投资5亿元。")
    assert found["华源冷链物流项目"].stage == "started"


def test_a_phase_in_brackets_names_the_same_project_as_the_ceremony_site():
    found = _projects("5月6日，全县重大项目集中开工活动在华星能源有限公司东岭装备基地项目现场举行。"
                      "开工项目有东岭装备基地(一期)、西林物流园等10个项目。")
    assert [n for n in found if "东岭装备基地" in n] == ["华星能源有限公司东岭装备基地项目"]
