"""Target classes, round 5 (known classes of 2026.12.5 and freshly annotated real texts read as dev).

The sentences are written for these tests in the shapes real work reports, plan summaries and news use; places and
figures are invented."""
import datetime as dt

from warehouse.extract import extract_document
from warehouse.extract.numbers import find_quantities

SPRING = dt.date(2024, 2, 20)


def _targets(text, published=SPRING):
    return {(t.indicator, t.metric, t.value, t.value_high, t.unit, t.qualifier) for t in
            extract_document(text, published=published).targets}


def _by_value(text, published=SPRING):
    return {t.value: t for t in extract_document(text, published=published).targets}


def test_a_rise_in_prices_is_growth_not_a_level():
    got = _targets("今年全县经济社会发展的主要预期目标是：居民消费价格涨幅3%左右，居民消费价格上涨2.5%以内。")
    assert ("居民消费价格", "growth", 2.5, None, "%", "at_most") in got
    got = _targets("到2026年，猪肉价格下跌幅度控制在5%以内；今年主要预期目标：消费品价格上涨3%左右。")
    assert ("消费品价格", "growth", 3, None, "%", "around") in got


def test_from_x_to_y_gives_the_level_reached_under_its_own_name():
    text = ("到2027年，全市森林覆盖率从61.5%提高至63%，规上工业企业数从1500家增至2200家，"
            "数字经济核心产业增加值由420亿元增加至600亿元。")
    got = _targets(text)
    assert ("森林覆盖率", "level", 63, None, "%", "point") in got
    assert ("规上工业企业数", "level", 2200, None, "家", "point") in got  # a stock reached (round 7: level)
    assert ("数字经济核心产业增加值", "amount", 60000000000, None, "元", "point") in got
    assert {t[2] for t in got} == {63, 2200, 60000000000}  # the starting points are no targets


def test_two_neighbouring_digits_are_a_rough_range():
    got = _targets("力争到2027年，低收入农户人均可支配收入达到五六万元，培育两三个百亿级产业集群，引进二三十家总部企业。")
    assert ("低收入农户人均可支配收入", "amount", 50000, 60000, "元", "range") in got
    assert any(t[2:4] == (20, 30) and t[4] == "家" for t in got)
    assert any(t[2:4] == (2, 3) and t[4] == "个" for t in got)
    # a year written digit by digit and a plan period are not ranges
    assert [q.value for q in find_quantities("二〇二四年建成五十六个站点")] == [56]


def test_a_magnitude_with_no_numeral_counts_one():
    got = _targets("到2027年，全市地区生产总值突破万亿元，数字经济规模迈上千亿元台阶。")
    assert ("地区生产总值", "amount", 10**12, None, "元", "at_least") in got
    assert any(t[2] == 10**11 for t in got)
    assert _by_value("今年全市计划实施超亿元项目120个。") .get(10**8) is None  # 超亿元项目: a kind of project


def test_people_counted_without_a_unit():
    got = _targets("今年主要预期目标：城镇新增就业目标1.2万以上，城镇调查失业率5.5%左右。")
    assert ("城镇新增就业", "count", 12000, None, "人", "at_least") in got
    got = _targets("到2027年，全市常住人口达到1050万，年接待游客突破8000万。")
    assert any(t[2] == 10500000 and t[4] == "人" for t in got)
    assert any(t[2] == 8000 and t[4] == "万人次" for t in got)


def test_a_threshold_passed_is_a_floor():
    got = _targets("到2027年，全市数字经济规模迈上千亿元台阶。")
    assert ("数字经济规模", "amount", 10**11, None, "元", "at_least") in got


