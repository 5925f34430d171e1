"""Awards, round 14: one reader of rosters whatever their layout (a heading or a lead-in that names the title received,
then the holders one per line, per bullet, per table row, in runs split by 、 or by spaces, under category or place
labels, up to where the list ends), a decision broken one phrase to a line, and the classes of fresh real notices
around them (municipalities' titles, editions named once, titles confirmed after a review, counted holders, candidates,
a hospital pointed at, headings and figures that are no holders). Each test is one class, in sentences and layouts
written for the test, with the wordings the rule must not fire on."""
from warehouse.extract.awards.lists import roster_entries
from warehouse.extract.awards.rosters import spaced_entries
from warehouse.extract.sentences import Sentence

from tests.extract.test_real_awards_round6 import awards, full


def _line(text: str) -> Sentence:
    return Sentence(text, 0, len(text), 0)


# --- one roster reader: the layouts of the holders -------------------------------------------------------------------

def test_towns_in_runs_of_spaces_under_their_district_labels():
    text = ("江南省爱卫会关于命名东岭镇等6个乡镇为省级卫生乡镇的通知\n附件\n2024年江南省卫生乡镇命名名单\n丰溪区\n"
            "东岭镇 西坑乡 南山镇\n青山县\n北坡镇\n石门镇 白沙乡\n江南省爱国卫生运动委员会\n2024年3月1日")
    found = full(text)
    assert [a[2] for a in found] == ["东岭镇", "西坑乡", "南山镇", "北坡镇", "石门镇", "白沙乡"]
    assert {a[0] for a in found} == {"江南省卫生乡镇"} and {a[4] for a in found} == {"2024"}
    # a district alone on its line is a holder when the title is not one of towns
    text = "2024年度清州市文明城区名单\n丰溪区\n青山区"
    assert [a[2] for a in full(text)] == ["丰溪区", "青山区"]


def test_a_run_of_spaces_is_read_only_when_every_word_names_a_holder():
    assert roster_entries(_line("龙岗镇 白沙乡 石门村")) == [("龙岗镇", None), ("白沙乡", None), ("石门村", None)]
    assert roster_entries(_line("丰溪县 第12位")) == [("丰溪县", "第12位")]
    assert roster_entries(_line("王明 李华 赵强")) == [("王明", None), ("李华", None), ("赵强", None)]
    # two short words, a person beside a place, a date in the run: no run of names
    assert spaced_entries("附件 名单") is None
    assert spaced_entries("王明 丰溪县") is None
    assert spaced_entries("东岭镇 2023年 验收通过") is None


def test_bullet_lists_in_traditional_characters_grouped_by_city():
    text = ("（一）2023年被重新確認為省級衛生鄉鎮（縣城）：（江南省名單）\n●清州市：丰溪縣城、東嶺鎮\n"
            "●江城市：南坪鎮、西嶺縣城 本報記者 王明\n編輯：李華")
    found = full(text)
    assert [a[2] for a in found] == ["丰溪縣城", "東嶺鎮", "南坪鎮", "西嶺縣城"]  # the byline is no part of the last
    assert {a[0] for a in found} == {"省級衛生鄉鎮（縣城）"} and {a[4] for a in found} == {"2023"}
    # other bullets, the same reading
    for bullet in ("■", "◆", "▲", "★", "◎", "·", "-", "•"):
        assert [a[2] for a in full(f"以下单位被评为2023年度市级文明单位：\n{bullet}丰溪县人民医院\n{bullet}丰溪县第一中学")] \
            == ["丰溪县人民医院", "丰溪县第一中学"]


def test_a_lead_in_that_names_the_title_conferred_heads_the_lines_under_it():
    text = "以下单位被评为2023年度市级文明单位：\n丰溪县人民医院\n丰溪县第一中学\n\n据了解，本次评选共收到申报材料120份。"
    assert full(text) == [("市级文明单位", None, "丰溪县人民医院", "municipal", "2023"),
                          ("市级文明单位", None, "丰溪县第一中学", "municipal", "2023")]
    text = "入选第三批省级生态文明建设示范村名单如下：\n①东岭村\n②西坑村"
    assert [a[2] for a in full(text)] == ["东岭村", "西坑村"]
    # proposed, recommended, put forward for evaluation: nothing conferred
    assert awards("以下单位拟评为2023年度市级文明单位：\n丰溪县人民医院\n丰溪县第一中学") == []
    assert awards("经县级推荐，以下乡镇被推荐为省级生态乡镇：\n东岭镇\n西坑乡") == []
    assert awards("以下学校参评省级文明校园：\n丰溪县第一中学\n丰溪县实验小学") == []


