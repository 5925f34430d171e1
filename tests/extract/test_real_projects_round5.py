"""Project classes of round 5 (fresh real notices annotated apart from the rules, and the classes left open in
round 4): one test per class.

The sentences are written for these tests, in the shapes that county and city project news, progress bulletins and
plan tables use; none is copied from a notice."""
import datetime as dt

from warehouse.extract import extract_document
from warehouse.extract.dates import find_dates

PUBLISHED = dt.date(2024, 9, 10)


def _projects(text, published=PUBLISHED):
    return {p.name: p for p in extract_document(text, published=published).projects}


# ---- names


def test_two_projects_joined_by_he_are_two_projects():
    found = _projects("今年，青山智能装备产业园和绿谷物流园相继开工建设。华星新材料项目和东岭精工项目签约落户。")
    assert {"青山智能装备产业园", "绿谷物流园", "华星新材料项目", "东岭精工项目"} == set(found)
    assert found["绿谷物流园"].stage == "started"


def test_de_inside_a_brand_does_not_cut_the_name():
    found = _projects("美的集团智能家电产业园项目正式开工建设。完美的配套让项目落地更快。")
    assert "美的集团智能家电产业园项目" in found


def test_a_numbered_part_after_a_project_is_not_part_of_its_name():
    found = _projects("其中，华清光学镜片生产项目第五条生产线已进入生产调试阶段，预计今年年底完工。")
    assert set(found) == {"华清光学镜片生产项目"}
    assert found["华清光学镜片生产项目"].stage == "started"


def test_products_listed_before_a_project_word_name_it():
    found = _projects("2月18日，浙江青禾新材料有限公司与我县签订年产3万吨特种涂布纸等生产线项目。")
    assert "年产3万吨特种涂布纸等生产线项目" in found
    assert found["年产3万吨特种涂布纸等生产线项目"].stage == "signed"


def test_works_named_after_a_product_or_an_upgrade_are_projects():
    found = _projects("同时开工的还有东岭机械年产50万米传动带及配件工程项目。"
                      "北山煤矿两机升级、南坪煤矿洗煤厂改造等技改项目完工投用。")
    assert {"东岭机械年产50万米传动带及配件工程项目", "北山煤矿两机升级"} <= set(found)


def test_museums_and_halls_are_works():
    found = _projects("其中，滨江科技馆主体施工完成80%，二层楼板已浇筑。")
    assert "滨江科技馆" in found and found["滨江科技馆"].stage == "started"


def test_a_part_named_after_the_works_in_its_clause_is_not_a_project():
    found = _projects("其中，南湖环湖大道工程已开展南湖特大桥桥墩桩基施工，预计后年通车。")
    assert set(found) == {"南湖环湖大道工程"}
    assert found["南湖环湖大道工程"].stage == "started"
    assert found["南湖环湖大道工程"].dates.get("completed") == "2026"


# ---- not projects


def test_an_uncounted_batch_and_slogans_are_not_projects():
    text = ("当天，我县8个项目集中开工，数个项目集中签约。"
            "县长要求各部门吹响项目建设“冲锋号”，按下项目建设“快进键”，以服务项目建设稳定增长。")
    assert _projects(text) == {}


def test_a_campaign_year_is_not_a_project():
    text = "今年以来，我区按照市委、市政府项目建设年的部署，强力推进重点项目签约落地。"
    assert _projects(text) == {}


def test_kinds_of_projects_each_after_you_are_not_projects():
    text = ("12月1日，开发区举行重点项目集中投产仪式，本次集中投产的项目共有30个。"
            "“这些项目中，有新兴产业链项目，有补链强链骨干项目，也有配套服务优质项目。”")
    assert _projects(text) == {}


# ---- stages


def test_a_part_of_the_works_finished_is_not_the_works_finished():
    found = _projects("目前，远大新材料项目厂房主体已完工，正在进行设备安装。"
                      "青川电机项目土建部分基本完工。北岭矿山修复项目生态治理近完工，正装监测设备。")
    assert found["远大新材料项目"].stage == "topped_out"
    assert found["青川电机项目"].stage == "started"
    assert found["北岭矿山修复项目"].stage == "started"


