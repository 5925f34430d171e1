"""2026.11.3: ten error classes reported from unseen notices, one hand-made test each.

The sentences are made up for these tests (青山 / 星光 / 白云 are fictitious); each one shows a
general rule, not a document.
"""
import datetime as dt

from tests.extract.helpers import contract, only

DAY = dt.date(2024, 2, 27)


def facts(text, kind, published=DAY):
    return [{k: v for k, v in f.items() if k not in ("evidence", "span")} for f in contract(text, published)[kind]]


# 1. 累计 speaks for its own clause; after 到2027年 it is part of the goal
def test_cumulative_clause_does_not_drop_the_sentences_targets():
    found = facts("到2027年，全市地区生产总值力争翻一番以上，研发经费投入强度提高3个百分点，累计新增高新技术企业500家。",
                  "targets")
    assert [(t["indicator"], t["value"], t["unit"], t["target_year"]) for t in found] == [
        ("地区生产总值", 100, "%", 2027), ("研发经费投入强度", 3, "个百分点", 2027), ("高新技术企业", 500, "家", 2027)]
    assert only(found, indicator="高新技术企业")["metric"] == "count"
    first = facts("到2027年，累计新增高新技术企业500家，研发经费投入强度提高3个百分点。", "targets")
    assert [t["indicator"] for t in first] == ["高新技术企业", "研发经费投入强度"]
    # with nothing forward-looking, 累计 is still a result
    assert facts("今年以来，全市累计完成投资50亿元，同比增长20%。", "targets") == []
    # a clause's own plan (全年计划) does not make the progress after it a goal
    found = facts("全年计划完成投资20亿元，1-5月累计完成投资8亿元。", "targets", dt.date(2025, 6, 10))
    assert [t["value"] for t in found] == [2_000_000_000]


# 2. graded grants: a bare grade takes the award granted before; annex headings are headings
def test_graded_award_list_with_its_annex():
    text = ("市政府决定，授予“高效节能电机关键技术”等2项成果市科学技术进步奖一等奖，授予“智能温控系统研发”等5项成果二等奖。\n"
            "附件1\n科学技术进步奖一等奖（2项）\n1. 高效节能电机关键技术\n完成单位：浙江星光电机有限公司\n"
            "2. 新型防腐涂料研制\n完成单位：浙江白云化工有限公司\n科学技术进步奖二等奖（5项）\n1. 智能温控系统研发\n"
            "青山市人民政府\n2021年2月5日")
    found = facts(text, "awards")
    assert sorted((a["award"], a["grade"], a["recipient"]) for a in found) == [
        ("市科学技术进步奖", "一等奖", "新型防腐涂料研制"), ("市科学技术进步奖", "一等奖", "高效节能电机关键技术"),
        ("市科学技术进步奖", "二等奖", "智能温控系统研发")]
    assert {a["level"] for a in found} == {"municipal"}
    assert not any("奖" in a["recipient"] or "单位" in a["recipient"] for a in found)


# 3. annex labels and signature lines are no recipients; 先进单位 is a title, not a grade
def test_annex_and_signature_lines_and_title_nouns():
    text = ("市政府决定授予浙江星光科技有限公司等10个单位“全市招商引资工作先进单位”称号。\n附件1\n"
            "全市招商引资工作先进单位名单\n浙江星光科技有限公司、浙江白云机械股份有限公司\n附件2：全市招商引资工作先进个人名单\n"
            "李明、王强\n青山市人民政府\n2021年2月5日\n（此件公开发布）")
    found = facts(text, "awards")
    assert sorted((a["award"], a["recipient"]) for a in found) == [
        ("全市招商引资工作先进个人", "李明"), ("全市招商引资工作先进个人", "王强"),
        ("全市招商引资工作先进单位", "浙江星光科技有限公司"), ("全市招商引资工作先进单位", "浙江白云机械股份有限公司")]
    assert {a["grade"] for a in found} == {None}
    assert {a["date"] for a in found} == {"2021-02-05"}  # the signature dates it, past the 此件 note
    numbered = facts("附件\n全市招商引资工作先进集体名单\n1. 浙江星光科技有限公司\n（二）青山经开区\n青山市人民政府", "awards")
    assert [(a["award"], a["recipient"]) for a in numbered] == [
        ("全市招商引资工作先进集体", "浙江星光科技有限公司"), ("全市招商引资工作先进集体", "青山经开区")]


# 4. 入选 needs a recipient; a past honour goes to the company the text named
def test_selection_without_a_recipient_and_a_past_honour():
    assert facts("此次入选的企业将享受专项资金支持。市工信局将加强对入选企业的指导。", "awards") == []
    a = only(facts("浙江星光科技有限公司是一家专业生产电机的企业，该企业曾于2021年入选国家级绿色工厂名单。", "awards"),
             award="国家级绿色工厂")
    assert (a["recipient"], a["level"], a["date"]) == ("浙江星光科技有限公司", "national", "2021")