def test_a_line_that_names_a_list_and_points_below_heads_its_members_with_their_ranks():
    text = ("在2024年全国县域经济百强县榜单中，江南省占3席，分别是：\n丰溪县 第12位\n青山县 第45位\n"
            "报告还显示，百强县GDP总量继续增长。")
    assert full(text) == [("全国县域经济百强县榜单", "第12位", "丰溪县", "national", "2024"),
                          ("全国县域经济百强县榜单", "第45位", "青山县", "national", "2024")]
    text = "2024年全国县域经济百强县榜单发布，江南省占2席。\n分别是——\n丰溪县 第12位\n青山县 第45位"
    assert [a[2] for a in full(text)] == ["丰溪县", "青山县"]
    # a ranking with no list of the best named, or a pointer with no list: no members of anything
    assert awards("2024年全省营商环境评价排名情况如下：\n丰溪县 第1位\n青山县 第2位") == []
    assert awards("参加本次会议的单位分别是：\n丰溪县人民医院\n丰溪县第一中学") == []
    assert awards("在全省营商环境评价榜单中，排名前两位的分别是：\n丰溪县\n青山县") == []


def test_a_bare_list_heading_takes_its_titles_from_its_category_lines():
    text = ("名　单\n全国文明城市（县级市）\n丰溪市\n青山市\n全国文明单位\n丰溪县人民医院\n国家税务总局丰溪县税务局\n\n"
            "近年来，各地深入开展文明创建活动。")
    assert awards(text) == [("全国文明城市（县级市）", None, "丰溪市"), ("全国文明城市（县级市）", None, "青山市"),
                            ("全国文明单位", None, "丰溪县人民医院"), ("全国文明单位", None, "国家税务总局丰溪县税务局")]
    # numbered categories under a heading of both
    text = ("附件：2023年度省级生态乡镇和生态村名单\n一、省级生态乡镇\n丰溪县东岭镇、西坑乡\n二、省级生态村\n"
            "丰溪县东岭镇南山村")
    assert awards(text) == [("省级生态乡镇", None, "丰溪县东岭镇"), ("省级生态乡镇", None, "西坑乡"),
                            ("省级生态村", None, "丰溪县东岭镇南山村")]
    # a bare list with no category line names no title: nobody holds anything
    assert awards("名单\n丰溪县人民医院\n丰溪县第一中学") == []


def test_a_table_pasted_with_tabs_gives_its_name_column_and_not_its_header():
    text = "2023年度清州市先进集体名单\n序号\t单位\t所在地\n1\t丰溪县人民医院\t丰溪县\n2\t青山县公安局\t青山县"
    assert [a[2] for a in full(text)] == ["丰溪县人民医院", "青山县公安局"]


def test_one_name_per_line_written_under_its_prefecture_and_county():
    text = ("全国民族团结进步示范区（单位）名单\n临江州丰溪县东岭镇南山社区\n清州市第十六中学\n"
            "江南石油天然气股份有限公司清州油田分公司")
    assert [a[2] for a in full(text)] == ["临江州丰溪县东岭镇南山社区", "清州市第十六中学", "江南石油天然气股份有限公司清州油田分公司"]