def test_a_purpose_clause_is_no_stage_reached():
    found = _projects("为保障华东锂电项目顺利投产，县供电公司提前完成线路改造。"
                      "围绕远景储能项目尽快建成投用，县里成立工作专班。")
    assert found["华东锂电项目"].stage in (None, "planned") and found["远景储能项目"].stage in (None, "planned")
    # a 服务中心 named before is no purpose: the clause after it still reports a stage
    assert _projects("县人才科技创新服务中心投入运营，丽青科创中心基本完工。")["丽青科创中心"].stage == "completed"


def test_new_words_of_progress():
    text = ("其中，青港啤酒工厂项目目前在投料试产阶段。西岭光伏项目已并网发电。"
            "东坪水力压裂项目施工有序推进。北塘石英砂基地完成设备订购，正在安装调试。")
    found = _projects(text)
    assert found["青港啤酒工厂项目"].stage == "in_production"
    assert found["西岭光伏项目"].stage == "in_production"
    assert found["东坪水力压裂项目"].stage == "started"
    assert found["北塘石英砂基地"].stage == "started"


def test_a_grid_connected_plant_named_so_has_no_stage_from_its_name():
    assert _projects("课题组完成了青川县高岭并网光伏电站雷电风险评估。") == {}


def test_projects_brought_in_are_signed():
    found = _projects("去年以来，我县引进“青云”新材料产业园、东岭智造园等10亿元以上重大产业项目6个。")
    assert found["东岭智造园"].stage == "signed"


# ---- a ceremony's day


def test_the_ceremony_day_goes_to_the_finished_list_and_not_to_works_under_way():
    text = ("5月20日上午，青田县2024年二季度重大项目集中开工竣工活动在温溪镇举行。"
            "此次集中开工项目12个，总投资58亿元，其中包括青田光电新材料项目、温溪智能阀门产业园等。"
            "集中竣工项目5个，分别为青田县人民医院迁建工程、船寮镇污水处理厂提标改造工程、油竹小学改扩建工程、"
            "江南大道改造工程、鹤城中学体育馆。"
            "此外，瓯江大桥项目、腊口水库工程等续建项目加快推进。")
    found = _projects(text)
    assert found["青田光电新材料项目"].dates == {"started": "2024-05-20"}
    assert found["油竹小学改扩建工程"].stage == "completed"
    assert found["油竹小学改扩建工程"].dates == {"completed": "2024-05-20"}
    assert found["瓯江大桥项目"].stage == "started" and found["瓯江大桥项目"].dates == {}


def test_page_furniture_before_the_story_does_not_hide_the_ceremony():
    text = ("当前位置:\n\n我县集中开工签约项目总投资20亿元\n\n来源:某某融媒体中心 作者:张三 2021-03-01 16:43:19\n"
            "某某融媒\n—分享—\n\nQQ截图20210301111331.jpg\n\n"
            "3月1日，全市举行重大项目集中开工签约仪式，其中我县分会场8个项目集中开工，数个项目集中签约。\n\n"
            "当天上午，青山电机产业园、东岭五金制品等8个项目集中开工，北川光电科技、西坪制氧设备等项目集中签约。")
    found = _projects(text, dt.date(2021, 3, 1))
    assert found["青山电机产业园"].stage == "started"
    assert found["北川光电科技"].stage == "signed"
    assert found["北川光电科技"].dates == {"signed": "2021-03-01"}


# ---- follow-on sentences and dates


def test_a_follow_on_sentence_after_a_reporting_lead_refers_back():
    text = "浙江天和新材料项目于今年3月开工建设。\n据了解，该项目总投资6亿元，预计明年年底竣工投产。"
    project = _projects(text)["浙江天和新材料项目"]
    assert project.investment_cny == 600000000
    assert project.dates.get("completed") == "2025"


def test_year_end_after_a_year_takes_that_year():
    values = [d.value for d in find_dates("预计明年年底竣工，2026年年底达产", PUBLISHED)]
    assert "2025" in values and "2026" in values and "2024" not in values


# ---- places


def test_a_verb_before_xian_is_no_county():
    text = ("县领导深入县经济开发区调研，先后察看了县城北工业园多个项目。"
            "常务副县长代表县人民政府致辞。青山新材料项目总投资6亿元，已开工建设。")
    assert _projects(text)["青山新材料项目"].location is None


# ---- a plan table whose cells were run together


