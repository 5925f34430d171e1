"""Rosters in any layout: what heads one and what a line of one holds, whatever its bullets or spacing.

A roster opens on a line that names the title its holders received: a lead-in that confers it ((二)2019年被重新确认为
X：, 以下单位被评为X：), a line that names a list and points below it (在X榜单中，…。分别是——), or a bare 名单 whose
category lines (全国X示范区（单位）) name the titles. Its holders stand one per line, per bullet (■ ● ◆ ▲ ★ ◎ · -,
① 1. （一）), per table row or in runs separated by 、 or spaces, a rank after a name its grade (晋江市 第13位), grouped
or not under place labels (杭州市： / 万州区 over its towns); a source credit, a reporter's byline or a line of mojibake
closes it. The reader (reader.py) keeps the roster open from line to line; lists.py reads the headings and lines it
has always read and asks this module about the layouts above."""
from __future__ import annotations

import re
from collections import Counter

from .earlier import named_list
from .parts import COUNT, PROVINCES, clean_award, is_award_like, is_conferred_title, names_no_title

# ■ 西安市：… / ● 东岭村 / ◆ / ▲ / ★ / ◎ / · / • / - / ①: the mark a bullet list sets before each entry
_BULLET = re.compile(r"^[ \u3000]*(?:[■□●○◆◇▲△▼▽★☆◎•·▪▫►▶◼◻♦❖✦※\-*＊]+|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])[ \u3000]*")


def unbulleted(text: str) -> str:
    """The entry a bullet line holds, its bullet set aside (■西安市：A、B -> 西安市：A、B)."""
    return _BULLET.sub("", text, count=1)


# …西庄镇 华商报记者 李琳 / …东岭村 通讯员 王明: the byline a page prints after the last entry, no part of it
_BYLINE = re.compile(r"[ \u3000]+[\u4e00-\u9fa5]{0,8}(?:记者|通讯员|编辑|摄影|撰稿|责编)[ \u3000:：]*[\u4e00-\u9fa5·]{2,4}"
                     r"(?:[ \u3000、]+[\u4e00-\u9fa5·]{2,4})*[ \u3000]*$")


def without_byline(text: str) -> str:
    return _BYLINE.sub("", text)


# 1.河北省 秦皇岛市北戴河度假区 / 13.广西壮族自治区 大新明仕旅游度假区: a national roster's province column before the
# holder (the province is where it lies, not the holder's name)
_PROVINCE_COLUMN = re.compile(rf"^(?P<number>\d{{1,3}}[.．、]\s*)?(?:{PROVINCES})(?:省|市|[\u4e00-\u9fa5]{{0,4}}自治区)?[ \u3000]+"
                              r"(?=[\u4e00-\u9fa5A-Za-z0-9“\"]\S*$)")  # (浙江省 （复查确认）: a remark, no name after it)
# …旅游度假区特此公告。: the notice's closing words run into the last entry, no part of its name
_SIGN_OFF = re.compile(r"(?<=[\u4e00-\u9fa5）)])特此(?:公告|通知|通报|决定|公布)[。.]?$")


def without_columns(text: str) -> str:
    """A roster entry without the province column before it and the notice's closing words after it."""
    return _SIGN_OFF.sub("", _PROVINCE_COLUMN.sub(lambda m: m.group("number") or "", text.strip()))


def garbled(text: str) -> bool:
    """Mojibake (陜西?。何靼彩?): a page decoded in the wrong charset, no name to read in it."""
    return "?" in text or "\ufffd" in text


# 第13位 / 第5名 / 排名第8: a ranked list's place of the name before it (its grade)
_RANK_CELL = re.compile(r"^(?:排名|位列|名列)?第[\d一二三四五六七八九十百]+(?:位|名)$")
# a holder named by its ending: a place, a body, a family (one to a space in a spaced-out run)
_HOLDER_TOKEN = re.compile(r"^[\u4e00-\u9fa5（）()·]{1,28}(?:镇|乡|村|街道|社区|区|县|市|旗|州|盟|县城|公司|集团|学校|中学|小学|"
                           r"大学|学院|幼儿园|医院|卫生院|中心|局|站|所|馆|景区|基地|园区|家庭|合作社|协会|委员会|办事处|大队|支队|"
                           r"人民政府|管委会|办公室|主席团|主席團|工委|党委|黨委|法院|检察院|檢察院)$")
