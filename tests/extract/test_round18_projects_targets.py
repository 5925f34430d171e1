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


# --- review of round 18 (invented probes): the breakdown and list rules kept to their layouts ---

def test_only_a_splitting_word_opens_a_breakdown():
    # 从总量看 / 从全年看 / 从目标看 sort nothing: the batch's own plan stays a goal
    assert 60000000000 in _targets("从总量看，全市今年安排重点项目300个，年度计划投资600亿元。", MARCH)
    assert 8000000000 in _targets("从全年看，新开工项目40个，年度计划投资80亿元。", MARCH)
    assert 16000000000 in _targets("从目标看，全年实施重点项目80个，年度计划投资160亿元，力争完成投资170亿元。", MARCH)
    # true positive next to it: 从行业看 splits the batch
    text = ("全省计划集中开工重大产业项目919个，年度计划投资1076亿元。从行业看，工业项目319个，年度计划投资400亿元；"
            "能源项目108个，年度计划投资300亿元。")
    found = _targets(text, MARCH)
    assert 107600000000 in found and not {40000000000, 30000000000} & found


def test_a_stage_split_gives_goals_of_their_own():
    text = ("今年全市安排重点项目300个，年度计划投资600亿元。\n从建设阶段看：\n新开工项目120个，年度计划投资200亿元；\n"
            "续建项目180个，年度计划投资400亿元。")
    assert {60000000000, 20000000000, 120} <= _targets(text, MARCH)


def test_a_place_or_a_stage_within_a_higher_list_is_a_batch_of_its_own():
    assert 12000000000 in _targets("省重点建设项目中，我市共有项目45个，总投资800亿元，年度计划投资120亿元。", MARCH)
    assert 9500000000 in _targets("在全省第二批集中开工项目中，丽水市共有项目62个，总投资310亿元，年度计划投资95亿元。",
                                  MARCH)
    assert 5600000000 in _targets("今年全市重大项目中，我县共有项目28个，年度计划投资56亿元，力争全年完成投资60亿元以上。",
                                  MARCH)
    text = "全年安排重点项目500个，年度计划投资1000亿元。在这些项目中，新开工项目395个，年度计划投资457亿元。"
    assert 45700000000 in _targets(text, MARCH)
    assert 6000000000 in _targets("在今年计划开工的项目中，亿元以上项目30个，年度计划投资60亿元。", MARCH)
    # 力争 before the figure: a goal, whatever the opener
    assert 2000000000 in _targets("今年招引项目中，力争签约亿元以上项目30个，年度计划投资20亿元。", MARCH)
    # a lone line with no batch before it states a batch of its own
    assert 2500000000 in _targets("本次集中开工项目中，产业项目有12个，总投资60亿元，年度计划投资25亿元。",
                                  dt.date(2024, 1, 10))


def test_a_heading_opened_breakdown_ends_at_the_batchs_total_or_a_new_batch():
    text = ("2024年，全县实施重点项目50个，总投资420亿元。\n分行业看：\n工业项目30个，总投资260亿元，年度计划投资60亿元；\n"
            "基础设施项目20个，总投资160亿元，年度计划投资40亿元。\n全年共实施重点项目50个，年度计划投资100亿元。")
    assert _targets(text) == {10000000000}
    text = "分行业看：\n工业项目30个，年度计划投资60亿元；\n基础设施项目20个，年度计划投资40亿元；\n合计重点项目50个，年度计划投资100亿元。"
    assert _targets(text) == {10000000000}
    text = ("全县重点项目60个。\n分行业看：\n工业项目20个，年度计划投资40亿元；\n农业项目10个，年度计划投资8亿元。\n\n"
            "全县新开工项目30个，年度计划投资50亿元。")
    assert _targets(text, MARCH) == {5000000000}