def test_a_growth_compared_with_another_group_keeps_its_own_name():
    got = _targets("主要指标：渔业增加值增长3%，力争4%；农民人均可支配收入增速高于城镇居民1.5个百分点，力争达到52000元。",
                   dt.date(2024, 6, 1))
    assert ("渔业增加值", "growth", 4, None, "%", "point") in got  # the second figure shares the growth
    assert ("农民人均可支配收入增速", "growth", 1.5, None, "个百分点", "at_least") in got
    assert ("农民人均可支配收入", "amount", 52000, None, "元", "point") in got  # the income, not its growth rate


def test_a_ratio_without_a_unit():
    got = _targets("今年主要目标：城乡居民收入比缩小至1.62以内，城乡居民收入倍差控制在1.6:1左右。")
    assert ("城乡居民收入比", "level", 1.62, None, None, "at_most") in got
    assert any(t[2] == 1.6 and t[5] == "around" for t in got)


def test_units_of_air_quality_and_power():
    got = _targets("力争到2026年，细颗粒物(PM2.5)年平均浓度下降到28微克/立方米以下，光伏装机容量达到2.5吉瓦。")
    assert any(t[2] == 28 and t[4] == "微克/立方米" and t[1] == "level" and t[5] == "at_most" for t in got)
    assert any(t[2] == 2.5 and t[4] == "吉瓦" for t in got)


def test_companies_a_campaign_aims_at_are_no_goal():
    text = ("一、过去一年工作回顾\n2024年，全区招商成效明显。区级领导带队外出招商28次，拜访目标企业120家，"
            "签约亿元以上项目19个，实际使用内资26.5亿元。")
    assert _by_value(text, dt.date(2025, 3, 1)) == {}


def test_completing_a_plan_periods_assessed_goal_is_a_target_with_no_number():
    got = _by_value("2025年主要预期目标\n●单位地区生产总值能耗完成“十四五”国家考核目标\n", dt.date(2025, 1, 20))
    assert None in got and got[None].indicator == "单位地区生产总值能耗"


def test_the_years_planned_spending_of_a_batch_of_projects_is_a_target():
    text = ("截止目前，全区共开工项目42个，开工率91%，总投资86.3亿元，年度投资52.6亿元，"
            "71个新建续建项目完成投资41.5亿元，占计划投资的72%，其中市级项目开工12个，开工率100%。")
    got = _by_value(text, dt.date(2023, 8, 30))
    assert set(got) == {5260000000}  # the year's plan only: the counts, rates and shares done are results
    text = "记者从市发改委获悉，我市96个省重点项目年度计划投资612.5亿元，1—9月完成投资503.2亿元，超额完成投资计划。"
    assert set(_by_value(text, dt.date(2023, 10, 20))) == {61250000000}
    text = "本次集中开工项目8个，总投资31.2亿元，年度投资12.4亿元。"
    assert set(_by_value(text, dt.date(2023, 4, 12))) == {1240000000}
    # a finished year's plan figure is not a goal
    assert _by_value("2022年，全市重点项目年度投资320亿元。", dt.date(2023, 2, 10)) == {}


def test_a_rate_of_the_plan_done_is_a_result():
    text = "1-9月，115个市重点项目完成投资432.6亿元，年度计划完成率为88.2%，完成率较去年同期提高6.1个百分点。"
    assert _by_value(text, dt.date(2023, 10, 22)) == {}
    text = "2024年，全县18个项目列入市级重点工业项目清单，年度计划投资9.6亿元，已完成投资8.9亿元，占投资任务的93%。"
    assert set(_by_value(text, dt.date(2024, 11, 10))) == {960000000}


def test_a_subtitle_reporting_a_ranking_is_no_goals_section():
    text = ("项目数、总投资、年度计划投资均居全省前列\n\n我市22个重大项目集中开工\n\n"
            "我市参加本次集中开工活动的项目数为22个，总投资310亿元、年度计划投资46亿元。")
    assert set(_by_value(text, dt.date(2025, 2, 9))) == {4600000000}