_PERSON_TOKEN = re.compile(r"^[\u4e00-\u9fa5·]{2,3}$")
_HOME_TOKEN = re.compile(r"^[\u4e00-\u9fa5]{2,30}(?:村|社区|镇|乡|街道|县|区|市)$")
# 文明家庭和文明村 / 最美家庭和文明社区: a roster whose title places hold as well as families
_PLACES_TITLE = re.compile(r"(?:村|社区|镇|乡|街道|村镇|乡镇|村庄|村落)$")
_LIST_END = re.compile(r"(?:[（(][^（）()]*[）)])?(?:名单|名录|榜单)?(?:[（(][^（）()]*[）)])?[:：]?$")


def spaced_entries(text: str, title: str | None = None) -> list[tuple[str, str | None]] | None:
    """(name, grade) of each holder a line lists one to a space (龙驹镇 黄柏乡 响水镇), a rank after a name its grade
    (晋江市 第13位), a row's number before it set aside (1  昆山市); None unless every word is a holder's name (by its
    ending), a rank after one, or a person's name (three or more, or two under a `title` held by persons)."""
    words = text.split()
    if len(words) > 1 and re.fullmatch(r"\d{1,3}", words[0]):
        # 1  昆山市  第1位 / 1 丰溪县人民医院 丰溪县: a numbered row of a table names one holder, in its first cell
        rank = next((w for w in words[2:] if _RANK_CELL.match(w)), None)
        return [(words[1], rank)] if _HOLDER_TOKEN.match(words[1]) and len(words[1]) >= 2 and (len(words) == 2 or rank) else None
    if len(words) < 2:
        return None
    entries: list[tuple[str, str | None]] = []
    people = 0
    for word in words:
        if _RANK_CELL.match(word) and entries and entries[-1][1] is None:
            entries[-1] = (entries[-1][0], word)
        elif entries == [(words[0], None)] and words[0].endswith("家庭") and len(words) <= 4 \
                and all(_HOME_TOKEN.match(w) for w in words[1:]) and not _PLACES_TITLE.search(_LIST_END.sub("", title or "")):
            # 王明家庭 丰溪县青山镇东岭村 / 王明家庭 青山县 石门镇: where the family lives, printed after it, no second holder
            # (王明家庭 东岭社区 under 最美家庭和文明社区名单: the community holds a title of its own)
            continue
        elif _HOLDER_TOKEN.match(word) and len(word) >= 2:
            entries.append((word, None))
        elif _PERSON_TOKEN.match(word):
            entries.append((word, None))
            people += 1
        else:
            return None
    if people and (people < len(entries) or people < 3 and not (title and _PERSONS_TITLE.search(title))):
        return None  # 附件 名单 / 王明 丰溪县: two short words, or a person beside a place, is no run of names
    return entries


# 优秀共产党员 / 先进个人 / 劳动模范 / 优秀教师: a title held by persons
_PERSONS_TITLE = re.compile(r"个人|党员|工作者|模范|劳模|标兵|职工|教师|干部|工匠|能手|之星|人才|选手|医生|护士|党务")
# 以上名单排名不分先后 / 希望…珍惜荣誉 / 祝贺获表彰的…！ / 上一篇： / 打印本页 / 相关新闻: a note, a wish or the page around the list
_CLOSING = re.compile(r"^(?:[【\[]?(?:以上|上述|希望|请|各[单地]|特此|(?:热烈|衷心)?祝贺|上一[篇条]|下一[篇条]|相关(?:新闻|阅读|链接|文章)|推荐阅读|"
                      r"延伸阅读|打印|关闭|收藏|分享|返回|扫一扫|字号|字体|责任编辑|值班编辑|编辑|监制|来源|作者|审核|校对|长按|扫码|扫描二维码|识别二维码|"
                      # (a reprint's footer and credits: 欢迎关注… / 关注我们 / 微信号： / 图片来源： / 声明： / 文｜张三 图｜李四)
                      r"欢迎关注|关注(?:我们|公众号|微信|本号|官方)|微信公众号|微信号|图片来源|图片|文字|声明|[文图摄][ \u3000]*[｜|]))"
                      r"|排名?不分先后|排序不分先后"
                      # (…工作会议召开: the news of an event, no holder)
                      r"|(?:召开|举行|举办|开幕|闭幕|部署|启动|印发)$|会议(?!中心|室|厅)"
                      r"|^目[ \u3000]*录[:：]?$")  # (目  录: the contents of a plan, which comes after the list)


def closing(text: str) -> bool:
    """Whether a line under a roster closes it (a note on it, a wish, a link, the page's buttons or credits)."""
    return bool(_CLOSING.search(unbulleted(text.strip())))


