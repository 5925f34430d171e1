"""Pieces of an award mention: the award names after a verb, the grade, the level."""
from __future__ import annotations

import re

# 数十人次 / 300人次: how many times people won, nobody named
PERSON_TIMES = r"[数几上近逾]?[\d一二三四五六七八九十百千]+人次"
GRADE = (r"(?:特等奖|一等奖|二等奖|三等奖|金奖|银奖|铜奖|优秀奖|优胜奖|最高奖|提名奖|入围奖|表彰奖|特别奖|大奖|金牌|银牌|铜牌|金鼎|银鼎|铜鼎|"
         r"(?<!单项)冠军|亚军|季军)")
TIER = r"(?:优秀|良好|达标|合格)"  # assessment tiers (考核为优秀)
# the numerals a count of holders is written with (24个, 两家, 三千户)
COUNT = r"[\d一二三四五六七八九十百千两]"
# the heads a designation's name ends on before the kind of its holder (示范县, 先进乡镇, 试点县, 样板村)
TITLE_HEAD = r"(?:示范|先进|标兵|模范|试点|样板)"
_GRADE_END = re.compile(rf"{GRADE}$")
_TIER_END = re.compile(rf"(?:考核|考评|评估|评价)(?:结果)?(?:为|获|评为)?(?:(?P<tier>{TIER})(?:等次|档次|单位)?|(?P<advanced>先进)(?:等次|档次))$")
_STAR_GRADE = re.compile(r"^(?P<grade>[一二三四五六七八九十]星级?)(?P<name>[\u4e00-\u9fa5“”]{2,20}鼎)$")
_TRAILER = re.compile(r"(?:等|的)?(?:光荣称号|荣誉称号|称号|殊荣|荣誉|奖项|桂冠)$|(?<=”)(?:奖牌|牌匾|奖杯)$|“?[一二三四五六七八九十\d]+连(?:冠|创|胜|获)”?$|等$|[\d一二三四五六七八九十两]+(?:个|家|项|名|人)$"
                      r"|等(?:国家级|省级|市级|省部级|国字号)(?:荣誉|称号|奖项|殊荣)?(?:[\d一二三四五六七八九十]+余?[项个])?$"
                      # (先后荣获A、B等多项荣誉 / 等10余项荣誉称号 / 等诸多殊荣: the list's count, no part of its last title)
                      r"|等(?:[\d一二三四五六七八九十两]+余?|多|数|诸多|众多|一系列|一批)[项个]?(?:国家级|省级|市级|省部级|国字号)?"
                      r"(?:荣誉称号|荣誉|称号|殊荣|奖项|美誉|桂冠)$|等(?:诸多|众多|多项|多个|一系列)$"
                      r"|(?<=[\u4e00-\u9fa5”]{4})(?:复审|复评|复核|验收|认定|命名|授牌)$"
                      r"|(?<=百强|千强|强县|强区|强市|强镇|强”|强」)(?:榜首|第?[\d一二三四五六七八九十]+(?:强|位|名))$"
                      r"|(?<=[\u4e00-\u9fa5”」])(?:行列|队列)$")  # 跨入全省“十强区”行列: the ranks of the list  # 百强县30强: a rank in the list  # 国家卫生城市复审: the title