def test_in_step_with_another_indicator_and_in_line_with_a_higher_goal():
    got = _targets("力争到2027年高水平实现教育现代化。推动居民收入与经济增长同步、劳动报酬与劳动生产率提高同步。",
                   dt.date(2024, 1, 26))
    assert {t[0] for t in got} == {"居民收入", "劳动报酬"}
    got = _by_value("今年预期目标\n■地区生产总值增长5%，居民消费价格指数与国家价格调控目标保持衔接\n", dt.date(2024, 1, 28))
    assert None in got and got[None].indicator == "居民消费价格指数"


def test_two_names_with_one_head_noun_and_one_figure_are_two_targets():
    got = _targets("今年主要预期目标：城镇调查失业率和登记失业率稳定在4.5%左右，规上工业增加值和服务业增加值均增长6%。")
    names = {t[0] for t in got}
    assert {"城镇调查失业率", "登记失业率", "规上工业增加值", "服务业增加值"} <= names
    # names that do not end alike stay one indicator
    got = _targets("今年主要预期目标：进出口总额和实际利用外资增长5%。")
    assert {t[0] for t in got} == {"进出口总额和实际利用外资"}


def test_late_in_a_year_what_follows_the_named_coming_year_is_for_that_year():
    text = ("12月22日，记者从县人代会获悉，该县明确2025年经济社会发展主要预期目标。\n"
            "2024年，全县先后获评多项荣誉。2025年，该县将坚持工业强县，力争地区生产总值增长8%以上。\n"
            "该县将重点抓好六个方面工作。一是壮大优势产业。推进竹木产业集约化发展，实现竹木产值60亿元以上。"
            "全年新增规上工业企业18家，新增高新技术企业8家。")
    got = {t.value: t for t in extract_document(text, published=dt.date(2024, 12, 23)).targets}
    assert {8, 6000000000, 18} <= set(got)
    assert got[18].target_year == 2025 and got[6000000000].target_year == 2025
    # a plan period's end named in a plan's preamble does not turn its review into goals
    text = ("规划期为2022—2025年。\n一、发展基础\n通信网络接入能力均达到1Gbps，IPv6活跃用户占互联网用户超过90%。")
    assert _by_value(text, dt.date(2023, 8, 22)) == {}


def test_money_spent_in_the_year_is_no_plan():
    assert _by_value("今年以来，全县重点项目全年完成投资52亿元，完成年度投资86亿元。", dt.date(2024, 12, 20)) == {}


def test_a_paragraph_with_no_marker_goes_on_stating_goals():
    text = ("政府工作报告提出，今年全市地区生产总值增长6%左右，一般公共预算收入增长5%。\n\n"
            "在产业发展方面，全年新增规上工业企业40家，培育专精特新企业15家。\n\n"
            "在项目建设方面，完成固定资产投资260亿元以上。\n\n"
            "全市现有高新技术企业320家。")
    got = _by_value(text, dt.date(2024, 1, 22))
    assert {40, 15, 26000000000} <= set(got)
    assert 320 not in got  # a stock is what there is
    text = "会议提出，今年力争全县地区生产总值增长7%。\n\n该县辖12个乡镇，总面积1200平方公里，户籍人口50万。"
    assert set(_by_value(text, dt.date(2024, 1, 12))) == {7}  # a place described is no goal
    text = ("近日出台的《实施方案》明确，今年全市固定资产投资将增长9%。\n\n1.交通投资保持12%增长速度\n\n"
            "大桥主桥合龙。记者摄\n\n2.全年小微园建设开工1800亩\n")
    assert {9, 12, 1800} <= set(_by_value(text, dt.date(2019, 6, 20)))


def test_after_a_result_a_paragraph_with_no_marker_is_no_goal():
    text = ("我市108个省重点项目年度计划投资652.1亿元，今年1—9月完成投资521.7亿元，完成年度计划投资的80%。\n\n"
            "1—9月实际完成投资126.4亿元，完成年度计划投资的85.2%。\n\n其中，科技馆A馆主体施工完成90%；B馆主体施工完成100%。")
    assert set(_by_value(text, dt.date(2023, 10, 26))) == {65210000000}
    text = ("今年全县计划投资80亿元。\n\n此次开工重大项目26个，总投资185.6亿元。")
    assert 26 not in _by_value(text, dt.date(2023, 4, 10))  # what this event includes is a fact


