"""One test per error class found on real text (issue: extraction that holds on real notices).

The sentences are written for these tests, in the shapes the real notices use; the real texts themselves are
scored by `govwatch evaluate --gold tests/gold/real/…`."""
import datetime as dt

from warehouse.extract import extract_document

SPRING = dt.date(2024, 2, 20)


def _targets(text, published=SPRING):
    return {(t.indicator, t.value, t.unit, t.qualifier, t.commitment) for t in
            extract_document(text, published=published).targets}


def test_traditional_reprint_is_read_and_reported_in_its_own_characters():
    text = "今年全區經濟社會發展的主要預期目標是：地區生產總值增長6%左右，糧食總產量穩定在12萬噸以上。"
    found = extract_document(text, published=SPRING)
    got = {(t.indicator, t.value, t.unit, t.commitment) for t in found.targets}
    assert ("地區生產總值", 6, "%", "expected") in got and ("糧食總產量", 12, "萬噸", "expected") in got
    for t in found.targets:
        assert text[t.span[0]:t.span[1]] == t.evidence and "區" in t.evidence


def test_targets_stated_as_a_relation_have_no_number():
    text = ("今年主要预期目标是：生产总值增长6%左右，固定资产投资与上年持平，城乡居民收入增长与经济增长基本同步﹔"
            "城镇登记失业率、居民消费价格涨幅控制在省定目标以内﹔全面完成省下达的各项目标任务。")
    got = _targets(text)
    assert ("生产总值", 6, "%", "around", "expected") in got
    assert ("固定资产投资", 0, "%", "point", "expected") in got
    assert ("城乡居民收入", None, None, "point", "expected") in got
    assert ("城镇登记失业率", None, None, "at_most", "expected") in got
    assert ("居民消费价格涨幅", None, None, "at_most", "expected") in got
    assert not any("各项" in t[0] for t in got)  # 完成…各项目标任务 names nothing measured


def test_results_measured_against_their_goal_are_not_targets():
    assert _targets("2023年地区生产总值达到5200亿元、增长6.2%，符合预期目标。") == set()
    assert _targets("预计全年地区生产总值达到6900亿元左右。", dt.date(2020, 12, 20)) == set()
    assert _targets("预计全年地区生产总值增长6%左右。", dt.date(2024, 1, 25))  # early in the year: a goal


def test_a_batch_year_plan_and_a_requirement_are_targets():
    got = _targets("此次集中开工项目30个，总投资205亿元，2024年计划投资23.7亿元。")
    assert any(t[0].endswith("投资") and t[1:] == (2370000000, "元", "point", "unspecified") for t in got)
    got = _targets("市里要求各县（市、区）每年申报项目2个以上，当年开工率50%以上。")
    assert {(t[1], t[4]) for t in got} >= {(2, "hard"), (50, "hard")}


def test_an_award_table_pasted_as_text_is_read_row_by_row():
    text = ("2023年获省部级以上奖励单位名单\n获奖单位 荣誉名称 授奖单位\n"
            "莲都区 全国农业产业强镇 农业农村部\n丽水经开区 省级高新技术产业园区 浙江省人民政府\n"
            "市档案馆 全国档案工作先进集体 人力资源社会保障部、国家档案局\n")
    got = {(a.award, a.recipient, a.level) for a in extract_document(text, published=SPRING).awards}
    assert ("全国农业产业强镇", "莲都区", "national") in got
    assert ("省级高新技术产业园区", "丽水经开区", "provincial") in got
    assert ("全国档案工作先进集体", "市档案馆", "national") in got


def test_a_city_title_with_no_one_named_goes_to_the_city_the_notice_is_about():
    text = "衢州市政府工作报告指出，衢州市经济稳中有进。过去五年，先后荣获国家森林城市、全国文明城市称号。"
    got = {(a.award, a.recipient) for a in extract_document(text, published=SPRING).awards}
    assert ("国家森林城市", "衢州市") in got and ("全国文明城市", "衢州市") in got


def test_people_meetings_and_sectors_are_not_projects():
    for text in ("市委书记张三出席活动并宣布项目开工。", "加快推进交通、水利、能源等基础设施项目建设。",
                 "今年以来，我市在谈项目36个，意向项目20个。", "项目——杭州缙云大厦开工。"):
        assert [p.name for p in extract_document(text, published=SPRING).projects] == [] or \
            all("——" not in p.name and "宣布" not in p.name for p in extract_document(text, published=SPRING).projects), text