_PARTICLE_END = re.compile(r"(?<=[\u4e00-\u9fa5”]{2})[啦喽咯哟呀啊哦]$")  # 全国文明村啦: a spoken sentence's last word
# (大会最佳组织奖 / 本届优秀展品奖: the event's own prize, the event pointed at, no part of its name)
_LEADER = re.compile(r"^(?:了|由[^“”]*?的|为|成为|设立|第[一二三四五六七八九十\d]+批次?|(?:本届|本次|此次)?大会(?=[\u4e00-\u9fa5“”]{3,20}奖$))+")
# 丽水首座国家历史文化名城 / 全市首个省级…: dropped when a level word follows (kept in 全国首批…试点)
# 全省首个 / 丽水首座 / 全国唯一的 / 第一家 / 全国首批: the first or only one in a scope (a milestone's lead), or the
# first batch of a designation
FIRST_OF = re.compile(r"^[\u4e00-\u9fa5]{0,4}?(?:首[座个家所]|第一[个家所座]|唯一|(?P<batch>首批))(?:一[个家所座]|的)?")
_FIRST_OF = re.compile(FIRST_OF.pattern + r"(?=.*(?:国家|全国|中国|省|[市县]级|全[市县]))")
# (入围X后的第三次上榜: the title before 后, the count of entries after it)
_OBJECT_END = re.compile(r"投入运营|投入使用|开工|建成|基本完工|签约|落地|推进(?![^、，,。；;]{0,8}?(?:试点|示范))|实现|(?:之|以)?后的?第[一二三四五六七八九十\d]+次")
_QUOTED_LIST = re.compile(rf"“([^”]{{2,40}})”({GRADE})?")
_AWARDISH = re.compile(
    r"奖|勋章|称号|荣誉|名单|榜|示范|试点|样板|基地|平台|企业|城市|名城|公园|先进|优秀|标兵|模范|冠军|金牌|大赛|"
    r"单位|集体|个人|案例|品牌|名录|星级|A级|景区|认证|小巨人|功$|园区|产业园|城镇|乡村|工作者|工厂$|"
    r"鼎$|杯$|杯”|百强|强[县区镇市]|名[镇村]|示范[县区市镇村]|卫生[城县镇乡]|文明[城村镇]|文明(?:校园|家庭|社区|县城|行业)|平安[市县区]|激励$|标杆|领跑|创新型产业集群$"
)
_TITLE_NOUN = re.compile(r"名城|城市|试点|示范|样板|公园|案例|基地|园区|平台|产业园|先进(?!制造|技术|材料)|称号|奖|百强|强[县区镇市]|"
                         r"千强|名[镇村]|标杆|典型|(?<=[\u4e00-\u9fa5]{3})[县镇乡村]$")
_LEVEL_WORD = re.compile(r"国家|全国|中国|省|全省")
_NOT_AWARD = re.compile(r"^(?:较好|显著|良好|明显|一定|新的|更|很|大量|资金|支持|资助|补助|授权|专利(?![金银铜]奖|优秀奖)|批复|通过|感|成功|"
                        r"更名|同意|立项|[\d.]+(?:万|亿)?元|.*(?:奖金|奖励金|奖补资金)$)")
_LEVELS = (
    ("national", re.compile(r"国家级|全国|国家|中国|中华人民共和国|国务院|部$|部主办")),
    ("provincial", re.compile(r"省级|全省|省")),
    ("municipal", re.compile(r"市级|全市|^市|[\u4e00-\u9fa5]{2}市(?!场)(?<!城市)(?<!超市)(?<!都市)")),
    # (典型县, 示范县, 百强县: the kind of place that holds the title, no county that gives it)
    # (生态名县, 工业强县: a famous or strong county, the kind of holder too)
    ("county", re.compile(r"县级|全县|^县|[\u4e00-\u9fa5]{2}(?<!典型|示范|百强|十强|先进|优胜|试点|样板|标兵|模范|重点|达标)(?<![名强])县(?!域|城)|区级"
                           r"|^区(?=优秀|先进|文明|十佳|模范|示范|最美|突出|杰出|年度)")),
)
_EXPLICIT_LEVEL = re.compile(r"(国家|省|市|县|区)级")
_TWO_LEVELS = re.compile(r"(?:国家|省|市|县)级?(?:和|及|与|、)(?:国家|省|市|县)级")


# the body that publishes a list is not part of the award: 工业和信息化部第三批专精特新“小巨人”企业名单
_ISSUER_LEAD = re.compile(r"^(?:工业和信息化部|工信部|国家[\u4e00-\u9fa5]{0,6}(?:部|局|委)|省[\u4e00-\u9fa5]{1,8}(?:厅|委|局)"
                          r"|[\u4e00-\u9fa5]{2}市[\u4e00-\u9fa5]{1,6}(?:局|委|(?<!社)会))(?=第|“|[\u4e00-\u9fa5]{2})")
# X企业名单 / “丽水工匠”名单: the list of holders of a title is the title
_HOLDERS_LIST = re.compile(r"(?<=企业|单位|集体|个人|工匠|工厂|冠军|巨人|基地|城市|学校|园区)名单$|(?<=”)名单$"
                           r"|(?<=[县市区乡镇村旗][）)])名单$")  # 先进县（市、区）名单: places of a kind, the kinds in brackets
_LEVEL_QUOTED = re.compile(r"^(?:国家|省|市|县)级“[^”]{2,20}”$")  # 国家级“绿色工厂”


