"""Awards, round 9: classes found on fresh real notices (reprints with pinyin glosses, rosters flattened into one line
or listed one holder a line under a participle heading, honours a later sentence points to or shortens, decisions
that name a list by the step that made it, datelines). Each test is one class, in sentences written for the test,
with the true awards of similar wordings kept."""
from datetime import date

from govwatch.evaluate import normalise
from tests.extract.helpers import contract
from tests.extract.test_real_awards_round6 import awards, full

_TRADITIONAL = "本報訊 近日，省經濟和信息化廳發佈通知，對全省優秀企業進行表彰。"  # enough traditional characters to read as a reprint


def test_a_glossed_reprint_is_read_without_its_glosses():
    # 數(shù)字 / 榮(róng)獲: the gloss breaks the name and the verb; names are given without it, evidence as written
    text = _TRADITIONAL + "\n其中，清州數(shù)字科技有限公司榮(róng)獲省政府質量獎，丰溪精工機械有限公司榮獲省政府質量獎提名獎。"
    found = contract(text)["awards"]
    # (the recipient's characters as written or simplified: restoring a reprint's characters is core's; no gloss either way)
    assert [(a["award"], a["grade"], normalise(a["recipient"])) for a in found] == [
        ("省政府質量獎", None, "清州数字科技有限公司"), ("省政府質量獎", "提名獎", "丰溪精工机械有限公司")]
    assert not any("(" in a["recipient"] for a in found)
    assert all("數(shù)字" in a["evidence"] and text[a["span"][0]:a["span"][1]] == a["evidence"] for a in found)
    # the same sentence without glosses reads the same
    text = _TRADITIONAL + "\n其中，清州數字科技有限公司榮獲省政府質量獎。"
    assert awards(text) == [("省政府質量獎", None, "清州數字科技有限公司")]
    # a pronoun with its gloss (他(tā)們) names nobody; a district's tally glossed (3個(gè)) is still a tally
    assert awards(_TRADITIONAL + "\n最後，讓我們祝賀\n他(tā)們獲此殊榮！") == []
    text = _TRADITIONAL + "\n今年，全市共評選勞動獎狀75個(gè)，其中丰溪區獲評首都勞動獎狀3個(gè)。"
    assert awards(text) == []


def test_a_place_that_won_a_title_counted_by_its_holders_holds_none():
    # 丰溪区获评X3个: three of the district's units hold X, the district none (the holders are not named)
    assert awards("今年，丰溪区获评首都劳动奖状3个。") == []
    assert awards("丰溪县获评省级文明村5个、省级卫生村2个。") == []
    # a firm's prizes counted (2项) are its own, and a place named alone holds its title
    assert awards("清州华光科技有限公司获得国家科技进步奖二等奖2项。") == [("国家科技进步奖", "二等奖", "清州华光科技有限公司")]
    assert awards("丰溪县东岭村获评省级文明村。") == [("省级文明村", None, "丰溪县东岭村")]


def test_a_list_named_by_the_step_that_made_it_names_the_title():
    # …中小企业认定通过名单 / …企业认定名单: the step is no part of the title the list confers
    text = "近日，省工业和信息化厅公布了第七批省级“专精特新”中小企业认定通过名单，清州华光科技有限公司、丰溪精工机械有限公司成功入选。"
    assert full(text) == [("省级“专精特新”中小企业", None, "清州华光科技有限公司", "provincial", None),
                          ("省级“专精特新”中小企业", None, "丰溪精工机械有限公司", "provincial", None)]
    text = "省科技厅公布2024年度省级科技型企业认定名单，清州华光科技有限公司榜上有名。"
    assert awards(text) == [("省级科技型企业", None, "清州华光科技有限公司")]
    # the same on a roster's heading line
    text = "第七批省级专精特新中小企业认定通过名单\n清州华光科技有限公司\n丰溪精工机械有限公司"
    assert awards(text) == [("省级专精特新中小企业", None, "清州华光科技有限公司"), ("省级专精特新中小企业", None, "丰溪精工机械有限公司")]
    # a list whose name has no such step keeps it whole
    text = "省科技厅公布了第三批省级科技型企业名单，清州华光科技有限公司成功入选。"
    assert awards(text) == [("省级科技型企业", None, "清州华光科技有限公司")]