def test_an_undated_batch_ceremony_gives_its_stage_to_the_projects_it_lists():
    text = ("日前，青田县在油竹新区举行重点项目开工仪式。集中开工的项目有3个，分别是计划总投资7亿元的"
            "青田不锈钢精密铸件项目，投资2亿元的温溪智能阀门生产项目，投资1亿元的腊口光伏电站项目。")
    stages = {p.name: p.stage for p in extract_document(text, published=SPRING).projects}
    assert stages.get("青田不锈钢精密铸件项目") == "started" and stages.get("温溪智能阀门生产项目") == "started"
    assert "油竹新区" not in " ".join(stages)


def test_honours_of_other_shapes():
    def got(text):
        return {(a.award, a.grade, a.recipient) for a in extract_document(text, published=SPRING).awards}

    assert ("浙江省“大禹鼎”", "银鼎", "遂昌县") in got("遂昌县获得2022年度浙江省“大禹鼎”银鼎。")
    assert ("全国改善医疗服务示范医院", None, "缙云县人民医院") in \
        got("缙云县人民医院被国家卫健委授予“全国改善医疗服务示范医院”称号。")
    assert got("社会大局保持稳定，舟山市连续15年蝉联省“平安市”，捧回全国综治领域最高奖“长安杯”。") >= \
        {("省“平安市”", None, "舟山市"), ("长安杯", None, "舟山市")}
    people = got("其中嘉兴市第二医院的龚遂良、浙江清华长三角研究院陈强2人获得自主创新贡献奖。")
    assert {r for _, _, r in people} == {"嘉兴市第二医院的龚遂良", "浙江清华长三角研究院陈强"}


# Classes found by reading the extractor's output on real notices outside the gold (2026-12-06); sentences
# written for these tests.

def _projects(text, published=SPRING):
    return {p.name: p for p in extract_document(text, published=published).projects}


def test_grain_output_in_catties_and_a_restated_growth_goal():
    got = _targets("今年发展主要预期目标是：地区生产总值增长5.5%左右；粮食产量稳定在18亿斤以上，"
                   "全国粮食产量1.2万亿斤左右。经济增长预期目标为5.5%左右，兼顾了需要和可能。")
    assert ("粮食产量", 18, "亿斤", "at_least", "expected") in got
    assert ("粮食产量", 1.2, "万亿斤", "around", "expected") in got  # 全国: the subject
    assert [t for t in got if t[1] == 5.5] == [("地区生产总值", 5.5, "%", "around", "expected")]


def test_list_items_venues_and_aims_give_clean_names():
    found = _projects("5月8日，青田县二季度重大项目集中开工活动举行。主会场星海精密轴承项目总投资6亿元。"
                      "集中竣工项目9个，包括瓯江湾体育公园、鹤城老街整体风貌提升工程、温溪幼儿园等，投资额12.5亿元。")
    assert "星海精密轴承项目" in found and not any(n.startswith("主会场") for n in found)
    assert {"瓯江湾体育公园", "鹤城老街整体风貌提升工程", "温溪幼儿园"} <= set(found)
    assert not any(n.endswith("等") for n in found)
    aims = _projects("云和县与浙江木玩集团签约智能木玩生产项目，项目将打造华东规模最大的木制玩具研发生产基地。")
    assert set(aims) == {"智能木玩生产项目"}


def test_doing_projects_is_not_a_project():
    text = "过去一年，开发区聚精会神抓招商上项目，持续掀起项目建设热潮，共签约项目31个。"
    assert _projects(text, dt.date(2024, 3, 1)) == {}


def test_what_a_project_yields_once_built_is_not_its_stage():
    found = _projects("此次集中签约的项目中，天成新能源电池壳体项目全部建成达产可实现产值20亿元。")
    assert found["天成新能源电池壳体项目"].stage == "signed"


def test_a_mixed_event_gives_each_paragraph_its_own_batch():
    text = ("9月12日，松阳县三季度项目集中签约、开工活动举行。\n"
            "此次集中签约的项目涉及装备、新材料等领域。华盛精工数控机床项目总投资8亿元。\n"
            "集中开工的项目涉及教育、大健康等领域。松阳职业技术学校迁建项目，总投资6亿元，规划用地260亩。")
    found = _projects(text, dt.date(2024, 9, 13))
    assert found["华盛精工数控机床项目"].stage == "signed"
    assert found["松阳职业技术学校迁建项目"].stage == "started"


