"""Target classes, round 6 (freshly annotated real texts read as dev: plan-execution reports, five-year plan
summaries, traditional-character reprints, progress bulletins).

The sentences and tables are written for these tests in the shapes real reports and news use; places and figures
are invented."""
import datetime as dt

from warehouse.extract import extract_document

AUTUMN = dt.date(2025, 9, 20)
SPRING = dt.date(2026, 3, 6)


def _targets(text, published=AUTUMN):
    return {(t.indicator, t.metric, t.value, t.unit, t.qualifier, t.target_year) for t in
            extract_document(text, published=published).targets}


_GOAL_TABLE = """受市政府委托，现报告今年上半年全市国民经济和社会发展计划执行情况。
表 上半年青川市国民经济和社会发展计划主要指标完成情况
序号 | 指标名称 | 单位 | 目标 | 上半年实绩 | |||
绝对值 | 增速(%) | ||||
经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长5.5%以上 | 1820.4 | 5.8 | ||
2 | #第一产业增加值 | 亿元 | 增长3% | 61.2 | 3.4 | |||
3 | 全员劳动生产率 | 万元/人年 | 稳步增长 | 年度指标 | |||
4 | 常住人口城镇化率 | % | 68.2 | 年度指标 | |||
5 | 税收收入 | 亿元 | 与经济增长 同步 | 98.7 | 1.1 | |||
6 | 固定资产投资 | 亿元 | 增长6%左右 | — | 2.3 | |||
"""


def test_a_goal_column_of_a_plan_table_gives_one_target_per_row():
    got = _targets(_GOAL_TABLE)
    assert ("地区生产总值", "growth", 5.5, "%", "at_least", 2025) in got
    assert ("第一产业增加值", "growth", 3, "%", "point", 2025) in got
    assert ("常住人口城镇化率", "level", 68.2, "%", "point", 2025) in got
    assert ("税收收入", "other", None, None, "point", 2025) in got
    assert ("固定资产投资", "growth", 6, "%", "around", 2025) in got
    assert len(got) == 5  # the results beside the goals (实绩 5.8%, 1820.4亿元) are not targets


def test_a_goal_table_of_a_finished_year_is_a_review():
    text = _GOAL_TABLE.replace("今年上半年", "2024年").replace("上半年青川市", "2024年青川市")
    assert _targets(text, published=dt.date(2025, 3, 10)) == set()


def test_a_goal_table_with_a_dated_goal_column_and_no_ordinal():
    text = ("全县主要指标计划安排如下：\n指标 | 单位 | 2026年预期目标 | 备注\n"
            "一般公共预算收入 | 亿元 | 增长6% | 同口径\n城镇调查失业率 | % | 5.5以内 | \n")
    got = _targets(text, published=dt.date(2026, 1, 15))
    assert ("一般公共预算收入", "growth", 6, "%", "point", 2026) in got
    assert ("城镇调查失业率", "level", 5.5, "%", "at_most", 2026) in got


def test_a_yearly_average_in_a_notice_about_the_coming_plan_is_a_goal_for_its_end():
    text = ("「十五五」規劃綱要草案提出20項主要指標。\n"
            "科技創新方面，提出全社會研發經費投入年均增長7%以上，與上一規劃保持銜接。\n"
            "綠色轉型方面，提出單位地區生產總值能耗累計降低13%。")
    got = _targets(text, published=SPRING)
    assert ("全社會研發經費投入", "growth", 7, "%", "at_least", 2030) in got
    assert ("單位地區生產總值能耗", "growth", -13, "%", "point", 2030) in got


def test_a_bullet_marked_with_asterisks_is_read():
    text = "“十五五”规划纲要提出主要指标。\n*全社会研发经费投入年均增长7%以上*\n"
    assert ("全社会研发经费投入", "growth", 7, "%", "at_least", 2030) in _targets(text, published=SPRING)


def test_a_year_named_after_the_plan_period_dates_the_figure():
    got = _targets("十五五规划提出多项指标，2035年人均地区生产总值比2020年翻一番。", published=SPRING)
    assert {t[5] for t in got} == {2035}


def test_a_rate_of_progress_of_a_batch_of_projects_is_a_result():
    text = ("今年全市安排重点项目80个，年内计划完成投资120亿元。其中装备制造项目20个，年内计划完成投资30亿元，"
            "开复工项目18个，开复工率90%；新材料项目10个，开工率70%，资金到位率65%。")
    got = _targets(text, published=dt.date(2025, 6, 30))
    assert not any(t[0].endswith("率") for t in got)
    assert ("年内计划完成投资", "amount", 12000000000, "元", "point", 2025) in got or any(
        t[2] == 12000000000 for t in got)