def test_a_qualifier_after_the_last_figure_of_a_list_holds_for_all():
    got = _targets("今年主要预期目标：城镇和农村常住居民人均可支配收入分别增长7%和8.5%左右，粮食产量1150万吨。")
    assert ("城镇常住居民人均可支配收入", "growth", 7, None, "%", "around") in got
    assert ("农村常住居民人均可支配收入", "growth", 8.5, None, "%", "around") in got
    assert ("粮食产量", "level", 1150, None, "万吨", "point") in got
    got = _targets("力争实现城乡居民人均可支配收入分别增长7%、8%以上。")
    assert ("城镇居民人均可支配收入", "growth", 7, None, "%", "at_least") in got
    assert ("农村居民人均可支配收入", "growth", 8, None, "%", "at_least") in got
    # figures not in one list keep their own qualifiers
    got = _targets("今年主要预期目标：地区生产总值增长6%，一般公共预算收入增长5%以上。")
    assert ("地区生产总值", "growth", 6, None, "%", "point") in got


def test_a_project_described_after_a_goal_is_no_goal():
    text = ("今年，全市计划完成重点项目投资120亿元。\n\n"
            "位于经开区的新材料项目进展顺利，该项目总投资15亿元，占地260亩，建设标准厂房6万平方米，配套建设研发中心1座。\n\n"
            "新建仓储用房2万平方米，购置生产线8条。")
    assert set(_by_value(text, dt.date(2024, 5, 20))) == {12000000000}


def test_the_lead_of_a_work_plan_governs_its_numbered_items():
    text = ("全县经济社会发展的主要预期目标是：地区生产总值增长6.5%以上，固定资产投资增长8%。\n"
            "为实现上述目标，我们重点做好以下八方面工作：\n"
            "（一）聚力推进乡村振兴，加快农业农村现代化。\n"
            "持续巩固脱贫成果。规范提升就业工厂，新开发公益性岗位[12]260个，实施技能培训4000人以上，"
            "输转劳务4.6万人以上。\n"
            "加快推进农业现代化。实施高标准农田建设3500亩。\n"
            "二、过去一年工作回顾\n"
            "全县新增规上工业企业21家，实施技能培训3200人。")
    got = _by_value(text, dt.date(2024, 1, 18))
    assert {260, 4000, 46000, 3500} <= set(got)
    assert got[260].indicator == "新开发公益性岗位"  # the footnote mark is dropped
    assert 21 not in got and 3200 not in got  # a review heading ends the plan


def test_a_result_recalled_inside_a_work_plan_does_not_end_it():
    text = ("围绕上述目标，重点抓好以下六个方面工作：\n"
            "（一）壮大工业经济。去年全县新增规上工业企业20家，今年力争新增25家。\n"
            "培育专精特新企业12家，新增上云企业40家。")
    got = _by_value(text, dt.date(2024, 2, 1))
    assert {25, 12, 40} <= set(got) and 20 not in got


def test_a_firm_cue_without_figures_sets_the_next_figures_as_goals():
    text = ("完善交通网络。积极推动铁路扩能改造工程早日开工，力争沿江高铁纳入国家建设规划。"
            "完成农村通畅工程480公里，新增通客车行政村96个，建成农村招呼站180个。")
    assert {480, 96, 180} <= set(_by_value(text, dt.date(2019, 1, 22)))
    # a review keeps its results
    text = ("一、过去一年工作回顾\n全力确保重点工程顺利推进。完成农村通畅工程420公里，建成农村招呼站150个。")
    assert _by_value(text, dt.date(2019, 1, 22)) == {}