# 杭州市： / 万州区: alone on a line: the place the entries under it lie in (no holder of the roster's title)
# (丰溪县（2个） / 青山区(3家)：: a place with the count of the entries under it)
_PLACE_LABEL = re.compile(r"^[\u4e00-\u9fa5]{2,10}(?:省|市|州|盟|地区|自治区|区|县|旗)"
                          r"(?:[:：]|[（(][\d一二三四五六七八九十]+[个家所名项户][）)][:：]?)$")
# (…旅游度假区管委会 over its villages: the body that runs a zone labels the zone's group as the zone's name would)
_WIDE_PLACE = re.compile(r"^[\u4e00-\u9fa5]{1,10}(?:省|市|州|盟|地区|自治区|区|县|旗)(?:管委会|管理委员会)?$")
# a title held by towns or villages (卫生乡镇, 生态村, 文明村镇): a county over them is the group they are listed in
_TOWNS_TITLE = re.compile(r"(?:乡镇|镇|乡|村镇|村|村庄|村落|社区|街道)(?:[（(][^）)]*[）)])?(?:名单|名录)?$")
_TOWN = re.compile(r"(?:镇|乡|村|街道|社区)$")


def place_label(text: str, next_line: str, title: str | None) -> bool:
    """Whether a roster line is the label of a group of places (杭州市：; 万州区 over 龙驹镇 黄柏乡, in a roster of towns),
    not a holder."""
    text = unbulleted(text.strip())
    if _PLACE_LABEL.match(text):
        return True
    if not title or not _TOWNS_TITLE.search(title) or not _WIDE_PLACE.match(text) or _TOWN.search(text):
        return False
    below = unbulleted(next_line.strip())
    first = re.split(r"[ \u3000、，,]+", below)[0] if below else ""
    return bool(_TOWN.search(first)) and len(first) <= 15


# 一、国家级生态乡镇 / 全国民族团结进步示范州（市） / （二）省级生态村（12个）: a category of a roster, named as a
# title with its level, alone on its line
_CATEGORY = re.compile(rf"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{{1,2}}[.．、])?[ \u3000]*"
                       rf"(?:(?P<year>\d{{4}})年度?)?"
                       rf"(?P<name>(?:国家级|全国|国家|中国|省级|全省|市级|县级|(?:{PROVINCES})(?:省|市|自治区)?)"
                       r"[^，,。；;：:、\s]{2,40}?)(?:[（(]" + COUNT + r"+[个名家所项户]?[）)])?"
                       # (…示范乡镇（湖州市） / …精品村（丰溪县，12个）: the part of the list a regional page prints)
                       # (全国文明城市（县级市）: the kind of the holders, part of the title)
                       r"(?:[（(](?![^）)]*级)[\u4e00-\u9fa5]{2,10}(?:省|市|州|盟|地区|自治区|区|县|旗)(?:[，,、]" + COUNT
                       + r"+[个名家所项户])?[）)])?"
                       r"[:：]?$")
# a body's or a firm's name, which starts with a level word as often as a title does (国家税务总局丰溪县税务局)
_BODY_END = re.compile(r"(?:公司|集团|局|院|所|厅|委|办|中心|学校|中学|小学|大学|医院|银行|行|部|队|站|馆|会|社)$")
# a title's last word: the kind of its holder or the word of an honour (全国文明村镇创建工作会议召开 names a meeting)
_TITLE_END = re.compile(r"(?:城市|县城|城区|县|市|区|州|镇|乡|村|社区|街道|单位|集体|个人|企业|学校|校园|家庭|基地|园区|景区|示范点|"
                        r"工厂|奖|称号|模范|标兵|先进|工作者|党员|组织|品牌|名城|之乡|样板|试点|百强|强)(?:[（(][^）)]{1,10}[）)])?$")
# 四川省广安市岳池县白庙镇郑家村: a place written with the tiers above it (province, city, county), a holder and no title
_ADDRESS = re.compile(rf"^(?:{PROVINCES})(?:省|市|自治区)?[\u4e00-\u9fa5]{{1,6}}?(?:市|州|盟|地区)"
                      r"[\u4e00-\u9fa5]{1,7}?(?:县|区|市|旗)(?!级)")
PENDING = re.compile(r"拟|公示|推荐|候选|申报|征求|参评")  # a list proposed or asked for, not one conferred


def roster_category(text: str) -> tuple[str, str | None] | None:
    """(title, year) of a line that names a category of a roster as a title with its level ('' for a category of a work
    list); None for any other line."""
    m = _CATEGORY.match(unbulleted(text.strip()))
    if not m:
        return None
    name = m.group("name")
    if not (is_conferred_title(name) or is_award_like(name)) or _BODY_END.search(name) or PENDING.search(name) \
            or not _TITLE_END.search(name) or _ADDRESS.match(name):
        return None
    # 二、省级重点帮扶县: a category of places a task deals with, no title: its lines name no holders (the roster stays
    # open for the categories after it)
    return ("" if work_list(name) else name), m.group("year")