def test_a_heading_that_names_no_title_heads_no_roster():
    assert awards("关于召开全市安全生产工作会议的通知\n附件：参会人员名单\n参会人员名单\n市应急管理局\n东岭镇") == []
    assert awards("附件：2024年度市级重点建设项目名单\n丰溪县智能制造产业园项目\n青山镇污水处理厂") == []
    assert awards("2024年乡村振兴工作成员单位名单\n县农业农村局\n县财政局") == []
    assert awards("关于2024年省级卫生乡镇拟命名名单的公示\n2024年省级卫生乡镇拟命名名单\n丰溪区\n东岭镇 西坑乡") == []
    assert awards("第五届全国文明城市候选城市名单\n丰溪市\n青山市") == []
    # a title line with no heading over it starts nothing: the prose after it ends any list
    assert awards("全国文明城市\n丰溪市\n近日，中央文明委召开会议。") == []
    # an issued list of a title named by its holders' kind stays a roster
    assert [a[2] for a in full("附件：2023年度森林村庄名单\n红岩村\n王家村")] == ["红岩村", "王家村"]


def test_page_furniture_a_source_credit_and_mojibake_close_a_roster():
    # a line the page prints all over (a caption under each picture) is no holder: the roster is over
    text = ("近日，省文明委公布了名单。\n丰溪日报\n资料图。来源：丰溪县融媒体中心\n2024年度省级文明村名单\n东岭村\n西坑村\n"
            "丰溪日报\n近年来，各村深入开展文明创建。\n丰溪日报")
    assert [a[2] for a in full(text)] == ["东岭村", "西坑村"]
    # a county written under each village of a roster repeats beside names only: no furniture, the roster goes on
    text = "2024年度省级文明村名单\n东岭村\n丰溪县\n西坑村\n丰溪县\n南山村\n丰溪县"
    assert {"东岭村", "西坑村", "南山村"} <= {a[2] for a in full(text)}
    text = "第七届全国文明家庭名单(2)\n王明家庭\n李华家庭\n(综合江南日报、清州发布等"
    assert [a[2] for a in full(text)] == ["王明家庭", "李华家庭"]
    text = "（一）2023年重新确认国家卫生城市（区）：\n江南?。清州市?、江城市"
    assert awards(text) == []


# --- a decision broken one phrase to a line --------------------------------------------------------------------------

def test_a_decision_broken_one_phrase_to_a_line():
    text = "国家民族事务委员会继续命名\n\n临江州\n\n江城州\n\n为“全国民族团结进步示范州”\n\n资料图片"
    assert full(text) == [("全国民族团结进步示范州", None, "临江州", "national", None),
                          ("全国民族团结进步示范州", None, "江城州", "national", None)]
    # a prose line between the verb and 为: no decision read
    assert awards("国家民族事务委员会命名\n近年来，临江州深入开展创建工作。\n为“全国民族团结进步示范州”") == []
    # a proposed naming: none
    assert awards("拟命名\n临江州\n为“全国民族团结进步示范州”") == []


def test_a_title_with_the_other_kind_in_brackets_gives_way_to_the_title_named_for_the_holder():
    text = ("国家民族事务委员会命名\n清州市\n为“全国民族团结进步示范市”\n名 单\n全国民族团结进步示范州（市）\n"
            "临江州\n清州市")
    assert awards(text) == [("全国民族团结进步示范市", None, "清州市"), ("全国民族团结进步示范州（市）", None, "临江州")]


# --- what the title, its level and its date are ----------------------------------------------------------------------

def test_a_municipality_under_the_state_council_confers_at_a_provinces_rank():
    assert {a[3] for a in full("2024年重庆市卫生乡镇名单\n东岭镇\n西坑镇")} == {"provincial"}
    assert {a[3] for a in full("丰溪县东岭镇获评上海市文明村。")} == {"provincial"}
    # a district of it confers at its own rank, and 市级 says the rank itself
    assert {a[3] for a in full("2024年重庆市江北区先进集体名单\n江北区人民医院")} != {"provincial"}
    assert {a[3] for a in full("东岭村获评清州市文明村。")} == {"municipal"}


def test_the_years_of_a_cycle_lead_no_title():
    found = full("近日，丰溪县东岭镇被命名为2020—2022周期国家卫生乡镇。")
    assert [(a[0], a[2], a[4]) for a in found] == [("国家卫生乡镇", "丰溪县东岭镇", "2022")]


def test_a_list_counted_after_its_batch_keeps_the_batch():
    text = "去年，农业农村部公布了第一批50个全国乡村治理示范村名单。其中，丰溪县东岭村入选。"
    assert [a[0] for a in full(text, published=None)] == ["第一批全国乡村治理示范村名单"]