def test_a_replacement_in_a_ranked_list_is_a_designation():
    # 被递补为X: filled into the list of holders, as 被认定为X
    text = "此外，全省新增2家递补企业，清州华光科技有限公司、丰溪精工机械有限公司被递补为农业产业化国家重点龙头企业。"
    assert full(text) == [("农业产业化国家重点龙头企业", None, "清州华光科技有限公司", "national", None),
                          ("农业产业化国家重点龙头企业", None, "丰溪精工机械有限公司", "national", None)]
    # losing a title (被取消…资格) is no honour
    assert awards("清州华光科技有限公司被取消农业产业化国家重点龙头企业资格。") == []


def test_a_roster_heading_that_names_the_honour_its_holders_entered():
    # 入选X的清州名单： then one holder a line: the honour is X, not the list
    text = ("近日，农业农村部公布了监测结果。\n入选第九次监测合格农业产业化国家重点龙头企业的清州名单:\n"
            "清州华光食品股份有限公司\n丰溪精工机械有限公司")
    assert full(text) == [("第九次监测合格农业产业化国家重点龙头企业", None, "清州华光食品股份有限公司", "national", None),
                          ("第九次监测合格农业产业化国家重点龙头企业", None, "丰溪精工机械有限公司", "national", None)]
    text = "获评2024年度省级文明村的名单如下：\n东岭村\n西坑村"
    assert awards(text) == [("省级文明村", None, "东岭村"), ("省级文明村", None, "西坑村")]
    # a list of candidates (拟入选…) is no roster of holders
    assert awards("拟入选2024年度省级文明村的名单如下：\n东岭村\n西坑村") == []


def test_a_roster_flattened_into_one_line_names_each_label_its_holders():
    # a page's list pasted as one line: each label an honour, its holders one to a space, a person after the post
    text = ("获奖集体和个人 2024年度清州市治水工作表现突出单位: 东岭镇 西坑社区 南山村 2024年度清州市治水工作表现突出个人: "
            "东岭镇水务中心主任 王明 丰溪县住房和城乡建设局负责人 李华 治水成效 2024年,全镇铺设污水管网超25公里。")
    assert full(text) == [("清州市治水工作表现突出单位", None, "东岭镇", "municipal", "2024"),
                          ("清州市治水工作表现突出单位", None, "西坑社区", "municipal", "2024"),
                          ("清州市治水工作表现突出单位", None, "南山村", "municipal", "2024"),
                          ("清州市治水工作表现突出个人", None, "王明", "municipal", "2024"),
                          ("清州市治水工作表现突出个人", None, "李华", "municipal", "2024")]
    # a grade in the title (一等奖单位) is its grade; a sub-label of people under an honour for persons goes on with it
    text = ("2022—2024年度清州市旧厂改造工作一等奖单位: 东岭镇 2022—2024年度清州市旧厂改造工作表现突出个人: "
            "东岭镇党委书记 赵强 参加东岭镇改造工作的市直干部:钱进、孙立 改造成效 东岭镇累计改造地块29宗。")
    assert full(text) == [("清州市旧厂改造工作一等奖单位", "一等奖", "东岭镇", "municipal", "2024"),
                          ("清州市旧厂改造工作表现突出个人", None, "赵强", "municipal", "2024"),
                          ("清州市旧厂改造工作表现突出个人", None, "钱进", "municipal", "2024"),
                          ("清州市旧厂改造工作表现突出个人", None, "孙立", "municipal", "2024")]
    # a page's fields (来源单位: 融媒体中心 作者: 王明) and a label of no honour are no roster
    assert awards("索引号: 发布时间: 2024-06-05 来源单位: 融媒体中心 作者: 王明 编辑: 李华 点击数:") == []
    assert awards("参会单位: 东岭镇 西坑社区 南山村 会议议程: 王明 讲话") == []
    # who won, gave or organised (获奖单位: / 颁奖单位: / 承办单位:) names no honour; X奖获奖单位: names the prize X奖
    assert awards("获奖单位: 丰溪县人民医院 丰溪县第一中学") == []
    assert awards("颁奖单位: 清州市人民政府 承办单位: 丰溪县人民政府") == []
    text = "2024年度清州市科技进步奖获奖单位: 丰溪县人民医院 丰溪县第一中学"
    assert awards(text) == [("清州市科技进步奖", None, "丰溪县人民医院"), ("清州市科技进步奖", None, "丰溪县第一中学")]