# 的单位 / 的村 / 的企业: the kind of those who hold the title (not 的条件, 的要求: what it asks)
_KIND = r"(?:单位|企业|集体|个人|同志|村|镇|乡镇|乡|社区|街道|学校|县|县区|区|市|城市|园区|景区|基地|家庭|项目|作品|成果)"
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])[ \u3000]*")
_YEAR = re.compile(r"^(?:\d{4}[—\-–])?(?P<year>\d{4})年度?")
# 被重新确认为 / 重新确认 / 继续命名为 / 被评为 / 荣获 / 入选: the verb that conferred the title a lead-in names
_CONFERRED = (r"(?:被|获)?(?:重新确认为?|复核确认为?|复查确认为?|确认为|继续命名为|继续保留|保留|命名为|认定为|评定为|评为|授予|"
              r"荣获|获评为?|入选|确定为|列入)")
# 以下单位被评为X： / 我市5家企业入选X： / 2019年被重新确认为X：(陕西省名单): the title, the holders under the line
# (who is named before the verb: nobody, those below (以下, 下列), or a group counted)
_LEAD_IN = re.compile(rf"^(?:(?:以下|下列)[\u4e00-\u9fa5]{{0,8}}?|[\u4e00-\u9fa5]{{0,8}}?{COUNT}+[个家所名位户项][\u4e00-\u9fa5]{{0,6}}?)?"
                      rf"{_CONFERRED}(?P<title>[^，,。；;：:的]{{4,40}}?)(?:荣誉称号|称号|荣誉)?"
                      rf"(?:的(?:{COUNT}+[个家所名位户])?{_KIND}?)?(?:名单|名录)?(?:如下|分别是|分别为|为|有|是)?[:：]"
                      r"(?:[（(][^）)]{1,20}[）)])?$")


# 经研究， / 经评审决定， / 现将…如下， : the clause a decision opens with, before the words that confer the title
_PREFACE = re.compile(r"^(?:(?:经(?:研究|评审|审核|审定|考核|评选|复核|认定)(?:决定)?|现将[^，,：:]{0,30})[，,])?(?:(?:决定|特)(?=授予|命名))?")
# 授予以下村镇“市级文明村镇”称号： the holders (those below) before the quoted title
_QUOTED_AFTER_HOLDERS = re.compile(r"^(?:以下|下列)[\u4e00-\u9fa5]{0,8}?“(?P<title>[^“”]{2,30})”$")
# 确定为 / 列入 / 认定为: verbs that place on a work list as readily as they confer a title
_PLACING = re.compile(r"确定为|列入|认定为")
# a word of an honour (示范, 先进, 文明, 称号, 奖…): what a title placed by 确定为 / 列入 / 认定为 must name
_HONOUR_WORD = re.compile(r"示范|先进|优秀|文明|卫生|模范|标兵|标杆|样板|典型(?:案例|经验|范例|示范)|称号|荣誉|奖|名[城镇村]|之乡|品牌|基地|试点|星级|"
                          r"小巨人|专精特新|单项冠军|瞪羚|高新技术|百强|最美|十佳|百佳|旅游重点|"
                          r"(?:国家|省)级[\u4e00-\u9fa5]{0,10}(?:度假区|度假地|旅游区|景区|公园|保护区)$")


def lead_in(text: str) -> tuple[str, str | None] | None:
    """(title, year) of a line that names a title as conferred on holders listed under it; None for any other line."""
    text = _NUMBERED.sub("", re.sub(r"\s+", "", text))
    text = _PREFACE.sub("", text)
    year = _YEAR.match(text)
    rest = text[year.end():] if year else text
    m = _LEAD_IN.match(rest)
    if not m or PENDING.search(text):
        return None
    quoted = _QUOTED_AFTER_HOLDERS.match(m.group("title"))
    title = clean_award(quoted.group("title") if quoted else re.sub(r"(?:名单|名录)$", "", m.group("title")))
    if work_list(title) or _PLACING.search(rest[: m.start("title")]) and not _HONOUR_WORD.search(title):
        return None  # 以下村确定为乡村振兴重点村： / 以下企业列入重点排污单位名录：: a work list, no title conferred
    return (title, year.group("year") if year else None) if is_award_like(title) else None


