"""Target classes, round 14 (fresh real texts annotated apart from the rules: the size of an honour list or of a
contest's prizes, places listed before one indicator, growth faster than another growth with no number, a report's
outlook heading over goal lines, a span of years whose goals go on paragraph after paragraph, one count for two kinds
joined by 和, a plant's invoiced sales, a batch of projects arranged whatever stage its words name, and a plan's words
quoted).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all, _targets

JANUARY = dt.date(2026, 1, 20)
FEBRUARY = dt.date(2026, 2, 5)
MARCH = dt.date(2026, 3, 5)


def _values(text, published=MARCH):
    return sorted(t.value for t in _all(text, published))


def _by_subject(text, published=MARCH):
    return sorted((t.subject, t.indicator, t.value) for t in _all(text, published))


# --- how many a selection or a commendation names is the size of an honour list, not a goal ---

def test_the_winners_a_selection_names_are_no_goal():
    assert _targets("经过初评、复评和公示，共评选出县级文明单位36个、文明家庭120户、美丽庭院80个。") == set()
    assert _targets("本次大赛共评出特等奖1项，一等奖3项，二等奖6项，优秀奖12项。") == set()
    assert _targets("经復核，確認保留榮譽稱號的市級文明校園27所、文明村鎮58個。") == set()


def test_the_size_of_a_commendation_planned_is_no_goal():
    assert _targets("今年将表彰优秀乡村教师200名，表彰先进学校15所。", JANUARY) == set()


def test_a_count_without_a_verb_of_choosing_winners_is_still_a_goal():
    assert _values("今年全县力争新认定高新技术企业30家，新增省级文明村12个。", FEBRUARY) == [12, 30]
    # (a firm cue in the clause still sets a goal)
    assert _values("力争评选出省级美丽乡村示范村10个。", FEBRUARY) == [10]


def test_words_that_hold_the_verbs_of_commending_but_commend_no_one_leave_the_goal():
    # (表彰大会 names the event; 入选出口名牌 holds 选出 inside other words)
    assert _values("在表彰大会上获悉今年全县计划新增高新技术企业30家。", FEBRUARY) == [30]
    assert _values("今年力争全县入选出口名牌企业5家。", FEBRUARY) == [5]


# --- places listed before one indicator: each place is the figure's subject, the indicator the name after them ---

def test_places_listed_before_one_indicator_are_each_figures_subject():
    text = "力争柯城区、衢江区和龙游县规上工业增加值分别增长9%、8.5%和10%。"
    assert _by_subject(text, FEBRUARY) == [("柯城区", "规上工业增加值", 9), ("衢江区", "规上工业增加值", 8.5),
                                           ("龙游县", "规上工业增加值", 10)]


def test_places_with_one_figure_for_all_each_have_it():
    text = "今年确保全市、建德市和淳安县社会消费品零售总额均增长6%以上。"
    assert _by_subject(text, FEBRUARY) == [("全市", "社会消费品零售总额", 6), ("建德市", "社会消费品零售总额", 6),
                                           ("淳安县", "社会消费品零售总额", 6)]


def test_places_in_traditional_characters_are_read_alike():
    text = "為實現全年經濟發展目標，各地要進一步加強項目建設。力爭溫州市、臺州市固定資產投資分別增長7%、7%。"
    assert sorted((t.subject, t.value) for t in _all(text, FEBRUARY)) == [("溫州市", 7), ("臺州市", 7)]
    assert {t.indicator for t in _all(text, FEBRUARY)} == {"固定資產投資"}


def test_names_that_are_no_places_keep_their_own_indicators():
    assert sorted(t.indicator for t in _all("确保城镇、农村居民人均可支配收入分别增长6%、7%。", FEBRUARY)) == \
        ["农村居民人均可支配收入", "城镇居民人均可支配收入"]
    found = _all("力争新建社区、改造小区停车位分别达到20个、500个。", FEBRUARY)
    assert len(found) == 2 and "新建社区" not in {t.subject for t in found}


# --- growth faster than another growth, with no number: a relation (value null) ---

def test_growth_faster_than_the_economys_rate_is_a_target_with_no_number():
    found = _all("确保全年固定资产投资增长速度快于经济增长速度。", FEBRUARY)
    assert [(t.value, t.metric) for t in found] == [(None, "other")]
    assert "固定资产投资" in found[0].indicator


def test_growth_faster_than_another_indicators_rate_gives_each_indicator():
    found = _all("力争工业投资、民间投资增速均快于全部投资增速。", FEBRUARY)
    assert sorted(t.indicator for t in found) == ["工业投资", "民间投资"]
    assert {t.commitment for t in found} == {"aspirational"}
    # (以及 joins two parts of a list: no name keeps its 以)
    found = _all("力争农业投资以及技改投资增速均快于面上投资增速。", FEBRUARY)
    assert sorted(t.indicator for t in found) == ["农业投资", "技改投资"]


def test_faster_growth_reported_or_with_a_margin_is_no_relation_goal():
    assert _targets("今年以来，全市制造业投资增速快于全部投资增速。", MARCH) == set()
    assert {t.value for t in _all("力争工业投资增速快于全部投资增速3个百分点。", FEBRUARY)} == {3}


# --- a heading that looks out on the coming year opens a section of goals ---

OUTLOOK = ("回望2025年\n全区生产总值增长6.8%\n城乡居民收入分别增长6.1%和7.4%\n"
           "展望2026年\n全区生产总值增长6%左右\n一般公共预算收入增长5%\n城镇调查失业率控制在5.5%以内\n"
           "全年接待游客突破3000万人次\n版面导航\n大会应到代表302人,实到代表286人。")


def test_the_lines_under_an_outlook_heading_are_the_years_goals():
    found = _all(OUTLOOK, FEBRUARY)
    assert sorted(t.value for t in found) == [5, 5.5, 6, 3000]
    assert {t.target_year for t in found} == {2026}


def test_a_numbered_outlook_heading_with_the_year_first_opens_goals_too():
    text = "一、2025年回顾\n全区生产总值增长6.2%\n二、2026年展望\n全区生产总值增长6%左右\n一般公共预算收入增长5%"
    assert _values(text, FEBRUARY) == [5, 6]


def test_an_outlook_on_a_finished_year_or_with_no_period_opens_no_goals():
    assert _targets("展望2025年\n全区生产总值增长6.8%\n一般公共预算收入增长4.9%", FEBRUARY) == set()
    assert _targets("展望未来\n全区生产总值增长6.8%\n一般公共预算收入增长4.9%", FEBRUARY) == set()


# --- goals that go on from a span of years named before them are for its end ---

SPAN = ("我们为未来五年定下了具体目标。地区生产总值突破900亿元。\n"
        "创新方面，研发经费投入年均增长12%以上，高新技术企业数量翻一番。\n"
        "开放方面，力争2027年外贸进出口总额突破300亿元，实际利用外资年均增长8%。\n"
        "民生方面，城镇化率达到68%，新建学校15所。")


def test_goals_in_later_paragraphs_are_for_the_span_named_before():
    years = {t.indicator: t.target_year for t in _all(SPAN, JANUARY)}
    assert years["地区生产总值"] == 2030
    assert years["研发经费投入"] == 2030
    assert years["城镇化率"] == 2030
    assert years["新建学校"] == 2030


def test_a_single_later_year_named_on_the_way_is_a_milestone_and_a_yearly_average_is_over_the_span():
    years = {t.indicator: t.target_year for t in _all(SPAN, JANUARY)}
    assert years["外贸进出口总额"] == 2027
    assert years["实际利用外资"] == 2030


def test_a_paragraph_that_names_its_own_year_ends_the_span():
    text = "到2030年，全市地区生产总值突破900亿元。\n今年，全市地区生产总值增长6%左右。\n力争新增城镇就业1.2万人。"
    assert sorted((t.value, t.target_year) for t in _all(text, JANUARY)) == \
        [(6, 2026), (12_000, 2026), (90_000_000_000, 2030)]
    # (without the paragraph of its own year, the goals go on for the span)
    text = "到2030年，全市地区生产总值突破900亿元。\n力争新增城镇就业1.2万人。"
    assert sorted((t.value, t.target_year) for t in _all(text, JANUARY)) == [(12_000, 2030), (90_000_000_000, 2030)]


def test_a_result_ends_the_span():
    text = "到2030年，全市地区生产总值突破900亿元。\n2025年，全市新增城镇就业1.1万人。\n力争新增城镇就业1.2万人。"
    assert sorted((t.value, t.target_year) for t in _all(text, JANUARY)) == [(12_000, 2026), (90_000_000_000, 2030)]


def test_a_yearly_quota_takes_no_span():
    text = "力争到2030年，培育专精特新企业500家。\n此外，每年安排技改资金5亿元，力争规上企业达到1500家。"
    years = {t.indicator: t.target_year for t in _all(text, JANUARY)}
    assert years["技改资金"] == 2026


# --- one count for two kinds joined by 和 adds up; one rate for two names holds for each ---

def test_one_count_for_two_kinds_is_one_target():
    found = _all("力争到2028年，全省培育隐形冠军企业和链主企业200家。", JANUARY)
    assert [(t.indicator, t.value) for t in found] == [("隐形冠军企业和链主企业", 200)]


def test_one_rate_for_two_names_still_gives_each():
    found = _all("今年确保城镇调查失业率和城镇登记失业率控制在5.5%以内。", FEBRUARY)
    assert sorted(t.indicator for t in found) == ["城镇登记失业率", "城镇调查失业率"]


# --- what a plant is to sell, and what the projects just named bring ---

def test_a_plants_invoiced_sales_are_no_goal():
    assert _targets("签约的新材料项目计划投资2亿元，达产后预计年开票销售不低于3亿元。", FEBRUARY) == set()
    assert _targets("这两个项目落户城东工业园，预计年底建成，年可新增开票销售4亿元，新增税收2000万元。", FEBRUARY) == set()


def test_a_places_invoiced_sales_for_the_year_are_still_a_goal():
    assert _values("今年全镇力争全年开票销售突破120亿元。", FEBRUARY) == [12_000_000_000]


# --- a batch of projects arranged is plan composition, whatever stage its words name ---

def test_projects_arranged_for_a_stage_are_plan_composition():
    assert _targets("2026年，全县安排计划新开工的重点项目64个，目前已开工39个。", MARCH) == set()


def test_projects_arranged_under_a_firm_cue_with_a_floor_are_a_goal():
    assert _values("今年力争安排新开工项目80个以上。", FEBRUARY) == [80]


def test_a_count_of_projects_rounded_is_what_is_aimed_at():
    assert _values("今年推进市重点项目300个左右，完成投资400亿元。", FEBRUARY)[:1] == [300]
    # (arranged, or counted exactly: how the batch is made up)
    assert 300 not in _values("今年安排市重点项目300个左右，完成投资400亿元。", FEBRUARY)
    assert 300 not in _values("今年实施市重点项目300个，完成投资400亿元。", FEBRUARY)


# --- a plan's words quoted are its goal ---

def test_a_quoted_line_of_a_plan_is_a_goal():
    text = "读到规划纲要在产业部分提出“推动数字经济核心产业增加值突破500亿元”时，他很受鼓舞。"
    assert _values(text, FEBRUARY) == [50_000_000_000]


def test_a_quoted_result_stays_a_result():
    assert _targets("他说，报告中提到“去年全市生产总值增长5.8%”，成绩来之不易。", FEBRUARY) == set()
