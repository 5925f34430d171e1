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


# ---- after review: the arrow pointer refuses what points at no honour (the old 如下： pointer with it)


def test_a_pointer_under_a_punitive_or_work_list_gives_nobody():
    assert awards("2024年第一批失信企业黑名单公布，一起来看↓\n青山某建材有限公司\n白沙某贸易有限公司\n") == []
    assert awards("2024年第一批失信企业黑名单公布，名单如下：\n青山某建材有限公司\n白沙某贸易有限公司\n") == []
    assert awards("2024年重点排污单位名录发布，我市名单看这里↓\n青山化工有限公司\n白沙造纸有限公司\n") == []
    assert awards("市生态环境局公布第一批约谈企业名单，名单如下▼\n青山化工有限公司\n白沙造纸有限公司\n") == []
    assert awards("2024年省级乡村振兴重点帮扶村名单确定，我县名单如下👇\n东岭村\n南坑村\n") == []
    assert awards("2024年全省农民丰收节厨艺大赛报名名单公布，一起来看↓\n张建国\n李红梅\n") == []
    assert awards("省文明委决定取消一批单位省级文明单位称号，名单如下👇\n青山县某局\n白沙县某中心\n") == []


def test_an_arrow_at_a_qr_code_or_a_link_gives_nobody():
    text = "2024年省级现代农业园区名单公布，青山县茶叶产业园入选。扫码看完整名单↓\n微信公众号\n青山发布\n"
    assert [r for _, _, r in awards(text)] == ["青山县茶叶产业园"]
    assert awards("2024年省级专精特新中小企业名单公布，我市126家企业入选。长按识别二维码查看完整名单👇\n青山发布\n") == []


def test_a_follow_us_line_closes_the_roster():
    text = "第七届全国文明村镇名单公布，一起来看青山名单↓\n青山县石门镇\n白沙县南坑乡\n长按关注青山发布\n"
    assert [r for _, _, r in awards(text)] == ["青山县石门镇", "白沙县南坑乡"]


def test_look_points_only_as_come_and_look_with_the_arrow_after_it():
    text = "2024年青山市科学技术奖获奖名单公布，一起来看👇\n青山华光科技有限公司\n白沙精密机械有限公司\n"
    assert [r for _, _, r in awards(text)] == ["青山华光科技有限公司", "白沙精密机械有限公司"]
    text = "青山市“十佳”文明家庭名单揭晓，名单如下，请看↓\n王明家庭\n李华家庭\n"
    assert [r for _, _, r in awards(text)] == ["王明家庭", "李华家庭"]
    # (向先进看齐 / 一起来看会议精神: the arrow points at no list)
    assert awards("全市创建全国文明城市工作推进会召开。会议要求全力冲刺全国文明城市名单，一起来看会议精神↓\n"
                  "坚持问题导向\n强化责任落实\n") == []
    assert [r for _, _, r in awards("我县被列入全省养老服务示范县名单，向先进看齐↓\n青山县养老服务中心\n")] == ["我县"]


# ---- after review: a form's boxes and a star rating are no bullets


def test_checkboxes_and_star_ratings_are_no_bullets():
    assert awards("是否列入省级示范名单□是\n□否\n申报单位（盖章）：\n") == []
    assert awards("是否列入国家级龙头企业名单 □是 □否\n是否列入省级龙头企业名单 □是 □否\n") == []
    assert awards("2024年星级农家乐名单☆☆☆青山农家乐\n☆☆☆☆白沙山庄\n") == []
    assert awards("2024年度五星级农家乐名单★★★★★青山农家乐\n★★★★★白沙山庄\n") == []
    # (one ★ before a name is a bullet)
    assert [r for _, _, r in awards("第三批全国乡村旅游重点村名单★青山县石门镇东岭村\n★白沙县南坑乡上塘村\n")] == [
        "青山县石门镇东岭村", "白沙县南坑乡上塘村"]


def test_a_struck_off_list_run_into_its_bullet_gives_nobody():
    assert awards("撤销省级文明单位称号名单◆青山县某局\n◆白沙县某中心\n") == []
    assert awards("撤销省级文明单位称号名单\n◆青山县某局\n◆白沙县某中心\n") == []


# ---- after review: a long public body's name only inside a run of entries; a contact line closes the roster