# …，确定以下15家旅游度假区为新一批国家级旅游度假区。 / 决定命名下列12个村为“省级森林村庄”： the decision's last clause,
# the holders (those below, counted or not) before 为 and the title after it; the entries follow on the lines under it
_DECIDED_BELOW = re.compile(rf"(?:^|[，,])(?P<lead>[^，,。；;]{{0,12}}?)(?:决定)?(?P<verb>确定|命名|认定|授予|评定|公布)"
                            rf"(?:以下|下列|如下)(?:{COUNT}+[个家所名位户处项])?(?P<holders>[\u4e00-\u9fa5（）()]{{0,12}}?)为"
                            rf"(?:新一批|首批|第[一二三四五六七八九十\d]+批)?(?P<title>[^，,。；;：:为]{{4,40}}?)"
                            r"(?:荣誉称号|称号)?(?:名单)?[。：:]?$")
# 下一步将… / 计划…: what the notice means to decide, not yet decided
_TO_COME = re.compile(r"下一步|即将|将(?!军|以下|下列)|计划|准备|拟")
# 命名下列区域 / 道路 / 街道为…: places given a name (地名), no title
_PLACE_KIND = re.compile(r"区域|片区|道路|路段|街道|街巷|桥梁|地块|地名|广场|公园")
# 完成公示 / 经公示 / 公示期满: a proposal whose 公示 is over, the list the notice decides is final
_NOTICE_OVER = re.compile(r"(?:完成|经过?|通过)[^，,。；;]{0,6}公示|公示(?:期满|无异议|结束)|公示期[内间]无异议|"
                          r"已(?:于|经)?[^，,。；;]{0,20}公示")


# 公示期间，如有异议… / 公示时间：… / 现予以公示 on a line under the list: the list decided is still proposed
_NOTICE_BELOW = re.compile(r"^\s*公示(?:期|时间|日期|期间|截止)|现予(?:以)?公示|予以公示|特此公示")


def notice_below(lines: list[str]) -> bool:
    """Whether one of the lines under a decision's list puts it up for 公示 (the decision is a proposal)."""
    return any(_NOTICE_BELOW.search(t) and not _NOTICE_OVER.search(t) for t in lines)


def decided_below(text: str) -> tuple[str, str | None] | None:
    """(title, year) of a decision whose last clause confers a title on the entries listed under it, the holders only
    pointed to (确定以下15家旅游度假区为新一批国家级旅游度假区。); None when the list is proposed (拟确定…, 现予公示) or
    a work list (以下项目确定为重点项目)."""
    text = re.sub(r"\s+", "", text)
    m = _DECIDED_BELOW.search(text)
    if not m or "拟" in m.group("lead") or PENDING.search(_NOTICE_OVER.sub("", text[m.start("lead"):])):
        return None
    if _TO_COME.search(text[: m.start("verb")]):
        return None  # 下一步将完成公示程序，确定以下…: a decision still to come
    if m.group("verb") == "命名" and (_PLACE_KIND.search(m.group("holders")) or "地名" in text[: m.start("verb")]):
        return None  # 经市地名委员会审核，决定命名下列区域为“滨江科创新区”: a place named, no title conferred
    year = _YEAR.match(m.group("title"))
    title = clean_award(m.group("title")[year.end():] if year else m.group("title"))
    quoted = re.match(r"^[“\"]([^“”\"]+)[”\"]$", title)
    title = quoted.group(1) if quoted else title
    # (命名 / 授予 / 评定 confer what they name, a quoted title is one; 确定 / 认定 / 公布 place on work lists as readily)
    conferred = quoted or m.group("verb") in ("命名", "授予", "评定")
    if work_list(title) or not (conferred or is_award_like(title) or _HONOUR_WORD.search(title)):
        return None
    return title, year.group("year") if year else None


# 分别是—— / 分别为： / 如下： / 具体名单如下：: a line's last words that point to the entries under it
# (受表彰的单位分别是： / 我省入选的村为：: who the entries are, then the pointer)
_POINTER = re.compile(r"(?:^|(?<=[，,]))(?:其中[，,]?)?(?:[^，,。；;：:]{0,12}?(?:的|单位|企业|村|镇|县|城市|集体|个人))?"
                      r"(?:具体)?(?:名单)?(?:分别|依次|具体)?(?:是|为|如下|有)[ \u3000]*[:：—－\-…]+$")