def test_two_editions_of_one_title_named_once_are_two_honours():
    text = "我校已连续获评为第十二、十三届省级文明学校。"
    assert awards(text) == [("第十二届省级文明学校", None, "我校"), ("第十三届省级文明学校", None, "我校")]
    text = "丰溪县东岭村连续获评第五届和第六届全国文明村镇。"
    assert [a[0] for a in full(text)] == ["第五届全国文明村镇", "第六届全国文明村镇"]
    # one edition: one honour
    assert awards("我校获评第十二届省级文明学校。") == [("第十二届省级文明学校", None, "我校")]


def test_a_title_confirmed_after_a_review_goes_to_the_place_that_passed_it():
    text = "近日，全国爱卫会公布复审结果，丰溪县城顺利通过复审，被全国爱卫会重新确认为“国家卫生县城”。"
    assert [a[2] for a in full(text)] == ["丰溪县城"]
    text = "丰溪县、青山县被重新确认为国家卫生县城。"
    assert [a[2] for a in full(text)] == ["丰溪县", "青山县"]
    # a review failed: no title kept
    assert awards("丰溪县城未通过复审，被全国爱卫会撤销国家卫生县城称号。") == []


# --- who received it -------------------------------------------------------------------------------------------------

def test_holders_counted_but_not_named_receive_nothing():
    assert awards("清州4县入选第七届全国文明城市") == []
    assert awards("3户家庭被授予全国文明家庭称号。") == []
    assert awards("我市四集体一个人荣获全国五一劳动奖状。") == []
    # named holders with their count after them still do
    assert [a[2] for a in full("清州市丰溪县、青山县等2个县入选第七届全国文明城市。")] == ["清州市丰溪县", "青山县"]


def test_a_county_of_one_character_written_under_its_city_is_one_holder():
    text = "清州市沛县、青山县等2个县入选第七届全国文明城市。\n第七届全国文明城市名单\n沛县\n青山县"
    assert [a[2] for a in full(text)] == ["清州市沛县", "青山县"]


def test_candidates_and_those_put_forward_receive_nothing():
    assert awards("丰溪市入选第五届全国文明城市候选城市名单。") == []
    assert awards("我校获选参评新一届全国文明校园先进学校。") == []
    # a candidate who was then named: the title is received
    assert awards("丰溪市被命名为第五届全国文明城市。") == [("第五届全国文明城市", None, "丰溪市")]


def test_those_who_won_named_in_a_list_title_are_no_verb():
    text = "人力资源和社会保障部、国家卫生健康委发布全国卫生健康系统先进集体、先进工作者表彰名单，其中丰溪县人民医院荣获全国卫生健康系统先进集体称号。"
    assert [a[:3] for a in full(text)] == [("全国卫生健康系统先进集体", None, "丰溪县人民医院")]
    text = "国家卫生健康委发布“白求恩奖章”获得者表彰名单。"
    assert awards(text) == []


def test_the_hospital_a_notice_is_about_is_what_this_hospital_names():
    text = ("丰溪县人民医院荣获全国卫生健康系统先进集体称号。\n近年来，丰溪县人民医院深化改革。\n"
            "据统计，近5年来，该院荣获江南省科技进步奖2项、医学")
    assert ("江南省科技进步奖", None, "丰溪县人民医院") in awards(text)
    # two hospitals named as often: which one is not said
    text = "丰溪县人民医院、青山县人民医院开展合作。\n青山县人民医院、丰溪县人民医院共建专科。\n该院荣获江南省科技进步奖。"
    assert [a[2] for a in full(text)] == ["该院"]


def test_a_heading_that_says_how_a_work_went_or_a_figure_is_no_holder():
    text = "宜居城市建设开创新局面，城镇化率达70%，成功创建国家森林城市、全国文明城区。"
    assert all(a[2] not in ("宜居城市建设开创新局面", "城镇化率达70%") for a in full(text))
    text = "休闲旅游胜地建设展现新气象，A级旅游景区智慧化率达100%，成功创建全域旅游示范区。"
    assert all("新气象" not in a[2] and "%" not in a[2] for a in full(text))