# 5. investment_cny is in 元: foreign money only through the yuan the text gives
def test_foreign_currency_investment():
    p = facts("星光电机项目总投资2.5亿美元，年产值5000万美元。", "projects")[0]
    assert (p["investment_cny"], p["annual_output_cny"]) == (None, None)
    assert facts("星光电机项目总投资1.2亿美元（约合人民币8.6亿元）。", "projects")[0]["investment_cny"] == 860_000_000
    t = only(facts("力争实际利用外资1.2亿美元（约合人民币8.6亿元）。", "targets"), indicator="实际利用外资")
    assert (t["value"], t["unit"]) == (120_000_000, "美元")


# 6. …工程 with a facility or phase and project facts is a project; programmes are not
def test_named_works_are_projects_and_programmes_are_not():
    found = facts("青山污水处理厂二期工程总投资3.5亿元，已开工建设。滨江新区配套道路工程于2023年5月竣工。"
                  "城东污水处理厂提标改造工程正在做前期准备。", "projects")
    assert [(p["name"], p["investment_cny"], p["stage"]) for p in found] == [
        ("青山污水处理厂二期工程", 350_000_000, "started"), ("滨江新区配套道路工程", None, "completed")]
    assert facts("大力实施民生工程，推进“一号工程”，十大工程全面开工，配套道路工程开工。实施教育、医疗等民生工程。",
                 "projects") == []


# 7. menus, slang and honours are no projects
def test_page_noise_and_honours_are_not_projects():
    text = "首页 > 新闻中心 > 政务公开\n首页 新闻中心 政务公开 互动交流\n“mini项目”开工了。\n青山经开区获批国家级绿色工业园区。"
    assert facts(text, "projects") == []
    a = only(facts(text, "awards"), award="国家级绿色工业园区")
    assert (a["recipient"], a["level"]) == ("青山经开区", "national")
    p = only(facts("星光智能产业园总投资20亿元，去年获批省级小微企业园。", "projects"), name="星光智能产业园")
    assert (p["investment_cny"], p["stage"]) == (2_000_000_000, None)  # the honour is no approval of the works


# 8. 竣工投产 / 建成投产 reach production, dated for both stages
def test_completed_and_in_production_together():
    p = facts("星光电机项目于2024年1月顺利竣工并正式投产。", "projects")[0]
    assert (p["stage"], p["dates"]) == ("in_production", {"completed": "2024-01", "in_production": "2024-01"})
    found = facts("4月15日，青山经开区二季度重大项目集中竣工投产仪式举行。此次集中竣工投产项目共8个。"
                  "其中，星光电机项目总投资5亿元。", "projects")
    assert [(p["name"], p["stage"], p["dates"]) for p in found] == [
        ("星光电机项目", "in_production", {"completed": "2024-04-15", "in_production": "2024-04-15"})]


# 9. a pipe table: one project per row, in the header's unit
def test_pipe_table_rows_are_projects():
    text = ("2024年重点项目进展情况如下：\n序号 | 项目名称 | 总投资（亿元） | 建设地点 | 进度\n"
            "1 | 星光智能装备产业园项目 | 12.5 | 万全镇 | 已开工\n2 | 白云新材料 | 3 | 青山经开区 | 签约\n"
            "3 | 城东水厂二期 | 0.8 | 城东街道 | 2023年6月开工，今年1月竣工\n合计 | | 16.3 | |")
    found = facts(text, "projects")
    assert [(p["name"], p["investment_cny"], p["location"], p["stage"]) for p in found] == [
        ("星光智能装备产业园项目", 1_250_000_000, "万全镇", "started"), ("白云新材料", 300_000_000, "青山经开区", "signed"),
        ("城东水厂二期", 80_000_000, "城东街道", "completed")]
    assert found[2]["dates"] == {"started": "2023-06", "completed": "2024-01"}
    assert contract(text)["targets"] == []
    with_units = facts("| 序号 | 项目名称 | 建设单位 | 总投资（万元） |\n|---|---|---|---|\n| 1 | 星光电机 | 浙江星光科技有限公司 | 50000 |",
                       "projects")[0]
    assert (with_units["investment_cny"], with_units["companies"]) == (500_000_000, ["浙江星光科技有限公司"])


# 10. a period that ends its line leads the items below it
def test_a_period_lead_in_governs_the_lines_below():
    found = facts("到2027年：\n全市地区生产总值达到1000亿元；\n研发经费投入强度达到3.5%。\n力争到2030年，\n"
                  "规上工业增加值增长8%。\n二、保障措施\n新增就业1万人。", "targets")
    assert [(t["indicator"], t["target_year"]) for t in found] == [
        ("地区生产总值", 2027), ("研发经费投入强度", 2027), ("规上工业增加值", 2030)]
    assert only(found, indicator="规上工业增加值")["commitment"] == "aspirational"
