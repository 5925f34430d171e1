"""Round-14 review findings on projects: a name that opens with four digits is a brand unless a batch label follows the
year, a sized name keeps its works (the size goes to the investment) unless a kind follows the size, and a notice's own
town is not the site of a project its sentence puts elsewhere. Sentences written for these tests."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.projects.names import names_in


def _projects(text):
    return {p.name: p for p in extract(text, dt.date(2024, 6, 1)).projects}


def _names(text):
    return [n.name for n in names_in(text)]


def test_a_name_that_opens_with_four_digits_is_a_brand():
    found = _projects("5月8日，2049星港科创城项目举行开工仪式，总投资30亿元。")
    assert set(found) == {"2049星港科创城项目"}
    assert found["2049星港科创城项目"].investment_cny == 3_000_000_000
    assert _names("1978文创街区项目今年建成。") == ["1978文创街区项目"]
    # a year, then a short place with its zone word or a batch word: a batch's label
    assert _names("5月8日，某市举行2024青岚新区项目集中开工仪式。") == []
    assert _names("2024云溪镇项目集中签约活动举行。") == []
    assert _names("2024集中签约项目共15个。") == []


def test_a_size_then_a_brand_keeps_the_works():
    found = _projects("5月8日，8亿元星港精密轴承项目开工建设。")
    assert set(found) == {"星港精密轴承项目"}
    assert found["星港精密轴承项目"].investment_cny == 800_000_000
    assert set(_projects("3000万元远航包装项目已投产。")) == {"远航包装项目"}
    # a size, then a kind of industry (a field qualifier or a kind word) or a capacity: no name
    assert _projects("5月8日，8亿元新能源储能项目开工建设。") == {}
    assert _projects("5月8日，8亿元智能装备项目开工建设。") == {}
    assert _projects("5月8日，8亿元年产10万吨饲料项目开工建设。") == {}


def test_the_notice_town_is_not_the_site_named_elsewhere():
    head = "青岚镇召开项目推进会。该镇今年共实施重点项目9个。5月8日，"
    tail = "青岚镇将全力做好要素保障。"
    found = _projects(head + "青岚镇招引的星港精密轴承项目在浙江省湖州市开工，总投资5亿元。" + tail)
    assert found["星港精密轴承项目"].location is None
    found = _projects(head + "星港精密轴承项目落户湖州市，总投资5亿元，已开工。" + tail)
    assert found["星港精密轴承项目"].location is None
    # no site in the sentence, or a site that names the town itself: the town
    found = _projects(head + "青岚镇招引的星港精密轴承项目正式开工，总投资5亿元。" + tail)
    assert found["星港精密轴承项目"].location == "青岚镇"
    found = _projects(head + "星港精密轴承项目在湖州市青岚镇开工，总投资5亿元。" + tail)
    assert "青岚镇" in found["星港精密轴承项目"].location