def test_a_title_helped_towards_is_not_received():
    assert awards("为服务全市工作大局，助力丰溪高新区创成国家级高新区，近日，人大代表视察重大项目。") == []
    assert awards("推动丰溪县入选全国文明城市，县委召开动员大会。") == []
    # the zone that made it: received
    assert awards("丰溪高新区创成国家级高新区。") == [("国家级高新区", None, "丰溪高新区")]


def test_a_groups_firms_unit_is_one_holder():
    text = "江南能源集团丰溪煤业有限公司综采二区、清州华光科技有限公司综合岗位荣获全国工人先锋号。"
    assert [a[2] for a in full(text)] == ["江南能源集团丰溪煤业有限公司综采二区", "清州华光科技有限公司综合岗位"]
    # two firms side by side: two holders
    text = "清州华光科技有限公司、江南星光机械有限公司荣获全国工人先锋号。"
    assert [a[2] for a in full(text)] == ["清州华光科技有限公司", "江南星光机械有限公司"]


def test_the_kinds_of_county_a_text_lists_are_no_place_it_is_about():
    text = ("县(县级市、自治县、旗)竞争力指数前100名为“中国西部百强县市”。\n县级市 自治县 县级市\n"
            "2021年9月，入选“2021中国西部百强县市”。")
    assert all(a[2] not in ("县级市", "自治县") for a in full(text))


# --- prose: who won what, where the sentence says it its own way -----------------------------------------------------

def test_winners_each_with_their_own_verb_in_one_clause_split_by_a_comma_of_enumeration():
    text = ("在刚结束的第三届全省职业技能大赛上，丰溪技师学院表现出色。焊接项目选手王明荣获金牌、车工项目选手李华荣获银牌、"
            "钳工项目选手赵强荣获铜牌。")
    assert [(a[1], a[2]) for a in full(text)] == [("金牌", "王明"), ("银牌", "李华"), ("铜牌", "赵强")]
    # a 、 inside one holder's list of titles cuts nothing: both are the holder's
    assert awards("东岭村荣获全国文明村、省级卫生村。") == [("全国文明村", None, "东岭村"), ("省级卫生村", None, "东岭村")]


def test_people_at_one_post_joined_by_and_and_a_remark_after_a_name():
    text = "在第三届全省职业技能大赛上，家政服务项目选手王丽和李芳、钳工项目选手赵强（行业代表队）荣获优胜奖。"
    assert [a[2] for a in full(text)] == ["王丽", "李芳", "赵强"]


def test_the_contest_held_at_a_place_is_named_without_the_place():
    text = "9月25日，丰溪技师学院在北校区举行第三届全省职业技能大赛表彰大会。会上，焊接项目选手王明荣获金牌。"
    assert {a[0] for a in full(text)} == {"全省职业技能大赛"}


def test_a_shortlist_prize_is_a_grade_and_no_verb():
    text = "大学生创业之星评选评出入围奖2名。其中，《丰溪智能家居》项目和《青山茶业》项目获得“大学生创业之星”入围奖。"
    assert awards(text) == [("大学生创业之星", "入围奖", "《丰溪智能家居》项目"), ("大学生创业之星", "入围奖", "《青山茶业》项目")]


def test_a_contests_round_held_by_a_city_ranks_with_the_city():
    text = "9月25日，第九届江南创业大赛清州市选拔赛结束。其中，《丰溪智能家居》项目获得乡村振兴赛道一等奖。"
    assert full(text) == [("江南创业大赛清州市选拔赛", "一等奖", "《丰溪智能家居》项目", "municipal", None)]
    # a part of the contest defined (专项赛为X评选) is no contest the grades are won in
    text = ("第九届江南创业大赛清州市选拔赛结束。大赛由主体赛和专项赛组成，专项赛为大学生创业之星评选。"
            "其中，《丰溪智能家居》项目获得乡村振兴赛道一等奖。")
    assert {a[0] for a in full(text)} == {"江南创业大赛清州市选拔赛"}


