"""Project classes of round 15 (fresh real texts annotated apart from the rules): stages (a list of works said to go on
faster, the progress of works kept going, the works a sentence about works under construction names, the floor of an
event whose batches are all works on site), names (a park and 内 before its project, lead words of an example, a
person's title in a list, a hold taken on something, a day before 项目, the offices of a pool, the kinds a place seeks,
how works are funded, the kind a project is said to be), projects in talks under their heading, and location (a park
that holds a list, a headline's zone before the county, a town spoken of as 镇域, an area of a town). One test per
class, positive and negative.

The sentences are written for these tests, in the shapes that reviews, ceremony news, town notices and investment
reports use; none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.projects.names import is_generic, names_in


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (a March-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


# ---- stages


def test_a_list_of_works_said_to_go_on_faster_is_under_way():
    found = _projects("过去一年，星河光电、远山锂电池二期等重大项目加速推进，东湖大桥建成通车。", dt.date(2025, 1, 20))
    assert found["星河光电"].stage == "started"
    assert found["远山锂电池二期"].stage == "started"
    found = _projects("青山药业、北岭物流园等一批项目加快建设。")
    assert found["青山药业"].stage == "started"
    # a goal for the works (力争 … 加快实施) and a task set (加快实施A等项目) are no progress reported
    found = _projects("明年，力争星河光电、远山锂电池二期等重大项目加快实施。", dt.date(2024, 12, 20))
    assert all(p.stage != "started" for p in found.values())


def test_the_progress_of_works_kept_going_is_under_way():
    found = _projects("镇党委持续优化服务，全面保障青禾食品三期、北岭环保再生等重点项目进度，确保早日见效。")
    assert found["青禾食品三期"].stage == "started"
    assert found["北岭环保再生"].stage == "started"
    # the land or the money for works is no progress of theirs
    found = _projects("镇党委全面保障青禾食品三期、北岭环保再生等重点项目用地。")
    assert all(p.stage is None for p in found.values())


def test_a_sentence_about_works_under_construction_names_works_under_way():
    found = _projects("对于重点在建项目，实行专班服务，像远山纸业、青禾饲料年产5万吨扩建等项目，要紧盯建设节点。")
    assert found["远山纸业"].stage == "started"
    assert found["青禾饲料年产5万吨扩建"].stage == "started"
    # nor the 像 of the example inside the name
    assert not any(name.startswith("像") for name in found)
    # projects still to be signed are no works under construction
    found = _projects("对于拟签约项目，实行专班服务，像远山纸业、青禾饲料等项目，要尽快签约。")
    assert all(p.stage != "started" for p in found.values())


def test_every_batch_of_works_on_site_starts_the_projects_described_under_it():
    text = ("2月10日，青山县举行一季度重点项目集中开（竣）工活动，共开竣工项目12个。\n"
            "远山智造产业园项目位于青山县经济开发区，总投资8亿元，将建设智能装备生产基地。\n"
            "北岭冷链物流中心项目总投资3亿元，建成后年营业收入可达5亿元。")
    found = _projects(text)
    assert found["远山智造产业园项目"].stage == "started"
    assert found["北岭冷链物流中心项目"].stage == "started"
    text = ("3月2日，青山县举行项目集中开工、竣工投产活动。县领导参加汉光材料、东湖科技以及东环路改造工程等3个项目集中开工、"
            "竣工投产仪式。东湖科技项目计划总投资2亿元。")
    found = _projects(text)
    assert found["东湖科技项目"].stage == "started"
    assert not any("主席" in name or "书记" in name for name in found)
    # an event that signs some projects and starts others says nothing of a project without a verb of its own
    text = ("2月10日，青山县举行重点项目集中签约暨开工活动。\n"
            "远山智造产业园项目总投资8亿元，将建设智能装备生产基地。")
    assert _projects(text)["远山智造产业园项目"].stage is None


# ---- names


def test_a_park_then_nei_then_its_projects():
    text = ("8月以来，青山经济开发区新材料产业园内年产3万吨特种树脂生产线项目、年产2000吨光学膜项目、年产500吨电子胶项目，"
            "已陆续开工建设，总投资达9亿元。")
    found = _projects(text)
    assert set(found) == {"年产3万吨特种树脂生产线项目", "年产2000吨光学膜项目", "年产500吨电子胶项目"}
    assert {p.location for p in found.values()} == {"青山经济开发区新材料产业园"}
    assert {p.stage for p in found.values()} == {"started"}
    assert {p.investment_cny for p in found.values()} == {None}  # the list's total, no member's
    # a park's projects not named, a park's firms counted: no name after 内
    assert _names("青山产业园内项目建设如火如荼。") == ["青山产业园内项目"] or _names("青山产业园内项目建设如火如荼。") == []
    assert _projects("青山产业园内已入驻企业30家，规上企业12家。") == {}


def test_what_a_project_is_said_to_be_is_no_second_project():
    found = _projects("东湖开发区的远山医疗器械项目为省重点建设项目，占地120亩，计划投资8亿元，目前已开工建设。")
    assert set(found) == {"远山医疗器械项目"}
    assert found["远山医疗器械项目"].land_mu == 120
    assert found["远山医疗器械项目"].investment_cny == 800000000
    # a project that is the second phase of another keeps both named
    found = _projects("远山医疗器械二期项目是远山医疗器械项目的扩建工程，总投资3亿元，已于5月开工。")
    assert "远山医疗器械二期项目" in found


def test_lists_of_kinds_pools_and_offices_are_no_names():
    assert _names("获奖团队可优先纳入县级科技、工信、人社等部门项目库。") == []
    assert _names("园区以招引智能终端、数字内容、文化创意等项目为重点，打造数字产业高地。") == []
    assert _names("各县（市）围绕专项债项目、超长期特别国债项目谋划储备情况作了交流。") == []
    assert is_generic("中央预算内投资项目")
    assert not is_generic("中央商务区项目")
    # named works in a list stay names
    assert "远山智能终端" in _names("园区引进远山智能终端、北岭数字内容等项目，总投资20亿元。")


def test_a_day_before_xiangmu_and_a_hold_taken_are_no_names():
    assert _names("图为5月8日项目建设现场。") == []
    assert _names("全区牢牢抓住项目建设这个关键，推动经济稳进提质。") == []
    assert _names("5月8日，远山电子项目开工。") == ["远山电子项目"]


# ---- projects in talks


def test_projects_under_a_talks_heading_are_no_works():
    text = ("一、签约项目情况\n1-6月份，签约远山电子、北岭药业等项目12个。\n"
            "二、跟踪在谈项目情况\n1-6月份跟踪在谈项目25个。主要有青禾新能源电池产业化项目、东湖汽车零部件产业园等。")
    found = _projects(text)
    assert set(found) == {"远山电子", "北岭药业"}
    assert found["远山电子"].stage == "signed"
    # a works under that heading that has started is still a works
    text = ("二、洽谈项目情况\n青禾新能源电池产业化项目已于2月开工建设。")
    assert "青禾新能源电池产业化项目" in _projects(text)


# ---- location


def test_a_headline_zone_is_more_precise_than_the_county():
    text = ("东湖经济开发区3个项目开工建设\n来源：东湖区人民政府网\n"
            "9月29日，年产2万吨水性涂料项目开工建设。东湖区全力推进项目建设，东湖区工业投资增长45%。")
    assert _projects(text, dt.date(2024, 9, 30))["年产2万吨水性涂料项目"].location == "东湖经济开发区"


def test_a_town_spoken_of_as_zhenyu_is_the_notice_town():
    text = ("青禾镇：扎实推进重点工作\n新的一年，青禾镇将在产业发展上下功夫，进一步壮大镇域经济。"
            "全面保障远山食品二期、北岭有机肥等重点项目进度。")
    found = _projects(text)
    assert found["远山食品二期"].location == "青禾镇"
    # a town named once, no 镇域 nor 全镇: no notice town
    text = "青禾镇：扎实推进重点工作\n全面保障远山食品二期、北岭有机肥等重点项目进度。"
    assert _projects(text)["远山食品二期"].location is None


def test_an_area_of_a_town_is_no_location():
    found = _projects("远山云谷项目位于北岭老城区，总投资12亿元，今年3月开工建设。")
    assert found["远山云谷项目"].location != "北岭老城区"
    found = _projects("远山云谷项目位于北岭经济开发区，总投资12亿元，今年3月开工建设。")
    assert found["远山云谷项目"].location == "北岭经济开发区"