def holders_title(name: str) -> str | None:
    """The title a list of its holders names (工业和信息化部第三批专精特新“小巨人”企业名单 ->
    专精特新“小巨人”企业; “丽水工匠”名单 -> “丽水工匠”), or None for a list that is no title."""
    name = _ISSUER_LEAD.sub("", name)
    if not _HOLDERS_LIST.search(name):
        return None
    name = _HOLDERS_LIST.sub("", name)
    name = re.sub(r"^(?:\d{4}年度?)?第[一二三四五六七八九十\d]+批次?", "", name)
    return name if len(name) >= 2 else None


def split_grade(name: str) -> tuple[str, str | None]:
    """'浙江省改革突破奖铜奖' -> ('浙江省改革突破奖', '铜奖'); '二等奖' -> ('', '二等奖');
    an assessment's tier is its grade: '台州市…目标责任制考核优秀' -> ('台州市…目标责任制考核', '优秀')."""
    tier = _TIER_END.search(name)
    if tier:  # …考核先进等次: 先进 is the tier (…考核先进单位 stays a title)
        key = "tier" if tier.group("tier") else "advanced"
        return name[: tier.start(key)], tier.group(key)
    star = _STAR_GRADE.match(name)
    if star:  # 一星平安金鼎: a star grade before the honour
        return star.group("name"), star.group("grade")
    m = _GRADE_END.search(name)
    if not m:
        return name, None
    bare = name[: m.start()].rstrip("的")
    if m.group(0).endswith("鼎") and bare:
        # 大禹鼎铜鼎 -> 大禹鼎; 安全发展铜鼎 -> 安全发展鼎 (the 鼎 is the honour's, the metal its grade); 平安金鼎 is a
        # honour of its own, not 平安鼎's gold grade
        if re.search(r"平安$", bare) and m.group(0) == "金鼎":
            return name, None
        return (bare if bare.endswith(("鼎", "鼎”")) else bare + "鼎"), m.group(0)
    return bare, m.group(0)


def clean_award(name: str) -> str:
    name = re.sub(r"[（(][^）)]*(?:名单|附件|见附)[^）)]*[）)]$", "", name.strip())  # （名单见附件）: a pointer, no name
    name = _ISSUER_LEAD.sub("", name)
    name = re.sub(r"^[\u4e00-\u9fa5]{2,8}领域(?=国家|全国|中国|省)", "", name)  # 机械工程领域国家技术发明奖: the field, then the prize
    name = _LEADER.sub("", name)
    name = _HOLDERS_LIST.sub("", name)
    name = _FIRST_OF.sub("", name)
    for _ in range(3):
        name = _TRAILER.sub("", name).strip()
    # 荣获“全国文明村"称号 / “全国文明村」: a “ closed by a stray mark, the mark no part of the name
    if name.endswith('"') and name.count('"') % 2 or name.endswith("」") and "「" not in name:
        name = name[:-1].rstrip()
    return re.sub(r"^“([^“”]+)”$", r"\1", name)  # “中国最美乡镇”奖牌: the title, its quotes no part of it


# 各类奖项30余项: a tally; 省级财政奖补资金500万元: money (27个中心区城市 is a name)
_NO_TITLE = re.compile(r"各类|若干|多项|\d+余?[项个次]$|数(?:、|$)|数量|资金|奖金|补助|补贴|\d(?:万|亿)?元"
                       r"|项目(?:名单|清单|计划)$|项目库|^国字号$"
                       r"|候选|推荐名单|公示名单|^参评"  # 候选城市 / 推荐名单 / 参评…学校: put forward, not conferred (NOTES 24)
                       r"|^(?:国家|全国|省|全省|国家级|省级|市级|县级)?(?:试点|示范|示范点|名单|名录)$"  # 纳入国家试点: no named pilot
                       r"|^(?:全部|所有|各大|[\d一二三四五六七八九十两]+大)(?:榜单|名单|奖项|榜)$"
                       # 省级贫困村 / 重点监控企业 / 失信企业名单: a designation that marks a want or a fault, no honour
                       r"|(?:贫困|欠发达|落后|失信|违法|问题|重点监控|挂牌督办|黑)(?:村|县|乡|镇|区|市|地区|企业|单位|户|名单|名录)$")  # 入围五大榜单: lists counted  # 省重点建设项目名单 / 省重大项目库: a plan's list of works, no honour


def names_no_title(name: str) -> bool:
    """A tally, money or a plan's list of works (省重点建设项目名单): never an honour, whatever points to it."""
    return bool(_NO_TITLE.search(name))