def test_a_roster_category_line_and_a_person_with_the_post_after_her():
    # 全国道德模范名单 / 全国诚实守信模范： / 王芳(女) 清州市…党委书记: the category is of the roster's honour
    text = ("第九届全国道德模范名单(清州市1人)\n\n全国诚实守信模范:\n\n王芳(女) 清州市东岭街道西坑社区党委书记、居委会主任\n\n"
            "整理自新华社、中国文明网\n\n初审:李华\n\n终审:赵强")
    assert awards(text) == [("第九届全国道德模范名单", None, "王芳")]
    # a heading with a head noun of its own starts a roster of its own
    text = "2024年度先进集体名单\n丰溪县人民医院\n优秀共产党员（2名）：\n王明\n李华"
    assert awards(text) == [("先进集体", None, "丰溪县人民医院"), ("优秀共产党员", None, "王明"), ("优秀共产党员", None, "李华")]


def test_an_object_less_verb_points_to_the_honour_its_sentence_conferred():
    # 命名A等195个县为X，B、C获评: 获评 with nothing after it is X
    text = "交通运输部命名东岭区等195个县级行政单位为“四好农村路”全国示范县，丰溪县、南山县获评。"
    assert full(text) == [("“四好农村路”全国示范县", None, "东岭区", "national", None),
                          ("“四好农村路”全国示范县", None, "丰溪县", "national", None),
                          ("“四好农村路”全国示范县", None, "南山县", "national", None)]
    text = "省政府授予东岭镇等20个乡镇“省级卫生乡镇”称号，丰溪县西坑镇名列其中。"
    assert ("省级卫生乡镇", None, "丰溪县西坑镇") in awards(text)


def test_an_object_less_verb_points_to_the_honour_the_notice_said_was_decided():
    # 确定了新一批的X。A等12个村入选…今年入选的12个村分别是：… : the honour decided in the sentence before
    text = ("日前，农业农村部确定了新一批的中国美丽休闲乡村。丰溪县东岭村等3个村庄入选，全省总数达到43个。"
            "全国有248个村落被确定为2020年中国美丽休闲乡村。今年入选的3个村分别是：丰溪县东岭村、南山县西坑村、北岭县前溪村。")
    found = full(text, date(2020, 9, 7))
    assert [(a, r) for a, _, r, _, _ in found] == [("中国美丽休闲乡村", "丰溪县东岭村"), ("中国美丽休闲乡村", "南山县西坑村"),
                                                   ("中国美丽休闲乡村", "北岭县前溪村")]
    # the list sentence dates the village the first sentence named undated
    assert [d for _, _, _, _, d in found] == ["2020", "2020", "2020"]
    # any decision verb (认定了 / 公布了) with a ranked title as its object
    assert awards("省林业局认定了2024年度省级森林村庄。丰溪县东岭村等3个村庄入选。") == [("省级森林村庄", None, "丰溪县东岭村")]
    assert awards("省林业局公布了第三批省级森林村庄。丰溪县东岭村成功入选。") == [("省级森林村庄", None, "丰溪县东岭村")]
    # with nothing decided before, an object-less 入选 names no honour
    assert awards("省林业局发布了年度工作要点。丰溪县东岭村成功入选。") == []
    assert awards("省统计局公布了全省县域经济运行情况。丰溪县成功入选。") == []
    assert awards("日前，农业农村部召开了乡村工作会议。丰溪县东岭村等3个村庄入选。") == []
    # a list published as a 公示, or a naming only proposed (拟命名 / 拟认定): candidates, no honour to point to
    text = ("住建部等部门公布第六批中国传统村落名单（公示），丰溪县东岭村等4个村入选。"
            "入选的4个中国传统村落分别是：东岭村、西坑村、南山村、前溪村。")
    assert awards(text) == []
    assert awards("省文明委发布公示，拟命名东岭村等10个村为省级文明村。东岭村等3个村入选。") == []
    assert awards("省林业局拟认定2024年度省级森林村庄。丰溪县东岭村等3个村庄入选。") == []