def test_rows_of_a_run_together_plan_table_are_projects():
    text = ("2023年某区重点建设项目年度计划表\n"
            "序号项目名称建设单位建设地点建设规模建设年限总投资(万元)2023年计划投资(万元)2023年形象进度\n"
            "合  计52000018000\n"
            "区教育局300008000\n"
            "1青山幼儿园新建项目某区城市建设开发有限公司东城街道设计12班规模,总用地约10亩。2022-20248000600主体结顶\n"
            "2老城片区雨污分流改造区住建资产经营有限公司东城、西城计划改造管网12公里。2023-2024120009000完成管网铺设\n")
    found = _projects(text, dt.date(2023, 3, 1))
    assert set(found) == {"青山幼儿园新建项目", "老城片区雨污分流改造"}
    assert found["青山幼儿园新建项目"].stage == "started"
    assert found["青山幼儿园新建项目"].investment_cny == 80000000
    assert found["青山幼儿园新建项目"].location == "东城街道"
    assert found["老城片区雨污分流改造"].stage == "planned"
    assert found["老城片区雨污分流改造"].investment_cny == 120000000
    assert found["老城片区雨污分流改造"].location == "东城、西城"


# ---- from outside text: kinds, shares, labels, plans


def test_a_bare_kind_of_park_and_a_share_of_a_kind_are_not_projects():
    text = ("两地协作不断深化，科创园、乡愁富民产业等协作项目纷纷落地。"
            "今年一季度集中开工项目150个，其中，产业项目占比73%，新质生产力项目占比37%。"
            "县级领导要深入各自包联项目，着力解决制约项目建设的瓶颈，推进清单内疏解项目提质提速。")
    assert _projects(text) == {}


def test_a_category_label_before_a_name_is_not_part_of_it():
    found = _projects("位于湖南益阳的湖南省重大水利工程金塘冲水库今天开工建设。")
    assert set(found) == {"金塘冲水库"}


def test_speeding_up_a_start_is_a_task_not_a_start():
    found = _projects("报告提出，加快高端铝精深产业园等30个重点项目落地开工。")
    assert found["高端铝精深产业园"].stage == "planned"


def test_equipment_put_to_use_is_in_production():
    found = _projects("北山煤矿两机升级、南坪煤矿洗煤厂改造等技改项目完工投用。新城小学改扩建工程竣工投用。")
    assert found["北山煤矿两机升级"].stage == "in_production"
    assert found["新城小学改扩建工程"].stage == "completed"


def test_projects_each_after_its_company_share_the_verb():
    text = ("其中青山石英材料有限公司的高纯石英砂生产线项目、安徽远景钢构股份有限公司的装配式钢构生产项目均已提前竣工，"
            "并完成调试。")
    found = _projects(text)
    assert found["高纯石英砂生产线项目"].stage == "completed"
    assert found["装配式钢构生产项目"].stage == "completed"


def test_city_followed_by_min_is_no_place():
    found = _projects("目前，大田龙腾盛世市民休闲广场等46个项目转入开工建设。")
    assert found["大田龙腾盛世市民休闲广场"].location is None


def test_a_verb_before_a_company_is_not_part_of_its_name():
    from warehouse.extract.companies import find_companies
    assert [n for _, n in find_companies("会上，开发区签约浙江青禾科技有限公司年产10万吨项目")] == ["浙江青禾科技有限公司"]
    assert [n for _, n in find_companies("积极对接杭州远景能源股份有限公司")] == ["杭州远景能源股份有限公司"]


# ---- a reporter's visit


def test_a_zone_then_its_project_and_follow_on_sentences_in_quotes_and_with_zhege():
    text = ("日前，记者走进经济开发区循环经济园区年产20亿件表面处理产品产业园项目建设现场。"
            "“项目一期已于今年春节前封顶。3月2日，项目二期正式开工。”施工负责人告诉记者。\n"
            "据了解，该产业园项目总用地面积约80亩，其中，一期用地面积约17亩，二期用地面积约50亩，总投资约4.5亿元。\n"
            "随后，记者走进石浦科技园区的再生资源产业园项目施工现场。据了解，这个项目计划投资2.35亿元，"
            "现已完成总工程量的60%，预计明年6月竣工。下月中旬项目将进行主体结构施工。")
    found = _projects(text)
    assert set(found) == {"年产20亿件表面处理产品产业园项目", "再生资源产业园项目"}
    park = found["年产20亿件表面处理产品产业园项目"]
    assert park.investment_cny == 450000000 and park.land_mu == 80 and park.stage == "topped_out"
    recycling = found["再生资源产业园项目"]
    assert recycling.investment_cny == 235000000 and recycling.stage == "started"
    assert recycling.location == "石浦科技园区"
