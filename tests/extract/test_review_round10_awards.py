"""Round-10 review findings on awards: title marks end a holder's name unless a work's kind names the title; a first
round or a proposal (初评为, 拟被命名为) confers nothing however 被 is worded; a bare grade finds the prize named
before it without rescanning the notice; a list and the title it confers are one honour in either order; a name put
together from a reprint's words keeps each piece as written; 县域 after a county's name is a mention of the county;
one pattern for the milestone lead (全省首个 / 第一家 / 唯一). Positive and negative per class.

The sentences are written for these tests; none is copied from a notice."""

from tests.benchmarks.worstcase import grade_lines
from tests.extract.test_real_awards_round6 import awards
from warehouse.extract.awards.earlier import NamedPrizes, named_prize
from warehouse.extract.places import document_home, home_place

# ---- finding 8: 《》 end a holder's name, unless a work's kind names the title


def test_title_marks_after_a_place_end_its_name():
    # 丰溪县《…方案》获评…: the county, the document's title no part of its name
    assert awards("丰溪县《关于加快数字乡村建设的实施方案》获评全省优秀改革案例。") == [
        ("全省优秀改革案例", None, "丰溪县")]
    # a medium's programme before the place it reports on: the place
    assert awards("省电视台《东岭新闻》丰溪县获评省级生态文明建设示范县。") == [
        ("省级生态文明建设示范县", None, "丰溪县")]


def test_a_work_named_by_its_kind_keeps_its_title():
    # 报告文学《…》: the work, quotes inside its title marks its own
    assert awards("报告文学《山那边的“新农人”》荣获省五个一工程奖。") == [
        ("省五个一工程奖", None, "报告文学《山那边的“新农人”》")]
    assert awards("东岭市文艺奖评选揭晓，授予散文集《南岭村的灯》等5件作品金奖。") == [
        ("东岭市文艺奖", "金奖", "散文集《南岭村的灯》")]


# ---- finding 9: a first round or a proposal confers nothing, with or without words between 被 and the verb


def test_preliminary_and_proposed_ratings_are_no_awards():
    assert awards("在全市文明村镇评选中，东岭镇被初评为市级文明镇，南岭村被拟评为市级文明村。") == []
    assert awards("丰溪县拟被命名为省级园林县城，东岭镇被初步认定为省级森林城镇。") == []
    assert awards("丰溪县被省政府拟授予“省级文明县城”称号。") == []
    # conferred: 被…评为 / 被命名为 / 被…授予
    assert awards("东岭镇被市文明委评为市级文明镇，南岭村被命名为市级文明村。") == [
        ("市级文明镇", None, "东岭镇"), ("市级文明村", None, "南岭村")]
    assert awards("丰溪县被省政府授予“省级文明县城”称号。") == [("省级文明县城", None, "丰溪县")]


# ---- finding 10: the prize before a bare grade, found without rescanning the notice


def test_prizes_named_before_each_point_read_as_on_the_text_cut_there():
    texts = ["东岭市科技奖励大会召开。市科学技术进步奖评出一等奖3项。授予甲等5项成果二等奖。",
             "第三届东岭文学奖揭晓，奖金5万元，另设新人奖。第四届南岭艺术奖金奖",
             "省科技奖励基金奖励办法；市长质量奖品牌奖杯；丰溪县青年创新创业奖"]
    for text in texts:
        prizes = NamedPrizes(text)
        for cut in range(len(text) + 1):
            assert prizes.before(cut) == named_prize(text[:cut]), (text, cut)


def test_a_bare_grade_on_every_line_of_a_long_notice_goes_with_its_own_line():
    # (how the time grows with the lines is a benchmark: tests/benchmarks/worstcase.py)
    found = awards(grade_lines(400))
    assert len(found) == 400 and found[0] == ("东岭市摄影艺术奖", "金奖", "《作品0》")
    assert found[-1] == ("东岭市摄影艺术奖", "金奖", "《作品399》")