def test_a_plan_piece_is_a_projects_own_only_in_a_list_of_project_and_plan_pairs():
    # the group named together, then the plan: the group's
    text = "今年我县有3个项目列入省重点，分别是星河电机项目、远山五金项目、东岭材料项目，总投资50亿元；年度计划投资12亿元。"
    assert 1200000000 in _targets(text, MARCH)
    # each project with its 总投资 alone, then a plan piece: the batch's
    text = "重点推进3个项目，分别是星河电机项目，总投资10亿元；远山五金项目，总投资8亿元；东岭材料项目，总投资5亿元；全年计划完成投资12亿元以上。"
    assert 1200000000 in _targets(text, MARCH)
    text = "今年计划开工的项目分别为星河电机项目，总投资3亿元；远山五金项目，总投资2亿元；年内计划完成投资2亿元。"
    assert 200000000 in _targets(text, MARCH)
    # 分别为一期…二期…: the phases of one project, whose plan is a goal
    assert 200000000 in _targets("星河电机项目分两期建设，分别为一期总投资3亿元；二期总投资5亿元；年度计划投资2亿元。", MARCH)
    # true positive: each project's piece followed by its plan piece (a name with its phase in brackets too)
    text = ("这2个项目分别是星河电机项目（二期）总投资：50000万元；年度计划投资：20000万元；远山五金项目总投资：30000万元；"
            "年度计划投资：5000万元；2024年计划投资合计25000万元。")
    assert _targets(text, MARCH) == {250000000}


def test_an_opening_zone_must_be_one_zone_the_notice_is_about():
    # zones in general, the county speaking of its own park, or a bare zone word: no location from the opening
    for text in ("近年来，全市工业园区坚持集约发展，承载能力不断提升。星河新能源电池项目已投产，总投资30亿元。",
                 "近年来，各类开发区已成为我省经济发展的主阵地。星河新能源电池项目已竣工投产。",
                 "工业园区是经济发展的主战场。我县星河新能源电池项目已开工建设。",
                 "开发区2023年工作总结\n去年，星河新能源电池项目开工建设。",
                 "今年，我县现代农业产业园建设提速。星河新能源电池项目已开工，总投资1.5亿元。",
                 # an investor's home, a zone with the towns, a zone's party office
                 "苏州工业园区企业星河精密与我县签约。\n星河新能源电池项目总投资5亿元，计划年内开工。",
                 "县经开区和各乡镇（街道）全力推进项目建设。\n全县新开工星河新能源电池项目。",
                 "县经开区党工委开展主题党日活动。\n活动期间，党员们参观了星河新能源电池项目建设现场。",
                 # the county's batch after the opening
                 "2024年，县工业园区坚持“项目为王”。\n全年全县共实施重点项目60个，星河新能源电池项目竣工投产。",
                 "高新区招商引资成果丰硕\n今年1-2月，全县共签约项目15个，其中星河新能源电池项目总投资3亿元。"):
        location = _projects(text)["星河新能源电池项目"].location
        assert not location or ("园" not in location and "区" not in location), text
    # true positives next to them: the zone named (with the county's prefix, or in full in a title)
    text = "2023年以来，县经开区紧紧围绕主导产业招大引强。星河新能源电池项目签约落地，总投资30亿元。"
    assert _projects(text)["星河新能源电池项目"].location == "县经开区"
    text = "桐乡经济开发区（高桥街道）2024年工作总结\n2024年，开发区坚持项目为王。星河新能源电池项目开工建设，总投资12亿元。"
    assert _projects(text)["星河新能源电池项目"].location == "桐乡经济开发区"


