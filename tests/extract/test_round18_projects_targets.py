"""Project and target classes, round 18 (real texts of layouts the extractor had not seen: a batch divided up under a
heading line of its own, a list of projects with each one's 年度计划投资 on the ；-piece after its 总投资, a notice
whose first lines open on a zone, the sub-projects a works holds, a list of works closed by 等工程).

The sentences are invented on the real structures; places, firms and figures are made up. Each class has a near-miss."""
import datetime as dt

from warehouse.extract import extract_document

JULY = dt.date(2024, 7, 20)
MARCH = dt.date(2024, 3, 5)


def _targets(text: str, published: dt.date = JULY) -> set:
    """The values of the targets (the indicator's wording is not what these classes are about)."""
    return {t.value for t in extract_document(text, published=published).targets}


def _projects(text: str, published: dt.date = MARCH) -> dict:
    return {p.name: p for p in extract_document(text, published=published).projects}


# --- a batch's breakdown: the kinds' planned money is its composition (docs/contract-conventions.md, round 17) ---

def test_kinds_under_a_heading_line_of_their_own_are_the_batchs_composition():
    text = ("2024年，全市实施重点项目60项，总投资900亿元，年内计划完成投资150亿元。\n分行业看：\n"
            "新能源项目20个，总投资400亿元，年内计划完成投资60亿元，开复工项目18个，开复工率90%；\n"
            "装备制造项目15个，总投资300亿元，年内计划完成投资50亿元，开复工项目12个，开复工率80%。")
    assert _targets(text) == {15000000000}
    # near-miss: with no heading dividing the batch, a kind's line stays what it states
    text = "2024年，全市实施重点项目60项，年内计划完成投资150亿元。\n新能源项目20个，年内计划完成投资60亿元。"
    assert 6000000000 in _targets(text)


def test_a_batchs_parts_after_its_project_word_or_a_count_before_the_noun():
    text = ("此次集中开工项目共20个，总投资80亿元，年度计划投资30亿元。此次集中开工项目中，产业发展项目有5个，"
            "总投资20亿元，年度计划投资8亿元。")
    assert _targets(text, dt.date(2024, 1, 5)) == {3000000000}
    text = ("全市开工重大项目100个，年度计划投资80亿元。分行业来看，其中基础设施25个项目，总投资110亿元，"
            "年度计划投资30亿元；产业发展60个项目，总投资80亿元，年度计划投资45亿元。")
    assert _targets(text, dt.date(2024, 1, 5)) == {8000000000}
    # near-miss: every kind counted in one clause, the money after them is the whole batch's
    text = "本次集中开工项目中，工业项目3个、基础设施项目4个，总投资65亿元，年内计划完成投资30亿元。"
    assert _targets(text, dt.date(2024, 1, 5)) == {3000000000}


def test_each_projects_plan_in_a_list_of_projects_is_its_own():
    text = ("另有3个项目参加全市集中开工，这3个项目分别是星河电机项目总投资：50000万元；年度计划投资：20000万元；"
            "远山五金项目总投资：30000万元；年度计划投资：5000万元；"
            "东岭材料项目总投资：20000万元；年度计划投资：4000万元。")
    assert _targets(text, MARCH) == set()
    # near-miss: one project's own plan for the year, with no list around it, is a goal
    assert _targets("星河电机项目，总投资：50000万元；年度计划投资：20000万元。", MARCH) == {200000000}


# --- location: the zone a notice's first lines open on ---

def test_the_zone_the_notice_opens_on_is_where_its_works_are():
    text = ("县经开区2024年承接重点项目12个，其中新建项目6个。"
            "星河精工有限公司的精密轴承生产线项目已提前竣工。县经开区将加快在建项目进度。")
    assert _projects(text)["精密轴承生产线项目"].location == "县经开区"
    text = "去年，县工业园紧紧围绕目标攻坚项目。远山汽车零部件产业基地开工建设，园区承载能力增强。"
    assert _projects(text)["远山汽车零部件产业基地"].location == "县工业园"
    # near-miss: a zone that hosts a meeting is a venue; a line that opens on a project's name opens on no zone
    text = "县经开区召开重点项目推进会。星河精工有限公司的精密轴承生产线项目已竣工投产。"
    assert _projects(text)["精密轴承生产线项目"].location != "县经开区"
    text = "云帆电商产业园项目总投资3亿元，已开工建设。"
    assert _projects(text)["云帆电商产业园项目"].location is None


# --- names: sub-projects and a 等工程 list ---

def test_the_sub_projects_a_works_holds_are_its_parts():
    text = ("据悉，星河县城水系生态PPP项目总投资近12亿元，包含两个子项目，即星河县城东调蓄工程和星河县北湖水系提升项目，"
            "两项目合并实施。该PPP项目已开工建设。")
    names = set(_projects(text))
    assert names == {"星河县城水系生态PPP项目"}
    # near-miss: 电子项目 ends in 子项目 without being one
    text = "一年来，晶远电子项目、华泰精工项目主体结顶。"
    assert set(_projects(text)) == {"晶远电子项目", "华泰精工项目"}


def test_a_short_item_of_a_works_list_takes_its_head_noun():
    text = "做强基础设施配套，加快东环路西延、纬二路、南苑小区三期等工程建设。"
    names = set(_projects(text))
    assert "纬二路工程" in names and "纬二路" not in names
    # near-miss: a 等项目 list gives 项目, and an item of four characters or more keeps its name
    text = "加快电信、联通等6个项目建设。"
    assert "电信项目" in set(_projects(text))