# 一起来看宁波入选名单↓ / 具体名单如下👇 / 快看看有你家乡没↓↓: a reprint's pointer to the entries under it, an arrow its end
# (the list it points to is the one the line, or the line above, named: 公布第三批X名单，A等308个村入选。)
# (看 points only as 一起来看↓ / 请看👇 / 快看看↓, the arrow right after it, or in 有没有你家乡↓: 向先进看齐↓ and 一起来看会议
#精神↓ point at no list)
_ARROW_POINTER = re.compile(r"(?:^|(?<=[，,]))(?=[^，,。；;：:]*(?:名单|榜单|名录|如下|(?:一起来看|来看看|请看|快看)看?[ \u3000]*[:：]?"
                            r"[ \u3000]*[↓⬇👇▼]|有没有你的?家乡|有你的?家乡[吗没]))[^，,。；;：:]{0,16}?"
                            r"[ \u3000]*[:：]?[ \u3000]*[↓⬇👇▼]+$")
# a list whose members are punished, struck off, found wanting or only take part (黑名单, 红黑榜, 失信, 撤销…称号, 注销, 不合格,
# 经营异常, 约谈, 排污, 帮扶, 报名, 参展, 拖欠工资, 淘汰落后产能, 曝光): no title received, whatever the pointer under it
_NOT_HONOURED = re.compile(r"黑名单|黑榜|失信|撤销|吊销|注销|取消|不合格|异常|约谈|排污|帮扶|报名|参展|拖欠|欠薪|淘汰|曝光|处罚")
# 扫码看完整名单↓ / 长按识别二维码查看完整名单👇 / 点击阅读原文查看名单 / 关注…: the arrow points at a QR code or a link, no entries
_OFF_PAGE = re.compile(r"扫码|扫一扫|二维码|长按|点击|阅读原文|关注")
_RANKING_ONLY = re.compile(r"排名|排行|排序|得分")


def pointed_list(sentence: str, line_text: str, above: str = "") -> tuple[str, str | None] | None:
    """(list, year) when a line ends in a pointer (分别是——, its own sentence or the last clause of one) after naming a
    list of title holders (在2017年全国X百强县榜单中，福建省占6席。), or is the pointer alone under the line that names
    it (`above`): the entries under the line are its members; None otherwise."""
    text = line_text.strip()
    pointer = _POINTER.search(sentence) or _ARROW_POINTER.search(sentence)
    if not pointer or not text.endswith(sentence):
        return None
    lead = text[: len(text) - len(sentence) + pointer.start()] or above.strip()
    if PENDING.search(lead) or PENDING.search(text):
        return None
    named = named_list(lead)
    if not named or _RANKING_ONLY.search(named[0]) or _OFF_PAGE.search(pointer.group()):
        return None
    name = named[0]
    year = _YEAR.match(name)
    name = name[year.end():] if year else name
    bare = re.sub(r"(?:名单|榜单|名录)$", "", name)
    if work_list(bare) or _NOT_HONOURED.search(name):
        return None
    return (name, year.group("year") if year else None) if len(bare) >= 4 and is_award_like(bare) else None


# 中国最美县域 / 十佳 / 百佳 / 百强 / 500强 / 最具潜力: a named list of the best, an honour to be on (no title noun needed)
_BEST = re.compile(r"最美|最佳|最具|十佳|百佳|[十百千]强|\d+强")
# “百千万工程”首批典型县: a title's words (a quoted name, 典型, 标杆) without a title noun of is_award_like's
_TITLE_WORD = re.compile(r"“[^“”]{2,20}”|典型|标杆|名[镇村城]|之乡")
_LIST_WORD = re.compile(r"(?:名单|榜单|名录)$")


# 森林村庄 / 卫生乡镇 / 文明家庭: a kind of holder, named by what it is honoured for
_HOLDER_KIND = re.compile(r"(?:村庄|村落|村|社区|乡镇|镇|乡|街道|县城|县|城市|城区|家庭|校园|学校|企业|单位|集体|工厂|基地|景区|园区)$")
# 参会单位 / 成员单位 / 责任单位 / 帮扶村 / 检查企业 / 学员: who takes part, answers for, is helped or checked: no honour
_NO_HONOUR = re.compile(r"参会|参加|出席|列席|与会|成员|责任|牵头|配合|联系|挂钩|帮扶|结对|对口|报名|参赛|抽查|检查|督查|巡查|整改|约谈|"
                        r"考察|调研|培训|学员|人员|联络|值班|评委|专家|监测|监控|验收对象|补助|资金|发言|交流|汇报")


# 危房改造村 / 人居环境整治重点村 / 地质灾害易发乡镇 / 停电检修涉及乡镇 / 重点排污单位 / 挂牌督办 / 乡村振兴重点村: a list of
# places or firms a work plan deals with (an honour word, 示范 or 先进, makes it a title again: 乡村旅游重点村 is one)
_WORK_LIST = re.compile(r"改造|整治|易发|涉及|停电|检修|危房|隐患|排污|督办|监管|重点[\u4e00-\u9fa5]{0,6}?(?:村|县|镇|乡|乡镇|单位|企业)$")


