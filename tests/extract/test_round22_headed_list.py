"""Round 22, PR-HEADED-LIST: a year's plan laid out by headings, one line each — 计划新开工：A、B等N个项目；
计划建成：C；加快推进：D。 The heading word plans the stage of every item under it (计划新开工 → planned, since nothing
is reached yet); a line may name a single works (计划建成：X建设工程；), and works under 加快推进： exist though 推进 is no
stage (docs/contract-conventions.md, "推进 is no stage").

Real pages lay plans out so: the city's annual plan by field (m.studyofnet.com/410146228: (一)先进制造业领域。
计划新开工：…等103个项目；计划建成：…等47个项目；加快推进：…等项目。 and (四)清洁能源保供领域 with a single line), and
the same plan reported inline (m.guhantai.com/zxpd/rd/2023/0220/100027584: 计划新开工A等项目，计划建成B等项目，
加快推进C等项目). The sentences are invented on that layout; names and figures are made up."""
import datetime as dt

from warehouse.extract import extract_document

FEB = dt.date(2024, 2, 2)

PLAN = """（三）水利设施领域。

计划新开工：青山县南溪水库扩容工程、白石港区防洪堤加固工程等6个项目；

计划建成：东岭县城东水厂建设工程；

加快推进：北塘区应急备用水源建设项目一期工程。
"""


def _projects(text: str) -> dict:
    return {p.name: p.to_contract() for p in extract_document(text, published=FEB).projects}


def test_a_heading_plans_the_start_of_the_works_listed_under_it():
    found = _projects(PLAN)
    assert found["青山县南溪水库扩容工程"]["stage"] == "planned"
    assert found["白石港区防洪堤加固工程"]["stage"] == "planned"


def test_a_single_works_named_x_jianshe_gongcheng_under_a_heading_is_read():
    assert "东岭县城东水厂建设工程" in _projects(PLAN)


def test_works_under_a_push_on_heading_exist_with_no_stage():
    found = _projects(PLAN)
    assert "北塘区应急备用水源建设项目一期工程" in found
    assert found["北塘区应急备用水源建设项目一期工程"]["stage"] is None


def test_a_report_of_works_started_is_no_plan():
    # near miss: no plan word before the heading, the works started
    found = _projects("一季度新开工：青山县南溪水库扩容工程、白石港区防洪堤加固工程等6个项目已全部开工。")
    assert found["青山县南溪水库扩容工程"]["stage"] == "started"
