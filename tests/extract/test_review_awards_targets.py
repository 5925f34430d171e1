"""Review findings on awards, targets and measures: a table row's later number columns, long 、 lists of goods,
merging a long roster, 分别 and 均 over long clauses, blank lines, the headline a body restates, the gloss pattern."""
import dataclasses
import datetime as dt
import random
import re

from tests.extract.helpers import contract
from warehouse.extract.awards.facts import Award, _key, _same_place, merge_awards
from warehouse.extract.awards.lists import roster_items
from warehouse.extract.awards.recipients import is_generic
from warehouse.extract.measures import (_ABBREVIATION, _EACH, _respectively, find_measures, names_sharing)
from warehouse.extract.script import GLOSS
from warehouse.extract.sentences import Sentence
from warehouse.extract.targets import _ATTRIBUTES, is_project_attribute

DAY = dt.date(2024, 5, 1)


def _line(text):
    return Sentence(text, 0, len(text), 0)


def _names(n, first=0x4e00):
    """n distinct two-character names."""
    return [chr(first + i % 500) + chr(first + 600 + i // 500) for i in range(n)]


# 1. a table row with a year or a score column is no flattened numbered list

def test_a_table_row_with_a_year_column_gives_its_name_column_only():
    assert roster_items(_line("1 清州华光科技有限公司 丰溪县 2024")) == ["清州华光科技有限公司"]
    assert roster_items(_line("2 丰溪县青山家庭农场 丰溪县 95")) == ["丰溪县青山家庭农场"]
    assert roster_items(_line("1 甲科技有限公司 2 乙科技有限公司 2024")) == ["甲科技有限公司"]


def test_a_flattened_numbered_list_still_gives_each_name():
    assert roster_items(_line("1 东岭村 2 西坑村")) == ["东岭村", "西坑村"]
    assert roster_items(_line("7 东岭村 8 西坑村 9 南山村")) == ["东岭村", "西坑村", "南山村"]
    assert roster_items(_line("1 东岭村 3 西坑村")) == ["东岭村"]  # numbers that do not run on: a table's row


def test_a_year_column_under_a_roster_heading_makes_no_holder_of_the_county():
    awards = contract("2024年度省级文明单位名单\n序号 单位名称 所在地 年度\n1 清州华光科技有限公司 丰溪县 2024\n"
                      "2 丰溪县青山家庭农场 丰溪县 2024\n", DAY)["awards"]
    assert [a["recipient"] for a in awards] == ["清州华光科技有限公司", "丰溪县青山家庭农场"]  # (the header is none)


# 5. a blank line

def test_a_whitespace_only_line_is_no_roster_line_and_does_not_raise():
    assert roster_items(_line("   ")) is None
    assert roster_items(_line("\u3000\t")) is None
    assert roster_items(_line("序号 企业名称 所在地")) == []  # the header is still read as the header
    contract("2024年度省级文明单位名单\n \n\u3000\n东岭村\n", DAY)


# 2. a long 、 list of goods in one unit

def _goods(n):
    return "、".join(f"产品{name}{i + 1}万吨" for i, name in enumerate(_names(n)))


def test_goods_listed_after_a_yearly_output_are_its_output_however_many():
    text = "力争年产" + _goods(1500) + "。"
    sentence = _line(text)
    measures = find_measures(text)
    assert len(measures) == 1500
    _ATTRIBUTES.clear()
    assert all(is_project_attribute(sentence, m) for m in reversed(measures))  # the last first: walks the whole list
    _ATTRIBUTES.clear()
    assert all(is_project_attribute(sentence, m) for m in measures)


def test_a_long_list_of_goals_is_no_project_output():
    text = "力争全县" + _goods(1500) + "。"
    sentence = _line(text)
    _ATTRIBUTES.clear()
    assert not any(is_project_attribute(sentence, m) for m in find_measures(text))


def test_a_long_list_of_goods_extracts_its_facts():
    assert contract("力争年产" + _goods(300) + "。", DAY)["targets"] == []
    found = contract("力争全县" + _goods(300) + "。", DAY)["targets"]
    assert len(found) == 300 and found[-1]["value"] == 300 and found[-1]["unit"] == "万吨"


def test_the_list_ends_where_the_unit_changes():
    assert contract("力争年产虾粉2万吨、虾膏0.05万吨。", DAY)["targets"] == []
    found = contract("力争年产" + _goods(200) + "，培育规上企业5家、新增鱼粉产量3万吨。", DAY)["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [("规上企业", 5), ("鱼粉产量", 3)]


# 3. merging a long roster

def _merge_pairwise(awards):
    """merge_awards as it was: every fact compared with every one merged before it."""
    same_place, key = _same_place, _key  # the module's own tests of a place and an award name

    merged = []
    for a in awards:
        if not a.recipient:
            continue
        same = [b for b in merged if key(b.award) == key(a.award) and b.grade == a.grade]
        held = next((b for b in same if b.recipient == a.recipient or len(a.recipient) >= 4 and len(b.recipient) >= 4
                     and (a.recipient.endswith(b.recipient) or b.recipient.endswith(a.recipient))
                     or same_place(a.recipient, b.recipient)), None)
        if held:
            if held.date is None and a.date:
                merged[merged.index(held)] = dataclasses.replace(held, date=a.date)
            continue
        generic = next((b for b in same if is_generic(b.recipient)), None)
        if generic and not is_generic(a.recipient):
            date = a.date or generic.date
            if a.date and generic.date and generic.date.startswith(a.date):
                date = generic.date
            merged[merged.index(generic)] = Award(a.award, a.grade, a.recipient, a.level or generic.level,
                                                  date, generic.evidence, generic.span)
        elif is_generic(a.recipient) and same:
            continue
        else:
            merged.append(a)
    return merged


_RECIPIENTS = ["丰溪", "丰溪县", "丰溪县青山镇", "青山镇", "株洲经开区", "株洲经济开发区", "株洲高新区", "株洲高新技术产业开发区",
               "山西焕星科技有限公司", "晋城市城区山西焕星科技有限公司", "焕星科技有限公司", "丽水经开区企业", "丽水市企业",
               "东岭村", "东岭", "西坑村", "王明", "李华", None, "", "华光科技有限公司", "清州华光科技有限公司"]


def test_merging_by_name_keeps_the_facts_the_pairwise_merge_kept():
    rng = random.Random(11)
    for _ in range(300):
        awards = [Award(rng.choice(["省级文明单位", "浙江省级文明单位", "第二批省级文明单位名单", "全国文明村"]),
                        rng.choice([None, None, "一等奖"]), rng.choice(_RECIPIENTS), rng.choice([None, "province"]),
                        rng.choice([None, None, "2024", "2024-09"]), "证据", (0, 2))
                  for _ in range(rng.randint(0, 25))]
        assert merge_awards(awards) == _merge_pairwise(awards)


def test_a_holder_written_twice_is_one_fact():
    def award(recipient, date=None):
        return Award("省级文明单位", None, recipient, None, date, "证据", (0, 2))
    merged = merge_awards([award("丰溪"), award("丰溪县", "2024"), award("株洲经开区"), award("株洲经济开发区"),
                           award("晋城市城区山西焕星科技有限公司"), award("山西焕星科技有限公司"), award("丰溪县青山镇")])
    assert [(a.recipient, a.date) for a in merged] == [("丰溪", "2024"), ("株洲经开区", None),
                                                       ("晋城市城区山西焕星科技有限公司", None), ("丰溪县青山镇", None)]
    named = merge_awards([award("丽水经开区企业"), award("清州华光科技有限公司", "2024"), award("丽水市企业")])
    assert [a.recipient for a in named] == ["清州华光科技有限公司"]


def test_a_roster_of_thousands_keeps_every_holder():
    villages = [name + "村" for name in _names(4000)]
    awards = contract("2024年度省级文明单位名单\n" + "\n".join(villages), DAY)["awards"]
    assert [a["recipient"] for a in awards] == villages
    assert {a["award"] for a in awards} == {"省级文明单位"}


# 4. 分别 and 均 over long clauses

def test_respectively_is_looked_for_only_where_it_is_written():
    clause = "".join(_names(4000))
    assert _respectively(clause + "增长7%、8%。", len(clause) + 2) is None
    found = _respectively(clause + "分别增长7%、8%。", len(clause) + 4)
    assert found is not None and found.group("names") == clause[-120:]
    unbounded = re.compile(r"(?P<names>[^，,。；;：:]+?)" + _EACH)
    for text in ["项目数量、总投资、年度计划投资分别增加114个", "今年，全县财政总收入和地方财政收入分别比上年增长",
                 "工业增加值，分别为", "城、乡居民人均可支配收入分别达到", "全县实现生产总值增长6%"]:
        got, was = _respectively(text, len(text)), unbounded.search(text, 0, len(text))
        assert (got and got.span(), got and got.group("names")) == (was and was.span(), was and was.group("names"))


def test_figures_stated_respectively_each_get_their_name():
    found = find_measures("项目数量、总投资、年度计划投资分别增加114个、169亿元和60亿元。")
    assert [m.indicator for m in found] == ["项目数量", "总投资", "年度计划投资"]
    assert [m.indicator for m in find_measures("项目数量增加114个、169亿元和60亿元。")][1:] != ["总投资", "年度计划投资"]


def test_names_listed_before_a_shared_figure():
    text = "力争财政总收入、地方财政收入均增长7%。"
    assert names_sharing(text, find_measures(text)[0]) == ["财政总收入", "地方财政收入"]
    names = [f"指标{n}" for n in _names(12)]
    text = "今年" + "、".join(names) + "均增长7%。"
    assert names_sharing(text, find_measures(text)[0]) == names
    text = "今年" + "、".join(f"指标{n}" for n in _names(2000)) + "均增长7%。"
    long = names_sharing(text, find_measures(text)[0])
    assert 2 <= len(long) <= 31 and long[-1] == f"指标{_names(2000)[-1]}"  # the list is read back 30 names at most
    text = "力争财政总收入增长7%。"
    assert names_sharing(text, find_measures(text)[0]) == ["财政总收入"]


# 6. the headline a body restates

def test_the_body_restating_the_headline_states_no_second_target():
    found = contract("https://example.cn/a.html\n2021-02-10\n\n云南力争2025年GDP达3.5万亿元\n"
                     "到2025年，全省GDP总量达3.5万亿元。\n", dt.date(2021, 2, 10))["targets"]
    assert len([t for t in found if t["value"] == 3_500_000_000_000]) == 1


def test_a_first_target_below_the_headline_is_no_headline():
    quoted = contract("丰溪县召开经济工作会议\n会议提出：“力争2025年GDP达350亿元。”\n到2025年，全县GDP总量力争达350亿元。\n",
                      dt.date(2021, 2, 10))["targets"]
    assert len([t for t in quoted if t["value"] == 35_000_000_000]) == 2
    table = contract("丰溪县主要目标\n| 序号 | 指标名称 | 单位 | 2025年目标 |\n| 1 | GDP | 亿元 | 350 |\n"
                     "到2025年，全县GDP总量力争达350亿元。\n", dt.date(2021, 2, 10))["targets"]
    assert len([t for t in table if t["value"] == 35_000_000_000]) == 2


# 7. the gloss in _ABBREVIATION is script.GLOSS

def test_the_abbreviation_pattern_reads_a_gloss_as_script_does():
    assert GLOSS.pattern in _ABBREVIATION.pattern
    for gloss in ["(shè)", "（xiàng）", "(mù )", "(lǜ)", "(nüè)", "(chǎn)"]:
        assert _ABBREVIATION.fullmatch(gloss) and GLOSS.fullmatch(gloss)
    for abbreviation in ["(GDP)", "（PPI）", "(CPI)"]:
        assert _ABBREVIATION.fullmatch(abbreviation)
    for other in ["(1)", "（含）", "(A)", "(一期)", "(shè"]:
        assert not _ABBREVIATION.fullmatch(other)
    assert [m.indicator for m in find_measures("全县工业(yè )总产值增长10%。")] == \
        [m.indicator for m in find_measures("全县工业总产值增长10%。")]