def is_award_like(name: str) -> bool:
    if _NO_TITLE.search(name):
        return False  # 各类奖项30余项: a tally, not an award (27个中心区城市 is a name)
    return (2 <= len(name) <= 45 and not _NOT_AWARD.match(name)
            and bool(_AWARDISH.search(name) or _GRADE_END.search(name) or _LEVEL_QUOTED.match(name)))


def is_conferred_title(name: str) -> bool:
    """For 成为 X: only a named title with a level (全国首批…试点, 全省最佳实践案例)."""
    return bool(_LEVEL_WORD.search(name) and _TITLE_NOUN.search(name))


_RANK_ONLY = re.compile(r"^(?:全国|全省|全市|全县|全区|[\u4e00-\u9fa5]{2,4}(?:省|市|县|区))?(?:第[\d一二三四五六七八九十]+(?:名|位)?|前[\d一二三四五六七八九十]+(?:名|位)?|首位|榜首)$")
# …，位列第69位 / 项目数居温州第一: a place in a ranking after the name (of a list, or of a count: no title then)
_RANK_TAIL = re.compile(r"(?<=[”\u4e00-\u9fa5])[，,]?(?:位列|位居|排名|排在|列|居)(?:全国|全省|全市|全县|[\u4e00-\u9fa5]{2,3}?)?"
                        r"第[\d一二三四五六七八九十百]+(?:位|名)?$")
# 全省文明城区测评第一名 / 营商环境评价第3位: a place in an assessment's ranking (a contest's 第一名 is its prize)
_ASSESSED_RANK = re.compile(r"(?:测评|考核|考评|评价|评估|排名|排行|指数|监测)(?:中|结果)?(?:全[国省市县区])?第[\d一二三四五六七八九十]+(?:名|位)$")
_DIGIT_RANK = re.compile(r"(?:全国|全省|全市|全县|全州)前?\d+强$")  # 服务业全国10强: a rank in a scope (企业500强 is a list)
_PLACE_TITLE = re.compile(r"(?:城市|示范市|安全市|模范市|示范县|示范区)$")
_TITLES_LIST = re.compile(r"^(?P<items>[^，,。；;：:]+?)(?:等)?(?:荣誉称号|称号|殊荣|荣誉|桂冠)等?$")


# after a verb that itself says a title was given (获评, 被命名为, 上榜): a name with a level or in quotes is one
_TITLED = re.compile(r"国家|全国|中国|世界|省|[市县区]级|“|首批|第[一二三四五六七八九十\d]+批")


# 获得国家级生态乡镇: after a verb that only says something was won, a level and a holder's noun make a title
_HOLDER_END = re.compile(r"(?:镇|乡|村|县|市|区|城|企业|单位|集体|个人|基地|中心|园|景区|社区|学校|医院|品牌|车间|工厂)$")


def _is_title(name: str, titled: bool) -> bool:
    if is_award_like(name):
        return True
    return 3 <= len(name) <= 45 and not _NOT_AWARD.match(name) and not _NO_TITLE.search(name) and bool(_TITLED.search(name)) \
        and not re.search(r"项目$|工程$", name) and (titled or bool(_HOLDER_END.search(name)))