def test_how_a_batch_of_projects_is_made_up_is_no_goal():
    text = ("在今年全市已規劃的項目中，先進製造業項目數量占比達48%，同比增長12.5%；"
            "社會投資項目共96個，年度計劃投資約210億元，佔全部項目年度計劃投資的62.3%。")
    got = _targets(text, published=dt.date(2025, 2, 10))
    assert {t[2] for t in got if t[3] == "%"} == set()


def test_a_comparison_with_last_year_alone_is_a_result():
    got = _targets("今年新签约项目数量占比达30%，同比增长15.2%。", published=dt.date(2025, 4, 1))
    assert not any(t[2] == 15.2 for t in got)
    # under a goals lead-in a 同比 growth is still a goal
    got = _targets("今年主要预期目标：地区生产总值同比增长 6%以上，社会消费品零售总额同比增长7%。",
                   published=dt.date(2025, 2, 1))
    assert ("地区生产总值", "growth", 6, "%", "at_least", 2025) in got
    assert ("社会消费品零售总额", "growth", 7, "%", "point", 2025) in got


def test_a_figure_after_a_verb_with_le_is_what_was_done():
    text = "为力争项目早开工，省重点办筛选了126个、总投资860亿元的重大项目集中开工。"
    assert not any(t[2] == 126 for t in _targets(text, published=dt.date(2025, 5, 20)))


def test_a_sure_actual_spend_is_a_goal():
    text = "2025年，全市计划安排重点建设项目300个，年度计划投资520亿元，全年确保实际完成投资达到560亿元。"
    got = _targets(text, published=dt.date(2025, 3, 1))
    assert any(t[2] == 56000000000 for t in got)


def test_the_output_of_a_project_just_described_is_its_attribute():
    text = "华泰新材料年产5万吨改性塑料项目，总投资3.2亿元，用地60亩，2026年预计可实现产值4亿元。"
    assert not any(t[2] == 400000000 for t in _targets(text, published=dt.date(2025, 11, 20)))


def test_money_a_kind_of_investor_is_to_spend_is_a_programme_goal():
    got = _targets("明年，我们将力争民间项目投资完成300亿元，央企项目投资完成500亿元。", published=dt.date(2025, 12, 20))
    assert ("民间项目投资", "amount", 30000000000, "元", "point", 2026) in got
    assert ("央企项目投资", "amount", 50000000000, "元", "point", 2026) in got


def test_the_whole_year_after_next_year_is_next_year():
    got = _targets("明年，全县将实施重点工程，力争全年工业投资完成80亿元。", published=dt.date(2025, 12, 20))
    assert {t[5] for t in got} == {2026}


def test_a_counted_thing_then_what_it_is_to_do():
    got = _targets("明年，我们将力争12个“共富工坊”在各乡镇全部启动建设，确保30个项目开工建设。",
                   published=dt.date(2025, 12, 20))
    assert ("共富工坊启动建设", "count", 12, "个", "point", 2026) in got
    assert ("项目开工建设", "count", 30, "个", "point", 2026) in got


def test_a_blank_before_the_figure_keeps_the_verb():
    got = _targets("今年全市主要预期目标：规模以上工业增加值同比增长 8%以上，居民消费价格升幅2%左右。",
                   published=dt.date(2025, 2, 1))
    assert ("规模以上工业增加值", "growth", 8, "%", "at_least", 2025) in got
    assert ("居民消费价格升幅", "growth", 2, "%", "around", 2025) in got


def test_a_tab_separated_goal_table():
    text = "序号\t指标名称\t单位\t2026年目标\t备注\n1\t地区生产总值\t亿元\t增长5.5%\t\n2\t城镇新增就业\t万人\t2\t\n"
    got = _targets(text, published=dt.date(2026, 1, 20))
    assert ("地区生产总值", "growth", 5.5, "%", "point", 2026) in got
    assert ("城镇新增就业", "count", 20000, "人", "point", 2026) in got


def test_an_approximate_growth_over_last_year_early_in_the_year_stays_a_goal():
    got = _targets("今年，全县地区生产总值同比增长6%左右。", published=dt.date(2026, 1, 20))
    assert ("地区生产总值", "growth", 6, "%", "around", 2026) in got


def test_a_headline_figure_restated_in_the_report_is_one_target():
    text = ("政府工作报告：今年国内生产总值增长目标定为4.5%至5%\n"
            "报告提出，今年发展主要预期目标是：国内生产总值增长4.5%至5%；城镇调查失业率5.5%左右。")
    targets = extract_document(text, published=SPRING).targets
    gdp = [t for t in targets if t.value == 4.5]
    assert len(gdp) == 1 and gdp[0].metric == "growth" and gdp[0].commitment == "expected"


def test_an_exact_yearly_average_after_the_coming_plan_is_named_is_no_goal():
    text = "全市谋划“十五五”重大项目。\n全市研发经费投入年均增长12.3%，高新技术企业数量翻了一番。"
    assert not any(t[2] == 12.3 for t in _targets(text, published=dt.date(2025, 12, 30)))