def test_a_long_body_name_last_under_a_roster_signs_it():
    assert [r for _, _, r in awards("2023年度全市文明单位名单\n青山市人民医院\n青山市第一中学\n"
                                    "中共青山市委精神文明建设指导委员会\n")] == ["青山市人民医院", "青山市第一中学"]
    assert [r for _, _, r in awards("2023年度全市农业农村先进单位名单\n石门镇人民政府\n白沙乡人民政府\n\n"
                                    "青山市农业农村局青山市乡村振兴局\n\n抄送：市委办公室\n")] == ["石门镇人民政府", "白沙乡人民政府"]
    assert [r for _, _, r in awards("第七届全国文明单位名单◆青山市人民医院\n◆青山市第一中学\n"
                                    "中共青山市委精神文明建设指导委员会\n")] == ["青山市人民医院", "青山市第一中学"]


def test_a_contact_line_closes_the_roster():
    text = ("2024年度全市水利工作先进单位名单\n石门镇人民政府\n白沙乡人民政府\n青山市东岭水库灌区工程建设管理处\n"
            "联系电话：0578-1234567\n")
    assert [r for _, _, r in awards(text)] == ["石门镇人民政府", "白沙乡人民政府"]


def test_a_long_body_branch_inside_a_bulleted_run_is_a_holder():
    text = ("第七届全国文明单位名单◆国家税务总局青山市税务局\n◆国家金融监督管理总局青山监管分局\n"
            "第三届全国文明校园名单◆青山市第一中学\n◆白沙县实验小学\n")
    assert "国家金融监督管理总局青山监管分局" in [r for _, _, r in awards(text)]


# ---- after review: a family's home, in two words or under a list that honours places too


def test_a_family_home_in_two_words_is_no_holder():
    text = "第三届全国文明家庭名单◆王明家庭 青山县 石门镇\n◆李华家庭\n"
    assert [r for _, _, r in awards(text)] == ["王明家庭", "李华家庭"]


def test_a_place_beside_a_family_under_a_list_of_places_too_is_a_holder():
    found = [r for _, _, r in awards("2024年度青山市最美家庭和文明社区名单\n王明家庭 东岭社区\n李华家庭 南坑社区\n")]
    assert "东岭社区" in found and "王明家庭" in found


def test_a_fold_mark_before_a_run_on_heading_is_no_part_of_the_title():
    found = awards("▼第七届全国文明单位名单◆青山市人民医院\n◆青山市第一中学\n")
    assert [(a.removesuffix("名单"), r) for a, _, r in found] == [
        ("第七届全国文明单位", "青山市人民医院"), ("第七届全国文明单位", "青山市第一中学")]


# ---- second review of round 20 (new probes): a reprint's credits and footer, and lists of no honour under an arrow


def test_a_reprints_credits_and_footer_end_an_arrow_roster():
    text = ("青山市公布2024年度文明家庭名单，一起来看入选名单↓\n王明家庭\n李华家庭\n值班编辑：张强\n图片来源：网络\n"
            "文｜张三 图｜李四\n微信号：qsfb2024\n欢迎关注青山妇联\n声明：转载请注明出处")
    assert [r for _, _, r in awards(text)] == ["王明家庭", "李华家庭"]


def test_lists_of_no_honour_under_an_arrow_give_nobody():
    for text in ("青山市公布拖欠农民工工资企业名单，一起来看↓\n青山建设有限公司\n东岭建筑有限公司",
                 "青山市公布2024年企业信用红黑榜名单，具体名单如下↓\n红榜：青山科技有限公司\n黑榜：东岭贸易有限公司",
                 "第三届青山博览会参展企业名单来了👇\n青山科技有限公司\n东岭机械有限公司",
                 "青山市公布第二批淘汰落后产能企业名单，一起来看↓\n青山水泥有限公司\n东岭砖瓦厂"):
        assert awards(text) == [], text


def test_near_miss_an_entry_opening_on_guanzhu_is_a_holder_not_a_footer():
    text = ("青山市第二批优秀志愿服务组织名单公布，一起来看↓\n青山红马甲志愿服务队\n关注留守儿童志愿服务队\n"
            "东岭义工联合会")
    assert [r for _, _, r in awards(text)] == ["青山红马甲志愿服务队", "关注留守儿童志愿服务队", "东岭义工联合会"]