def award_names(text: str, titled: bool = False) -> list[str]:
    """Award names after a verb: a quoted list (“A”、“B”等殊荣), or the rest of the clause,
    split at 、 / 和 when each part is an award of its own. `titled`: the verb says a title was given."""
    text = text.strip()
    while text and (text[-1] in "。！？；;!?" or text[-1] == "”" and text.count("”") > text.count("“")
                    or _PARTICLE_END.search(text)):
        text = text[:-1]  # 被评为全国文明村啦！: the sentence's closing particle is no part of the title
    text = _EDITIONS.sub(_each_edition, text)  # 第十二、十三届省级文明学校: one title of each edition
    text = TALLY_TAIL.sub("", text)  # 获得国家级X试点及省级荣誉7项、市级荣誉3项: the honours counted after it name none
    text = _LEADER.sub("", text)
    text = re.split(r"…|\.{3}", text)[0]  # 问鼎“A”……回溯…的“B”: the ellipsis ends the list
    text = _RANK_TAIL.sub("", text)  # 入围“全国绿色发展百强县市”位列第69位: the list, not the place in it
    if _RANK_ONLY.match(text) or _DIGIT_RANK.search(text) or _ASSESSED_RANK.search(text):
        return []  # 跻身服务业全国10强, 位列全省第3, 获全省文明城区测评第一名: a rank, no title
    titles = _TITLES_LIST.match(text)
    if titles and "、" in titles.group("items"):
        # 荣获国家森林城市、“宽带中国”示范城市等称号: the list says itself that each item is a title (A、B和C: three)
        raw = [p.strip() for p in _split_outside_brackets(titles.group("items"))]
        items = [clean_award(re.sub(r"^“([^“”]+)”$", r"\1", p)) for p in raw]
        # (园林县城 beside 国家生态文明建设示范县: a holder's noun is enough once the list says they are titles; an item
        # quoted whole, “最佳生态旅游目的地”, is named as a title by its quotes)
        if all(len(i) >= 3 and (is_award_like(i) or _PLACE_TITLE.search(i) or _is_title(i, True) or _HOLDER_END.search(i)
                                or re.fullmatch(r"“[^“”]{3,30}”", p)) for i, p in zip(items, raw)) and any(is_award_like(i) for i in items):
            return items
    quote_at = text.find("“")
    # “A”、“B”等殊荣 / 全国综治领域最高奖“长安杯”: the quoted name is the award
    lead = text[:quote_at].rstrip("—－-–:： ")  # 最高奖——“长安杯”: the dash introduces the name
    if quote_at >= 0 and (quote_at == 0 or text[quote_at - 1] == "的" or lead.endswith(("最高奖", "大奖"))
                          or _GIVER_BEFORE_QUOTES.match(text)):
        names = [q + (g or "") for q, g in _QUOTED_LIST.findall(text[quote_at:])]
        tail = text[quote_at:]
        parts = _split_outside_brackets(tail) if re.match(r"^“[^”]+”、", tail) else []
        if len(names) == 1 and len(parts) > 1 and all(re.fullmatch(r"“[^“”]+”", p) or is_award_like(p) for p in parts[1:]):
            names += [clean_award(p) for p in parts[1:]]  # “最佳生态旅游目的地”、全国文明城市: a quoted title, then another
        elif len(names) == 1 and not re.match(rf"^“[^”]+”(?:{GRADE})?(?:等|称号|荣誉|殊荣|$)", tail):
            names = [clean_award(tail)]  # “科创中国”浙江省级创新基地: the quote is part of the name
        return [n for n in names if n and not _NO_TITLE.search(n)]  # 跻身“国字号”队列: a rank's label, no title
    # a remark in brackets at the end (（排名不分先后）) is no part of the name; 中国（温州）…试验区 keeps its own;
    # a grade in brackets (科学技术进步奖（一等奖）) is the grade
    text = re.sub(rf"[（(]({GRADE})[）)]", r"\1", text)
    text = re.split(r"[（(](?![^）)]*[）)][\u4e00-\u9fa5])", text)[0]
    end = _OBJECT_END.search(text)
    if end and not MERIT_END.search(text):  # (全县项目推进先进集体: a merit title, 推进 a word of it)
        text = text[: end.start()]
    parts = [clean_award(p) for p in _split_outside_brackets(text)]
    ranks = [p for p in parts if _RANK_ONLY.match(p)]
    if ranks and len(ranks) < len(parts):  # 位列全国…百强县30强、全市第一: a bare rank beside the list is no title
        parts = [p for p in parts if p not in ranks]
        text = "、".join(parts)
    parts = _with_shared_lead(parts)
    if len(parts) > 1 and all(_is_title(p, titled) or titled and _CITY_TITLE.match(p) for p in parts):
        # 创成全国文明城市、法治城市: once one item is a conferred title, its neighbours with a title noun are too
        # (获评为中山市平安镇区、广东省卫生镇: a city's title, its city written first, is one of them)
        conferred = any(is_conferred_title(p) for p in parts)
        return [p for p in parts if re.search(r"奖|称号|荣誉|名单|榜", p) or conferred and _TITLE_NOUN.search(p)
                or titled and (_TITLED.search(p) or _CITY_TITLE.match(p)) or MERIT_END.search(p)]
    raw = _split_outside_brackets(text)
    if len(raw) > 1 and _PRIZES_COUNT.search(raw[0]):
        # 荣获河南省科技进步奖2项、医学…: prizes counted one after another (a cut text's last word is none of them)
        counted = [clean_award(p) for p in raw if _PRIZES_COUNT.search(p)]
        return [c for c in counted if _is_title(c, titled)]
    name = clean_award(text)
    if name in ("名单", "名录", "称号", "榜单") or not _is_title(name, titled):
        return []
    return [name]


