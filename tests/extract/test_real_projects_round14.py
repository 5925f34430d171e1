"""Project classes of round 14 (fresh real texts annotated apart from the rules): names that stand for no works (a
place's projects or a batch's label, a project described by its size, the projects said before, a ceremony's bracketed
batch, a kind of project counted, 中心 inside a longer word, kinds of works as list items, a kind among kinds, what a
firm owns, the parts of a works counted), names the reader missed (a list closed by a count with the size of its items,
items ending in a works verb, a brand opened by a numeral), stages (a verb before 的 that says what the next name is,
works that 推进顺利, a paragraph about both batches of a 开竣工 event, a plan that goes on after the project's 将),
figures (yearly output in more wordings, capacity added, one figure said of each name of a list, the totals of a
sentence about one phase), and location (a notice's own town or zone, the zone that holds a batch's event, a headline
under a section label, a county and the zone in it, a word read as a county, the projects a sentence before named
together, a 片区 opening a name, a Zhejiang short form inside a word of another province's notice). One test per class,
positive and negative.

The sentences are written for these tests, in the shapes that ceremony news, progress reports, inspection stories and
town notices use; none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.projects.names import is_generic, names_in


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (a March-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


def _location(text, name):
    return _projects(text)[name].location


# ---- names that stand for no works


def test_a_place_and_its_projects_is_no_name():
    assert _names("“龙年”开年，青田县项目建设跑出加速度。") == []
    assert _names("这为青田项目招引开了好头。") == []
    assert _names("6月1日，某市举行2024滨江新城项目集中开工仪式。") == []
    assert _names("6月1日，某市举行2024丽阳新城项目集中开工仪式。") == []  # a year's label, whatever the place
    assert _names("2000吨特种纸项目今年投产。") == ["2000吨特种纸项目"]
    # a park or a brand that opens with a place, or a brand that is a place's word too, is a works
    assert _names("青田产业园项目今年开工。") == ["青田产业园项目"]
    assert _names("宁德时代项目今年开工。") == ["宁德时代项目"]
    assert _names("吉利汽车零部件项目今年开工。") == ["吉利汽车零部件项目"]


def test_a_project_described_by_its_size_is_no_name():
    text = "今年以来，全区新开工亿元项目9个，其中10亿元新能源电池项目落户高新区。"
    assert _projects(text) == {}
    text = "总投资10亿元的星河电子项目落户高新区，已开工建设。"
    assert set(_projects(text)) == {"星河电子项目"}


def test_the_projects_said_before_are_no_name():
    assert _projects("上述项目全部投产后可新增产值50亿元。以上项目均已签约。") == {}
    assert is_generic("前述项目")
    assert not is_generic("上塘物流园项目")


def test_a_ceremonys_bracketed_batch_is_no_name():
    assert _names("12月5日，某市举行第四季度项目集中开(竣)工仪式，30个集中开（竣）工项目总投资50亿元。") == []
    assert _names("星河开竣工机械项目今年投产。") == ["星河开竣工机械项目"]


def test_a_kind_counted_or_shared_is_no_name():
    assert _names("在开竣工项目中，技改提升项目数达15个，占该类型项目数的三分之一。") == []
    assert _names("城南物流园项目数月前已开工。") == ["城南物流园项目"]
    assert _names("星河项目数字化车间已投产。") == ["星河项目"]


def test_a_centre_inside_a_longer_word_is_no_building():
    assert _names("新大道串联起老城区、未来的城市中心区和湿地公园。") == []
    assert _names("将县城建成全市副中心城市。") == []
    assert _names("城南文化中心建成投用。") == ["城南文化中心"]
    assert _names("城南文化中心区域道路已建成。") == ["城南文化中心"]


def test_kinds_of_works_as_list_items_are_no_names():
    text = "本次集中开工的项目总投资20亿元，涵盖道路、绿化等市政配套项目，也有新材料等产业项目。"
    assert _projects(text) == {}
    assert _names("城南道路、城北绿化等项目开工。") == ["城南道路", "城北绿化"]


def test_a_kind_listed_among_kinds_is_no_name():
    assert _names("推进省市重点项目、市县长项目、重点承诺项目等早日投产。") == []
    assert _names("推进重点项目、星河电子项目开工。") == ["星河电子项目"]
    assert _names("城南物流园项目、东湖大桥项目开工。") == ["城南物流园项目", "东湖大桥项目"]


def test_the_verbs_before_names_and_what_land_is_used_for():
    text = "其中，不乏远山纺织智能化改造项目、华宇印染提升项目等一批技改项目。"
    assert _names(text) == ["远山纺织智能化改造项目", "华宇印染提升项目"]
    text = "东湖智能家电产业园项目计划用地约300亩，主要用于家电产业链上下游优势项目的集聚。"
    assert _names(text) == ["东湖智能家电产业园项目"]
    assert is_generic("特色优势项目") and is_generic("上下游项目")


def test_what_a_firm_owns_and_the_parts_counted_are_no_works():
    assert _names("项目建成后公司将拥有完整的全系列输送带生产线。") == []
    assert _names("目前已有6条生产线投产，另2条生产线正在安装。") == []
    assert _names("公司今年新建星河输送带生产线，总投资2亿元。") != []


def test_people_and_their_wishes_are_no_name():
    assert _names("代表们希望项目早日在高新区落地见效。") == []
    assert _names("代表们察看了星河电子产业园项目。") == ["星河电子产业园项目"]


# ---- names the reader missed


def test_a_list_closed_by_a_count_with_the_size_of_its_items():
    text = "5月6日，城东镇举行远达电机、华科新材料、恒信智能装备三个亿元项目集中开工仪式。"
    found = _projects(text)
    assert set(found) == {"远达电机", "华科新材料", "恒信智能装备"}
    assert all(p.stage == "started" for p in found.values())
    # fields of industry are no works, whatever the count says of them
    assert _names("会议指出，要大力发展生物医药、新材料两个产业项目。") == []
    assert _names("今年签约新一代信息技术、节能环保两个项目。") == []
    assert _names("今年签约电子信息、高端装备两个10亿元项目。") == []


def test_an_item_ending_in_a_works_verb_names_a_works():
    text = "全镇35个重点项目完成年度投资的40%，其中星海精密铸件扩建、恒信环保设备新建等12个项目推进较为顺利。"
    found = _projects(text)
    assert set(found) == {"星海精密铸件扩建", "恒信环保设备新建"}
    assert _names("新建、续建等项目加快推进。") == []


def test_a_brand_that_opens_with_a_numeral_is_a_name():
    assert not is_generic("万东智能制造产业园") and not is_generic("九阳小家电产业园")
    assert is_generic("十大项目") and is_generic("千亿项目") and is_generic("三个项目")
    assert _projects("千村示范万村整治工程等3个项目持续推进。") == {}


# ---- stages


def test_a_verb_before_de_says_what_the_next_name_is():
    text = "全区重点项目包括恒达机械项目、华宇光电项目、刚刚投产的海港冷链物流园项目等。"
    found = _projects(text)
    assert found["海港冷链物流园项目"].stage == "in_production"
    assert found["恒达机械项目"].stage is None and found["华宇光电项目"].stage is None
    # the names joined to the first after the verb are what it says too
    found = _projects("新开工的星河电子项目、远山纺织项目和华宇光电项目总投资30亿元。")
    assert {p.stage for p in found.values()} == {"started"}
    # a verb of the name before, followed by 的 and a noun that is no name, stays with it
    text = "东湖食品产业园项目投产的同时，西山冷链物流中心项目也完成了主体施工。"
    assert _projects(text)["东湖食品产业园项目"].stage == "in_production"


def test_works_that_go_on_well_are_under_way():
    text = "全镇35个重点项目完成年度投资的40%，其中星海精密铸件、恒信环保设备等12个项目推进较为顺利。"
    assert {p.stage for p in _projects(text).values()} == {None}  # (round 21: 推进 / 进展顺利 is no stage, docs/contract-conventions.md)
    cases = [("远山医药项目进展顺利，预计年底竣工。", None),
             # the preparation going well: the works have not begun (前期 is read as their plan)
             ("全县重点项目中，远山医药项目前期工作进展顺利。", "planned")]
    assert [_projects(text)["远山医药项目"].stage for text, _ in cases] == [stage for _, stage in cases]
    assert _projects("全县重点项目中，远山医药项目前期工作推进顺利。") == {}


def test_a_paragraph_about_both_batches_says_no_stage():
    text = ("3月1日，城南开发区举行2024年重点项目集中开竣工仪式。此次开工的20个项目中，星河电子项目总投资6亿元。"
            "在开竣工项目中，技改项目数达15个。其中，不乏远山纺织智能化改造项目、华宇印染提升项目等一批技改项目。")
    found = _projects(text)
    assert found["星河电子项目"].stage == "started"
    assert found["远山纺织智能化改造项目"].stage is None
    # without that paragraph's words, the items go on under the started batch
    text = ("3月1日，城南开发区举行2024年重点项目集中开竣工仪式。此次开工的20个项目中，星河电子项目总投资6亿元，"
            "远山纺织智能化改造项目总投资2亿元。")
    assert _projects(text)["远山纺织智能化改造项目"].stage == "started"


def test_a_plan_goes_on_after_the_projects_own_jiang():
    assert _projects("星河药业研发总部项目将开拓新药板块，建成智能化生产车间。")["星河药业研发总部项目"].stage is None
    # a clause that says what is done already, or under way now, is no plan
    found = _projects("星河药业研发总部项目将于明年建成，目前已完成主体施工。")
    assert found["星河药业研发总部项目"].stage == "started"
    found = _projects("星河电子项目将带动就业500人，目前正在进行厂房施工。")
    assert found["星河电子项目"].stage == "started"


# ---- figures


def test_yearly_output_in_more_wordings():
    def output(text):
        return [p.annual_output_cny for p in _projects(text).values()]

    assert output("星河新材料项目建成后3年内产值可达50亿元。") == [5_000_000_000]
    assert output("远山电机项目将实现30亿元年产值和10亿元年进出口额。") == [3_000_000_000]
    assert output("远山电机项目预计年开票销售将不低于2亿元。") == [200_000_000]
    assert output("远山电机项目全部投产后预计可实现年主营业务收入12亿元。") == [1_200_000_000]
    assert output("远山电机项目全部投产后预计新增营收20亿元。") == [2_000_000_000]
    assert output("远山电机项目达产后可实现年均销售收入6亿元。") == [600_000_000]
    # a period's output and a yearly figure of another kind are none
    assert output("星河新材料项目1-8月实现产值5亿元。") == []
    assert output("远山电机项目将实现10亿元年进出口额。") == []
    found = _projects("远山电机项目总投资5亿元年产值10亿元。")["远山电机项目"]
    assert (found.investment_cny, found.annual_output_cny) == (500_000_000, 1_000_000_000)


def test_the_capacity_a_works_adds():
    found = _projects("远山电机项目全部投产后预计新增电机产能超500万台，总产能将近1000万台。")
    assert found["远山电机项目"].capacity == "新增电机产能超500万台"
    assert _projects("远山电机项目建成后总产能将近1000万台。") == {}


def test_a_figure_said_of_each_name_of_a_list():
    text = ("其中，市重点项目远山年产2000万套汽车电子项目、万华智能装备产业园、星河年产300万台电机生产线项目等"
            "均投资5亿元以上。")
    assert {p.investment_cny for p in _projects(text).values()} == {500_000_000}
    # the total of the list is no name's
    text = "其中，远山年产2000万套汽车电子项目、星河年产300万台电机生产线项目等总投资12亿元。"
    assert _projects(text)["远山年产2000万套汽车电子项目"].investment_cny is None


def test_the_totals_of_a_sentence_about_one_phase_are_the_phases():
    text = ("远山电机项目总投资10亿元，一期投资6亿元，用地约120亩。该项目一期已于3月开工。"
            "三期工程已于日前奠基，占地200亩，总投资8亿元。")
    found = _projects(text)["远山电机项目"]
    assert found.investment_cny == 1_000_000_000
    assert {(p.name, p.investment_cny) for p in found.phases} == {("一期", 600_000_000), ("三期", 800_000_000)}
    text = "星海精工项目于日前开工。一期用地20亩，二期用地60亩，总投资约5亿元。"
    assert _projects(text)["星海精工项目"].investment_cny == 500_000_000


# ---- location


def test_a_notice_about_one_town():
    cases = [
        ("河塘镇三季度经济运行平稳\n今年以来，河塘镇紧盯项目建设，该镇新签约亿元以上项目5个。"
         "远山光电产业园项目总投资12亿元，已于2月开工。全镇实现工业产值30亿元。", "河塘镇"),
        # two towns, or a town named once, is no notice's own town
        ("今年以来，河塘镇、白沙镇紧盯项目建设。远山光电产业园项目总投资12亿元，已于2月开工。全镇实现工业产值30亿元。", None),
        ("今年以来，河塘镇紧盯项目建设，该镇新签约亿元以上项目5个。远山光电产业园项目总投资12亿元，已于2月开工。", None),
        # words that end in 镇 or 乡 are no towns (产业强镇, 乡村)
        ("今年以来，我镇走好产业强镇之路，推动乡村振兴，远山光电产业园项目已于2月开工，产业强镇建设加快。", None),
        # a county's notice that tells of one of its towns: the county speaks more often than the town
        ("全县项目建设提速。河塘镇紧盯项目建设，远山光电产业园项目已于2月开工。该镇产业强镇建设加快，"
         "河塘镇工业产值增长12%，全县投资增长15%，全县项目开工率达90%。", None),
    ]
    assert [_location(text, "远山光电产业园项目") for text, _ in cases] == [town for _, town in cases]


def test_the_zone_that_holds_a_batch_event():
    cases = [
        ("4月2日，浙江省丽阳经开区举行2024年一季度重点项目集中开工活动。其中，星海精工项目总投资15亿元。", "丽阳经开区"),
        ("6月1日，某市举行2024滨江新城项目集中开工仪式。星海精工项目总投资8亿元。", "滨江新城"),
        # (a label names a real place: 丽阳新城 is none)
        ("6月1日，某市举行2024丽阳新城项目集中开工仪式。星海精工项目总投资8亿元。", None),
        # a zone that is only the venue, or an event of no batch, holds none
        ("4月2日，丽阳在经济开发区举行重点项目集中开工活动。其中，星海精工项目总投资15亿元。", None),
        ("4月2日，丽阳经开区举行招商推介会。星海精工项目总投资15亿元，已签约。", None),
    ]
    assert [_location(text, "星海精工项目") for text, _ in cases] == [zone for _, zone in cases]


def test_a_headline_under_a_section_label():
    text = "新闻\n丽阳经济开发区1-6月完成重点项目投资12亿元\n其中星海精工扩建、远山电机新建等15个项目推进较为顺利。"
    assert {p.location for p in _projects(text).values()} == {"丽阳经济开发区"}
    text = "新闻\n全市1-6月完成重点项目投资12亿元\n其中星海精工扩建、远山电机新建等15个项目推进较为顺利。"
    assert {p.location for p in _projects(text).values()} == {None}


def test_a_notice_about_one_zone():
    text = ("高新区一季度重点项目推进情况通报\n代表们视察了高新区重点项目推进情况。据了解，浙江省高新区全年实施重点项目30个。"
            "截至一季度，星海精工、远山电机等12个项目开工。代表们希望项目早日在高新区落地见效。")
    assert {p.location for p in _projects(text).values()} == {"浙江省高新区"}
    # two kinds of zone: the notice is about neither
    text = ("代表们视察了高新区、经开区重点项目推进情况。截至一季度，星海精工、远山电机等12个项目开工。"
            "代表们希望项目早日在高新区落地见效。高新区负责人介绍了情况。")
    assert {p.location for p in _projects(text).values()} == {None}


def test_a_county_and_the_zone_in_it():
    text = "星海精工科技园项目位于丽水市莲都区南明山街道，总投资8亿元。"
    assert _location(text, "星海精工科技园项目") == "莲都区南明山街道"
    text = "星海精工科技园项目位于永康市星海经济开发区东区，总投资8亿元。"
    assert _location(text, "星海精工科技园项目") == "永康市星海经济开发区"
    text = "星海精工科技园项目位于杭州市钱塘区，总投资8亿元。"
    assert _location(text, "星海精工科技园项目") == "钱塘区"


def test_a_verb_before_county_leaders_is_no_county():
    text = ("会议要求，落实县领导包联制度。我县今年新开工星海精工科技园项目、远山电机产业园项目等重点项目，"
            "新昌智造高地建设提速，我县项目投资增长20%。")
    assert {p.location for p in _projects(text).values()} == {"新昌县"}
    # a county the gazetteer knows, before its leaders, is named all the same
    text = "会议要求，新昌县领导带头包联重点项目。星海精工科技园项目今年开工建设。"
    assert {p.location for p in _projects(text).values()} == {"新昌县"}


def test_the_projects_a_sentence_before_named_together():
    text = ("5月6日，城东镇举行远达电机、华科新材料、恒信智能装备三个亿元项目集中开工仪式。"
            "这三个项目落户星桥工业园区，总投资4.2亿元。")
    found = _projects(text)
    assert {p.location for p in found.values()} == {"星桥工业园区"}
    assert {p.investment_cny for p in found.values()} == {None}  # the money said together is none of theirs
    text = ("5月6日，城东镇举行远达电机、华科新材料、恒信智能装备三个亿元项目集中开工仪式。"
            "该镇负责人表示，项目总投资4.2亿元，落户星桥工业园区的企业已有20家。")
    assert {p.location for p in _projects(text).values()} == {None}


def test_a_pianqu_opening_a_name_is_no_zone():
    assert _location("城南片区棚户区改造项目已开工，总投资12亿元。", "城南片区棚户区改造项目") is None
    text = "荔湾区城南片区安置房建设项目已开工，总投资12亿元。"
    assert _location(text, "荔湾区城南片区安置房建设项目") == "荔湾区城南片区"


def test_a_zhejiang_short_form_inside_a_word_of_another_provinces_notice():
    text = "上海市政府发布消息，上海市污水治理白龙港片区南线工程已竣工。"
    assert _location(text, "上海市污水治理白龙港片区南线工程") is None
    # in a notice of Zhejiang the short form is read where it stands
    text = "温州市龙港新城污水处理厂扩建工程已竣工。"
    assert _location(text, "温州市龙港新城污水处理厂扩建工程") == "龙港"