def test_works_built_by_a_firm_listed_among_a_prizes_selected_works():
    text = ("中国建筑业协会公布了2022-2023年度中国建设工程鲁班奖第一批入选工程名单，江南建工集团承建的丰溪大剧院工程、"
            "清州博物馆工程等2项工程荣列其中。")
    found = full(text)
    assert [a[2] for a in found] == ["丰溪大剧院工程", "清州博物馆工程"]
    assert {a[0] for a in found} == {"中国建设工程鲁班奖"} and {a[4] for a in found} == {"2023"}
    # those who entered a list (荣登榜单) still name no list
    assert awards("共有769家企业荣登榜单，丰溪华光科技有限公司名列其中。") == []


def test_praised_as_and_selected_as_are_verbs_of_a_title_received():
    text = "东岭镇被清州市委、市政府表彰为2023年度全市招商引资先进单位，招商工作取得新的成效。"
    assert awards(text) == [("全市招商引资先进单位", None, "东岭镇")]
    text = "另悉，丰溪县科技局王明、青山县科技局李华在会上被评选为2023年科技管理工作先进个人。"
    assert [a[2] for a in full(text)] == ["丰溪县科技局王明", "青山县科技局李华"]
    # selected to be evaluated, proposed: none
    assert awards("东岭镇被推荐参评2023年度全市招商引资先进单位。") == []


def test_a_comment_on_an_honour_after_who_says_it_is_no_new_honour():
    assert awards("据介绍，这是丰溪县连续三年获得“全省科技管理工作先进集体”称号。") == []
    # the honours a comment names as earlier ones are honours of their own
    text = "据悉，这是东岭镇继2016年荣获全国文明村镇称号之后获得的又一殊荣。"
    assert full(text) == [("全国文明村镇", None, "东岭镇", "national", "2016")]


def test_a_pointer_after_titles_given_to_kinds_of_places_gives_each_place_its_kinds_title():
    text = ("全国爱卫会重新确认80个城市（区）为国家卫生城市（区），200个县城（乡镇）为国家卫生县城（乡镇）。"
            "其中，江南省丰溪市、青山市；清州市南坪县城与江城市北坡县城榜上有名。")
    assert awards(text) == [("国家卫生城市（区）", None, "江南省丰溪市"), ("国家卫生城市（区）", None, "青山市"),
                            ("国家卫生县城（乡镇）", None, "清州市南坪县城"), ("国家卫生县城（乡镇）", None, "江城市北坡县城")]
    # one title named: the pointer's list as before, no kind needed
    text = "全国爱卫会重新确认80个城市为国家卫生城市。其中，江南省丰溪市、青山市榜上有名。"
    assert awards(text) == [("国家卫生城市", None, "江南省丰溪市"), ("国家卫生城市", None, "青山市")]
    # a proposal of titles by kind: nothing
    text = ("全国爱卫会拟重新确认80个城市为国家卫生城市，200个县城为国家卫生县城，现予以公示。其中，丰溪市、南坪县城榜上有名。")
    assert awards(text) == []


def test_a_city_title_is_no_county_seats_and_a_county_seats_no_citys():
    text = "江南3地上榜最新国家卫生城市名单\n丰溪市、南坪县城与北坡县城榜上有名。"
    assert [a[2] for a in full(text)] == ["丰溪市"]
    assert [a[2] for a in full("丰溪市、南坪县城被评为国家卫生县城。")] == ["南坪县城"]
    # a county holds a city's title (全国文明城市 of 县级市和县): kept
    assert [a[2] for a in full("丰溪县被评为全国文明城市。")] == ["丰溪县"]


def test_a_note_a_wish_a_link_or_the_pages_buttons_close_a_roster():
    heading = "2024年度省级文明村名单\n东岭村\n西坑村\n"
    for closer in ("以上名单排名不分先后\n希望受到命名的村珍惜荣誉", "责任编辑 李华", "相关新闻\n丰溪县召开全县工作会议",
                   "打印本页 关闭窗口", "■ 上一篇：丰溪县召开会议"):
        assert [a[2] for a in full(heading + closer)] == ["东岭村", "西坑村"], closer
    # a holder whose name opens like a wish (望城区) is a holder
    assert [a[2] for a in full("2024年度省级文明城区名单\n望城区\n丰溪区")] == ["望城区", "丰溪区"]