def test_a_short_form_in_brackets_and_a_mention_without_the_level_name_the_full_honour():
    # X实践创新基地（“两山”基地）…A名列“两山”基地: the short form is the honour defined in full
    text = ("11月16日，生态环境部命名第三批国家生态文明建设示范市县和“绿水青山就是金山银山”实践创新基地（“两山”基地），"
            "丰溪县、南山县等6地被命名为生态文明建设示范市县；丰溪县东岭村名列“两山”基地。\n"
            "此前，清州市上榜“两山”基地。")
    found = full(text)
    assert [(a, r, lv) for a, _, r, lv, _ in found] == [
        ("国家生态文明建设示范市县", "丰溪县", "national"), ("国家生态文明建设示范市县", "南山县", "national"),
        ("“绿水青山就是金山银山”实践创新基地", "丰溪县东岭村", "national"),
        ("“绿水青山就是金山银山”实践创新基地", "清州市", "national")]  # the honour's rank, given in the lead
    # 省政府质量奖 after 2018年度福建省政府质量奖: the province and the year the honour was first named with
    text = ("经省政府常务会议研究同意，授予我省5家企业2018年度福建省政府质量奖。\n"
            "其中，清州华光科技有限公司荣获省政府质量奖。")
    assert full(text) == [("福建省政府质量奖", None, "清州华光科技有限公司", "provincial", "2018")]
    # a mention with a level of its own keeps it; one never named with a level stays as written
    text = "国家级绿色工厂名单公布。清州华光科技有限公司获评省级绿色工厂。"
    assert awards(text) == [("省级绿色工厂", None, "清州华光科技有限公司")]
    assert full("清州华光科技有限公司荣获科学技术进步奖一等奖。") == [
        ("科学技术进步奖", "一等奖", "清州华光科技有限公司", None, None)]
    # a rank or a count after 名列 is no honour
    assert awards("丰溪县名列“全省营商环境十佳县”第3位。") == []


def test_a_grade_taken_in_a_contest_named_before():
    # 取得了创新组一等奖: 取得 reports a prize when a grade closes its object; the contest is the one named before
    text = ("8月10日，清州市第十二届青年创业创新大赛落幕。\n经过一天激烈的角逐，最终清州华光科技有限公司王芳凭借智能传感器项目"
            "取得了创新组一等奖，丰溪精工机械有限公司取得了创业组二等奖。")
    assert full(text) == [("清州市第十二届青年创业创新大赛", "一等奖", "清州华光科技有限公司", "municipal", None),
                          ("清州市第十二届青年创业创新大赛", "二等奖", "丰溪精工机械有限公司", "municipal", None)]
    # 取得 with no grade reports results, no prize; a scholarship (一等奖学金) is no grade
    assert awards("清州市第十二届青年创业创新大赛落幕。丰溪精工机械有限公司取得了显著成效。") == []
    assert awards("清州市第十二届青年创业创新大赛落幕。王芳取得了一等奖学金。") == []