# 及省级荣誉7项、市级荣誉3项 / 和其他荣誉10余项 / 及省级荣誉称号多项: honours counted at the end of a list, none of them named
_TALLIED = r"(?:(?:国家|省|市|县|区)级|各级|各类|其他|其它)?(?:荣誉称号|荣誉|奖项|称号|表彰)(?:[\d一二三四五六七八九十百]+余?项|多项|数项)"
TALLY_TAIL = re.compile(rf"(?<=[\u4e00-\u9fa5”])(?:及|和|以及|、)?{_TALLIED}(?:[、和及]{_TALLIED})*$")
_PRIZES_COUNT = re.compile(r"(?<=[奖”])[\d一二三四五六七八九十两]+(?:项|个)$")


# 第十二、十三届省级文明学校 / 第三批和第四批X: two editions (or batches) of one title, named once
_EDITIONS = re.compile(r"第(?P<first>[一二三四五六七八九十百\d]+)(?:届|批)?[、和及与]第?(?P<second>[一二三四五六七八九十百\d]+)"
                       r"(?P<unit>届|批)(?P<title>[^、和及与，,。；;]{4,40})")


def _each_edition(m: re.Match) -> str:
    unit, title = m.group("unit"), m.group("title")
    return f"第{m.group('first')}{unit}{title}、第{m.group('second')}{unit}{title}"


# 获评央视“大美之城”“向往之城”: who gave them, then two or more quoted titles and nothing else
_GIVER_BEFORE_QUOTES = re.compile(r"^[\u4e00-\u9fa5]{2,8}(?:“[^“”]{2,20}”[、和及]?){2,}(?:等?(?:称号|荣誉|殊荣))?$")
# 镇域经济优胜单位和绩效考核优秀单位: each names a unit or person honoured for its merit, a title of its own
# (积极改造主体 / 表现突出单位: the merit, a word or two of what it was shown in, then the unit)
MERIT_END = re.compile(r"(?:优秀|优胜|先进|模范|标兵|积极|突出|杰出|最美)[\u4e00-\u9fa5]{0,4}?"
                       r"(?:单位|集体|个人|企业|主体|工作者|乡镇|镇|村|县|区)$")
# 中山市平安镇区 / 清州市文明单位: a title a city or county confers, its place first, its holder's noun last
_CITY_TITLE = re.compile(r"^[\u4e00-\u9fa5]{2,3}[市县](?![场区级])[\u4e00-\u9fa5]{2,12}(?:镇区|镇|乡|村|社区|街道|单位|集体|企业)$")


def _with_shared_lead(parts: list[str]) -> list[str]:
    """全省民族团结进步示范学校和示范企业: a short item that repeats a word of the first one (示范) takes the words
    the first one has before it (全省民族团结进步示范企业); an item with its own level or place keeps its name."""
    if len(parts) < 2:
        return parts
    first = parts[0]
    out = [first]
    for p in parts[1:]:
        at = first.find(p[:2], 2) if 2 <= len(p) <= 6 and not _LEVEL_WORD.search(p) and not level_of(p) else -1
        if at < 0 and 3 <= len(p) <= 4 and len(first) > len(p) + 2 and first[-len(p)] == p[0] and first[-1] == p[-1] \
                and not _LEVEL_WORD.search(p):
            at = len(first) - len(p)  # 全省制造业发展十强县、十快县: an item shaped as the first one's last word replaces it
        out.append(first[:at] + p if at > 0 and not first.startswith(p[:2]) else p)
    return out


def _split_outside_brackets(text: str) -> list[str]:
    """Split at 、 / 和 / 及 where no bracket or quote is open: 工业强县(市、区)先进单位 and “国、省联创”试点 are one
    name each; and at 和 / 及 only after a title (全省淘汰落后产能和“腾笼换鸟”工作目标考核: one assessment's name)."""
    if not re.search(r"[(（“和及]", text):
        return text.split("、")
    parts, joins, depth, start = [], [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "(（“") - (ch in ")）”")
        if depth <= 0 and ch in "、和及":
            parts.append(text[start:i])
            joins.append(ch)
            start = i + 1
    parts.append(text[start:])
    merged = [parts[0]]
    for join, part in zip(joins, parts[1:]):
        left = clean_award(merged[-1])
        if join != "、" and not (is_award_like(left) or _TITLE_NOUN.search(left) or _HOLDER_END.search(left)):
            merged[-1] += join + part
        else:
            merged.append(part)
    return merged


