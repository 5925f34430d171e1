"""Awards: honours, prizes, titles and selections received by a named recipient (contract § awards).

Read from a verb (荣获 / 获得 / 斩获 / 入选 / 被评为 / 授予 …) with the award after it and the
recipient before it (or, for 授予, between 授予 and the award). Quoted names are taken whole;
a grade at the end (铜奖, 最高奖) is split off; a bare grade takes the competition named earlier.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .award_parts import (GRADE, award_names, clean_recipient, entity_of, is_generic_recipient, level_of,
                          split_grade)
from .dates import find_dates
from .sections import Context
from .sentences import Sentence, split_clauses

_VERB = re.compile(
    r"荣获|斩获|摘得|夺得|捧得|荣膺|获评为?|获得了?|被评为|评为|被授予|入选|入围|被认定为|被命名为|命名为|创成|"
    r"获批(?=[^，,。]*?(?:试点|示范|平台|基地|称号|名单|样板))|获(?![得批悉取益奖])"
)
_GRANT = re.compile(
    r"授予(?P<recipient>[^“”，,。；;]{2,40}?(?:等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项)[^“”，,。；;]{0,8}?)?)"
    r"(?P<awards>(?:“[^”]{2,40}”|[^“”，,。；;]{2,60}?)(?:称号|荣誉称号|荣誉)?)(?=[，,。；;]|并|$)"
)
_MERIT = re.compile(r"对(?P<recipient>[^，,。]{2,40}?)(?:同志)?各?记(?P<award>个人|集体)?(?P<grade>[一二三]等功)")
_ISSUER = re.compile(r"(国务院|国家[\u4e00-\u9fa5]{0,4}部|省政府|省人民政府|省[\u4e00-\u9fa5]{1,6}厅|市政府|市人民政府|县政府|县人民政府|区政府)")
_COMPETITION = re.compile(r"“([^”]{2,30})”|([\u4e00-\u9fa5]{2,30}(?:大赛|比赛|竞赛|评选|评比|博览会|挑战赛))")


@dataclass(frozen=True)
class Award:
    award: str
    grade: str | None
    recipient: str | None
    level: str | None
    date: str | None
    evidence: str
    span: tuple[int, int]

    def to_contract(self) -> dict:
        return {"award": self.award, "grade": self.grade, "recipient": self.recipient, "level": self.level,
                "date": self.date, "evidence": self.evidence, "span": list(self.span)}


def _date_before(sentence: Sentence, position: int, published: dt.date | None, award_year: str | None) -> str | None:
    dated = [d.value for d in find_dates(sentence.text[:position], published) if d.value]
    if dated:
        return dated[-1]
    return award_year


def _level(award: str, sentence: str, position: int) -> str | None:
    level = level_of(award)
    if level:
        return level
    issuer = _ISSUER.search(sentence, 0, position)
    return level_of(issuer.group(1)) if issuer else None


def _make(sentence: Sentence, name: str, grade: str | None, recipient: str | None, position: int,
          published: dt.date | None) -> Award:
    m = re.match(r"^(\d{4})(?:[—\-–]\d{4})?年?度?", name)
    award_year = m.group(1) if m and m.group(0) != name else None
    name = name[m.end():] if award_year else name
    return Award(award=name, grade=grade, recipient=recipient, level=_level(name, sentence.text, position),
                 date=_date_before(sentence, position, published, award_year), evidence=sentence.text,
                 span=(sentence.start, sentence.end))


def awards_in_sentence(sentence: Sentence, ctx: Context, published: dt.date | None,
                       last_entity: str | None) -> list[Award]:
    found: list[Award] = []
    text = sentence.text
    covered: list[tuple[int, int]] = []
    for m in _GRANT.finditer(text):
        recipient = clean_recipient(m.group("recipient"))
        for name in award_names(m.group("awards")):
            bare, grade = split_grade(name)
            if bare:
                found.append(_make(sentence, bare, grade, recipient, m.start(), published))
        covered.append((m.start(), m.end()))
    for m in _MERIT.finditer(text):
        award = (m.group("award") or "") + m.group("grade")
        found.append(_make(sentence, award, m.group("grade"), clean_recipient(m.group("recipient")),
                           m.start(), published))
        covered.append((m.start(), m.end()))
    subject = None  # the sentence's topic: its first clause that is neither a label nor only a date
    for clause in split_clauses(sentence):
        offset = clause.start - sentence.start
        verb = _VERB.search(clause.text)
        if not verb or any(s <= offset + verb.start() < e for s, e in covered):
            label = text[offset + len(clause.text): offset + len(clause.text) + 1] in (":", "：") and len(clause.text) <= 8
            if subject is None and not label and clean_recipient(clause.text):
                subject = clean_recipient(clause.text)
            continue
        before = clause.text[: verb.start()]
        recipient = entity_of(before) or clean_recipient(before) or subject
        if recipient is None or is_generic_recipient(recipient):
            recipient = entity_of(subject or "") or last_entity or recipient
        names = award_names(clause.text[verb.end():])
        position = offset + verb.start()
        if not names:
            names = _look_back(text[:offset])
        for name in names:
            bare, grade = split_grade(name)
            if not bare and grade:
                competition = _COMPETITION.findall(text[:position])
                bare = next((a or b for a, b in reversed(competition)), None)
            if bare:
                found.append(_make(sentence, bare, grade, recipient, position, published))
    return found


def _look_back(prefix: str) -> list[str]:
    """丽水经开区成功入围 after 共认定4家2023“科创中国”浙江省级创新基地: the award named before."""
    m = re.search(r"(\d{4}“[^”]+”[^，,。、]{2,20}|“[^”]+”[^，,。、]{2,20}?(?:基地|名单|称号|奖|试点|样板|示范区))"
                  r"[，,。]?$", prefix)
    return [m.group(1)] if m else []


def awards_in(sentences: list[Sentence], contexts: list[Context], published: dt.date | None) -> list[Award]:
    found: list[Award] = []
    last_entity: str | None = None
    line = None
    for s, ctx in zip(sentences, contexts):
        if s.line != line:
            last_entity, line = None, s.line
        found.extend(awards_in_sentence(s, ctx, published, last_entity))
        last_entity = entity_of(s.text) or last_entity
    return _merge(found)


def _merge(awards: list[Award]) -> list[Award]:
    """One award per (award, grade): a named recipient beats a generic or missing one."""
    merged: list[Award] = []
    for a in awards:
        same = next((b for b in merged if _key(b.award) == _key(a.award) and b.grade == a.grade), None)
        if same is None:
            merged.append(a)
            continue
        if a.recipient and (same.recipient is None or is_generic_recipient(same.recipient)
                            or (entity_of(a.recipient) and not entity_of(same.recipient))):
            merged[merged.index(same)] = Award(same.award, same.grade, a.recipient, same.level or a.level,
                                               same.date or a.date, a.evidence, a.span)
    return merged


def _key(award: str) -> str:
    """浙江省级创新基地 and 省级创新基地 name the same award."""
    return re.sub(r"浙江|[“”\"]", "", award)


__all__ = ["Award", "awards_in", "GRADE"]
