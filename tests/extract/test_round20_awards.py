"""Round 20, awards: classes checked on further real pages (invented sentences, each beside a near miss)."""
from tests.extract.test_awards_classes import awards

# ---- a reprint's arrow pointer (一起来看…名单↓ / 具体名单如下👇) under the sentence naming the issued list


def test_an_arrow_pointer_opens_the_list_the_line_named():
    text = ("近日，省农业农村厅公布第二批江南省未来乡村创建名单，青山县东岭镇石门村等120个村入选。一起来看青山入选名单↓\n"
            "青山县（3个）\n\n青山县白沙乡南坑村\n\n青山县东岭镇上塘村\n")
    found = awards(text)
    assert ("第二批江南省未来乡村创建名单", None, "青山县白沙乡南坑村") in found
    assert ("第二批江南省未来乡村创建名单", None, "青山县东岭镇上塘村") in found
    assert all(r != "青山县" for _, _, r in found)


def test_an_arrow_pointer_on_its_own_line_under_the_list():
    text = ("日前，省文旅厅公布江南省第三批文化旅游示范乡镇名单，我市两个乡镇入选。\n具体名单如下👇\n"
            "青山县石门镇\n白沙县南坑乡\n")
    assert [r for _, _, r in awards(text)] == ["青山县石门镇", "白沙县南坑乡"]


def test_an_arrow_pointer_under_a_proposed_list_gives_nobody():
    text = ("近日，省农业农村厅公示第二批江南省未来乡村创建拟入选名单。一起来看青山入选名单↓\n"
            "青山县白沙乡南坑村\n青山县东岭镇上塘村\n")
    assert awards(text) == []


def test_an_arrow_pointer_under_a_work_list_gives_nobody():
    text = "近日，省发改委印发2024年省重点建设项目名单。一起来看青山的项目↓\n青山县东岭水库工程\n青山县城东污水处理厂\n"
    assert awards(text) == []


# ---- a bulleted roster whose heading a reprint ran into its first entry (X名单◆A / ◆B)


def test_a_heading_run_into_its_first_bullet_heads_the_roster():
    text = ("此外，我市多家单位入选第七届全国文明村镇、文明单位名单。\n第七届全国文明村镇名单◆青山县石门镇\n◆青山县白沙乡南坑村\n"
            "第七届全国文明单位名单◆国家金融监督管理总局青山监管分局\n◆青山县第一中学\n")
    # (the list's name with or without 名单: docs/contract-conventions.md, matched by containment)
    assert [(a.removesuffix("名单"), r) for a, _, r in awards(text)] == [
        ("第七届全国文明村镇", "青山县石门镇"), ("第七届全国文明村镇", "青山县白沙乡南坑村"),
        ("第七届全国文明单位", "国家金融监督管理总局青山监管分局"), ("第七届全国文明单位", "青山县第一中学")]


def test_a_family_entry_keeps_its_home_out_of_the_holders():
    text = "第三届全国文明家庭名单◆王明家庭 青山县石门镇东岭村\n◆李华家庭\n"
    assert [r for _, _, r in awards(text)] == ["王明家庭", "李华家庭"]


def test_a_heading_run_into_a_bullet_of_a_proposed_or_work_list_gives_nobody():
    assert awards("第七届全国文明村镇拟命名名单◆青山县石门镇\n◆青山县白沙乡南坑村\n") == []
    assert awards("2024年重点建设项目名单◆青山县东岭水库工程\n◆青山县城东污水处理厂\n") == []


def test_a_lone_heading_and_bullet_is_left_as_written():
    assert awards("附：参会单位名单◆青山县石门镇\n") == []


# ---- an object that counts the holders of its honour (获得…以上企业330家): the subject is where they are, no holder


def test_counted_holders_after_the_verb_leave_the_subject_without_the_honour():
    assert awards("我省自2013年承办大赛以来，累计共有10916家企业报名，获得全国赛优胜奖以上企业330家。") == []
    assert awards("我市累计获得省级以上荣誉企业50家。") == []


def test_a_prize_the_subject_won_itself_stays():
    assert awards("青山县东岭科技有限公司获得全国赛优胜奖。") == [("全国赛", "优胜奖", "青山县东岭科技有限公司")]