def test_a_verb_after_a_subject_list_covers_every_name_and_talks_are_plans():
    text = ("总投资30亿元的星辰储能电池项目、总投资 12 亿元的东瓯精密铸件项目实现当年签约、当年开工。"
            "总投资40亿元的恒越光伏组件项目等在谈项目推进签约。")
    found = _projects(text, dt.date(2024, 12, 1))
    assert found["星辰储能电池项目"].stage == "started"
    assert (found["东瓯精密铸件项目"].stage, found["东瓯精密铸件项目"].investment_cny) == ("started", 1_200_000_000)
    assert found["恒越光伏组件项目"].stage == "planned"


def test_a_news_title_reporting_this_year_is_not_a_goals_section():
    text = ("平阳今年投产九个重大工业项目\n"
            "总投资18亿元的瑞丰新材料一期项目、总投资9亿元的东海精密齿轮项目都已在二季度建成投产。")
    found = _projects(text, dt.date(2023, 11, 8))
    assert found["瑞丰新材料一期项目"].stage == "in_production"
    assert found["东海精密齿轮项目"].stage == "in_production"
    assert not any("九个" in name for name in found)


def test_names_keep_slashes_and_short_asides_and_zones_are_not_projects():
    text = ("日前，长兴经济开发区两大重点项目，华远500吨/天饲料加工项目和天能(湖州)储能电池技改项目顺利投产。"
            "长兴经济开发区工业园区牢固树立项目为王理念，积极协调化解项目建设中的困难，"
            "新购置高端设备对生产线进行升级改造。")
    found = _projects(text, dt.date(2023, 6, 1))
    assert set(found) == {"华远500吨/天饲料加工项目", "天能(湖州)储能电池技改项目"}


def test_people_at_a_ceremony_are_not_a_list_of_projects():
    text = ("21日上午，全市16个重点产业项目集中开工。市领导王明、李强、张华等四套班子领导出席项目开工仪式。"
            "在经开区，瓯信新能源储能电池等一批重大项目集中开工。")
    found = _projects(text, dt.date(2023, 2, 21))
    assert not {"王明", "李强", "张华"} & set(found)
    assert any(name.startswith("瓯信新能源储能电池") for name in found)


def test_ready_for_completion_is_not_completed():
    found = _projects("东阳精工机械项目、义乌光电薄膜项目等6个项目基本具备竣工条件。", dt.date(2023, 12, 1))
    assert all(p.stage != "completed" for p in found.values())


def test_work_report_targets_with_their_counted_noun_after_the_number():
    text = ("2024年，全县计划招引15个以上亿元项目，新增城区绿化面积12万平方米。\n"
            "主要预期目标是：城镇居民人均可支配收入实际增长6%，节能减排指标控制在省政府下达的范围之内。")
    got = _targets(text, dt.date(2024, 1, 12))
    assert ("亿元项目", 15, "个", "at_least", "unspecified") in got
    assert ("城区绿化面积", 120000, "m²", "point", "unspecified") in got
    assert ("城镇居民人均可支配收入", 6, "%", "point", "expected") in got
    assert ("节能减排指标", None, None, "at_most", "expected") in got


def test_an_enumerated_list_of_projects_names_every_item():
    text = ("我县共5个项目列入省重点建设项目。5个项目分别是32省道云和至龙泉段公路改建工程、云和二中迁建工程、"
            "云和县紧水滩水电站扩容工程、华能云和风电场项目、浙江云森竹木有限公司年产8万立方米竹板材项目。")
    found = _projects(text, dt.date(2015, 3, 10))
    assert {"32省道云和至龙泉段公路改建工程", "云和二中迁建工程", "云和县紧水滩水电站扩容工程", "华能云和风电场项目",
            "浙江云森竹木有限公司年产8万立方米竹板材项目"} <= set(found)


def test_money_of_a_counted_batch_is_not_its_first_items():
    text = ("6月29日上午，嵊州市举行重大项目集中签约投产仪式。本次仪式上，投资120亿元的18个项目集中签约，"
            "投资86亿元的越峰新材、剡溪二期等15个产业项目集中投产。")
    found = _projects(text, dt.date(2021, 6, 30))
    assert found["越峰新材"].investment_cny is None and found["越峰新材"].stage == "in_production"


def test_anonymous_projects_circumstances_and_dashes():
    text = ("在省市有关部门帮助下项目如期开工。某年产10GWh储能电池项目一期投产。"
            "今年新引进了一个十亿级项目——云峰山·云栖度假区项目，总投资达10亿，如今建设如火如荼。")
    found = _projects(text, dt.date(2023, 12, 1))
    assert set(found) == {"云峰山·云栖度假区项目"}
    assert found["云峰山·云栖度假区项目"].investment_cny == 1_000_000_000