def test_an_appositive_ji_only_is_stripped():
    # 即 that opens a name (即食, 即饮, 即发, 即热) is part of it, and the money before it stays the project's
    found = _projects("签约投资3亿元的即食海参精深加工项目，年产即食海参500吨。")
    assert found["即食海参精深加工项目"].investment_cny == 300000000
    assert "即饮茶饮料生产线项目" in _projects("远山食品公司投资2亿元建设即饮茶饮料生产线项目，已开工建设。")
    assert "即发集团智能纺织项目" in _projects("即发集团智能纺织项目开工，总投资10亿元。")
    assert _projects("投资1亿元的即热式饮水机生产项目已投产。")["即热式饮水机生产项目"].investment_cny == 100000000
    # true positive: 即 after a comma introduces the names
    assert {"星河电机项目", "远山五金项目"} <= set(_projects("全县今年实施两个重点项目，即星河电机项目和远山五金项目，总投资8亿元。"))


def test_sub_projects_only_of_one_works_and_no_bare_facility_classes():
    # a batch's members introduced with 子项目 are projects; a works' counted sub-projects are its parts
    assert "远山五金项目" in _projects("全市集中开工项目20个，其中包括子项目，即星河电机项目和远山五金项目。")
    text = "县城防洪提升工程总投资8亿元，分为3个子项目：瓯江堤防加固工程、城北排涝泵站工程和龙溪河道整治工程，目前已开工建设。"
    assert "城北排涝泵站工程" not in _projects(text)
    # 水库、学校、医院等…工程: kinds of facility, no works named; a short road's name still takes 工程
    assert not _projects("实施水库、山塘等除险加固工程，推进学校、医院等民生工程。")
    assert "经一路工程" in _projects("加快程庄路西延、经一路、西苑小区二期等工程建设。")


# --- second pass: a sector of the economy is a kind of projects, with or without 类, its figures joined by 、 ---

def test_a_sector_after_qizhong_is_a_kind_and_its_planned_money_composition():
    text = ("今年全县共计划实施项目120个、总投资200亿元、年度计划投资80亿元。其中产业项目共计60个、总投资100亿元、"
            "年度计划投资40亿元，占年度计划投资比重达50%。")
    assert _targets(text, dt.date(2021, 3, 1)) == {8000000000}
    text = ("今年全县共计划实施项目120个，总投资200亿元，年度计划投资80亿元。其中基础设施项目60个，总投资100亿元，"
            "年度计划投资40亿元。")
    assert _targets(text, dt.date(2021, 3, 1)) == {8000000000}


def test_kinds_joined_in_one_clause_or_a_stage_after_qizhong_keep_their_money_as_a_goal():
    # near-miss: two kinds in one clause, the money theirs together; and a part by its stage (a goal of its own)
    text = ("今年全县共计划实施项目120个，总投资200亿元，年度计划投资80亿元。其中工业项目30个、基础设施项目30个，"
            "总投资100亿元，年度计划投资40亿元。")
    assert 4000000000 in _targets(text, dt.date(2021, 3, 1))
    text = ("今年全县共计划实施项目120个，总投资200亿元，年度计划投资80亿元。其中新开工项目60个、总投资100亿元、"
            "年度计划投资40亿元。")
    assert 4000000000 in _targets(text, dt.date(2021, 3, 1))


def test_a_sector_opening_the_sentence_with_no_batch_before_it_is_a_batch_its_plan_a_goal():
    # near-miss: a sector's line under a plan heading, or after a sentence with no batch in it, states a batch of its
    # own: its year's planned money is a goal
    text = "2024年全市重点产业项目计划\n产业项目120个，总投资800亿元，年度计划投资300亿元。"
    assert 30000000000 in _targets(text, dt.date(2024, 3, 1))
    text = "今年，我县将大力实施项目攻坚行动。工业项目50个，年度计划投资60亿元，力争全年工业投资增长15%。"
    assert 6000000000 in _targets(text, dt.date(2024, 3, 1))
    # true positive: after the batch stated in the sentence before, the sector opening its sentence is a part of it
    text = ("今年全县共计划实施项目120个，总投资200亿元，年度计划投资80亿元。产业项目60个，总投资100亿元，"
            "年度计划投资40亿元。")
    assert _targets(text, dt.date(2021, 3, 1)) == {8000000000}
