"""Project classes of round 10 (fresh real texts annotated apart from the rules): words that take projects as their
object, questions, period labels, award entries, duties and contest events that look like projects; the facilities
of one project and deals still to be signed; members of counted lists (项 as a counter, a count after the group, a
list closed by a bare 等, works items of a counted list); a goal count that is not an event; the schedule of a plan
text and the group a plan announces. One test per class, positive and negative.

The sentences are written for these tests, in the shapes that ceremony news, plan stories and work reports use;
none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (an early-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


# ---- false projects: verbs, questions, periods, entries, duties, contest events, facilities, pending deals


def test_a_verb_or_a_question_before_projects_names_none():
    for text in ("今年全县将千方百计筹集项目资金，继续增加项目建设投入。",
                 "今年将有哪些项目开工建设？我们一起去看看。",
                 "会上，大家看项目、比进度，他预计相关项目将于年内开工。"):
        assert _projects(text) == {}, text
    assert "青溪湿地公园项目" in _projects("青溪湿地公园项目已开工建设，总投资3亿元。")


def test_the_works_of_a_period_or_an_investor_kind_are_a_category():
    text = "据统计，东城次季180项目动工，民间项目占七成，今季新动工项目以产业为主，主导产业项目投资占比过半。"
    assert _projects(text) == {}
    assert "四季花城项目" in _projects("四季花城项目已开工建设，总投资5亿元。")


def test_award_entries_counted_by_item_are_not_works():
    text = "本次初评通过30项国家科技进步奖项目、20项技术发明奖通用项目和8项自然科学奖项目。"
    assert _projects(text) == {}
    assert "省科技馆新馆项目" in _projects("省科技馆新馆项目已开工建设，总投资6亿元。")


def test_a_leaders_duty_for_works_is_no_project():
    text = "该市实行了市领导包联工程建设项目责任制，明确了责任人和时间节点。"
    assert _projects(text) == {}


def test_the_events_of_a_contest_are_not_projects():
    text = "青年组比赛项目涵盖了3000米接力、三人制篮球(女子)、跳绳等集体项目，以及跳远、铅球等个人项目。"
    assert _projects(text) == {}
    assert _projects("表演组设置了舞龙、腰鼓、毽球等具有地方特色的项目，参赛队伍可自由报名。") == {}
    # a works built for a contest is a works
    found = _projects("为迎接全市运动会，城南体育馆、城北游泳馆等比赛场馆项目已开工建设。")
    assert {"城南体育馆", "城北游泳馆"} <= set(found)


def test_the_facilities_planned_within_one_project_are_not_projects():
    text = "项目规划建设游客接待中心、森林木屋、有机餐厅、农产品展销等配套项目，建成后年接待游客10万人次。"
    assert _projects(text) == {}
    # a counted batch of supporting works is a batch of projects
    found = _projects("集中开工的项目中，投资3亿元的城东供热站、110千伏变电站等两个基础配套项目同日开工。")
    assert {"城东供热站", "110千伏变电站"} <= set(found)


def test_deals_still_to_be_signed_are_not_projects():
    text = "会议听取了南湖冷链物流港(青山)等3个拟签约项目情况汇报。"
    assert _projects(text) == {}


# ---- missed projects: counted lists


def test_a_list_counted_with_xiang_names_its_works():
    text = ("今年，县委、县政府决定重点实施8项重点建设项目。8项重点建设项目为：北山水厂扩建工程、"
            "城东路网工程、南门广场工程、城西排水管网、雨水泵站、调蓄池工程、滨河公园建设工程、东湖大桥工程、"
            "城南污水处理厂工程、县中医院迁建工程。")
    found = _projects(text)
    assert {"北山水厂扩建工程", "城东路网工程", "城西排水管网、雨水泵站、调蓄池工程", "东湖大桥工程"} <= set(found)
    assert "雨水泵站" not in found and len(found) == 8
    # announced by a plan, named later: the works are planned
    assert found["北山水厂扩建工程"].stage == "planned"


def test_a_list_after_a_count_of_the_group_names_its_works():
    text = ("此次签约项目8个。其中包括工业类项目2个，分别为：青山年产5万吨饲料加工、红岩绿色建材产业园；"
            "文旅类项目2个，分别为南湖露营基地、白石村民宿集群。")
    found = _projects(text)
    assert {"青山年产5万吨饲料加工", "红岩绿色建材产业园", "南湖露营基地"} <= set(found)


def test_members_closed_by_a_bare_etc_after_a_project_count():
    text = ("从类别看，产业项目32项，总投资约86亿元，主要有青山纺织产业园项目、南方陶瓷有限公司技改项目、"
            "北斗数字产业园、华康医药流通总部等；基础设施项目12项，主要包括石门大桥、东坑水库工程等。")
    found = _projects(text)
    assert {"青山纺织产业园项目", "南方陶瓷有限公司技改项目", "北斗数字产业园", "华康医药流通总部",
            "石门大桥", "东坑水库工程"} <= set(found)
    # no count of projects before the list: not said to be projects
    assert _projects("本市风景优美，主要有青龙山、白鹭湖、古城墙、老街坊等。") == {}


def test_works_items_of_a_counted_list_are_projects():
    text = "5月份，东湾滨海新区填海造地工程、北岸海岸带综合改造工程等3个项目将开工建设。"
    assert {"东湾滨海新区填海造地工程", "北岸海岸带综合改造工程"} <= set(_projects(text))


# ---- stages


def test_a_goal_count_is_not_the_event_a_notice_reports():
    text = ("我市将开展项目攻坚活动，重点项目完成投资300亿元以上，新增谋划项目100个以上，新开工项目60个以上。\n"
            "城北物流园、南山康养小镇等5个项目。")
    found = _projects(text)
    assert set(found) == {"城北物流园", "南山康养小镇"}
    assert all(p.stage != "started" for p in found.values())
    # a batch the notice reports on its day is an event
    event = _projects("3月18日，我市举行重点项目集中开工活动，城北物流园、南山康养小镇等5个项目集中开工。")
    assert event["城北物流园"].stage == "started"


def test_the_schedule_of_a_plan_text_dates_the_planned_start():
    text = ("今年我市将深入开展项目攻坚行动，那么今年将有哪些项目开工建设？\n"
            "40个项目新开工建设\n"
            "3月份\n"
            "城东污水处理厂二期工程、青山物流园等6个项目。\n"
            "4月份\n"
            "南湖大桥、北站综合枢纽等4个项目。")
    found = _projects(text, dt.date(2024, 2, 10))
    assert found["城东污水处理厂二期工程"].stage == "planned"
    assert found["城东污水处理厂二期工程"].dates == {"started": "2024-03"}
    assert found["南湖大桥"].dates == {"started": "2024-04"}
    # not a plan text: the month headings of a review date nothing
    review = ("去年全市项目建设成效明显。\n40个项目新开工建设\n3月份\n城东污水处理厂二期工程、青山物流园等6个项目。")
    assert _projects(review, dt.date(2024, 2, 10)).get("城东污水处理厂二期工程", None) is None \
        or _projects(review, dt.date(2024, 2, 10))["城东污水处理厂二期工程"].stage != "planned"


def test_a_batch_verb_after_of_the_count_names_the_paragraphs_batch():
    text = ("6月18日，青山县举行重点项目集中开工暨招商引资项目集中签约仪式，10个重点项目集中开工。\n"
            "在活动现场，还集中签约了4个招商引资项目，总投资9.6亿元。其中包括工业类项目2个，分别为："
            "青山分布式光伏发电、年产3000吨包装材料。")
    found = _projects(text, dt.date(2024, 6, 20))
    assert found["青山分布式光伏发电"].stage == "signed"


def test_a_phase_ends_a_name_that_shares_the_suffix_of_the_next():
    text = "观摩团察看了青山石墨烯全产业链一期和东岭功能饮品生产线建设项目，两个项目均已开工建设。"
    found = _projects(text)
    assert {"青山石墨烯全产业链一期项目", "东岭功能饮品生产线建设项目"} <= set(found)
    # a phase and the next phase of one project stay one name
    assert "青山石墨烯全产业链二期项目" not in _projects("青山石墨烯全产业链一期和二期项目均已开工建设。")