def test_completion_rates_of_a_years_task_are_results():
    text = "1~11月，到位省外资金44.01亿元，同比增长53.8%，完成全年目标任务的137.5%。"
    assert _targets(text, dt.date(2013, 12, 10)) == set()


def test_a_later_period_named_earlier_in_the_line_governs_its_items():
    text = ("2026年规上工业营收突破8000亿元\n"
            "《实施方案》高标准确定2026年发展目标。提升制造业能级方面，规模以上工业营业收入突破8000亿元，"
            "三大主导产业规模总量达到5000亿元；提升数字经济能级方面，数字经济核心产业增加值占GDP比重达到15%以上。")
    found = extract_document(text, published=dt.date(2024, 5, 6)).targets
    got = {(t.indicator, t.value, t.target_year) for t in found}
    assert ("三大主导产业规模总量", 500_000_000_000, 2026) in got
    assert ("数字经济核心产业增加值占GDP比重", 15, 2026) in got
    assert len([t for t in found if t.value == 800_000_000_000]) == 1  # 规上工业营收 = 规模以上工业营业收入: stated twice


def test_the_period_opening_a_goals_section_dates_its_items():
    text = ("（二）发展目标。到2026年，初步建成先进制造业强市。\n"
            "产业能级更高。制造业增加值占全市生产总值的比重稳定在32%以上，规模以上工业企业力争突破1800家。")
    got = {(t.indicator, t.value, t.target_year) for t in extract_document(text, published=dt.date(2024, 3, 1)).targets}
    assert ("制造业增加值占全市生产总值的比重", 32, 2026) in got and ("规模以上工业企业", 1800, 2026) in got


def test_counted_nouns_after_their_modifiers():
    text = "到2027年，力争培育3-5个在全省具有一定影响力的领军型特色产业集群，累计建成省级特色产业集群20个。"
    got = {(t.indicator, t.value, t.value_high) for t in extract_document(text, published=dt.date(2025, 4, 3)).targets}
    assert ("领军型特色产业集群", 3, 5) in got and ("省级特色产业集群", 20, None) in got


def test_parallel_counted_lists_share_the_closing_verb():
    text = ("75个重点项目中，已开复工50个项目，其中22个重大产业项目中云溪物流园、恒盛精密等14个项目，"
            "33个重点工程中滨海大道、县中医院迁建等21个项目已复工。")
    found = _projects(text, dt.date(2020, 3, 23))
    assert {name: p.stage for name, p in found.items()} == {
        "云溪物流园": "started", "恒盛精密": "started", "滨海大道": "started", "县中医院迁建": "started"}


def test_completion_of_a_years_task_with_its_figure_is_a_result():
    text = "1-6月份，新开工工业项目78个，完成年度目标任务132个的59.09%，同比增长16.42%。"
    assert _targets(text, dt.date(2023, 7, 20)) == set()


def test_urban_and_rural_share_the_indicator_they_split():
    got = _targets("今年主要预期目标是：城、乡居民人均可支配收入分别增长7%、8.5%。", dt.date(2019, 2, 1))
    assert {(t[0], t[1]) for t in got} == {("城镇居民人均可支配收入", 7), ("农村居民人均可支配收入", 8.5)}


def test_completion_rates_and_a_finished_years_estimates_are_results():
    assert _targets("全年共完成投资237亿元，完成年度计划投资127%。", dt.date(2017, 1, 10)) == set()
    text = "2025年地区生产总值预计突破6000亿元。预计人均地区生产总值突破2万美元，五年跨过三个千亿级台阶。"
    assert _targets(text, dt.date(2026, 1, 19)) == set()
    kept = _targets("57个新续建重点项目全年计划完成投资98.5亿元，完成年度投资计划的21.3%。", dt.date(2025, 5, 16))
    assert {t[1] for t in kept} == {9_850_000_000}  # the plan stays a goal; the rate of it done is a result


def test_the_size_of_a_works_is_not_a_goal():
    text = ("2024年重点建设项目年度计划表\n"
            "3城南小学新建项目区教育局设计小学36班规模,总用地约40亩(含规划二期5亩),总建筑面积约2.8万平方米(含地下6000平方米)。\n"
            "5临港大道改建工程区交通局起点位于港区,道路全长8.2公里,匝道改造长度约500米。")
    assert _targets(text, dt.date(2024, 3, 11)) == set()