def work_list(name: str) -> bool:
    """Whether a list's or a title's name says who a task deals with (参会单位, 帮扶村, 危房改造村), no title received."""
    return bool(_NO_HONOUR.search(name) or _WORK_LIST.search(name) and not _HONOUR_WORD.search(name))


def titled_list(name: str) -> bool:
    """Whether a roster's heading names a title received (第三届全国文明校园名单, 2024中国最美县域榜单, 森林村庄名单),
    not only who the lines under it are (参会人员名单, 重点建设项目名单, 成员单位名单)."""
    bare = _LIST_WORD.sub("", name)
    if len(bare) < 2 or work_list(bare) or names_no_title(name) or _NOT_HONOURED.search(name):
        return False  # (撤销省级文明单位称号名单 / 失信企业黑名单: a title struck off, a penalty: none received)
    return is_award_like(bare) or is_conferred_title(bare) or bool(_BEST.search(bare) or _TITLE_WORD.search(bare)) \
        or len(bare) >= 4 and bool(_HOLDER_KIND.search(bare))


_BARE_LIST = re.compile(r"^(?:附件[\d一二三四五六七八九十]*[:：]?)?名[ \u3000]*单[:：]?$")


def bare_list(text: str) -> bool:
    """名 单 alone: a roster whose titles its category lines name."""
    return bool(_BARE_LIST.match(text.strip()))


_PROSE = re.compile(r"[。，,！？!?]|.{40,}")


def page_furniture(lines: list[str]) -> set[str]:
    """The lines a page prints three times or more, twice at least beside prose (新疆教育厅 under each picture, 重 磅):
    its furniture, never a holder (a county written under each village of a roster repeats beside names only)."""
    texts = [t.strip() for t in lines]
    repeated = {t for t, n in Counter(t for t in texts if t).items() if n >= 3}
    if not repeated:
        return set()
    filled = [i for i, t in enumerate(texts) if t]
    beside_prose: Counter = Counter()
    for k, i in enumerate(filled):
        if texts[i] in repeated:
            around = (texts[filled[k - 1]] if k else "", texts[filled[k + 1]] if k + 1 < len(filled) else "")
            beside_prose[texts[i]] += any(_PROSE.search(t) for t in around)
    return {t for t in repeated if beside_prose[t] >= 2}


# 撤销…称号 / 取消 / 摘牌 / 黄牌警告 / 限期整改 / 通报批评: a title taken away or held under a warning, none conferred
_WITHDRAWN = re.compile(r"撤销|撤回|取消|收回|注销|摘牌|摘帽|摘除|黄牌|警告|限期整改|责令整改|通报批评|不再(?:符合|保留|具备)")
# 推进…创建工作 / 争创 / 申报 / 拟 / 推荐 / 将 / 责任分工 / 牵头单位: a title worked towards, asked for or shared out as a
# task (the lines under it the places that work for it, or the bodies that answer for it)
_NOT_YET = re.compile(r"推进|争创|申报|创建(?:工作|任务|目标|计划)|积极创建|力争|争取|计划|拟|推荐|候选|下一步|将(?!名单|以下|上述|其|有关)|"
                      r"责任|分工|牵头|配合|任务")
# 公布 / 命名 / 认定 / 授予 / 评为 / 入选 / 通过复核 / 表彰: what a lead says when it confers the titles listed under it
_CONFERS = re.compile(r"公布|命名|认定|授予|评为|评定|获评|入选|通过(?:复核|验收|考核|评审)|表彰|确认为|获得|荣获|被列为")


def roster_lead_refuses(lead: str) -> bool:
    """Whether the text above a title alone on its line (the notice's headline, the prose line over the roster) says
    its holders were not given the title: it was taken from them or they were warned (撤销, 黄牌警告, 限期整改), or
    they are working towards it, applying for it or answer for the work (推进…创建工作, 申报, 责任分工) with nothing
    conferred in the same words."""
    if _WITHDRAWN.search(lead):
        return True
    return bool(_NOT_YET.search(lead)) and not _CONFERS.search(lead)


# a place title (国家卫生县城 / 省级森林村庄 / 全国文明城市) is held by places: a department under one does the work
_PLACE_TITLE = re.compile(r"(?:村庄|村落|村|社区|乡镇|镇|乡|街道|县城|县|城市|城区|城镇|市|区)$")
_PLACE_HOLDER = re.compile(r"(?:镇|乡|村|街道|社区|区|县|市|旗|州|盟|县城)$")


