"""Project and target classes, round 20 (real layouts checked on further real pages, URLs outside the repository):
a notice that issues a year's plan (关于下达/印发…年国民经济和社会发展计划的通知) sets out that year's goals from its
title on, cue or none; counts built or formed with 构筑 / 构建.

The sentences are invented on the real structures; places, firms and figures are made up. Each class has a near-miss."""
import datetime as dt

from warehouse.extract import extract_document

FEBRUARY = dt.date(2025, 2, 20)


def _targets(text: str, published: dt.date = FEBRUARY) -> dict:
    return {(t.indicator, t.value): t for t in extract_document(text, published=published).targets}


def _projects(text: str, published: dt.date = FEBRUARY) -> dict:
    return {p.name: p for p in extract_document(text, published=published).projects}


# --- a notice that issues the year's plan: its items are the year's goals ---

_PLAN_TITLE = "青川市人民政府关于下达2025年青川市国民经济和社会发展计划的通知\n"


def test_the_items_of_a_notice_issuing_the_years_plan_are_targets():
    text = (_PLAN_TITLE + "各县（市、区）人民政府，市政府各部门：\n"
            "加快提升制造业竞争力。打造8条标志性产业链，实施40项产业链协同创新项目，建成6家市级制造业创新中心。"
            "新增小微企业园12个。")
    found = _targets(text)
    for key in (("标志性产业链", 8), ("产业链协同创新项目", 40), ("市级制造业创新中心", 6), ("小微企业园", 12)):
        assert key in found, key
        assert found[key].commitment == "unspecified" and found[key].target_year == 2025


def test_a_digest_naming_the_issued_plan_in_its_lead_is_read_so_too():
    text = ("政策法规\n2月12日，青川市人民政府发布了《关于印发〈青川市2025年国民经济和社会发展计划〉的通知》，"
            "《通知》中提到要推进制造业高质量发展。\n构筑50个产业链上下游企业共同体，新培育雄鹰企业5家。")
    found = _targets(text)
    assert ("产业链上下游企业共同体", 50) in found and ("雄鹰企业", 5) in found


def test_near_miss_a_report_on_how_the_plan_went_is_no_plan_notice():
    text = ("关于青川市2024年国民经济和社会发展计划执行情况的通知\n"
            "打造8条标志性产业链，实施40项产业链协同创新项目。")
    assert not _targets(text)


def test_near_miss_a_finished_years_plan_notice_is_no_goal_list():
    text = ("青川市人民政府关于下达2023年青川市国民经济和社会发展计划的通知\n"
            "打造8条标志性产业链，实施40项产业链协同创新项目。")
    assert not _targets(text)


def test_near_miss_a_review_heading_inside_the_plan_notice_still_reviews():
    text = (_PLAN_TITLE + "一、2024年国民经济和社会发展计划执行情况\n"
            "全年建成6家市级制造业创新中心，新增小微企业园12个。\n"
            "二、2025年经济社会发展的主要目标\n新增小微企业园15个。")
    found = _targets(text)
    assert ("小微企业园", 15) in found
    assert ("小微企业园", 12) not in found and ("市级制造业创新中心", 6) not in found


def test_near_miss_a_plan_notice_named_late_in_a_news_story_sets_nothing():
    text = ("青川新闻\n2025-02-20\n青川日报\n要闻\n记者 王明\n"
            "今年以来，青川市建成6家市级制造业创新中心。\n小微企业园已有12个。\n产业链不断延伸。\n"
            "此前，市政府印发了2025年国民经济和社会发展计划的通知。")
    assert not _targets(text)


# --- 拟入驻A、B等企业的C项目: the firms a works is to house describe it, none is a works ---

def test_the_firms_a_works_is_to_house_are_no_projects():
    text = ("计划总投资20亿元，拟入驻锂电池模组制造、年产50万台电动工具、精密元器件制造等企业的青川新能源装备产业园项目"
            "正式进场施工。")
    found = _projects(text)
    assert not any("制造" in name and "产业园" not in name for name in found), found
    assert not any("电动工具" in name for name in found), found


def test_near_miss_works_listed_before_a_head_noun_are_still_projects():
    found = _projects("青川新能源装备产业园项目、青川智能制造基地项目等企业投资项目正式开工。")
    assert any("青川新能源装备产业园" in name for name in found), found
    found = _projects("锂电池模组产业园、精密元器件制造基地等3个项目集中开工。")
    assert any("锂电池模组产业园" in name for name in found), found


def test_what_a_firm_to_be_housed_makes_is_no_capacity_of_the_works_before():
    text = ("青川未来城产业项目一期主体结构全面封顶；计划总投资20亿元，拟入驻锂电池模组制造、年产50万台电动工具、"
            "精密元器件制造等企业的青川新能源装备产业园项目正式进场施工。")
    for project in _projects(text).values():
        assert project.capacity != "年产50万台电动工具", project


def test_near_miss_a_capacity_listed_before_works_is_kept():
    found = _projects("年产10万吨特种纸、年产5万吨包装材料等3个项目集中开工。青川年产8万吨特种纸项目正式投产。")
    assert any(p.capacity == "年产8万吨特种纸" for p in found.values()), found
