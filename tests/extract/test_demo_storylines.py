"""The demo site's 72 notices against the truth their author wrote down in STORYLINES.md.

The tables of scrapers/demo_site/STORYLINES.md are read as they are (never edited to fit the
extractor): every project row (notice, stage, stage date), every zone and city target with the
result reported a year later, and every award row. A notice's body is its paragraphs joined by
line breaks and its document date is the day it was published.

Matching follows tests/gold/MATCHING.md: names compatible after normalisation (one contains the
other, at least 4 characters; 2 for recipients and indicators). Two readings of the tables are
spelled out where they are used: a project name that opens with its investor's full enterprise
name (浙江晶睿电子科技有限公司12英寸硅片项目) is compared by the brand (晶睿电子12英寸硅片项目),
and a recipient written "A、B等14家企业" asks for one award fact per named recipient (A and B).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from warehouse.extract import extract_document

DEMO = Path(__file__).resolve().parents[2] / "scrapers" / "demo_site"
NOTICES = DEMO / "notices"
STORYLINES = (DEMO / "STORYLINES.md").read_text(encoding="utf-8")


# ---------------------------------------------------------------- reading the notices

@lru_cache(maxsize=None)
def extraction(file: str):
    data = json.loads((NOTICES / file).read_text(encoding="utf-8"))
    body = "\n".join(data["paragraphs"])
    return extract_document(body, published=dt.date.fromisoformat(data["published"][:10]))


def normalise(text) -> str:
    text = unicodedata.normalize("NFKC", text).lower() if isinstance(text, str) else ""
    return "".join(ch for ch in text if ch not in set("“”‘’\"'《》「」『』〈〉") and not ch.isspace())


def compatible(a, b, min_len: int) -> bool:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return a == b or (len(shorter) >= min_len and shorter in longer)


_ENTERPRISE = re.compile(r"^(?:浙江|丽水)?(?P<brand>[\u4e00-\u9fa5]{2,8}?)(?:新材料|科技|制药)?(?:股份)?有限公司")


def brand_form(name: str) -> str:
    """浙江晶睿电子科技有限公司12英寸硅片项目 -> 晶睿电子12英寸硅片项目 (the investor's brand)."""
    m = _ENTERPRISE.match(name)
    if not m:
        return name
    brand = m.group("brand")
    rest = name[m.end():]
    if "新材料有限公司" in m.group(0):
        brand += "新材料"
    return brand + rest


def name_matches(name: str, names_used: list[str]) -> bool:
    return any(compatible(form, used, 4) for form in {name, brand_form(name)} for used in names_used)


# ---------------------------------------------------------------- reading STORYLINES.md

def _rows(section: str) -> list[list[str]]:
    rows = []
    for line in section.splitlines():
        if line.startswith("|") and not re.match(r"^\|\s*-", line):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header


def _section(title: str) -> str:
    start = STORYLINES.index(title)
    end = STORYLINES.find("\n## ", start + len(title))
    return STORYLINES[start: end if end >= 0 else None]


def _project_storylines():
    section = _section("## 1. Projects")
    found = []
    for block in re.split(r"\n### ", section)[1:]:
        title, _, rest = block.partition("\n")
        used = re.search(r"names used: (.+)", rest).group(1)
        names = [title.strip()] + [re.sub(r"（锚文）", "", n).strip() for n in used.split(" / ")]
        for row in _rows(rest):
            file, _published, stage, stage_date = row[:4]
            date = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", stage_date).group(0)
            found.append((title.strip(), names, file, stage, date))
    return found


PROJECT_ROWS = _project_storylines()


def _target_storylines():
    section = _section("## 2. Targets and results")
    zone_part = section.split("### City-level targets")[0]
    targets, results = [], []
    for block in re.split(r"\n### ", zone_part)[1:]:
        indicator, _, rest = block.partition("\n")
        indicator = indicator.strip()
        for row in _rows(rest):
            (year, set_in, written, metric, value, unit, qualifier, commitment,
             result_in, result_written, result_value, _met) = row
            high = re.search(r"value_high ([\d.]+)", value)
            targets.append(dict(indicator=indicator, file=set_in, written=written, metric=metric,
                                value=float(value.split()[0]), value_high=float(high.group(1)) if high else None,
                                unit=unit, qualifier=qualifier, commitment=commitment,
                                target_year=int(year), subject="丽水经开区"))
            if result_in != "—":
                files = [result_in.split()[0]]
                also = re.search(r"also (\S+\.json) for ([^)]+)\)", result_in)
                if also and any(indicator.startswith(k) for k in also.group(2).split("/")):
                    files.append(also.group(1))
                for file in files:
                    results.append(dict(indicator=indicator, file=file, written=result_written,
                                        value=float(result_value), period_year=int(year), subject="丽水经开区"))
    city = section.split("### City-level targets")[1]
    city_rows = _rows("\n".join(line for line in city.splitlines() if line.startswith("|")))
    for (indicator, metric, value, unit, qualifier, commitment, set_in, written,
         result_in, result_written, result_value, _met) in city_rows:
        targets.append(dict(indicator=indicator, file=set_in, written=written, metric=metric, value=float(value),
                            value_high=None, unit=unit, qualifier=qualifier, commitment=commitment.split()[0],
                            target_year=2024, subject=None))
        results.append(dict(indicator=indicator, file=result_in, written=result_written, value=float(result_value),
                            period_year=2024, subject="全市" if result_written.startswith("全市") else None))
    return targets, results


TARGET_ROWS, RESULT_ROWS = _target_storylines()

# The open targets named in prose under the tables (STORYLINES.md § 2), transcribed as stated there.
OPEN_TARGETS = [
    dict(indicator="规上工业企业研发机构覆盖率", file="1229430799_2567447.json", metric="level", value=50.0,
         value_high=None, unit="%", qualifier=None, commitment="aspirational", target_year=2025, subject=None),
    dict(indicator="招商到位资金", file="1229430799_2567661.json", metric="amount", value=27_000_000_000.0,
         value_high=None, unit="元", qualifier="at_least", commitment="hard", target_year=2025, subject=None),
    dict(indicator="半导体全链条产业产值", file="1229430799_2567661.json", metric="growth", value=30.0,
         value_high=None, unit="%", qualifier="at_least", commitment="aspirational", target_year=2025, subject=None),
    dict(indicator="新增省级企业创新平台", file="1229430799_2567661.json", metric="count", value=40.0,
         value_high=None, unit="家", qualifier="at_least", commitment="unspecified", target_year=2025, subject=None),
    dict(indicator="半导体全链条产业产值", file="1229430799_2573046.json", metric=None, value=30_000_000_000.0,
         value_high=None, unit="元", qualifier=None, commitment=None, target_year=2030, subject=None),
    dict(indicator="规上工业增加值", file="1229430799_2573046.json", metric="growth", value=8.0,
         value_high=None, unit="%", qualifier="at_least", commitment=None, target_year=2030, subject=None),
]


def _award_storylines():
    rows = []
    for row in _rows(_section("## 3. Awards")):
        number, award, grade, recipient, level, date, files = row
        for i, file in enumerate(f.strip() for f in files.split(",")):
            rows.append(dict(number=int(number), award=award, grade=None if grade == "—" else grade,
                             recipient=recipient, level=level, date=date, file=file, primary=i == 0))
    return rows


AWARD_ROWS = _award_storylines()


def named_recipients(recipient: str) -> list[list[str]]:
    """Each named recipient, as alternatives: 'A、B等14家企业' -> [[A], [B]];
    '丽水经开区（“四长”协同增值服务体系）' -> [[丽水经开区, “四长”协同增值服务体系]]."""
    paren = re.match(r"^(?P<who>[^（]+)（(?P<what>.+)）$", recipient)
    if paren:
        return [[paren.group("who"), paren.group("what")]]
    lead = re.sub(r"等[\d一二三四五六七八九十]+(?:家|名|个)(?:企业|同志)?$", "", recipient)
    return [[part] for part in lead.split("、")]


# ---------------------------------------------------------------- the tables are what we think they are

_KEYS = {"富乐德": "fulede", "晶睿": "jingrui", "申和": "shenhe", "华屹": "huayi", "丽康": "likang", "极光": "jiguang",
         "丽禾": "lihe", "浙西南": "kechuang", "丽水技师": "jishi", "规上工业增加值": "vai", "固定资产": "fai",
         "招商": "capital", "半导体": "semi", "新增省级": "platforms", "新增高新": "hitech", "新开工": "starts",
         "一般公共": "revenue", "规上工业企业研发": "rd"}


def key(name: str) -> str:
    return next(v for k, v in sorted(_KEYS.items(), key=lambda kv: -len(kv[0])) if name.startswith(k))


def test_the_storyline_tables_were_read():
    assert len({row[0] for row in PROJECT_ROWS}) == 9 and len(PROJECT_ROWS) == 44
    # 8 zone tables (semiconductor from 2022 only) + 3 city rows
    assert len({t["indicator"] for t in TARGET_ROWS}) == 8 and len(TARGET_ROWS) == 42
    assert len(RESULT_ROWS) == 31 + 3 + 3  # zone results, 2567447 restatements, city results
    assert len({r["number"] for r in AWARD_ROWS}) == 33


# ---------------------------------------------------------------- projects

def _show(projects) -> str:
    return "\n".join(f"  {p.name}: stage={p.stage} dates={p.dates}" for p in projects)


@pytest.mark.parametrize("storyline,names,file,stage,date", PROJECT_ROWS,
                         ids=[f"{key(r[0])}-{r[2][-12:-5]}-{r[3]}" for r in PROJECT_ROWS])
def test_project_stage_and_stage_date(storyline, names, file, stage, date):
    projects = [p for p in extraction(file).projects if name_matches(p.name, names)]
    assert projects, f"{storyline} not found in {file}:\n{_show(extraction(file).projects)}"
    date_key = "started" if stage == "planned" else stage  # a planned project is dated by its planned start
    assert any(p.stage == stage and p.dates.get(date_key) == date for p in projects), \
        f"{storyline} in {file}: want stage={stage} dates[{date_key}]={date}, got\n{_show(projects)}"


def _signing_figures():
    """(storyline, names, file, investment in 元, land in 亩) from the key figures of each signing row."""
    rows = []
    section = _section("## 1. Projects")
    for block in re.split(r"\n### ", section)[1:]:
        title, _, rest = block.partition("\n")
        names = next(r[1] for r in PROJECT_ROWS if r[0] == title.strip())
        for row in _rows(rest):
            file, _published, stage, _date, figures = row[:5]
            if stage != "signed":
                continue
            money = re.search(r"总投资约?([\d.]+)亿元", figures)
            land = re.search(r"用地([\d.]+)公顷(?:（=(\d+)亩）)?|约(\d+)亩", figures)  # the first: not the phase's
            mu = float(land.group(2) or land.group(3)) if land.group(2) or land.group(3) else float(land.group(1)) * 15
            rows.append((title.strip(), names, file, int(Decimal(money.group(1)) * 10**8), mu))
    return rows


@pytest.mark.parametrize("storyline,names,file,investment,land", _signing_figures(),
                         ids=[f"{key(r[0])}-{r[2][-12:-5]}" for r in _signing_figures()])
def test_signing_notice_gives_investment_and_land(storyline, names, file, investment, land):
    projects = [p for p in extraction(file).projects if name_matches(p.name, names) and p.stage == "signed"]
    assert any(p.investment_cny == investment and p.land_mu == pytest.approx(land) for p in projects), \
        [(p.name, p.investment_cny, p.land_mu) for p in extraction(file).projects]


_FRAMING = re.compile(r"^(?:要|紧盯|推动|加快|推进|确保|全力|保障|抓好|围绕|聚焦|其中|力争|争取|开展|跑出|主要建设|"
                      r"签订|签约|引进|加强|实施|谋划|以|与|和|将|对|在)")


def test_project_names_do_not_start_with_verbs_or_framing_words():
    for file in sorted(p.name for p in NOTICES.glob("*.json")):
        for p in extraction(file).projects:
            assert not _FRAMING.match(p.name) and "了" not in p.name and "与" not in p.name, (file, p.name)


def test_stage_per_clause_and_a_planned_milestone_is_not_the_stage():
    """会议要求，要紧盯富乐德半导体产业项目6月开工、晶睿电子项目二季度投产等节点 (2023-02-21)."""
    projects = {p.name: p for p in extraction("1229430799_2554216.json").projects}
    assert projects["晶睿电子项目"].stage == "topped_out"  # 晶睿电子项目、华屹精工项目主体结顶
    assert projects["华屹精工项目"].stage == "topped_out"
    assert projects["晶睿电子项目"].dates.get("in_production") == "2023"  # 二季度投产: a plan, dated by its year
    fulede = projects["富乐德半导体产业项目"]  # not 要紧盯富乐德半导体产业项目
    assert (fulede.stage, fulede.dates) == ("signed", {"signed": "2023-02-14", "started": "2023-06"})
    assert fulede.investment_cny == 12_000_000_000
    assert projects["丽禾新材料超纤项目"].stage == "in_production"
    assert projects["丽康生物创新药生产基地项目"].stage == "started"


# ---------------------------------------------------------------- targets and results

def _one(facts, row, year_field):
    found = [f for f in facts if compatible(f.indicator, row["indicator"], 2)
             and getattr(f, year_field) == row[year_field]]
    assert len(found) == 1, f"{row}: want one match, got {found}"
    return found[0]


@pytest.mark.parametrize("row", TARGET_ROWS + OPEN_TARGETS,
                         ids=[f"{key(r['indicator'])}-{r['target_year']}-{r['file'][-12:-5]}"
                              for r in TARGET_ROWS + OPEN_TARGETS])
def test_target_set(row):
    target = _one(extraction(row["file"]).targets, row, "target_year")
    for field in ("metric", "value", "value_high", "unit", "qualifier", "commitment", "subject"):
        if row[field] is not None:
            assert getattr(target, field) == row[field], (field, row, target)


@pytest.mark.parametrize("row", RESULT_ROWS,
                         ids=[f"{key(r['indicator'])}-{r['period_year']}-{r['file'][-12:-5]}" for r in RESULT_ROWS])
def test_result_reported(row):
    outcomes = [o for o in extraction(row["file"]).outcomes
                if row["subject"] is None or o.subject == row["subject"]]
    outcome = _one(outcomes, row, "period_year")
    assert outcome.value == row["value"], (row, outcome)


MID_YEAR = re.search(r"Mid-year notices \(([^)]+)\)", STORYLINES).group(1).split(", ")


@pytest.mark.parametrize("file", MID_YEAR)
def test_mid_year_progress_is_not_a_years_result(file):
    """1-6月，经开区规上工业增加值同比增长21.6%；…: not the year's result a target is judged by."""
    indicators = {r["indicator"] for r in RESULT_ROWS}
    assert not [o for o in extraction(file).outcomes if any(compatible(o.indicator, i, 2) for i in indicators)]


def test_results_are_not_read_as_targets():
    """Review paragraphs (超预期因素, 高于年初目标, 完成年度目标的62.4%) give no targets."""
    for file, year in (("1229430799_2554216.json", 2023), ("1229430799_2567043.json", None),
                       ("1229430799_2543615.json", None)):
        targets = extraction(file).targets
        assert all(t.target_year == year for t in targets) if year else not targets, (file, targets)


def test_review_outcomes_carry_their_subject_and_sign():
    """2022年，…丽水经开区坚持稳进提质，全年实现…；…；一般公共预算收入下降3.2% (2023-02-21)."""
    outcomes = {o.indicator: o for o in extraction("1229430799_2554216.json").outcomes}
    assert outcomes["一般公共预算收入"].value == -3.2
    assert {o.period_year for o in outcomes.values()} == {2022}
    assert {o.subject for o in outcomes.values()} == {"丽水经开区"}
    assert len(outcomes) == 8
    city = extraction("1229430799_2567661.json").outcomes
    assert {(o.subject, o.period_year) for o in city if o.indicator == "招商到位资金"} == \
        {("全市", 2024), ("丽水经开区", 2024)}


# ---------------------------------------------------------------- awards

# Award 15 of STORYLINES.md dates the anchor's 全国颠覆性技术创新大赛 "2023" from the section heading
# (过去一年成绩); tests/gold/NOTES.md fixes that headings never date an award (the gold has null),
# and the extractor follows the gold. See the report of 2026.11.2.
HEADING_DATED = {15}
_HEADING_DATED = pytest.mark.xfail(strict=True, reason="date from a section heading: STORYLINES.md and "
                                                        "tests/gold/NOTES.md disagree")


@pytest.mark.parametrize("row", [pytest.param(r, marks=[_HEADING_DATED] if r["number"] in HEADING_DATED else [])
                                 for r in AWARD_ROWS],
                         ids=[f"{r['number']:02d}-{r['file'][-12:-5]}" for r in AWARD_ROWS])
def test_award_row(row):
    awards = extraction(row["file"]).awards
    shown = "\n".join(f"  {a.award} | {a.grade} | {a.recipient} | {a.level} | {a.date}" for a in awards)
    for alternatives in named_recipients(row["recipient"]):
        found = [a for a in awards if compatible(a.award, row["award"], 4)
                 and any(compatible(a.recipient, who, 2) for who in alternatives)]
        assert found, f"award {row['number']} {row['award']} → {alternatives} not in {row['file']}:\n{shown}"
        a = found[0]
        assert (a.grade, a.level) == (row["grade"], row["level"]), (row, a)
        if row["primary"]:
            assert a.date == row["date"], (row, a)
        else:  # a later notice may restate the award less precisely (去年11月 for 11月20日)
            assert a.date and len(a.date) >= 7 and row["date"].startswith(a.date), (row, a)