def headed_roster(text: str, below: list[str]) -> tuple[str, str | None] | None:
    """(title, year) of a title alone on its line (2022年度浙江省美丽乡村示范乡镇（湖州市） / 省级森林村庄) whose next
    lines name its holders one to a line or a run (青山镇 / 丰溪县 over 东岭村 西坑村): a roster with no 名单 or colon to
    head it. None unless the title is one conferred (roster_category: a level, a title's last word, no work list and
    nothing proposed) and the lines under it (`below`, place labels passed over) name two holders or more by their
    endings before any other line."""
    category = roster_category(text)
    if not category or not category[0]:
        return None
    named = 0
    places_only = bool(_PLACE_TITLE.search(category[0]))
    for k, line in enumerate(below):
        line = unbulleted(line.strip())
        if place_label(line, below[k + 1] if k + 1 < len(below) else "", category[0]):
            continue
        names = [n for n in re.split(r"[、 \u3000]+", without_byline(line)) if n]
        if not names or not all(_HOLDER_TOKEN.match(n) and 2 <= len(n) and not roster_category(n) for n in names):
            return None
        if places_only and not all(_PLACE_HOLDER.search(n) for n in names):
            return None  # 国家卫生县城 / 县卫健局 / 县城管局: the departments that answer for a place's title
        named += len(names)
        if named >= 2:  # (全国文明城市 / 丰溪市 / prose: a tag over one name, no roster)
            return category
    return None


# 一、2021年X先进单位 / （二）2023年度Y工作先进集体（5个）: a numbered part of a roster, the title its lines hold named in
# full with its year but no level (the notice's issuer gives that)
_NUMBERED_TITLE = re.compile(rf"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[ \u3000]*"
                             rf"(?:(?P<year>\d{{4}})年度?)?(?P<name>[^，,。；;：:、\s]{{4,40}}?)"
                             rf"(?:[（(]{COUNT}+[个名家所项户]?[）)])?[:：]?$")
# the merit word of a title held by many (先进单位, 优秀集体, 示范村, 标兵县): what a numbered part must end with
_MERIT_TAIL = re.compile(r"(?:先进|优秀|标兵|示范|模范|突出|红旗|文明)[\u4e00-\u9fa5]{0,3}(?:单位|集体|个人|工作者|县|市|区|镇|乡|村|"
                         r"乡镇|社区|街道|企业|学校|家庭|园区|基地|部门)(?:[（(][^）)]{1,8}[）)])?$")


# 撤销称号的文明单位 / 不再保留的文明单位 / 予以摘牌的示范村 / 黄牌警告的 / 暂缓命名的: a part naming those who lost the title,
# were warned or are kept waiting
_NOT_HELD = re.compile(r"撤销|取消|摘牌|不再|降级|警告|整改|暂缓|未通过|不合格|培育|打造")
# 建设示范村 / 2024年建设市级示范村: a part naming what is to be built (平安建设先进单位, 农田建设工作先进单位 are titles)
_TO_BUILD = re.compile(r"^(?:(?:全国|全省|全市|全县|省级|市级|县级)?(?:建设|打造|培育))")


def withheld_part(text: str) -> bool:
    """Whether a numbered line inside a roster names those who lost, were denied or are only to earn its title
    (二、撤销称号的文明单位 / （一）培育市级示范村): the lines under it hold nothing."""
    m = _NUMBERED_TITLE.match(text.strip())
    return bool(m and (_NOT_HELD.search(m.group("name")) or _TO_BUILD.match(m.group("name"))))


def numbered_title(text: str) -> tuple[str, str | None] | None:
    """(title, year) of a numbered line inside a roster that names, in full, the title of the lines under it
    (一、2021年秦岭山水乡村建设先进单位); None for any other line (一、工作目标, 二、拟表彰单位)."""
    m = _NUMBERED_TITLE.match(text.strip())
    if not m or PENDING.search(text) or re.search(r"争创|创建|力争|争取|目标|任务", text):
        return None  # (一、争创省级先进单位: a goal, no title held)
    name = m.group("name")
    if _NOT_HELD.search(name) or _TO_BUILD.match(name):
        return None  # 二、撤销称号的文明单位 / 不再保留的 / 予以摘牌的 / （一）培育市级示范村: a title lost, withheld or only aimed at
    if not _MERIT_TAIL.search(name) or work_list(name) or _BODY_END.search(name) and not _MERIT_TAIL.search(name):
        return None
    return name, m.group("year")