_LOCAL_ROUND = re.compile(r"[\u4e00-\u9fa5]{2,4}?([省市县区])(?:选拔赛|分赛|分赛区)$")
_DIVISION = re.compile(r"[（(](?P<place>[\u4e00-\u9fa5]{2,8}?)赛区[）)]")
PROVINCES = _PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
              "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")


def issuer_level(issuer: str) -> str | None:
    """The rank of the body that gave an honour: 湖南省文化和旅游厅 -> provincial, 教育部关工委 / 农业农村部办公厅 ->
    national (a ministry's office or committee ranks with the ministry)."""
    if re.match(r"^(?:中共)?(?:[\u4e00-\u9fa5]{2,3}省|省)", issuer) or _PROVINCE_CITY.match(issuer):
        return "provincial"
    if re.match(r"^(?:中共)?(?:[\u4e00-\u9fa5]{2,3}市|市)", issuer):
        return "municipal"
    if re.search(r"国务院|中央|全国|国家|部(?!门)|最高|国管局", issuer):
        return "national"
    return level_of(issuer)


_PROVINCE_LEAD = re.compile(rf"^(?:\d{{4}}年度?)?(?:{_PROVINCES})(?![省市])")
# 重庆市卫生乡镇 / 上海市科技进步奖 / 北京市人民政府: a city that is a province (a municipality under the State Council)
# (重庆市江北区先进集体: a district of it confers)
_PROVINCE_CITY = re.compile(r"^(?:\d{4}年度?)?(?:中共)?(?:北京|天津|上海|重庆)市(?!级)(?![\u4e00-\u9fa5]{2,3}[区县](?!级)[\u4e00-\u9fa5])")


# 佛山市高明区… / 丽水市莲都区… / 清州市丰溪县…: a title named by a city's district or county, its rank theirs
_CITY_DISTRICT_LEAD = re.compile(r"^(?:\d{4}年度?)?(?!全|本|各|我|该)[\u4e00-\u9fa5]{2,3}市(?!级)(?!先进|示范|百强|十强|强|优秀|优胜|工业|高新|经开|开发|新区|城区|县区|区县|市区|辖区)[\u4e00-\u9fa5]{2,3}?[区县](?![级域城])"
                                 r"(?=[\d\u4e00-\u9fa5“])")


def level_of(text: str) -> str | None:
    """national / provincial / municipal / county from an award name or an awarding body; a national
    contest's regional division (中国创新创业大赛（浙江赛区）) ranks with its region."""
    local = _LOCAL_ROUND.search(text)
    if local:  # 广西创业大赛梧州市选拔赛: a national or provincial contest's round held by a city ranks with the city
        return {"省": "provincial", "市": "municipal", "县": "county", "区": "county"}[local.group(1)]
    division = _DIVISION.search(text)
    if division:
        place = division.group("place")
        if re.fullmatch(rf"(?:{_PROVINCES})(?:省|市|自治区)?", place):
            return "provincial"
        if place.endswith("市"):
            return "municipal"
    text = re.sub(r"[（(][^）)]*[）)]", "", text)  # 文明城市（县级市和县）: the kind of holder, not the award's rank
    if _TWO_LEVELS.search(text):
        return None  # 获得国家和省级中国气候品质认证: which holder got which rank is not said
    if "自治区级" in text:
        return "provincial"  # 自治区级绿色工厂: a region's rank is a province's (区级 in it is no district)
    explicit = _EXPLICIT_LEVEL.search(text)
    if not explicit and (_PROVINCE_LEAD.match(text) or _PROVINCE_CITY.match(text)):
        return "provincial"  # 浙江工业强县先进单位: a province's title, written without 省
    if not explicit and _CITY_DISTRICT_LEAD.match(text):
        return "county"  # 佛山市高明区2020年度纳税大户: the district or county named under its city gives it
    if explicit:
        return {"国家": "national", "省": "provincial", "市": "municipal", "县": "county", "区": "county"}[explicit.group(1)]
    best: tuple[int, str] | None = None
    for level, pattern in _LEVELS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), level)
    return best[1] if best else None