def test_a_dateline_is_no_date_of_the_honour():
    # 清州新闻网11月27日讯 / 新华社北京3月5日电: when the report was filed, page furniture
    text = "清州新闻网11月27日讯 近日，工信部公布第三批绿色制造名单，清州华光科技有限公司入选绿色工厂。"
    assert full(text, date(2024, 11, 27)) == [("绿色工厂", None, "清州华光科技有限公司", "national", None)]
    text = "新华社北京3月5日电 丰溪县被命名为国家生态文明建设示范县。"
    assert full(text, date(2024, 3, 5)) == [("国家生态文明建设示范县", None, "丰溪县", "national", None)]
    # a date the report gives the honour itself still dates it; a meeting by phone (3月5日电视电话会议) is no dateline
    text = "清州新闻网11月27日讯 11月25日，清州华光科技有限公司入选国家级绿色工厂。"
    assert full(text, date(2024, 11, 27)) == [("国家级绿色工厂", None, "清州华光科技有限公司", "national", "2024-11-25")]
    text = "在3月5日电视电话会议上，丰溪县被评为省级文明城市。"
    assert full(text, date(2024, 3, 6)) == [("省级文明城市", None, "丰溪县", "provincial", "2024-03-05")]


def test_a_count_ranked_after_the_verb_is_no_title():
    # 入选X工程项目数居清州第一: how many projects entered, ranked; no title conferred
    assert awards("丰溪县入选省“千项万亿”工程项目数居清州第一。") == []
    assert awards("丰溪县入选省重点项目数量位居全市第二。") == []
    # a list entered, then a place in it or a score ranked: the list is still the honour
    assert awards("丰溪县入选“全国绿色发展百强县”，位列第69位。") == [("全国绿色发展百强县", None, "丰溪县")]
    assert awards("丰溪县获评省级示范县，综合得分居全市第一。") == [("省级示范县", None, "丰溪县")]


def test_a_decision_names_its_holders_after_the_colon_and_a_ranked_title_after_its_为():
    # 认定以下企业为X：A、B / 命名以下10个村为X：A、B: the holders follow the colon
    text = "经评审，认定以下企业为2024年度清州市专精特新中小企业：清州华光科技有限公司、丰溪精工机械有限公司。"
    assert full(text) == [("清州市专精特新中小企业", None, "清州华光科技有限公司", "municipal", "2024"),
                          ("清州市专精特新中小企业", None, "丰溪精工机械有限公司", "municipal", "2024")]
    assert awards("现命名以下10个村为省级森林村庄：东岭村、西坑村。") == [("省级森林村庄", None, "东岭村"),
                                                                     ("省级森林村庄", None, "西坑村")]
    # after a decision's 为, a name with a level is a title though it has no title word (传统村落, 生态县)
    assert awards("认定丰溪县东岭村为第三批省级传统村落。") == [("省级传统村落", None, "丰溪县东岭村")]
    assert awards("省政府同意认定丰溪县为省级生态县。") == [("省级生态县", None, "丰溪县")]
    # a post, a road's name and a designation that marks a want are no titles
    assert awards("认定王明为项目负责人。") == []
    assert awards("命名该路段为东岭大道。") == []
    assert awards("认定丰溪县东岭村为省级贫困村。") == []
    assert awards("丰溪精工机械有限公司被列为省级挂牌督办企业。") == []
    assert awards("丰溪县东岭村获评全国脱贫攻坚先进集体。") == [("全国脱贫攻坚先进集体", None, "丰溪县东岭村")]


def test_title_lines_cut_by_semicolons_and_more_flattened_and_entered_rosters():
    # 先进集体：A、B；先进个人：C、D。: each part a title line
    text = "先进集体：东岭镇、西坑村；先进个人：王明、李华。"
    assert awards(text) == [("先进集体", None, "东岭镇"), ("先进集体", None, "西坑村"), ("先进个人", None, "王明"),
                            ("先进个人", None, "李华")]
    assert awards("责任单位：县发改委、县财政局；配合单位：县自然资源局。") == []
    # a flattened roster of party members, each after the post
    text = "2024年度丰溪县优秀共产党员： 东岭镇党委书记 王明 西坑村党支部书记 李华"
    assert awards(text) == [("丰溪县优秀共产党员", None, "王明"), ("丰溪县优秀共产党员", None, "李华")]
    assert awards("会议指出: 东岭镇 西坑村 要加快发展") == []
    assert awards("优秀单位: 2家 先进个人: 5名") == []
    # 入选X名单的企业如下： / 获评X的有：: the honour after the verb heads the lines under it
    text = "入选2024年度省级绿色工厂名单的企业如下：\n清州华光科技有限公司\n丰溪精工机械有限公司"
    assert awards(text) == [("省级绿色工厂", None, "清州华光科技有限公司"), ("省级绿色工厂", None, "丰溪精工机械有限公司")]
    assert awards("获评省级文明村的有：\n东岭村\n西坑村") == [("省级文明村", None, "东岭村"), ("省级文明村", None, "西坑村")]