# ---- finding 11: a list and the title it confers are one honour in either order


def test_a_list_and_the_title_it_confers_are_one_honour_in_either_order():
    one = [("国家级绿色工厂", None, "丰溪科技公司")]
    assert awards("丰溪科技公司入选工信部绿色制造名单，荣获“国家级绿色工厂”称号。") == one
    assert awards("丰溪科技公司荣获“国家级绿色工厂”称号，入选工信部绿色制造名单。") == one


def test_a_list_of_another_scope_or_honour_stays_in_either_order():
    # a world ranking beside a national title sharing a word
    first = awards("东岭市荣获全国“最美康养旅游城市”称号，上榜2024年全球康养名城榜单。")
    second = awards("东岭市上榜2024年全球康养名城榜单，荣获全国“最美康养旅游城市”称号。")
    assert sorted(first) == sorted(second) == [("全国“最美康养旅游城市”", None, "东岭市"), ("全球康养名城榜单", None, "东岭市")]
    # a list of another honour
    assert sorted(awards("丰溪科技公司入选专精特新企业名单，荣获“国家级绿色工厂”称号。")) == [
        ("专精特新企业", None, "丰溪科技公司"), ("国家级绿色工厂", None, "丰溪科技公司")]


# ---- finding 12: a name put together from a reprint's words keeps each piece as the reprint writes it


def test_a_composed_name_in_a_reprint_keeps_each_piece_as_written():
    # 千里 (unchanged by the conversion) and 心裡 (里 converted) in one sentence: 千里 stays 千里
    text = "本報訊 近日，省農業農村廳發佈通知。\n豐溪縣獲評全省千里綠道建設優秀縣、優勝縣，群眾心裡美滋滋。"
    assert awards(text) == [("全省千里綠道建設優秀縣", None, "豐溪縣"), ("全省千里綠道建設優勝縣", None, "豐溪縣")]
    # a converted character in the composed part is still put back
    text = "本報訊 近日，省農業農村廳發佈通知。\n豐溪縣獲評全省鄉村振興建設優秀縣、優勝縣。"
    assert awards(text) == [("全省鄉村振興建設優秀縣", None, "豐溪縣"), ("全省鄉村振興建設優勝縣", None, "豐溪縣")]


# ---- finding 13: 县域 after a county's name is a mention of the county, a scope's word alone names no place


def test_a_countys_area_names_the_county():
    body = "德清县域经济稳步增长，德清县域内新增市场主体500家。\n我县荣获“省级文明县城”称号。"
    assert document_home(body, ("区", "县")) == home_place(body, "县") == "德清县"
    assert awards(body) == [("省级文明县城", None, "德清县")]
    # a county the gazetteer does not know: its 县域 counts beside a mention without it
    body = "丰溪县域经济稳步增长。丰溪县新增市场主体500家。"
    assert document_home(body, ("区", "县")) == home_place(body, "县") == "丰溪县"


def test_a_scope_word_alone_names_no_place():
    body = "中国县域经济论坛召开，中国县域经济发展报告发布，推动县域经济高质量发展。"
    assert document_home(body, ("区", "县")) is None
    assert home_place(body, "县") is None


# ---- finding 14: one milestone lead (全省首个 / 第一个 / 唯一 / 首批 a designation's batch)


def test_a_milestone_is_no_title_and_its_lead_leaves_a_conferred_one():
    assert awards("东岭镇成为全省唯一一个产值超千亿的乡镇。") == []
    assert awards("东岭镇成为全市第一家产值超百亿的乡镇。") == []
    assert awards("东岭镇成为全市首个国家级生态文明建设示范镇。") == [("国家级生态文明建设示范镇", None, "东岭镇")]
    assert awards("东岭镇成为全市第一个省级森林城镇。") == [("省级森林城镇", None, "东岭镇")]
    # 首批: the first batch of a designation, no milestone
    assert awards("南岭村成为全国首批乡村治理示范村。") == [("全国首批乡村治理示范村", None, "南岭村")]
