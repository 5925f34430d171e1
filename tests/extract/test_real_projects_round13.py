"""Project classes of round 13 (fresh real texts annotated apart from the rules): names that stand for no works (a
contest's events and an acceptance's grades, a campaign's label, the projects of an intent signing, the class a project
is one of, equipment put into a works, the fields or industries a batch covers), names the reader missed (items sharing
a list's 项目, a list closed by its count, buildings of a stated floor area, a works a firm signs for, a road's
section, a line cut by a page's line break), stages and figures in words the reader did not know (通过验收, 进入设计
阶段, 始建于, 耗资, 年销售总额, 新购土地, 年产量达…), figures that belong to a phase or to the noun after them, and
sentences that go on about the project of their paragraph. One test per class, positive and negative.

The sentences are written for these tests, in the shapes that ceremony news, inspection stories, work reports and
reprints use; none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.companies import find_companies
from warehouse.extract.projects.names import names_in


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (a March-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


# ---- names that stand for no works


def test_the_entries_under_a_grade_heading_are_not_works():
    contest = "全市第二届职业技能竞赛昨日闭幕。\n金牌\n焊工项目  李明  东湖重工有限公司\n车工项目  王芳  西山机床有限公司"
    assert _projects(contest) == {}
    acceptance = ("市农业农村局对示范园进行了验收，结果如下。 一、优秀示范园 东湖农业有限公司建设的金银花种植示范园 "
                  "二、合格示范园 西山药业有限公司建设的白芍种植示范园 现予以公示。")
    assert _projects(acceptance) == {}
    # a numbered heading that is not a grade, and works with their money under a grade heading, stay
    text = "一、重点项目\n城南物流园项目总投资5亿元，3月开工。"
    assert "城南物流园项目" in _projects(text)
    graded = "一、优秀项目\n城北食品产业园项目总投资3亿元，已开工建设。"
    assert "城北食品产业园项目" in _projects(graded)


def test_a_medal_won_in_an_event_names_no_project():
    assert _names("两名选手分别获得数控车床项目金牌和网络布线项目银牌。") == []
    assert _names("星河数控机床项目今年投产。") == ["星河数控机床项目"]


def test_a_campaigns_label_is_not_a_project():
    text = ("县长赴乡镇开展“比拼争先”项目调研。调研中，县长察看了东湖镇滨江绿道项目，了解这些比拼争先重点项目建设情况，"
            "要求加快推进比拼争先项目建设，确保按时完工。")
    found = _projects(text)
    assert "比拼争先项目" not in found and "东湖镇滨江绿道项目" in found
    # a works named once as a key project keeps its name when it has a stage of its own
    text = "东湖大桥项目今年3月开工建设。全县东湖大桥重点项目指挥部召开会议。"
    assert "东湖大桥项目" in _projects(text)


def test_the_projects_of_an_intent_signing_are_leads():
    text = "开发区意向签约项目5个，意向签约额50亿元。其中，星河新材料项目、远山食品项目计划参加集中签约活动。"
    assert _projects(text) == {}
    # a real signing beside the intent one, or works under way, are projects
    mixed = "开发区签约项目5个，意向签约项目3个。其中，星河新材料项目总投资10亿元，远山食品项目总投资5亿元。"
    assert {"星河新材料项目", "远山食品项目"} <= set(_projects(mixed))
    begun = "开发区意向签约项目5个。星河新材料项目已开工建设。"
    assert _projects(begun)["星河新材料项目"].stage == "started"
    # an investment intent of firms (投资意向) says nothing of the projects named
    text = "星河新材料项目已签约落地，另有投资意向企业3家正在洽谈。"
    assert _projects(text)["星河新材料项目"].stage == "signed"


def test_a_grade_or_an_attention_verb_before_the_suffix_is_no_name():
    assert _names("一、优秀示范园") == [] and _names("二、合格示范园") == []
    assert _names("要像重视项目招引一样重视项目开工、竣工。") == []
    assert _names("城东金银花示范园今年建成。") == ["城东金银花示范园"]


def test_the_class_a_project_is_one_of_is_not_a_project():
    text = "列为全省标志性外资项目之一的星河医药总部项目，总投资10亿元。"
    assert set(_projects(text)) == {"星河医药总部项目"}
    assert _names("作为全市集中开工重大项目之一东湖地铁3号线节点工程开工。") == ["东湖地铁3号线节点工程"]


def test_an_honour_a_zone_received_in_quotes_is_not_a_works():
    text = "目前，园区已成功获批为“广东省智能制造示范基地”。"
    assert _projects(text) == {}
    text = "目前，园区已成功获批为全省智能制造示范基地。其中，星河智能制造基地项目已开工。"
    assert set(_projects(text)) == {"星河智能制造基地项目"}


def test_a_group_described_by_a_quoted_quality_is_a_kind():
    assert _names("目前，星河光电、远山汽车等一批“高、精、尖”智能装备项目已达成落户意向。") == []
    assert _names("一批“专精特新”产业项目加快推进。") == []
    assert _names("星河智能装备项目已开工。") == ["星河智能装备项目"]


def test_equipment_installed_in_a_works_is_not_a_works():
    text = "该项目首期投资5亿元，厂房正在安装生产线。"
    assert _names(text) == []
    assert _names("星河公司年产10万台智能装备生产线项目开工。") == ["星河公司年产10万台智能装备生产线项目"]


def test_the_fields_a_batch_covers_are_not_projects():
    # the objects of 涉及 in a clause on the batch (…等的16个项目)
    assert _names("迅速启动涉及粮食、高山蔬菜、茶叶等的16个农林项目。") == []
    # the kind word of the last item is every bare item's head
    assert _names("在签约项目中，新材料、新能源、环保再生产业等项目13个，总投资366亿元。") == []
    assert _names("电子信息、装备制造产业等项目7个。") == []
    # named works in such a list stay
    assert _names("星河光电产业园、远山新能源基地等项目13个，总投资366亿元。") == ["星河光电产业园", "远山新能源基地"]


# ---- names the reader missed


def test_items_before_a_named_project_share_its_suffix():
    text = "县长先后到星河物流、县城主次干道管网、富民新城人防项目现场，详细了解项目建设进度。"
    found = _projects(text)
    assert {"星河物流", "县城主次干道管网", "富民新城人防项目"} <= set(found)
    assert found["星河物流"].stage == "started"
    text = "目前，烈士陵园一期、红色教育基地一期项目顺利通过验收。"
    found = _projects(text)
    assert found["烈士陵园一期"].stage == "completed" and found["红色教育基地一期项目"].stage == "completed"
    # places, firms and offices before the name, or a medal after it, are not works
    assert "东湖镇" not in _names("县长先后到东湖镇、西山乡项目现场调研。")
    assert "星河公司" not in _names("县长先后到星河公司、远山集团项目现场调研。")
    assert _names("两名选手分别获得光电技术、装配钳工、养老护理项目金牌。") == []
    assert _names("会议听取了交通、水利、能源项目汇报。") == []


def test_all_of_a_list_reached_the_stage_said_with_jun():
    text = "岩门精品民宿、大坪头露营基地均已开工建设。"
    found = _projects(text)
    assert found["岩门精品民宿"].stage == "started" and found["大坪头露营基地"].stage == "started"
    assert "县文旅局" not in _projects("县文旅局、大坪头露营基地均已开工建设。")


def test_a_list_closed_by_its_count_names_its_members():
    text = "此外，香山医疗健康产业、领美江畔豪苑二期、富山御景房地产、深湾农业生态园四个项目投资均超过1亿元。"
    assert _names(text) == ["香山医疗健康产业", "领美江畔豪苑二期", "富山御景房地产", "深湾农业生态园"]
    # a count that is not the list's, fields or places: no members
    assert _names("重点推进东湖大桥、西山隧道三个项目。") == ["东湖大桥", "西山隧道"]  # (its own names, not as members)
    assert _names("今年新开工生物医药、新材料、高端装备三个项目。") == []
    assert _names("东湖县、西山区、南川县三个项目集中开工。") == []


def test_buildings_of_a_stated_floor_area_are_works():
    text = "推动星河二期、远山研究院三期等近20万平方米科创载体建设投用。"
    assert _names(text) == ["星河二期", "远山研究院三期"]
    assert _names("加快建设孵化器、众创空间等创新载体。") == []


def test_two_works_joined_by_and_inside_a_list_item():
    text = "东湖农贸市场、西村绿道和黄花菜博物馆、岩坑牌坊等项目目前均已进入设计阶段。"
    found = _projects(text)
    assert {"西村绿道", "黄花菜博物馆"} <= set(found)
    assert all(p.stage == "planned" for p in found.values())
    # a second part that names no works of its own stays with the first
    assert _names("星河农贸市场和配套设施、西山公园等项目已开工。") == ["星河农贸市场和配套设施", "西山公园"]


def test_a_works_a_named_firm_signs_for_is_one_project():
    text = "中车城市交通有限公司和永修县政府签约智能交通产业园项目。"
    assert "智能交通产业园项目" in _projects(text)
    assert _names("星河有限公司与东湖县政府签约重大项目。") == []


def test_a_roads_section_is_named_with_the_road():
    assert _names("开工建设的环线高速公路德阳至简阳段规划投资136.2亿元。") == ["环线高速公路德阳至简阳段"]
    assert _names("杭温铁路一期今年建成。") == ["杭温铁路一期"]


def test_a_sentence_cut_by_a_line_break_is_read_as_one():
    text = ("德阳：57个项目集中开工。其中，开工建设的环线高速公路德阳至简\n阳段规划投资136.2亿元，预计2018年12月建成。\n"
            "广元：78个项目集中开工。开工的日航高新产业园项目，以机械、新型材料\n制造为主，总投资40亿元。")
    found = _projects(text, dt.date(2015, 12, 26))
    assert found["环线高速公路德阳至简阳段"].investment_cny == 13620000000
    assert found["日航高新产业园项目"].investment_cny == 4000000000
    p = found["日航高新产业园项目"]
    assert text[p.span[0]: p.span[1]] == p.evidence  # the evidence is the text as written, break and all
    text = "自贡：37个项目集中开工，包括星河通用机械生产线、\n贡井区金鱼河人工湿地等项目。"
    assert "贡井区金鱼河人工湿地" in _projects(text, dt.date(2015, 12, 26))
    # a heading, or a new indented paragraph, is not the sentence before it going on
    text = "城北片区重点项目\n星河物流园项目总投资5亿元，今年开工。"
    assert "星河物流园项目" in _projects(text)
    text = "今年开工项目总投资50亿元。其余为续建项目\n  星河物流园项目总投资5亿元，已开工。"
    assert _projects(text)["星河物流园项目"].investment_cny == 500000000


def test_the_rest_of_a_batch_has_its_own_money():
    text = "其中，东湖铁路、西山铁路为省上开工项目，其余65个东湖市本级开工项目总投资420.6亿元。"
    found = _projects(text)
    assert all(p.investment_cny is None for p in found.values())
    text = "东湖物流园项目总投资5亿元，其中财政资金1亿元，其余由企业自筹，占地50亩。"
    assert _projects(text)["东湖物流园项目"].land_mu == 50


# ---- stages, figures and the sentences that go on about a project


def test_stage_words_round_13():
    found = _projects("目前，东湖农贸市场项目通过竣工验收。")
    assert found["东湖农贸市场项目"].stage == "completed"
    found = _projects("东湖农贸市场、西湖公园等项目目前均已进入设计阶段。")
    assert found["东湖农贸市场"].stage == "planned"
    found = _projects("星河新能源项目正在紧锣密鼓推进。")
    assert found["星河新能源项目"].stage == "started"
    # 紧锣密鼓 on the preparation, a works' history or a check on acceptance is no stage reached
    preparing = _projects("星河新能源项目正紧锣密鼓推进前期工作。").get("星河新能源项目")
    assert preparing is None or preparing.stage != "started"
    text = "城东中学新校区项目今年开工。城东中学始建于1950年。"
    assert "城东中学" not in _projects(text)
    text = "星河物流园项目总投资5亿元，确保年底通过验收。"
    assert _projects(text)["星河物流园项目"].stage != "completed"


def test_a_works_named_again_by_its_facility_goes_on():
    text = ("城西安置小区建设工程项目为旧城改造重点区块。本小区位于县城西，东邻西大桥。"
            "小区始建于2020年5月8日，预计2022年5月底建设完成。")
    found = _projects(text, dt.date(2022, 3, 24))
    p = found["城西安置小区建设工程项目"]
    assert p.stage == "started" and p.dates.get("completed") == "2022-05"
    # a project whose name ends with no such facility is not what 小区… talks about
    text = "星河物流园项目今年开工。小区始建于2021年3月。"
    assert _projects(text)["星河物流园项目"].stage == "started"
    assert "completed" not in _projects(text)["星河物流园项目"].dates


def test_a_subjectless_sentence_on_figures_goes_on_about_the_project():
    text = "星河医药产业园项目\n该项目选址位于东湖街道。计划总投资9.7亿元，总占地120亩。"
    p = _projects(text)["星河医药产业园项目"]
    assert p.investment_cny == 970000000
    text = ("可口可乐四期厂房扩建项目，投资5630万元，新购土地50.59亩，总建筑面积2万平方米。"
            "目前厂房基础施工已完成，正在进行厂房回填。")
    p = _projects(text)["可口可乐四期厂房扩建项目"]
    assert p.land_mu == 50.59 and p.stage == "started"
    # a figure that bounds a class of projects is not the project's
    text = ("今次新开工项目263个。其中50亿元以上项目11个，主要包括星河产业园二期、远山大学医学院等。"
            "总投资10亿元以内的项目则有218个，主要包括东湖小学扩建工程等。")
    assert _projects(text)["远山大学医学院"].investment_cny is None


def test_numbers_in_words_round_13():
    p = _projects("开工的星河文旅小镇项目占地约366亩，耗资近20亿元。")["星河文旅小镇项目"]
    assert p.investment_cny == 2000000000
    p = _projects("星河纺织产业园项目总投资50亿元，建成达产后，预计可实现年销售总额30亿元。")["星河纺织产业园项目"]
    assert p.annual_output_cny == 3000000000
    p = _projects("计划投资1.2亿元的星河技改项目，建设年产量达17万吨光伏玻璃盖板生产线。")["星河技改项目"]
    assert p.capacity == "年产量达17万吨光伏玻璃盖板"
    p = _projects("东湖机场航站区改扩建工程预计投资近3亿元，设计年吞吐旅客100万人次。")["东湖机场航站区改扩建工程"]
    assert p.capacity == "年吞吐旅客100万人次"
    # a growth of the yearly output is no capacity
    p = _projects("星河技改项目总投资1亿元，年产量同比增长20%。")["星河技改项目"]
    assert p.capacity is None


def test_a_phases_share_in_brackets_leaves_the_whole_its_figure():
    text = "星河汽车项目正式签约。据介绍，该项目首期投资额20亿元，计划占地1000亩（首期500亩）。"
    p = _projects(text)["星河汽车项目"]
    assert p.land_mu == 1000
    text = "星河汽车项目正式签约。据介绍，该项目首期投资额20亿元，占地500亩。"
    assert _projects(text)["星河汽车项目"].land_mu is None  # (the phase's, as before)


def test_a_figure_before_de_describes_the_noun_after_it():
    text = "其中，芙蓉大桥已建成通车，投资1.5亿元、双向八车道的园区主干道路已启动建设。"
    assert _projects(text)["芙蓉大桥"].investment_cny is None
    # the project itself described by its figure, or built on the land stated, keeps it
    text = "星河花卉基地项目开工，将在东湖镇建设占地面积772亩的智能花卉种植基地。"
    assert _projects(text)["星河花卉基地项目"].land_mu == 772
    text = "在贵阳，星河航天产业集群项目的建设工地上一片繁忙。这个计划投资44亿元的项目，建成后可年产1.2亿只元器件。"
    assert _projects(text)["星河航天产业集群项目"].investment_cny == 4400000000


def test_a_ceremony_found_after_page_furniture_and_glosses():
    text = ("财经 finance\n新闻\n星河汽车销量夺冠，领跑新势力...\n湖北四季度重大项目集中开工\n"
            "发布时间:2021/11/08 浏览:51\n11月5日上午，湖北省举行全省重大项目集中开工活动，新开工重大项目805个。\n"
            "星河机器人总部项目二期\n项目占地180亩。")
    p = _projects(text, dt.date(2021, 11, 8))["星河机器人总部项目"]
    assert p.stage == "started" and p.dates.get("started") == "2021-11-05"
    glossed = "9月10日，集中開(kāi)工項(xiàng)目34個(gè)。其中，星河光電基地項(xiàng)目總投資20億元。"
    p = _projects(glossed, dt.date(2017, 9, 11))["星河光電基地項目"]
    assert p.stage == "started" and p.dates.get("started") == "2017-09-10"


def test_a_firm_after_what_a_works_is_done_to():
    found = [name for _, name in find_companies("技改项目将对台玻（福建）光伏玻璃有限公司的二期工厂进行改造。")]
    assert found == ["台玻（福建）光伏玻璃有限公司"]
    assert [name for _, name in find_companies("中国对外贸易有限公司")] == ["中国对外贸易有限公司"]


def test_name_trimming_round_13():
    assert _names("随着一级公路明年开工，加上港珠澳大桥明年底通车，本镇将成为桥头堡。") == ["港珠澳大桥"]
    assert _names("实地察看了星河画廊项目、南田镇文化园主题场馆。") == ["星河画廊项目", "南田镇文化园主题场馆"]