def test_a_quoted_goal_and_growth_named_after_the_rate():
    got = _targets("市经信局紧盯“高新技术企业今年新增60家、力争达80家”目标任务，加大培育力度。", dt.date(2025, 6, 1))
    assert ("高新技术企业", 60, "家", "point", "unspecified") in got
    assert ("高新技术企业", 80, "家", "point", "aspirational") in got
    got = _targets("今年工作目标：\n1.交通投资保持12%增长速度\n2.工业投资保持10%以上的增长", dt.date(2020, 2, 1))
    assert {(t[0], t[1], t[3]) for t in got} == {("交通投资", 12, "point"), ("工业投资", 10, "at_least")}


def test_indicators_lose_verbs_spans_of_years_and_bases_but_keep_their_level():
    got = _targets("今年主要目标：安排省级财政资金800亿元，一般公共预算收入同口径增长6%。"
                   "计划未来3年间安排120个经济薄弱村投入5000万元。", dt.date(2024, 2, 1))
    assert {t[0] for t in got} == {"省级财政资金", "一般公共预算收入", "经济薄弱村投入"}


def test_a_table_whose_cells_are_separated_by_blanks():
    text = ("2024年重点项目表\n序号 项目名称 总投资(亿元) 建设地点 进度\n1 缙云县智能装备产业园项目 12.5 壶镇镇 已开工\n"
            "2 庆元县竹木精深加工二期工程 3.6 庆元县 前期\n以上项目请各地抓紧推进。")
    found = _projects(text, dt.date(2024, 3, 1))
    assert (found["缙云县智能装备产业园项目"].investment_cny, found["缙云县智能装备产业园项目"].stage) == (1_250_000_000, "started")
    assert (found["庆元县竹木精深加工二期工程"].location, found["庆元县竹木精深加工二期工程"].stage) == ("庆元县", "planned")


def test_a_project_card_with_one_field_a_line():
    text = ("关于景宁县畲乡文化公园提升工程的批前公示\n项目名称：景宁县畲乡文化公园提升工程\n建设单位：景宁县文旅发展有限公司\n"
            "建设地点：景宁县红星街道\n总投资：2.6亿元\n用地面积：38亩\n计划开工时间：2024年4月\n公示时间：2024年1月5日至1月12日")
    found = _projects(text, dt.date(2024, 1, 5))
    p = found["景宁县畲乡文化公园提升工程"]
    assert (p.investment_cny, p.land_mu, p.location, p.stage, p.companies) == (
        260_000_000, 38, "景宁县红星街道", "planned", ["景宁县文旅发展有限公司"])
    assert set(found) == {"景宁县畲乡文化公园提升工程"}


def test_doubling_is_growth_of_one_hundred_percent():
    got = _targets("到2027年，全市数字经济核心产业增加值实现倍增，实施人才倍增计划。", dt.date(2024, 6, 1))
    assert {(t[0], t[1], t[2]) for t in got} == {("数字经济核心产业增加值", 100, "%")}


def test_bullet_marks_before_indicators_are_not_part_of_them():
    text = "2025年主要预期目标：\n■地区生产总值增长6%左右；\n■城镇新增就业1.2万人以上；\n● 粮食产量稳定在30万吨以上。"
    assert {t[0] for t in _targets(text)} == {"地区生产总值", "城镇新增就业", "粮食产量"}
    assert ("城镇新增就业", 12000, "人", "at_least", "expected") in _targets(text)


def test_an_approximate_figure_for_this_year_early_in_the_year_is_its_goal():
    reported = "报告提出，今年全市地区生产总值增长6%左右。"
    assert _targets(reported) == {("地区生产总值", 6, "%", "around", "unspecified")}
    assert _targets("今年一季度全市地区生产总值增长6%左右。") == set()  # part of the year: a result
    assert _targets(reported, published=dt.date(2024, 11, 20)) == set()  # late in the year: an estimate


def test_a_headline_without_the_qualifier_restates_the_bodys_target():
    text = "政府工作报告：今年GDP预期增长5%\n政府工作报告提出，今年国内生产总值增长5%左右。"
    assert _targets(text, published=dt.date(2024, 3, 5)) == {("国内生产总值", 5, "%", "around", "expected")}
    both = "今年地区生产总值力争增长6%以上。今年地区生产总值确保增长6%左右。"  # two qualifiers: two statements
    assert {t[3] for t in _targets(both)} == {"at_least", "around"}