def test_a_holders_list_of_dated_honours_under_its_honours_line():
    # a village profile: 连续四年荣获X称号 / 2014年Y / 2015年Z名录: each dated line one more honour of the village
    text = ("喜报！东岭村被评为全国文明村。\n东岭村位于丰溪县西南部。\n连续四年荣获丰溪县“明星村”称号\n2014年河南省美丽乡村建设试点村\n"
            "2015年河南省第三批传统村落名录\n2016年丰溪县精准脱贫“星级示范村”\n据悉，东岭村还将继续努力。")
    assert full(text) == [("全国文明村", None, "东岭村", "national", None), ("丰溪县“明星村”", None, "东岭村", "county", None),
                          ("河南省美丽乡村建设试点村", None, "东岭村", "provincial", "2014"),
                          ("河南省第三批传统村落名录", None, "东岭村", "provincial", "2015"),
                          ("丰溪县精准脱贫“星级示范村”", None, "东岭村", "county", "2016")]
    # a dated list heading under one holder's honour, names under it: a roster of its own
    text = "清州华光科技有限公司获评省级绿色工厂。\n2024年度省级专精特新中小企业名单\n丰溪精工机械有限公司\n南山机械有限公司"
    assert awards(text) == [("省级绿色工厂", None, "清州华光科技有限公司"), ("省级专精特新中小企业", None, "丰溪精工机械有限公司"),
                            ("省级专精特新中小企业", None, "南山机械有限公司")]
    # a dated line that names no title (a year's report) is nothing
    assert awards("东岭村荣获省级文明村称号\n2024年东岭村工作总结") == [("省级文明村", None, "东岭村")]


def test_a_title_heading_with_a_colon_and_a_table_pasted_under_a_roster_heading():
    # 2024年度省级文明单位： alone on its line, holders under it
    text = "2024年度省级文明单位：\n丰溪县人民医院\n丰溪县第一中学"
    assert full(text) == [("省级文明单位", None, "丰溪县人民医院", "provincial", "2024"),
                          ("省级文明单位", None, "丰溪县第一中学", "provincial", "2024")]
    # a report's heading (获奖情况：, 主要做法：) heads no roster
    assert awards("获奖情况：\n丰溪县人民医院") == []
    assert awards("主要做法：\n加强组织领导") == []
    # 序号 企业名称 所在地 / 1 A公司 丰溪县: the header is skipped, each row's name column read
    text = ("2024年省级专精特新中小企业名单\n序号 企业名称 所在地\n1 清州华光科技有限公司 丰溪县\n"
            "2 丰溪精工机械有限公司 南山县")
    assert awards(text) == [("省级专精特新中小企业", None, "清州华光科技有限公司"),
                            ("省级专精特新中小企业", None, "丰溪精工机械有限公司")]
    # a numbered list flattened into one line under the heading: each name; a sentence under it reports, no name
    text = "2024年度省级文明村：\n1 东岭村 2 西坑村 3 南山村"
    assert awards(text) == [("省级文明村", None, "东岭村"), ("省级文明村", None, "西坑村"), ("省级文明村", None, "南山村")]
    assert awards("省级先进集体：\n丰溪县获评全国文明城市") == [("全国文明城市", None, "丰溪县")]
    # the ministry that publishes a list is no part of the title (工信部第五批…名单)
    text = "清州华光科技有限公司上榜工信部第五批制造业单项冠军企业名单。"
    assert full(text) == [("制造业单项冠军企业", None, "清州华光科技有限公司", "national", None)]