def test_names_of_people_one_to_a_space_and_numbered_table_rows():
    text = "2023年度丰溪县优秀共产党员名单\n王明 李华 赵强 钱伟\n孙丽 周杰"
    assert [a[2] for a in full(text)] == ["王明", "李华", "赵强", "钱伟", "孙丽", "周杰"]
    # two short words under a title held by places: no people
    assert spaced_entries("孙丽 周杰", "省级文明村") is None
    # a numbered row names one holder in its first cell, its rank after it the grade
    text = "2023年全国综合竞争力百强县名单\n排名  县市\n1  丰溪市  第1位\n2  青山市  第2位"
    assert awards(text) == [("全国综合竞争力百强县名单", "第1位", "丰溪市"), ("全国综合竞争力百强县名单", "第2位", "青山市")]
    assert spaced_entries("1 丰溪县人民医院 丰溪县") is None  # (the table's first cell: read by the numbered-row reader)


def test_the_members_of_a_named_list_after_respectively_in_one_sentence():
    text = "在2024年全国百强县榜单中，江南省占2席，分别是丰溪县、青山县。"
    assert awards(text) == [("全国百强县榜单", None, "丰溪县"), ("全国百强县榜单", None, "青山县")]
    # a ranking, or a proposed list: no members of an honour
    assert awards("在2024年全省营商环境评价排名榜单中，排名前两位的分别是丰溪县、青山县。") == []
    assert awards("在2024年省级文明村拟命名名单中，我县有2个村，分别是东岭村、西坑村。") == []


def test_what_a_title_asks_or_the_titles_a_place_lists_are_no_roster():
    assert awards("被评为省级文明村的条件如下：\n村容整洁\n乡风文明") == []
    assert awards("获评先进单位的要求：\n按时完成任务\n无安全事故") == []
    assert awards("近年来，丰溪县荣获以下荣誉：\n全国文明城市\n国家卫生城市") == []
    # the kind of holder after 的: the holders under the line
    text = "2023年度全市先进集体名单公布，受表彰的单位分别是：\n丰溪县人民医院\n丰溪县第一中学"
    assert [a[2] for a in full(text)] == ["丰溪县人民医院", "丰溪县第一中学"]
    text = "荣获2023年度市级先进集体称号的单位有：\n丰溪县人民医院\n丰溪县第一中学"
    assert [a[2] for a in full(text)] == ["丰溪县人民医院", "丰溪县第一中学"]


def test_the_news_of_an_event_under_a_roster_closes_it():
    text = "2024年度省级文明村名单\n东岭村\n全国文明村镇创建工作会议召开\n西坑村"
    assert [a[2] for a in full(text)] == ["东岭村"]
    # a conference centre is a holder
    text = "2024年度市级文明单位名单\n丰溪国际会议中心\n丰溪县人民医院"
    assert [a[2] for a in full(text)] == ["丰溪国际会议中心", "丰溪县人民医院"]


def test_a_list_cut_by_a_stray_question_mark_goes_on_after_it():
    text = "此前，江南已有丰溪市、?青山县、南坪县入选国家生态文明建设示范市县。"
    assert [a[2] for a in full(text)] == ["丰溪市", "青山县", "南坪县"]
    # a Latin letter among Chinese is a name decoded in the wrong charset
    text = "此前，江南已有丰溪市、?悼h、南坪县入选国家生态文明建设示范市县。"
    assert [a[2] for a in full(text)] == ["丰溪市", "南坪县"]


def test_a_ministry_named_as_the_agent_of_a_naming_ranks_the_title():
    text = "在生态创建方面，江南省生态环境厅介绍，丰溪县、青山县被生态环境部命名为2025年生态文明建设示范区。"
    assert {a[3] for a in full(text)} == {"national"}
    # a title for counties of renown is no county's own title
    text = "近日，江南省政府公布首批生态名县名单，丰溪县、青山县入选。"
    assert {a[3] for a in full(text)} == {"provincial"}
