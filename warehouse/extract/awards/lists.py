"""Awards given to many at once: rosters under a 名单 / 榜单 heading, assessment tiers
(X等23个单位考核为优秀) and 对A等N个先进单位以及B等N名先进工作者予以表彰."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .earlier import LIST_RESULT, named_list, prize_of_list
from .facts import PLACE_NAME
from .parts import COUNT, GRADE, MERIT_END, PROVINCES, TIER, TITLE_HEAD, clean_award, holders_title, is_award_like, level_of
from .recipients import clean_recipient, outside_quotes_split
from .rosters import (_NOT_HELD, PENDING, bare_list, closing, decided_below, garbled, lead_in, numbered_title, place_label, pointed_list, spaced_entries, titled_list, unbulleted,
                      without_byline, without_columns)
from .wording import NAVIGATION
from ..sentences import Sentence

# (附件：2020年X名单.doc: an annex named by its file, the file's type no part of the list's name)
_ROSTER_HEADING = re.compile(r"^(?:附件[\d一二三四五六七八九十]*[:：])?(?!附件)(?P<name>.{4,80}?(?:名单|榜单|名录))"
                             r"(?:[（(][^）)]{1,10}[）)])?(?:\.(?:docx?|pdf|xlsx?|wps|et))?$")
# 一、先进集体（10个） / 优秀共产党员（5名）：: a heading that names the title the lines under it received
_HOLDERS_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?P<name>[\u4e00-\u9fa5“”]{0,20}"
                              r"(?:先进集体|先进单位|先进个人|先进工作者|优秀共产党员|优秀党务工作者|先进基层党组织|标兵|"
                              r"模范|劳动模范|示范单位|示范企业|优秀单位|优秀个人|优秀企业|优秀组织单位))"
                              r"(?:[（(][\d一二三四五六七八九十百]+[个名人家项]?[）)])?[:：]?$")
# 一、“通达杯”金杯单位 / （一）4A级园区: a numbered heading naming a quoted, cup or star title for the lines under it
_RANKED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])(?P<name>[\u4e00-\u9fa5“”\dA-Z]{0,20}"
                             r"(?:“[^”]{2,10}”|[1-5１-５]?[AＡ]级|[金银铜]杯|星级)[\u4e00-\u9fa5]{0,8}"
                             r"(?:单位|集体|个人|园区|企业|村|镇|景区|社区))[:：]?$")
# 二、省级文明村（12个）: a title with the count of the lines under it that hold it
_COUNTED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:(?P<year>\d{4})年度?)?(?P<name>[\u4e00-\u9fa5“”]{4,30}"
                              r"(?:单位|集体|个人|企业|村|社区|学校|镇|乡|基地|示范点|工厂|品牌|景区|园区|县|城市|家庭))"
                              r"[（(][\d一二三四五六七八九十百]+[个名人家项所][）)][:：]?$")
# 一、纳税贡献奖（3家）: a prize (not a grade of one) with the count of the holders listed under it
_PRIZE_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])(?P<name>[\u4e00-\u9fa5“”]{2,20}奖)"
                            r"[（(][\d一二三四五六七八九十百]+[个名人家所][）)][:：]?$")
# 示范县（10个）: a title named by its head alone, counted, its holders on the lines under it (its full name is the
# notice's to give: full_title)
_SHORT_HEADING = re.compile(rf"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?P<name>{TITLE_HEAD}"
                            rf"[县乡镇村区市])[（(]{COUNT}+[个名家所][）)][:：]?$")
# 2024年度省级文明单位：: a title alone on its line, a colon after it
_TITLE_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:(?P<year>\d{4})年度?)?"
                            r"(?P<name>[^，,。；;：:、\s]{4,40})[:：]$")
_GRADED_NAME = re.compile(rf"{GRADE}$")  # 一、一等奖（2个）: a grade of the prize named before, not a prize
# the lines that close a decision or label an annex: never a recipient, and the roster above them is over
_NOT_AN_ITEM = re.compile(r"^(?:附件[\d一二三四五六七八九十]*(?:[:：].*)?|[（(]此件[^）)]*[）)]|\d{4}年\d{1,2}月\d{1,2}日|"
                          # the page around a notice (图片, 来源：红网, 编辑：X, 回顶部): no holder, and the roster is over
                          # (（来源：央广网）: the same credit in brackets)
                          r"[（(]?(?:图片|来源|作者|编辑|责任编辑|信息发布者|发布者|记者|通讯员|摄影|审核|校对|点击查看全文|查看原文|"
                          r"回首页|返回|回顶部|分享|打印|关闭|收藏|初审|复审|终审|审核人|监制|出品|策划|统筹|主编)(?:[:：].*)?|"
                          r"(?:整理自|转载自|摘自|据).{2,40}(?:整理)?|"
                          # (综合湖南日报、永州发布等 / （转自…）: the sources a page credits under its roster
                          r"[（(](?:综合|转自|整理自|摘自|据|稿件来源)[^）)]{2,40}[）)]?|"
                          r"[〇○零一二三四五六七八九]{3,4}(?:年.*)?|[一二][〇○零OＯ0][一二三四五六七八九〇○零OＯ0]{2}年.*|"
                          r"抄送[:：].*|联系人[:：].*|"
                          # 省商务厅相关负责人介绍： / 该局负责人表示：: someone about to speak, the roster is over
                          r"[\u4e00-\u9fa5]{2,20}(?:介绍|表示|指出|强调|说|称|透露)[:：]|"
                          # 【纠错】 【责任编辑：X】 【打印】: the page's furniture under the roster (【丰溪县】东岭村: a group label
                          # before the holders, the roster goes on)
                          r"【(?:我要)?(?:纠错|责任编辑|責任編輯|编辑|来源|文章来源|作者|打印|关闭|分享|收藏|字体|字号|[大中小]|点击率|"
                          r"浏览次数|成文日期|发布日期|发布时间|已归档|返回|回到顶部)[^】]{0,10}】.*)$")
# a body's name is the signature that closes a decision when a date line follows it; above that, a recipient
_SIGNER = re.compile(r"^(?:[\u4e00-\u9fa5]{2,30}(?:人民政府|委员会|管委会|办公室|办公厅|总工会)(?:办公室)?|"
                     r"[\u4e00-\u9fa5]{2,20}(?:局|厅|委|办))$")
# 文化和旅游部 / 海关总署 / 中共浙江省委组织部: a ministry or a party committee's department, a signer only when it stands
# alone above the date (no run of entries of its shape above it: 县融媒体中心采访部, 中共丙县委组织部 close a roster)
_MINISTRY = re.compile(r"^(?:中共)?(?:中央|国务院|[\u4e00-\u9fa5]{1,10}?[省市县区]委)?"
                       r"(?:[\u4e00-\u9fa5]{2,10}(?<![中心社台司团院校站所厂馆科室处])部|[\u4e00-\u9fa5]{2,8}总?署)$")
# (二OO七年十月三十日 / 二00七年 / 二O二三年: 〇 typed as the letter O or the digit 0)
_DATE_LINE = re.compile(r"^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{3,4}(?:年.*)?|[一二][〇○零OＯ0][一二三四五六七八九〇○零OＯ0]{2}年.*)\s*$")
# 紫阳县入选2022年…名单: the holder named, its verb, then the list; a roster's heading names no holder
_HOLDER_ENTERED = re.compile(r"^(?P<who>[^，,。：:“”]{2,30}?)(?:成功|正式)?(?:入选|入围|上榜|荣登|登上|列入|纳入)"
                             r"(?P<list>[^，,。：:]{4,}(?:名单|榜单|名录))$")
# 入选第九次监测合格…龙头企业的四川名单： / 获评…示范村的名单如下：: the honour named after the verb, its holders under it
# (入选X名单的企业如下： / 获评X的单位有：: the same, the list or the holders' kind after 的)
# (被评为X的条件如下： / 获评X的要求：: what the title asks, no list of its holders)
_ENTERED_LIST = re.compile(r"^(?:成功)?(?:入选|获评|荣获|上榜|被认定为|被评为|被命名为)(?P<award>[^，,。；;：:的]{4,40})的"
                           r"(?![\u4e00-\u9fa5]{0,4}(?:条件|要求|标准|程序|办法|流程|材料|范围|原则|方式|意义))"
                           r"[\u4e00-\u9fa5]{0,8}?(?:(?:名单|名录|榜单)(?:如下)?[:：]?|(?:如下|有|为|是)?[:：])$")
# 第二批名镇名村河源上榜名单: the title's holders from one place (河源), the title ending in its head noun before the place
_LOCAL_ENTRANTS = re.compile(r"^(?:附件?[\d一二三四五六七八九十]*[:：])?(?P<name>[^，,。；;：:“”]{2,40}"
                             r"(?:村|镇|乡|企业|单位|集体|基地|园区|景区|县|城市|社区|学校|工厂))"
                             r"[\u4e00-\u9fa5]{2,4}(?:上榜|入选|入围)名单(?:如下)?[:：]?$")
_ROSTER_LEAD = re.compile(r"(?:名单|榜单|名录)(?:公布)?(?:如下|为)?(?=[:：]$)")
# 命名名单(江西省) under 2017-2019周期国家卫生乡镇(县城): the end of a heading a narrow page wrapped onto a second line
_HEADING_TAIL = re.compile(r"^[\u4e00-\u9fa5]{0,3}(?:名单|榜单|名录)(?:[（(][^）)]{1,10}[）)])?$")
_HEADING_PIECE = re.compile(r"^[^，,。；;：:！？!?、]{4,60}$")
# 先进县（市、区）名单 / 示范县(市、区)名单 / 先进单位名单: a list named by its head alone, no year and no scope (全国, 全省, 市级)
_SCOPELESS_TAIL = re.compile(r"^[\u4e00-\u9fa5]{2,8}(?:[（(][\u4e00-\u9fa5、]{1,10}[）)])?(?:名单|榜单|名录)$")
# the head's first line: opens with a year, a batch or a scope, no punctuation (2019年度全省…工作 / 全国第二批…机械化)
_WRAPPED_PIECE = re.compile(rf"^(?:(?:\d{{4}}[—\-–~～至]+)?\d{{4}}年度?|第[一二三四五六七八九十\d]+批|全国|国家|中国|全省|省级|全市|市级|"
                            rf"全县|县级|(?:{PROVINCES})(?:省|市|自治区)?)[^，,。；;：:！？!?、]{{2,40}}$")
# 关于…的通知 / 附件 / 公示: a notice's headline or an annex label over the list, not the first line of its name
# (…重点任务分解表 / …传达提纲 / …工作要点 / …实施方案: a document's own title over a list it carries, no honour's name)
_NOT_A_PIECE = re.compile(r"关于|通知|通报|决定|公告|意见|附件|的$|名单|公示|拟|推荐|候选|申报|表$|提纲|方案|要点|计划|清单|任务|会议$")
# 2024年3月1日: a date line; 浙江省丽水市莲都区: a place, the last entry of a roster above (全省 / 全市 alone are scopes)
_NOT_A_PIECE_END = re.compile(r"\d{1,2}月\d{1,2}日|[一二三四五六七八九十]月[一二三四五六七八九十]{1,3}日|(?<!全)(?:区|县|市|镇|乡|村|旗|街道)$")


# 【全国X先进集体】： / 【先进个人】: a title set in square brackets, a colon after it, its holders on the lines under it
_BOXED_HEADING = re.compile(r"^【(?P<name>[^【】：:，,。；;]{4,40})】(?P<colon>[:：])$")


def _scopeless_tail(text: str) -> bool:
    return bool(_SCOPELESS_TAIL.match(text)) and not level_of(text)


_CYCLE_LEAD = re.compile(r"^(?:\d{4}[—\-–~～至]+\d{4})年?周期")
_NAMING_LIST = re.compile(r"(?:命名|认定|授牌|表彰)名单$")
# 2023年度考核优秀单位名单: a tier of an assessment; 先进单位 / 先进个人 / 先进集体 are titles of their own
_TIERED = re.compile(rf"^(?P<award>.+?)(?P<tier>{TIER}|先进(?!单位|集体|个人|工作者|企业|县|市|区|镇|乡|村))(?:县|市|区|镇|乡|村|单位|集体|个人|企业)?"
                     rf"(?:[（(][^）)]*[）)])?名单$")
_YEAR_PREFIX = re.compile(r"^(?:\d{4}[—\-–])?(?P<year>\d{4})年?度?")
# 北京:东城区、昌平区 / 【青山县】石门村、上坑村: a group's label, then its holders
_BRACKET_LABEL = re.compile(r"【[\u4e00-\u9fa5]{2,10}】")
_ROSTER_LINE = re.compile(r"^(?:[\u4e00-\u9fa5]{2,8}(?:[（(][^）)]*[）)])?[:：]|" + _BRACKET_LABEL.pattern + r")?(?P<items>[^。，,“”【】]+?)[;；]?$")
_ASSESSED = re.compile(rf"(?P<who>[^，,。；;]+?)(?:考核|评定|评估)(?:为|结果为)(?P<tier>{TIER})")
_ASSESSMENT = re.compile(r"(?P<year>\d{4})年?度?(?P<name>[\u4e00-\u9fa5“”]{2,30}?(?:考核|评估|评定))")
_COMMEND = re.compile(r"对(?P<body>[^。；;]+?)(?:予以|进行|给予)(?:通报)?表彰|对(?P<praised>[^。；;]+?)(?:予以|进行|给予)通报表扬(?=[。；;，,]|$)"
                      r"|(?<![对的])表彰了?(?P<named>[^。；;，,]+?等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|所)[^。；;，,]*)(?=[。；;，,]|$)")
_COMMEND_ITEM = re.compile(r"^(?P<who>.+?)等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|所)(?P<award>[\u4e00-\u9fa5]{2,20})$")
# 对A等第一批35个战“疫”一线的先进党组织予以通报表扬: the group's lead, and the class it was praised as (a batch may stand
# between 等 and the count, the class may quote a word); the class must read as a title (先进…, 优秀…), not 单位 or 企业
_PRAISED_ITEM = re.compile(r"^(?P<who>[^、，,“”等]+?)等(?:第[一二三四五六七八九十\d]+批)?[\d一二三四五六七八九十百]+(?:个|名|人|家|位|所)"
                           r"(?P<award>[\u4e00-\u9fa5“”]{2,24})$")
# 对年度综合考核排名前十的A等…: praised for a place in an assessment, a ranking's order (no lead read); 对在…中表现突出的
# 石门镇等… / 我市石门镇党委等…: the lead is what follows the last 的, without the speaker's 我市 / 我县
_PRAISED_RANKED = re.compile(r"考核|考评|排名|评估|测评|排序")
_SPEAKER_PLACE = re.compile(r"^(?:[我咱本](?:省|市|县|区))(?=[\u4e00-\u9fa5]{2,})")


def _praised_lead(who: str) -> str | None:
    if _PRAISED_RANKED.search(who):
        return None
    return _SPEAKER_PLACE.sub("", who.rsplit("的", 1)[-1])


_MERIT_CLASS = re.compile(r"先进|优秀|模范|标兵|示范|最美|十佳|突出|杰出|文明|五好|标杆|榜样")
# the class praised is a kind of holder (先进集体, 先进乡镇, 优秀党组织), never a deed (先进做法, 突出表现, 先进事迹)
_PRAISED_CLASS = re.compile(r"(?:集体|单位|个人|党组织|组织|党支部|党委|支部|企业|乡镇|镇|乡|街道|村|社区|班组|家庭|学校|医院|"
                            r"工作者|同志|典型|标兵|模范|岗|号|队|站|所|中心|科室|处室|部门|团队|人物|代表|党员|干部|教师|学生|职工|员工|青年|志愿者)[”]?$")
_PRAISED_DEED = re.compile(r"做法|表现|事迹|经验|成绩|成效$|工作$|举措|行为")


# an annex heading of one grade: 科学技术进步奖一等奖（2项） / 二等奖（5项）
_GRADED_HEADING = re.compile(rf"^(?:[一二三四五六七八九十]+[、.．])?(?P<award>[^，,。；;：:“”]{{0,30}}?)(?P<grade>{GRADE})"
                             rf"(?:[（(][\d一二三四五六七八九十百]+(?:项|个|名|人|家|件)[）)])?[:：]?$")
# 一等奖：县实验小学、县第二中学 / 金奖（2项）：A、B: the winners of one grade on one line
_GRADED_LINE = re.compile(rf"(?:^|(?<=[，,；;])|(?<=其中))(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?P<grade>{GRADE})"
                          rf"(?:[（(]?[\d一二三四五六七八九十百]+(?:项|个|名|人|家|件)[）)]?)?"
                          rf"(?:[:：]|(?<=[项个名人家件）)])[，,](?:分别)?(?:是|为)[:：]?)(?P<items>[^:：；;。]+)")  # 一等奖2项，分别是A、B
# “高效节能电机关键技术”（一等奖）、“新型防腐涂料研制”（二等奖）: each winner with its grade after it
_ANY_GRADE = re.compile(GRADE)
_BRACKETED_GRADE = re.compile(rf"(?P<item>[^、，,：:；;（(]{{2,60}})[（(](?P<grade>{GRADE})[）)]")
# a winner's line under a grade heading, numbered or not: a name or title, not a sentence
_NAME_LINE = re.compile(r"^[^。，,；;！？!?:：]{2,60}$")
# 1. 高效节能电机关键技术 / （2）新型防腐涂料研制: one winner of the grade above
_NUMBERED_ITEM = re.compile(r"^(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])\s*(?P<item>[^。；;，,:：]{2,60}?)[。；;]?$")
_NUMBERING = re.compile(r"^(?:\d{1,3}[.．、]|[（(](?:\d{1,3}|[一二三四五六七八九十]+)[）)]|[一二三四五六七八九十]+、)\s*")
_WORK_LINE = re.compile(r"^(?:项目|成果|作品|获奖项目|获奖成果)(?:名称)?[:：](?P<work>[^。；;]{2,60})$")
# the details under a winner (完成单位：…, 主要完成人：…): neither a winner nor the end of the list
_ITEM_DETAIL = re.compile(r"^[\u4e00-\u9fa5]{2,8}[:：]")


@dataclass(frozen=True)
class ListedAward:
    award: str
    grade: str | None
    recipient: str
    level: str | None
    date: str | None
    sentence: Sentence


_SPACES = re.compile(r"\s+")


def roster_heading(sentence: Sentence, line_text: str, above: str = "", line_before: str = "", headline: str = "",
                   after_entry: bool = False) -> tuple[str, str | None, str | None] | None:
    """(award, grade, year) when a whole line names a roster: 2024中国最美县域榜单(不排序); a heading wrapped onto
    two lines (`above`: 2017-2019周期国家卫生乡镇(县城) / 命名名单(江西省)) is read as one; a line that names a list
    and ends by pointing below it (在X榜单中，…。分别是——; or the pointer alone under `line_before`, the line with text
    above it) heads its members; a bare 名单 heads its categories (award ''). A heading wrapped before its head takes
    no first line that is the document's `headline`, a date, a place or a roster's entry (`after_entry`: the line above
    was read as one), and none at all under a headline that asks for or proposes the list (申报, 推荐, 公示)."""
    pointed = pointed_list(sentence.text, line_text, line_before)
    if pointed:
        return pointed[0], None, pointed[1]
    if sentence.text != line_text.strip():
        return None
    if bare_list(sentence.text):
        return "", None, None
    led = lead_in(sentence.text) or decided_below(sentence.text)
    if led:  # （二）2019年被重新确认为X：（陕西省名单） / 以下单位被评为X：: the title conferred on the lines under it
        return led[0], None, led[1]
    text = _SPACES.sub("", sentence.text)
    boxed = _BOXED_HEADING.match(text)
    if boxed:  # 【全国X先进集体】： the title set in 【】 over the lines of its holders, the brackets no part of it
        text = boxed.group("name") + boxed.group("colon")
    piece = _SPACES.sub("", above)
    if _HEADING_TAIL.match(text) and _HEADING_PIECE.match(piece) and not _ROSTER_HEADING.match(piece) \
            and is_award_like(piece):
        text = piece + text
    elif _scopeless_tail(text):
        # 2019年度全省农村改革工作 / 先进县（市、区）名单: a heading wrapped before its head, the year and the scope on the
        # line above (a blank line between them or not)
        piece = _SPACES.sub("", line_before or above)
        if PENDING.search(headline):
            return None  # 关于组织申报…示范县的通知 / … / 示范县（市、区）名单: the annex lists those asked for, none conferred
        if _WRAPPED_PIECE.match(piece) and not _NOT_A_PIECE.search(piece) and not _ROSTER_HEADING.match(piece) \
                and not after_entry and not _NOT_A_PIECE_END.search(piece):
            text = piece + text
    if NAVIGATION.match(text):
        return None  # 【相关链接】…名单: a link to another page, no roster of this one
    entered = _ENTERED_LIST.match(text)
    if entered and is_award_like(clean_award(entered.group("award"))) and not PENDING.search(text):
        return clean_award(entered.group("award")), None, None  # 入选X的四川名单： the honour its holders entered
    local = _LOCAL_ENTRANTS.match(text)
    if local and not PENDING.search(text):
        year = _YEAR_PREFIX.match(local.group("name"))
        name = local.group("name")[year.end():] if year else local.group("name")
        if is_award_like(name):
            return name, None, year.group("year") if year else None
    m = _ROSTER_HEADING.match(text)
    lead = _ROSTER_LEAD.search(text) if not m else None
    if lead:  # 2023年度浙江省科学技术奖获奖名单如下： / 近日，…公布…名单，我县入选名单如下：
        named = named_list(text[: lead.end()])
        if not named or PENDING.search(text) or not titled_list(named[0]):
            return None
        year = re.search(r"(?:\d{4}[—\-–])?(\d{4})年度?", text)
        return named[0], None, year.group(1) if year else None
    prize = _PRIZE_HEADING.match(text) if not m else None
    prize = None if prize and _GRADED_NAME.search(prize.group("name")) else prize
    holders = (_HOLDERS_HEADING.match(text) or _COUNTED_HEADING.match(text) or _RANKED_HEADING.match(text)
               or prize or _SHORT_HEADING.match(text)) if not m else None
    titled = _TITLE_HEADING.match(text) if not (m or holders) else None
    if titled and _is_list_title(titled.group("name")) and not PENDING.search(text):
        return titled.group("name"), None, titled.group("year")  # 2024年度省级文明单位： over the lines of its holders
    if holders and not PENDING.search(holders.group("name")):
        # 2022年度…工作标兵单位（6个）：: the year labels the title
        return holders.group("name"), None, holders.groupdict().get("year")
    if not m or PENDING.search(m.group("name")):
        return None
    reported = _HOLDER_ENTERED.match(m.group("name"))
    if reported and clean_recipient(reported.group("who")):
        return None  # 紫阳县入选2022年…示范区创建名单: a headline that reports a holder, no roster under it
    # 我市12家企业入选2023年省级专精特新企业名单: the list is the one after the verb, its members under it
    name = m.group("name")[reported.start("list"):] if reported else m.group("name")
    name = _CYCLE_LEAD.sub("", name)  # 2017-2019周期国家卫生乡镇: the assessment's cycle, no year the title was named in
    year = None
    y = _YEAR_PREFIX.match(name)
    if y:
        year, name = y.group("year"), name[y.end():]
    named = _NAMING_LIST.search(name)
    if named and is_award_like(name[: named.start()]):
        return name[: named.start()], None, year  # 国家卫生乡镇(县城)命名名单: the list of those named to the title
    tiered = _TIERED.match(name)
    if tiered:
        return tiered.group("award"), tiered.group("tier"), year
    name = LIST_RESULT.sub("", name)  # …中小企业认定通过名单: the step that made the list is no part of its title
    name = holders_title(name) or prize_of_list(name) or name  # 先进单位名单 -> the title 先进单位
    return (name, None, year) if titled_list(name) else None  # (参会人员名单 / 重点建设项目名单: no title received)


_COLUMNS = re.compile(r"[ \u3000]{2,}|\t+")
# a person's name in a cell: two to four characters, not a body's short name (县公安局, 东岭村)
_PERSON_CELL = re.compile(r"[\u4e00-\u9fa5·]{2,4}(?<![局院所站厂村镇乡校会队办处科部室馆社司行店场园区县市省委组团目])")


# a table pasted under a roster heading, its cells one space apart: 1 清州华光科技有限公司 丰溪县
_NUMBERED_ROW = re.compile(r"^\d{1,3}[ \u3000\t]+(?P<first>[^ \u3000\t]{2,30})(?:[ \u3000\t]+[^ \u3000\t]+)+$")
_HEADER_CELL = re.compile(r"序号|(?:单位|企业|项目|村|镇|学校)?名称|单位|企业|所在地|所在地区|地区|县（市、区）|县\(市、区\)|类别|类型|备注|批次|"
                          r"年度|年份|得分|评分|分数|排名|名次|县市|县（市）|县\(市\)")  # (a table with a year or a score column)
_HEADER_WORD = re.compile(r"名称$|^所属|^所在")  # 村镇名称 / 所属县区 / 所在乡镇: a column's name
_REPORTED = re.compile(r"获评|荣获|入选|入围|上榜|被评为|被认定为|被命名为|授予|获得")
_PERSON_LINE = re.compile(r"^(?P<name>[\u4e00-\u9fa5·]{2,4})(?:[（(](?:女|男|[\u4e00-\u9fa5]{1,3}族)[）)])?[ \u3000]+(?P<post>[^ \u3000]{4,60})$")
# 名村（29个）： a count of the roster's holders of one kind, the names on the lines under it
_SUBHEAD_LINE = re.compile(r"^[\u4e00-\u9fa5]{2,8}[（(][\d一二三四五六七八九十百]+\s*[个名家所项人][）)][:：]$")
# 名村（16个）：A镇甲村、乙街道丙村，B县丁镇戊村: places after a label, grouped by a comma, closed by a 。
_LABELLED_PLACES = re.compile(r"^[\u4e00-\u9fa5]{2,8}(?:[（(][^）)]*[）)])?[:：](?P<items>[^。“”:：；;]+)[。；;]?$")
# 邹城市，诸城市，…，济南市章丘区。: a roster line of places one after another, a comma between them
_PLACES_BY_COMMA = re.compile(r"^(?P<items>[\u4e00-\u9fa5]{2,15}(?:[，,][\u4e00-\u9fa5]{2,15})+)[。；;]?$")
_CATEGORY_LINE = re.compile(r"^(?P<label>[\u4e00-\u9fa5“”]{4,20})[:：]$")


def _flattened_list(cells: list[str]) -> bool:
    """1 东岭村 2 西坑村 3 南山村: a numbered list flattened into one line, each name after its number, the numbers
    running on from the first (not 1 清州华光科技有限公司 丰溪县 2024, a table's row with a year in its last column)."""
    if len(cells) < 4 or len(cells) % 2:
        return False
    numbers = cells[0::2]
    if not all(n.isdecimal() for n in numbers):
        return False
    first = int(numbers[0])
    return all(int(n) == first + k for k, n in enumerate(numbers))


# 1.丰溪县人民医院（农工党丰溪县人民医院支部，党员23名） / 2.市卫生健康委员会（王明 农工党…副主委；李华 …副处长）:
# a numbered entry, the unit first, then a remark in brackets on who in it the page is about (its branch, its members,
# their posts), which a ； may cut into sentences: the unit holds the title
_REMARKED_ENTRY = re.compile(r"^(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])[ \u3000]*(?P<unit>[\u4e00-\u9fa5]{3,30}?"
                             r"(?:医院|中心|委员会|[局院所站厅委办校科室队部馆社]|公司|集团|大学|学院|中学|小学|学校|基地))"
                             r"[（(](?P<remark>[^（）()]{8,160})[）)][。；;]?$")


def remarked_entry(line_text: str) -> str | None:
    """The unit of a numbered roster line whose remark in brackets names its branch or members (and holds a comma, a
    space or a ；, no part of a name); None for any other line."""
    m = _REMARKED_ENTRY.match(line_text.strip())
    if not m or not re.search(r"[，,；;、 \u3000]", m.group("remark")) or _REPORTED.search(m.group("unit")):
        return None
    remark = m.group("remark")
    # (1.县委政法委（牵头，负责考核评比） / 1.县应急管理局（推荐1个，联系人王明）: a task, a quota or a contact, no member)
    if _REMARK_REFUSES.search(remark) or not _MEMBERS_REMARK.search(remark):
        return None
    return m.group("unit")


# 民盟…支部，盟员20名 / 李华 …副主委、…科长 / 院长王明，职工860名: the branch, the members or the posts of the unit's people
# (or its contact, 联系人：王明，电话：…, on a roster of a list conferred)
_MEMBERS_REMARK = re.compile(r"联系人|电话|支部|党员|盟员|会员|社员|委员|成员|职工|员工|干警|党总支|党委|[主副]委|书记|院长|局长|所长|站长|校长|"
                             r"主任|科长|处长|董事长|总经理|经理|馆长|队长|[\d一二三四五六七八九十百]+[名人位]")
_REMARK_REFUSES = re.compile(r"负责|牵头|配合|名额|推荐|申报|报送|截止|前完成|督查|考核|统筹|协调")


def roster_items(sentence: Sentence, next_line: str = "") -> list[str] | None:
    """The names on one roster line ('北京:东城区、昌平区'), or None when the line is not a list (roster_entries, the
    names only)."""
    entries = roster_entries(sentence, next_line)
    return None if entries is None else [name for name, _ in entries]


def roster_entries(sentence: Sentence, next_line: str = "", title: str | None = None,
                   prev_line: str = "", spaced_as_above: bool = False) -> list[tuple[str, str | None]] | None:
    """(name, grade) of each holder on one roster line ('北京:东城区、昌平区', '■西安市：A、B', '龙驹镇 黄柏乡',
    '晋江市 第13位'); [] for a line that labels a group (杭州市：, 万州区 over its towns in a roster of `title`); None
    when the line is not a list (nor is a body's name with the date line of a signature under it, nor mojibake)."""
    text = sentence.text.strip()
    if garbled(text) or closing(text):
        return None  # (mojibake, 以上名单排名不分先后, 希望…, 上一篇：…, 打印本页: the list is over)
    if place_label(text, next_line, title):
        return []
    if _DATED_HEADING.match(text):
        return None  # 2024年重点工作: a heading of the text after the roster, which closes it
    if _CONTACT_LINE.match(unbulleted(text)):
        return None  # 联系电话：0578-1234567 / 地址：… / 0578-1234567: how to reach the issuer, the roster is over
    # (中国银行保险监督管理委员会丽水监管分局: a public body's branch runs as long as a firm's name only inside a run of
    # entries, with a bulleted entry or a body's name after it; 中共青山市委精神文明建设指导委员会 last under a roster signs it)
    following = next_line.strip()
    bulleted = unbulleted(text) != text
    long_body = bool(following) and not _CONTACT_LINE.match(unbulleted(following)) and (
        bulleted or unbulleted(following) != following or _BODY_NAME.fullmatch(_entry_name(following)) is not None
        and _BODY_NAME.fullmatch(_entry_name(prev_line)) is not None)
    text = without_columns(without_byline(unbulleted(text)))
    # 王　明 / 渠  县 / 张 晓 明: a short name padded to the width of a longer one, one name (in a column or alone);
    # 序  号    单  位: a header padded alike
    text = _PADDED.sub(r"\1\2", _SPELLED_OUT.sub(lambda m: re.sub(r"[ \u3000]", "", m.group()), text))
    words = text.split()
    if words and (words[0] == "序号" or all(_HEADER_CELL.fullmatch(c) or _HEADER_WORD.search(c) for c in words)):
        return []  # 序号 企业名称 所在地 / 序号 村镇名称 所属县区: the table's header
    if any(w.rstrip(":：") in _PAGE_LABELS for w in words):
        return None  # 编  辑  王明 / 来  源  省文明办 / 首  页    上一页 / 通讯员  王  明: the page's labels, the roster is over
    columns = _COLUMNS.split(text)
    if len(columns) > 1 and "、" not in text and all(re.fullmatch(r"[\u4e00-\u9fa5（）()“”·]{2,30}", c) for c in columns):
        # 王明  丰溪县青山家庭农场: a person, then where he works, in columns; the person holds the title.
        # 王明  李华  赵强 / 县公安局  县国土资源局: names laid out in columns, each one a holder
        people = [c for c in columns if _PERSON_CELL.fullmatch(c)]
        if not people and _SIGNED.match(next_line):
            return None  # 中共丰溪县委  丰溪县人民政府 over the date: who signed, not who is listed
        return [(c, None) for c in people or columns]
    spaced = spaced_entries(text, title) if not _SIGNED.match(next_line) else None
    if spaced:  # 龙驹镇 黄柏乡 响水镇 / 晋江市 第13位: one to a space, a rank the grade of the name before it
        return spaced
    # 县公安局 / 县水利局 at the end of the text, spaced from the entry above as that entry is from its own: the roster's
    # last entry, not a signature with its date lost (丰溪县人民政府 after a blank line, under entries set line by line)
    # (二、2023年Y先进单位 / 南坪县人民政府 at the end: the part's one entry under its numbered title)
    in_run = spaced_as_above and (_same_shape(sentence.text, prev_line) or numbered_title(prev_line) is not None)
    names = _roster_names(text, next_line, not _same_shape(sentence.text, prev_line), in_run, long_body)
    if names and any(_DATE_ITEM.match(n) for n in names):
        return None  # 公示时间：2024年3月1日至3月7日: a date under the list, which closes it
    # (浙江省 （复查确认）: a remark in brackets is never a holder on its own)
    return None if names is None else [(n, None) for n in names if not _BRACKETED.fullmatch(n)]


# 渠  县 / 王　明 / 柳 絮: two characters alone between spaces, a short name padded to the width of a longer one
_PADDED = re.compile(r"(?:^|(?<=[ \u3000\t]))([\u4e00-\u9fa5])(?:[ ]{1,2}|\u3000)([\u4e00-\u9fa5])(?=[ \u3000\t]|$)")
# 张 晓 明: three characters one space apart between columns, one name (王 明 李 华, names one space apart: not joined)
_SPELLED_OUT = re.compile(r"(?:^|(?<=[ \u3000]{2})|(?<=\t))[\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){2}(?=[ \u3000]{2}|\t|$)")
# the labels a page prints under its text (编辑, 来源, 首页, 打印), a table's remarks column, a byline's role
_PAGE_LABELS = frozenset("编辑 审核 审校 校对 责编 责任编辑 来源 作者 摄影 图片 文字 记者 通讯员 撰稿 供稿 一审 二审 三审 初审 复审 终审 "
                         "编审 签发 核稿 监制 主编 策划 首页 尾页 末页 上一页 下一页 上一篇 下一篇 打印 关闭 返回 分享 收藏".split())
_DATE_ITEM = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月")
_BRACKETED = re.compile(r"[（(【\[][^（()）]*[）)】\]]")


# 2024年6月1日 / 二〇二四年六月一日 under a signature: a date line (2024年重点工作 is a heading, no date)
# 2024年重点工作 / 2023年工作总结: a line that opens with a year and lists nothing (no 、, no ：), a heading
_DATED_HEADING = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?[^、，,：:\s]{2,20}$")
_SIGNED = re.compile(r"\s*(?:\d{4}年\d{1,2}月|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月|"
                     r"[一二][〇○零OＯ0][一二三四五六七八九〇○零OＯ0]{2}年[一二三四五六七八九十]{1,2}月)")


def _same_shape(line: str, prev_line: str) -> bool:
    """Whether `prev_line` is an entry of the same shape as `line` (both bare names, or both numbered alike): `line` is
    one more entry of the run, not the signature under it."""
    prev = prev_line.strip()
    if not prev or re.search(r"[，,。；;：:！!]|特此", prev) or len(prev) > 30:
        return False
    return bool(_NUMBERING.match(line.strip())) == bool(_NUMBERING.match(prev)) and " " not in prev.strip()


def _roster_names(text: str, next_line: str, alone: bool = True, in_run: bool = False,
                  long_body: bool = False) -> list[str] | None:
    """The names on a roster line that is neither laid out in columns nor one to a space."""
    row = _NUMBERED_ROW.match(text)
    if row and len(row.group("first")) <= 30 and not _HEADER_CELL.fullmatch(row.group("first")):
        cells = text.split()
        if _flattened_list(cells):  # 1 东岭村 2 西坑村: a numbered list flattened into the line
            return [c for c in cells if not c.isdigit() and len(c) <= 30]
        # 1 清州华光科技有限公司 丰溪县 / 1 清州华光科技有限公司 丰溪县 2024: a table's row, its name column after the
        # number (a year or a score in a later column is no number of the list)
        return [row.group("first")]
    person = _PERSON_LINE.match(text)
    if person and _PERSON_CELL.fullmatch(person.group("name")) and _POST_TOKEN.search(person.group("post")):
        return [person.group("name")]  # 王淑清(女) 吉林省延吉市…社区党委书记: the person, her post after her
    if _SUBHEAD_LINE.match(text):
        return []
    if _BRACKET_LABEL.fullmatch(text) and not _NOT_AN_ITEM.match(text):
        return []  # 【丰溪县】 alone on its line: the group of the holders on the lines under it
    places = _LABELLED_PLACES.match(text)
    if places:
        names = [i.strip() for i in re.split(r"[、，,]", places.group("items"))]
        if all(PLACE_NAME.match(n) for n in names):
            return names
    listed = _PLACES_BY_COMMA.match(text)
    if listed:
        names = re.split(r"[，,]", listed.group("items"))
        if all(PLACE_NAME.match(n) for n in names):
            return names
    category = _CATEGORY_LINE.match(text)
    if category and is_award_like(category.group("label")):
        return []  # 全国诚实守信模范： a category of the roster's honour, its holders on the lines under it
    m = _ROSTER_LINE.match(text)
    raw, text = text, re.sub(r"\s+", "", text)
    if _REPORTED.search(re.sub(r"[（(][^（()）]*[）)]", "", text)):
        # 丰溪县获评全国文明城市: a sentence that reports an honour, not a name on the roster (a remark in brackets
        # after a name, 丰溪县税务局（连续三次获评）, is the roster's: the name is listed)
        return None
    if not m or len(raw) > 200 or _NOT_AN_ITEM.match(text) or re.match(r"^[一二三四五六七八九十]+、", text) \
            or (_SIGNER.match(text) or _MINISTRY.match(text) and alone) \
            and (_DATE_LINE.match(next_line) or not next_line.strip() and not in_run):
        return None
    # 1. 浙江星光科技有限公司 / （一）青山经开区: the numbering is no part of the name
    items = [_NUMBERING.sub("", i.strip()).strip() for i in m.group("items").split("、")]
    # a firm's full name runs to 25 characters (浙江丽水华光精密机械制造股份有限公司); a place to 15, and to 30 when it
    # is written under its prefecture and county (昌吉回族自治州玛纳斯县玛纳斯镇南城社区)
    # (a brand or a short name in brackets after it, 刘家醋坊（刘家）, is no part of its length)
    # (a public body's branch named under its parent, 中国银行保险监督管理委员会丽水监管分局, runs as long as a firm's)
    if not all(len(n) <= (30 if re.search(r"公司|集团|研究院|医院|学校|大学|中心", n) or _PLACE_CHAIN.fullmatch(n)
                          or long_body and _BODY_BRANCH.search(n) else 15)
               for n in (_BRACKET_TAIL.sub("", i) for i in items)):
        return None
    return [i for i in items if len(i) >= 2]


_BODY_BRANCH = re.compile(r"(?:局|分局|委员会|管理处|办事处)$")
# a public body's name as a roster entry (…监管分局, …交通警察支队东岭大队)
_BODY_NAME = re.compile(r"[\u4e00-\u9fa5（）()]{4,30}(?:局|委员会|管理处|办事处|大队|支队)")
# 联系电话：… / 电话：… / 地址：… / 联系人：… / 0578-1234567 / 13812345678: a contact line under a list
_CONTACT_LINE = re.compile(r"^[ \u3000]*(?:(?:联系|咨询|办公|监督|举报)?(?:电话|手机|传真)|(?:联系|通讯|通信|办公)?地址|联系人)[ \u3000]*[:：]"
                           r"|^[ \u3000]*(?:[（(]?0\d{2,3}[）)]?[-－—]?\d{7,8}(?:[-－]\d{1,4})?|1[3-9]\d{9})[ \u3000]*$")


def _entry_name(line: str) -> str:
    """A line's name as a roster entry would give it: no bullet, no numbering, no spaces."""
    return re.sub(r"\s+", "", _NUMBERING.sub("", unbulleted(line.strip())))
_BRACKET_TAIL = re.compile(r"(?<=[\u4e00-\u9fa5])[（(][^（()）]{1,12}[）)]$")
# a place named under the places it lies in, each by its ending (…自治州…县…镇…社区)
_PLACE_CHAIN = re.compile(r"(?:[\u4e00-\u9fa5]{2,12}?(?:省|自治区|市|州|地区|盟|县|区|旗|镇|乡|街道)){1,}[\u4e00-\u9fa5]{1,10}?"
                          r"(?:社区|村|镇|乡|街道|县|区|市|小学|中学|学校)")


_ASSESSED_AS = re.compile(r"(?:考核|评定|评估)(?:为|结果为)")


def assessment_awards(sentence: Sentence, earlier_text: str) -> list[ListedAward]:
    """嘉善县姚庄镇等23个单位考核为优秀 -> award = the assessment named before (小城市培育试点考核)."""
    if not _ASSESSED_AS.search(sentence.text):
        return []
    results = list(_ASSESSED.finditer(sentence.text))
    if not results:
        return []
    named = list(_ASSESSMENT.finditer(earlier_text))
    if not named:
        return []
    award, year = named[-1].group("name"), named[-1].group("year")
    found = []
    for m in results:
        recipient = clean_recipient(re.split(r"[，,、]", m.group("who"))[-1])
        if recipient:
            level = level_of(award) or level_of(sentence.text[: m.start()])
            found.append(ListedAward(award, m.group("tier"), recipient, level, year, sentence))
    return found


def commended(sentence: Sentence, honour: str | None = None) -> list[tuple[str, str, int]]:
    """对A等10个先进单位以及B等10名先进工作者予以表彰 -> [(award, recipient, position)]; 对A、B予以通报表彰 (or
    对以下单位予以表彰：A、B) under a decision titled 关于表彰…的决定 -> the `honour` the title names."""
    found = []
    if "表彰" not in sentence.text and "通报表扬" not in sentence.text:
        return found
    for m in _COMMEND.finditer(sentence.text):
        if m.group("praised"):  # 对A等35个先进党组织予以通报表扬: the lead, under the class it was praised as
            item = _PRAISED_ITEM.match(m.group("praised"))
            recipient = clean_recipient(_praised_lead(item.group("who"))) if item else None
            award = item.group("award") if item else ""  # (the class ends in a holder, never a deed: 先进做法, 突出表现)
            if recipient and _MERIT_CLASS.search(award) and _PRAISED_CLASS.search(award) and not _PRAISED_DEED.search(item.group("award")) \
                    and not re.search(PENDING.pattern + r"|将|建议|提请|请求|要求|年底前|年内|适时|计划|拟|待", sentence.text[: m.start()]):
                found.append((award, recipient, m.start()))
            continue
        if m.group("named"):  # 决定表彰县人民医院等10个先进集体和王明等20名先进个人: each group its title
            for part in re.split(r"以及|和|及", m.group("named")):
                item = _COMMEND_ITEM.match(part)
                recipient = clean_recipient(item.group("who")) if item else None
                if recipient:
                    found.append((item.group("award"), recipient, m.start()))
            continue
        for part in re.split(r"以及|和|及|、", m.group("body")):
            item = _COMMEND_ITEM.match(part)
            if item:
                recipient = clean_recipient(item.group("who"))
                if recipient:
                    found.append((item.group("award"), recipient, m.start()))
        if found or not honour:
            continue
        body = m.group("body")
        if re.search(r"(?:作出|做出|取得|表现|成绩|贡献|突出|涌现)[^、，,]*的", body):
            continue  # 对在国土绿化事业中作出突出成绩的城市、单位和个人予以表彰: kinds described, nobody named
        listed = re.match(r"[:：](?P<items>[^。；;]+)", sentence.text[m.end():]) if re.match(r"^(?:以下|下列)", body) else None
        names = outside_quotes_split(listed.group("items") if listed else body)
        found += [(honour, r, m.start()) for r in (clean_recipient(n) for n in names) if r and not _COUNTED.search(r)]
    return found


# 江苏共有3个设区市、9个县级市入选，: a group counted by kinds as entering the list the sentence named before
_KINDS_ENTERED = re.compile(rf"(?:^|[，,])[^，,。；;]{{0,8}}?(?:共有?|有)?{COUNT}+(?:个|家|座|所)[\u4e00-\u9fa5]{{1,6}}"
                            rf"(?:[、和及]{COUNT}+(?:个|家|座|所)[\u4e00-\u9fa5]{{1,6}}?)*(?:成功)?(?:入选|上榜|登榜|获评|获此殊荣)"
                            r"(?=[，,])")
# 设区市包括A、B、C / 县级市和县为：D、E: the members of one kind, after the kind
_KIND_MEMBERS = re.compile(r"[，,](?:其中[，,]?)?(?P<kind>[\u4e00-\u9fa5]{0,6}?(?:市|县|区|镇|乡|村|企业|单位|城市|城区)"
                           r"(?:[和及、][\u4e00-\u9fa5]{1,5}?)?)(?:分别)?(?:包括|为|是|有)[:：]?(?P<items>[^，,。；;：:]+)")
# 入选第六届全国文明城市入选城市 / 复查确认保留荣誉称号的前五届全国文明城市共有151城: the list the counted group entered
_ENTERED_TITLE = re.compile(r"(?:入选|上榜|获评|荣获|公布)了?(?P<after>[^，,。；;]{4,40})$|"
                            rf"^(?P<before>[^，,。；;]{{4,40}}?)(?:共有?|有){COUNT}+(?:个|家|座|所)?[城市县区镇村家]?$")
_EDITION = re.compile(r"^.*的|^(?:前|第)[一二三四五六七八九十\d]+(?:届|批)|(?:入选|获评)?(?:城市|单位|企业)?名单$|入选(?:城市|单位|企业|县)$")


def _entered_title(text: str) -> tuple[str, int] | None:
    """(title, start of its clause) of the title a counted group entered, named in the clauses before it (入选X, or
    X共有151城), with no edition or verb phrase before it (…保留荣誉称号的前五届全国文明城市 -> 全国文明城市)."""
    for part in reversed(list(re.finditer(r"[^，,]+", text))):
        clause = part.group(0)
        m = _ENTERED_TITLE.search(clause.strip())
        if m:
            title = clean_award(_EDITION.sub("", _EDITION.sub("", m.group("after") or m.group("before"))))
            ok = len(title) >= 4 and is_award_like(title) and not PENDING.search(clause)
            return (title, part.start()) if ok else None
    return None


# 落选的县为A / 未入选的城市有B / 被淘汰的县是C: the kind of those left out of the list
_LEFT_OUT = re.compile(r"落选|未入选|未能入选|没有入选|淘汰|撤销|摘牌|不合格|未通过")


def kind_members(sentence: Sentence) -> tuple[list[tuple[str, str, int]], tuple[int, int]]:
    """([(title, holder, position)], span read) of a list whose members a sentence names kind by kind after counting
    them: 全国共有133城入选X，江苏共有3个设区市、9个县级市入选，设区市包括A、B，县级市和县包括C、D. Nothing for a group
    proposed (拟入选, 公示) or aimed at (力争); the members stop at the first clause that lists no names (…，其中A还荣获Y)
    or names those left out (落选的县为B). The span runs from the clause that names the list to the last member read."""
    text = sentence.text
    entered = _KINDS_ENTERED.search(text)
    if not entered or PENDING.search(text) or re.search(r"力争|争取|有望|目标", text):
        return [], (0, 0)
    named = _entered_title(text[: entered.start()])
    if not named:
        return [], (0, 0)
    title, start = named
    found: list[tuple[str, str, int]] = []
    end = entered.end()
    while True:
        m = _KIND_MEMBERS.match(text, end)
        if not m or _LEFT_OUT.search(m.group("kind")):
            break
        names = [clean_recipient(n) for n in re.split(r"、|(?<=[市县区镇乡村旗])[和及]", m.group("items"))]  # (云和县 is one)
        if not (names and all(n and PLACE_NAME.match(n) for n in names)):
            break
        found += [(title, n, m.start("items")) for n in names]
        end = m.end()
    return found, (start, end)


# 对…排名靠前的33个全国文明城市进行通报表扬，包括A、B、C: a commendation of a group counted, its members after it
_PRAISED_GROUP = re.compile(rf"对(?P<group>[^。；;“”]{{2,60}}?{COUNT}+(?:个|家|名|所|位)[^。；;，,“”]{{1,20}}?)"
                            r"(?:进行|予以|给予)(?P<award>通报表扬|通报表彰|通报嘉奖)[，,：:]\s*(?:其中[，,]?)?"
                            r"(?:包括|分别是|分别为|具体是|名单如下)[:：]?(?P<items>[^。；;：:]+)")
# 将对… / 建议对… / 计划对…进行通报表扬: a commendation to come or proposed, none given yet
_PRAISE_TO_COME = re.compile(r"将(?!军)|建议|计划|拟|准备|打算|下一步|争取|力争")
# an organisation's name by its ending (甲公司, 市应急管理局, 县人民医院)
_ORG_NAME = re.compile(r"^[\u4e00-\u9fa5（）()]{2,30}(?:公司|集团|局|厅|委|办|院|校|学|中心|站|所|厂|馆|社|会|队|部|处|科|室|"
                       r"园区|银行|支行|党委|党支部|总支|合作社|农场|基地)$")
# 丽水市、衢州市和湖州市: 和 between two names (the 和 of 和平县 opens a name)
_PRAISED_SPLIT = re.compile(r"[、，,]|(?<=[市县区镇乡村旗司局院校])和")


def praised_members(sentence: Sentence) -> list[tuple[str, str, int, int, int]]:
    """[(award, holder, position, start, end)] of a group commended by name after it was counted (对…的33个城市进行通报
    表扬，包括A、B), with the span of the sentence read (from the clause of 对 to the last name): the commendation is the
    honour (a 通报批评 of a group, or a 拟 / 将 / 建议 one, is none). The names stop at the first item that is no place,
    organisation or (for a group of persons) person's name (…，希望受到表扬的城市再接再厉 / 并对…进行约谈)."""
    found = []
    for m in _PRAISED_GROUP.finditer(sentence.text):
        before = sentence.text[: m.start("award")]
        if PENDING.search(before) or _PRAISE_TO_COME.search(before):
            continue
        people = re.search(rf"{COUNT}+(?:名|位)", m.group("group"))
        names, end, at = [], m.start("items"), m.start("items")
        for item in _PRAISED_SPLIT.split(m.group("items")):
            name = clean_recipient(re.sub(r"等$", "", item.strip()))
            if not name or not (PLACE_NAME.match(name) or _ORG_NAME.match(name)
                                or people and _PERSON_CELL.fullmatch(name)):
                break
            names.append(name)
            at += len(item)
            end, at = at, at + 1
            if item.strip().endswith("等"):
                break
        if names:
            start = max(sentence.text.rfind("，", 0, m.start()), sentence.text.rfind(",", 0, m.start())) + 1
            found += [(m.group("award"), n, m.start("award"), start, end) for n in names]
    return found


_COUNTED = re.compile(rf"{COUNT}+(?:个|名|人|家|位|所)")


def graded_heading(sentence: Sentence, line_text: str) -> tuple[str, str] | None:
    """(award, grade) when a whole line heads the winners of one grade: 科学技术进步奖一等奖（2项）;
    the award is '' when only the grade is given (二等奖（5项）)."""
    if sentence.text != line_text.strip():
        return None
    m = _GRADED_HEADING.match(_SPACES.sub("", sentence.text))
    if not m:
        return None
    award = m.group("award")
    if award and (not re.search(r"(?:奖|大赛|竞赛|评选)$", award) or re.search(r"获|授予|评为|摘得|夺得", award)):
        return None  # 浙江星光科技有限公司荣获金奖: a sentence, not a heading
    return award, m.group("grade")


# the header of a winners' table: 序号  作品名称  学校  作者 (姓名 / 获奖者 / 选手 name the winners' column)
_WINNERS_HEADER = re.compile(r"姓名|获奖者|获奖人(?:员)?|(?:参赛)?选手(?:姓名)?|作者|完成人|参赛者")
_TABLE_HEADER = re.compile(_WINNERS_HEADER.pattern + r"|" + _HEADER_CELL.pattern + r"|作品(?:名称)?|(?:参赛)?项目|赛项|组别|学校|"
                           r"(?:工作)?单位|指导(?:教师|老师)|奖项|等次|等级")


def _persons_cell(cell: str) -> list[str]:
    """The people a cell names (王明 / 王明、李华); [] when it names anything else."""
    names = cell.split("、")
    return names if all(_PERSON_CELL.fullmatch(n) for n in names) else []


def table_below(lines: list[str], line: int) -> list[str]:
    """The lines right under `line` laid out in columns (cells two spaces or a tab apart), up to the first that is
    not: the rows of a winners' table under its heading."""
    rows = []
    for text in lines[line + 1:]:
        if not text.strip():
            continue
        if not _COLUMNS.search(text.strip()):
            break
        rows.append(text)
    return rows


def winners_column(rows: list[str]) -> int | None:
    """The column of a winners' table (its rows, cells two spaces apart) that names the winners, one column for every
    row: the one its header names (姓名, 获奖者, 选手, 作者), else the one that names people (王明, 王明、李华) on most
    rows; None when no column does (a 4-character work or product in one row is no person)."""
    tables = [_COLUMNS.split(r.strip()) for r in rows]
    tables = [cells for cells in tables if len(cells) > 2]
    if not tables:
        return None
    if all(_TABLE_HEADER.fullmatch(c) for c in tables[0]):
        named = [k for k, c in enumerate(tables[0]) if _WINNERS_HEADER.fullmatch(c)]
        return named[0] if len(named) == 1 else None
    counts: dict[int, int] = {}
    for cells in tables:
        for k, cell in enumerate(cells):
            # (a vote by names of two or three characters: 南坪中学, 乡村振兴 are four, a school and a work)
            names = _persons_cell(cell)
            if names and all(len(n) <= 3 for n in names):
                counts[k] = counts.get(k, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    if best is None or 2 * best[1] <= len(tables) or sum(n == best[1] for n in counts.values()) > 1:
        return None
    return best[0]


def graded_item(sentence: Sentence, column: int | None = None) -> list[str] | None:
    """The winners a line under a graded heading names (a numbered line, or a row of a winners' table: the people in its
    winners' `column`); [] for a detail line (完成单位：…) or the table's header; None when the line is neither (the
    list is over)."""
    text = sentence.text.strip()
    cells = _COLUMNS.split(text)
    if len(cells) > 2 and all(_TABLE_HEADER.fullmatch(c) for c in cells):
        return []  # 序号  作品名称  学校  作者: the table's header
    if len(cells) > 2 and column is not None and column < len(cells) and _persons_cell(cells[column]):
        return _persons_cell(cells[column])  # 电工项目  李子安  凌云科技集团有限责任公司: the person who won
    winner = _graded_item(text)
    return None if winner is None else [winner] if winner else []


def _graded_item(text: str) -> str | None:
    m = _NUMBERED_ITEM.match(text)
    if m:
        return _winner(m.group("item"))
    work = _WORK_LINE.match(text)
    if work:  # 项目名称：高效节能电机关键技术 — the work that won, its details on the lines after
        return _winner(work.group("work"))
    if _ITEM_DETAIL.match(text):
        return ""
    if _NAME_LINE.match(text) and not _NOT_AN_ITEM.match(re.sub(r"\s+", "", text)) and not _SIGNER.match(text) \
            and not re.search(_VERBISH, text) \
            and not _SECTION.match(text) and "、" not in text:
        return _winner(text)
    return None


def _winner(item: str) -> str:
    """The winner as written (新型5G基站天线研制), without the unit named after it in brackets; '' when unnamed."""
    item = re.sub(r"\s*[（(][^）)]*[）)]$", "", item.strip()).strip("“”《》 ")
    return item if len(item) >= 2 and clean_recipient(item) else ""


_VERBISH = r"获|入选|评为|授予|表彰|公布|名单"
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分])")


def graded_lists(sentence: Sentence) -> list[tuple[str, list[str], int]]:
    """(grade, winners, position) for each grade a sentence lists winners of: 二等奖：县城东小学、县第二中学 /
    其中一等奖2项：“A”“B” / “A”（一等奖）、“B”（二等奖）."""
    found = []
    if not _ANY_GRADE.search(sentence.text):
        return found  # both patterns need a grade: the other sentences skip their scans
    for m in _GRADED_LINE.finditer(sentence.text.strip()):
        items = [clean_recipient(i) for i in outside_quotes_split(m.group("items"))]
        items = [i for i in items if i and len(i) <= 60]
        if items:
            found.append((m.group("grade"), items, m.start()))
    if not found:
        for m in _BRACKETED_GRADE.finditer(sentence.text):
            item = clean_recipient(m.group("item").strip())
            if item and not re.search(_VERBISH, item):  # X荣获…奖（一等奖）: a sentence, the grade of its award
                found.append((m.group("grade"), [item], m.start()))
    return found


# 培育了下姜村、鲁家村等全国乡村旅游重点村: places or firms named as holders of a title in a sentence about
# something else (a programme, a count); each item must be named as a place or a firm
_HOLDERS_OF = re.compile(r"(?P<items>[^，,。；;：:“”]{2,80}?)等(?:[\d一二三四五六七八九十两]+[个家所座处名])?"
                         r"(?P<title>(?:国家|全国|中国|省|全省)级?[\u4e00-\u9fa5“”]{2,25}?"
                         r"(?:示范村|重点村|特色村|传统村落|精品村|示范镇|特色小镇|强镇|名镇|重点镇|示范区|示范基地|示范企业|"
                         r"“小巨人”企业|小巨人企业|冠军企业|龙头企业|绿色工厂|景区|旅游度假区|森林公园|湿地公园))")
_NAMED_HOLDER = re.compile(r"(?:村|镇|乡|街道|社区|有限公司|股份公司|集团|景区|公园|度假区|园区|基地)$")


def holders_of_titles(sentence: Sentence) -> list[tuple[str, str, int]]:
    """(title, holder, position) for each place or firm a sentence names as holding a title: A村、B村等全国…重点村."""
    found = []
    if "等" not in sentence.text:
        return found  # the pattern scans for 等 from every character: nothing to find without one
    for m in _HOLDERS_OF.finditer(sentence.text):
        items = outside_quotes_split(m.group("items"))
        if items:  # 培育了A、B等…: what leads into the list is not part of its first name
            items[0] = re.sub(r"^.*?(?:培育了?|打造了?|建成了?|涌现出?了?|拥有|包括|如)", "", items[0]).strip()
        if items and all(_NAMED_HOLDER.search(i) and 3 <= len(i) <= 20 for i in items):
            found += [(m.group("title"), i, m.start()) for i in items]
    return found


# A等9个城市、B等3个城区…及C等100户家庭经复查合格，分别保留X、Y…称号 / 对A等83个单位，B等77个单位分别认定为X、Y:
# counted groups, each named by its lead, given titles one each, in order (a title kept after a review is received
# again: docs/contract-conventions.md, titles kept after review)
_COUNTED_LEAD = re.compile(rf"(?P<lead>[^、，,；;：:。]{{2,60}}?)等\s*{COUNT}+\s*(?:个|名|家|户|所|位|项|人)"
                           r"[\u4e00-\u9fa5（）()]{0,6}$")
_TITLES_RESPECTIVELY = re.compile(r"(?:(?:经|通过)(?:复查|复核|复评|复审)(?:合格|通过|确认)?[，,]?)?(?:均|并)?分别"
                           r"(?:继续保留|确认保留|保留|重新确认为|认定为|命名为|授予|评为|被评为|被认定为|被命名为|确认为)"
                           r"(?P<titles>[^。；;：:（(，,]{4,200}?)(?:(?P<titled>等?(?:荣誉)?称号)|[（(]|[。；;，,]|$)")
# 省级文明县城和省级文明城区: two titles joined by 和 / 及 / 与 outside quotes (文化和旅游 inside a title stays: each part must
# be a title of its own)
_JOINED_TITLES = re.compile(r"[和及与](?=[^“”]*(?:“|$))")


def respective_titles(sentence: Sentence) -> list[tuple[str, str, int, int]]:
    """(title, lead, start, end) for each counted group a sentence gives titles to in order with 分别 (one title for
    all when only one is named); [] when the groups and the titles do not pair up."""
    if "分别" not in sentence.text or "等" not in sentence.text:
        return []
    m = _TITLES_RESPECTIVELY.search(sentence.text)
    if not m:
        return []
    before = re.sub(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])", "", sentence.text[: m.start()])
    groups = [g.strip() for g in re.split(r"[、，,]|(?<=[个名家户所位项人])(?:及|和|以及)", before)]
    leads = [_COUNTED_LEAD.match(g) for g in groups if g]
    if not leads or not all(leads):
        return []
    titles = [clean_award(t) for t in outside_quotes_split(m.group("titles"))]
    if len(titles) != len(leads):  # 分别被评为A和B: the titles joined by 和, one to each group
        joined = [clean_award(t) for part in titles for t in _JOINED_TITLES.split(part)]
        if len(joined) == len(leads) and all(len(t) >= 4 and is_award_like(t) for t in joined):
            titles = joined
    # (…称号 after the list says each is a title: 文明行业 beside 文明城市)
    if not all(len(t) >= 4 and (is_award_like(t) or m.group("titled")) for t in titles) or len(titles) not in (1, len(leads)):
        return []
    holders = [clean_recipient(re.sub(r"^对", "", lead.group("lead")).strip()) for lead in leads]
    return [(titles[k] if len(titles) > 1 else titles[0], h, m.start(), m.end()) for k, h in enumerate(holders) if h]


# 省级文明村：龙现村、陈家铺村 — a line that gives a title, then its holders
_RECEIVED_LEAD = re.compile(r"^(?:成功)?(?:入选|入围|上榜|获评为?|荣获|获得|被评为|被认定为|被命名为|被授予|荣膺)(?!的)")
_HOLDERS_TAIL = re.compile(r"(?:称号|荣誉称号|荣誉)?的(?:[\d一二三四五六七八九十两]+[个家所名])?"
                           r"(?:单位|企业|集体|个人|村|镇|乡镇|乡|社区|学校|县|县区|城市|园区|景区)?(?:分别|依次)?(?:包括|是|为|有)$")
_TITLE_LINE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])?"
                         r"(?P<title>[^：:，,。；;]{4,40})[：:](?P<items>[^：:。；;]{2,300})[。；;]?$")


_PARTS = re.compile(r"(?<=[；;])")


def _is_list_title(title: str) -> bool:
    """Whether a label that heads a list of holders (省级文明村：A、B / 2024年度省级文明单位： over the lines) is a
    title: a ranked or merit name, not a heading of a report (获奖情况, 工作成效, 责任单位)."""
    return is_award_like(title) and bool(re.search(r"国家|全国|中国|省|[市县区]级|先进|优秀|文明|模范|标兵|示范|百强|奖", title)) \
        and not re.search(r"荣誉|称号|奖项|获奖|情况|名单|成效|成绩|目标|任务|措施|工作(?!者)|责任|牵头|配合|发布|来源|入选|包括|分别|如下"
                          r"|获评|评为|要求|条件|标准|办法|程序|典型|案例|创建|成员|学习|风采|代表|联系人|负责人", title)


_COUNT_TAIL = re.compile(r"[\d一二三四五六七八九十两]+[家个名所项人位]$")
_NEWLY_LEAD = re.compile(r"^(?:全[县市区]|我[县市区])?(?:新增|新认定|新获评|累计)")


@functools.lru_cache(maxsize=64)  # every sentence of a line asks: the line is cut once, not once per sentence
def _line_parts(line_text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in _PARTS.split(line_text))


def titled_line(sentence: Sentence, line_text: str) -> tuple[str, list[str]] | None:
    """(title, holders) of a whole line 'title：A、B' (or of one of the parts a ； cuts it into: 先进集体：A、B；先进个人：C);
    None when the label is no title or the items are titles."""
    if sentence.text != line_text.strip() and ("；" not in line_text and ";" not in line_text
                                               or sentence.text not in _line_parts(line_text)):
        return None
    m = _TITLE_LINE.match(sentence.text.strip())
    if not m:
        return None
    title = re.sub(r"[（(][^）)]*[）)]$", "", m.group("title")).strip()
    boxed = re.fullmatch(r"【([^【】]{4,40})】", title)
    if boxed:  # 【全国X先进工作者】：王明 …主任: the title set in 【】
        title = boxed.group(1)
        person = _PERSON_LINE.match(m.group("items").strip())
        if person and _PERSON_CELL.fullmatch(person.group("name")) and _POST_TOKEN.search(person.group("post")) \
                and _is_list_title(title):
            return title, [person.group("name")]  # the person, then her posts (、 between them: no list of holders)
    # 新认定省级企业技术中心2家：A、B: the title, without the count and the word that introduces it
    title = _NEWLY_LEAD.sub("", _COUNT_TAIL.sub("", title))
    # 入选国家级绿色工厂：A、B / 荣获省级先进集体的单位包括：A、B: the verb and the words that point to the list
    received = _RECEIVED_LEAD.match(title)
    if received:
        title = _HOLDERS_TAIL.sub("", title[received.end():])
    if not _is_list_title(title):
        return None
    items = [_NUMBERING.sub("", i).strip() for i in outside_quotes_split(m.group("items"))]
    items = [_PERSON_POST.sub(r"\1", i) for i in items]  # 于敏(中国科学院院士、…研究院): the person, her post in brackets
    if any(re.search(r"[\d一二三四五六七八九十两]+(?:名|个|人|家)$", i) for i in items):
        return None  # 先进工作者：县人民医院2名、县中医院1名: places given a quota, no holders
    if any(_RANKED_ITEM.search(i) for i in items):
        return None  # 2024中国综合竞争力百强区：A区位列全国第46: a place in a ranking, no holder of a title
    if not items or any(len(i) > 20 or is_award_like(i) and not _NAMED_PLACE.search(i) for i in items):
        return None
    holders = [r for r in (clean_recipient(i) for i in items) if r]
    return (title, holders) if holders else None


_RANKED_ITEM = re.compile(r"(?:位列|位居|排名|排在|名列)[^，,。；;]{0,6}第?[\d一二三四五六七八九十百]+(?:位|名)?$")
_PERSON_POST = re.compile(r"^([\u4e00-\u9fa5·]{2,4})[（(][^（）()]{4,60}[）)]$")
_NAMED_PLACE = re.compile(r"(?:村|镇|乡|街道|社区|县|市|区)$")


# 获奖单位：A、B / 入选企业：A、B — the winners of the prize or list named before the line
_WINNERS_LINE = re.compile(r"^(?:获奖|入选|上榜|受表彰|获评)(?:单位|企业|集体|个人|者|名单|项目|对象)[:：](?P<items>[^：:。；;]{2,300})[。；;]?$")


def winners_line(sentence: Sentence) -> list[str]:
    """The winners a line lists after a label (获奖单位：A、B); [] for any other line."""
    m = _WINNERS_LINE.match(sentence.text.strip())
    if not m:
        return []
    return [r for r in (clean_recipient(_NUMBERING.sub("", i)) for i in outside_quotes_split(m.group("items"))) if r]



# 国家级绿色工厂3家：A、B、C / 全国文明单位2个（A、B），省级文明单位3个（C、D）: titles counted, each with its holders
_COUNTED_TITLE = re.compile(r"(?:^|(?<=[，,；;]))(?:其中[，,]?)?(?:全[县市区]|我[县市区])?(?:新增|新认定|新获评|累计|共有|共)?"
                            r"(?P<title>(?:[^，,。；;：:（()）\d“”]|“[^”，,。]{1,20}”){4,40}?)"
                            r"[\d一二三四五六七八九十两]+(?:家|个|名|所|户|位|项)"
                            r"(?:[:：](?P<items>[^；;。（(：:]+)|[（(](?P<bracketed>[^）)]+)[）)])(?=[，,；;。]|$)")


_COUNT_OPENS = re.compile(r"[\d一二三四五六七八九十两](?:家|个|名|所|户|位|项)[:：（(]")


def counted_titles(sentence: Sentence) -> list[tuple[str, str, int]]:
    """(title, holder, position) of each counted title a verbless sentence lists with its holders:
    国家级绿色工厂3家：A、B；省级绿色工厂2家（C、D）."""
    text = sentence.text.rstrip("。；;，, ")
    if not ("：" in text or ":" in text or "（" in text or "(" in text) or not _COUNT_OPENS.search(text):
        return []
    found = []
    for m in _COUNTED_TITLE.finditer(text):
        title = m.group("title")
        if not is_award_like(title) or not (level_of(title) or "“" in title) \
                or re.search(r"项目|获[得评奖]|荣获|入选|评为|认定|名单|工作|任务|目标", title):
            continue
        items = [_NUMBERING.sub("", i).strip() for i in outside_quotes_split(m.group("items") or m.group("bracketed"))]
        if any(len(i) > 30 or is_award_like(i) and not _NAMED_PLACE.search(i) for i in items):
            continue
        found += [(title, r, m.start()) for r in (clean_recipient(i) for i in items) if r]
    return found


# a page whose table or list was flattened into one line: 2024年度X表现突出单位: 小榄镇 裕民社区 2024年度X表现突出个人:
# 小榄镇水务中心主任 吴浩秋 …: each label an honour, its holders after it, one to a space (a person after the post)
_FLAT_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[^\s:：，,。；;]{4,60})[:：]")
_FLAT_HONOUR = re.compile(r"(?:单位|个人|集体|主体|企业|工作者|标兵|模范|先进|奖|称号|党员|党组织|工匠|能手|之星)$")
_FLAT_GRADE = re.compile(rf"(?P<grade>{GRADE})(?:单位|个人|集体)$")
# what makes a label an honour's, not a form's field (来源单位：, 主办单位：)
_HONOUR_WORD = re.compile(r"先进|优秀|突出|积极|模范|标兵|杰出|示范|最美|奖|称号|工匠|能手|之星")
# 获奖单位： / 颁奖单位： / 奖励对象：: who won (the prize named before: winners_line), who gave, who may: no honour's name
_NO_HONOUR_LABEL = re.compile(r"^(?:获奖|入选|上榜|受表彰|获评|参评|参赛|申报|推荐|颁奖|授奖|评选|主办|承办|协办|指导|支持)|奖励|奖金")
# the kind of people a sub-label under an honour for persons lists (参加…工作的市直干部：A、B)
_FLAT_PEOPLE = re.compile(r"(?:干部|人员|同志|职工|代表|工作者)$")
_UNIT_TOKEN = re.compile(r"(?:村|镇|乡|街道|社区|居委会|公司|集团|中心|局|院|所|站|学校|中学|小学|医院|景区|园区|基地|合作社|"
                         r"协会|委员会|办公室|大队|中队|支队|银行|分行|支行|管委会)$")
_POST_TOKEN = re.compile(r"(?:书记|主任|调研员|干部|负责人|[局处科所站院校社会部厅队]长|主席|董事长|经理|委员|专员|职工|员工|"
                         r"教师|医生|民警|队员|技师|工程师)$")


_SPACED_OUT = re.compile(r"[:：][ \u3000]|[ \u3000]\S+[ \u3000]")


def flat_roster(sentence: Sentence) -> list[tuple[str, str | None, str, int]]:
    """(honour, grade, holder, position) of each holder a flattened roster names; [] unless a label that names an
    honour is followed by holders one to a space (or a 、 list), each a body or place by its ending, or a person."""
    text = sentence.text
    if ":" not in text and "：" not in text or not _SPACED_OUT.search(text):
        return []
    labels = list(_FLAT_LABEL.finditer(text))
    found: list[tuple[str, str | None, str, int]] = []
    honour: tuple[str, str | None, int] | None = None
    for k, m in enumerate(labels):
        label = re.sub(r"(?<=奖)获奖(?:单位|个人|集体|企业|者|项目)$", "", m.group("label"))  # X奖获奖单位: the prize X奖
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        if _FLAT_HONOUR.search(label) and (is_award_like(label) and _HONOUR_WORD.search(label) or MERIT_END.search(label)) \
                and not PENDING.search(label) and not _NO_HONOUR_LABEL.search(label):
            grade = _FLAT_GRADE.search(label)
            honour = (label, grade.group("grade") if grade else None, m.start())
        elif not (honour and honour[0].endswith("个人") and _FLAT_PEOPLE.search(label)):
            honour = None  # a label of something else: the honour above is over
            continue
        found += [(honour[0], honour[1], holder, honour[2]) for holder in _flat_holders(text[m.end(): end])]
    return found


def _flat_holders(items: str) -> list[str]:
    """The holders after a label, up to the first token that is neither a body, a place, a post nor a person."""
    holders: list[str] = []
    post = False
    for token in items.split():
        names = token.strip("；;。").split("、")
        if post and len(names) == 1 and _PERSON_CELL.fullmatch(names[0]):
            holders.append(names[0])  # 小榄镇水务中心主任 吴浩秋: the person after the post
            post = False
        elif _POST_TOKEN.search(token) and len(token) <= 60:
            post = True
        elif all(_PERSON_CELL.fullmatch(n) and len(n) <= 3 or 3 <= len(n) <= 30 and _UNIT_TOKEN.search(n) and not re.search(r"[，,]", n)
                 for n in names):
            holders += names
            post = False
        else:
            break
    return holders


# 附件 2021年X名单 一、新申报通过的X（3家） A B C 二、复评保留的X（21家） D E / 附件1：X名单（共25家） 1.A 2.B: an annex's
# roster flattened into one line, its heading, its parts and its holders one to a space (no 附件：1.X名单 2.Y名单, the
# annexes' file names: no title right after 附件)
_PART_COUNT = r"[（(]共?\d{1,4}[家个名所项户人][）)]"  # （3家） / (共25家): how many holders a list or its part names
_ANNEX_ROSTER = re.compile(r"附件(?:[ \u3000]*\d{1,2}(?=[ \u3000]*[:：]))?[ \u3000]*[:：]?[ \u3000]*(?!\d{1,2}[.．、])"
                           r"(?P<title>[^\s:：，,。；;]{4,60}?名单)"
                           rf"[ \u3000]*(?P<count>{_PART_COUNT})?(?=\s)")
_ANNEX_PART = re.compile(r"(?:^|(?<=\s))(?P<label>(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\s]{2,40}?)"
                         rf"(?P<count>{_PART_COUNT})?(?=\s)")
# the standings that keep or give a list's title (新申报通过 / 复评保留资格 / 监测合格 / 通过复核)
_KEPT = (r"申报通过|通过申报|新认定|新评定|新命名|新增|(?:复评|复核|复查|监测|考核|评估)(?:保留|通过|合格|达标)|"
         r"保留资格|继续保留|通过(?:复评|复核|复查|监测|考核|评估)")
# the standing of the holders a part lists (新申报通过的, 复评保留资格的, 监测合格): no part of the title they hold
_STANDING = re.compile(r"^(?:[\u4e00-\u9fa5]{2,6}?[县市区](?=\d{4}年))?(?:\d{4}年度?)?"
                       rf"(?:[\u4e00-\u9fa5]{{0,6}}?(?:{_KEPT})的?)?")
# a holder on such a line, by its ending: a body, a place, a farm, a market, a shop
_ANNEX_HOLDER = re.compile(r"(?:农场|牧场|林场|茶场|渔场|市场|商场|厂|店|商行|经营部|门市部|加工部|专业户|养殖场|种植场)$")
_PASSED = re.compile(r"申报通过|通过申报")  # 新申报通过的X: an application granted, no list still asked for
# a part holds the list's title only for a standing that keeps it; any other label (复评未保留资格的, 监测不达标退出的,
# 撤牌的, 自动丧失资格的, 限期整改的) holds nothing
_KEEPING = re.compile(_KEPT)
# the words of a standing lost, whatever it is called (未保留, 不达标退出, 撤牌, 丧失资格, 注销, 降为)
_RESULTS = re.compile(r"(?:复评|复核|复查|监测|考核|评估)结果(?=名单$)")
_LOSING = re.compile(r"[未不没]|无法|撤|取消|摘牌|丧失|退出|注销|降[为级]|警告|整改|暂缓|放弃|淘汰|除名|移出|清理")
# an honour a list's title names (示范, 先进, 龙头企业, 星级, 最美, 精品村 …): a 名单 of households on relief, of firms to
# pull down or of polluters is no honour
_HONOUR = re.compile(r"示范|先进|优秀|优胜|标兵|模范|最美|文明|龙头|星级|[一二三四五]星|精品|特色|名[镇村]|美丽|卫生[县城镇乡村]|森林|"
                     r"生态[县市区镇乡村]|百强|十佳|百佳|称号|荣誉|奖|小巨人|专精特新|样板|标杆|明星|A级|[345]A|品牌|金牌|达标|"
                     r"试点|传统村落|未来乡村|园林|强[县镇村]|创新型|高新技术")
_NO_HONOUR = re.compile(r"低保|困难|特困|贫困|受灾|救灾|拆除|整治|关停|关闭|淘汰|失信|黑名单|抽查|抽检|检查|排污|污染|约谈|"
                        r"监管对象|重点监管|处罚|违法|违规|欠薪|整改|警示|异常|注销|吊销|停业|退出|风险|隐患|问题|参会|联络|联系|"
                        # a shortlist or a first round (入围, 初评), a draft (征求意见), a hazard or a works plan
                        r"入围|初评|征求意见|危险源|防治区|改造计划")


def honour_title(name: str) -> bool:
    """Whether a list's or a designation's title names an honour (县级示范性家庭农场, 市级农业龙头企业, 县级最美家庭), not a
    register of other standing (低保家庭, 违法建筑拆除企业, 重点排污单位, 复核不合格企业, 约谈对象)."""
    return bool(_HONOUR.search(name)) and not _NO_HONOUR.search(name) and not _LOSING.search(re.sub(r"不[可能]|未来", "", name))
_ITEM_NUMBER = re.compile(r"^\d{1,3}[.．、]")


def annex_line(sentence: Sentence) -> list[tuple[str, str | None, str, int]]:
    """(title, year, holder, position) of each holder an annex's roster flattened into one line names; [] unless every
    word of a part is a holder's name (its number set aside) and a part's count, when it gives one, is the number of
    names read (fewer only when the page was cut off in the last name). A part named by its own title (一、美丽乡村建设
    先进单位) holds that title; a part naming its holders' standing (新申报通过的 / 复评保留的 …农场) holds the list's."""
    text = sentence.text
    heads = list(_ANNEX_ROSTER.finditer(text))
    found: list[tuple[str, str | None, str, int]] = []
    for k, head in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        listed = _annex_title(head.group("title"))
        if not listed:
            continue
        body = text[head.end(): end]
        parts = list(_ANNEX_PART.finditer(body))
        if parts and body[: parts[0].start()].strip():
            continue  # names before the first part: no roster laid out by parts
        pieces = [(p.group("label"), p.group("count"), p.end(), parts[j + 1].start() if j + 1 < len(parts) else len(body))
                  for j, p in enumerate(parts)] or [(None, head.group("count"), 0, len(body))]
        if not parts and _RESULTS.search(head.group("title")):
            continue  # 监测结果名单 A B C: the results, passed and failed alike, not laid out by standing
        for label, count, start, stop in pieces:
            title = listed if label is None else _part_title(label, listed)
            holders = _annex_holders(body[start: stop], count, last=end == len(text) and stop == len(body))
            if title and holders:
                found += [(title[0], title[1], h, head.start()) for h in holders]
    return found


def _annex_title(name: str) -> tuple[str, str | None] | None:
    """(title, year) of the list an annex names (海盐县2023年监测合格县级农业龙头企业名单 -> 县级农业龙头企业, 2023); None for
    a list proposed or asked for (拟认定…名单, 推荐名单) or no title's (参会人员名单)."""
    if PENDING.search(_PASSED.sub("", name)) or _NOT_HELD.search(name):
        return None
    year = re.search(r"(?<!\d)(\d{4})年", name)
    name = _RESULTS.sub("", name)  # 市级文明单位复查结果名单: the title reviewed; its parts say who keeps it
    bare = name[_STANDING.match(name).end():]
    heading = roster_heading(Sentence(bare, 0, len(bare), 0), bare)
    if not heading or not heading[0] or not honour_title(heading[0]):
        return None
    return re.sub(r"名单$", "", heading[0]), heading[2] or (year.group(1) if year else None)


def _part_title(label: str, listed: tuple[str, str | None]) -> tuple[str, str | None] | None:
    """The title a numbered part of an annex's roster holds: its own (一、美丽乡村建设先进单位), or the list's when the
    part names the standing of the list's holders (二、复评保留资格的瓯海区示范性家庭农场); None for a part withheld or
    proposed (三、取消资格的…, 四、拟新认定的…) or one that names no title (五、工作要求)."""
    if PENDING.search(_PASSED.sub("", label)) or _NOT_HELD.search(label) or _LOSING.search(re.sub(r"未来", "", label)):
        return None
    own = numbered_title(label)
    if own:
        title = own[0][_STANDING.match(own[0]).end():] or own[0]  # (复评合格的市级文明单位: the title, its standing set aside)
        return (title, own[1] or listed[1]) if honour_title(title) else None
    name = re.sub(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])", "", label)
    # (the list's title only for a standing that keeps it, named as such: 新申报通过的 / 复评保留资格的 / 监测合格的 …)
    return listed if len(name) >= 4 and name[-2:] == listed[0][-2:] and _KEEPING.search(name) else None


def _annex_holders(items: str, count: str | None, last: bool) -> list[str]:
    """The holders one part lists, or [] when a word is no holder's name or the part's count disagrees (the last name
    of a page cut off in it set aside, the count then only an upper bound)."""
    words = [_ITEM_NUMBER.sub("", w) for w in items.split() if not re.fullmatch(r"\d{1,3}[.．、]?", w)]
    cut = bool(last and words and not _annex_holder(words[-1]) and len(words[-1]) <= 4)
    words = words[:-1] if cut else words
    if not words or not all(_annex_holder(w) for w in words):
        return []
    wanted = int(re.search(r"\d+", count).group()) if count else None
    if wanted is not None and (len(words) > wanted or len(words) < wanted and not cut):
        return []
    return words


def _annex_holder(word: str) -> bool:
    """Whether a word on an annex's line is a holder's name: a body, place or business by its ending, 3 to 40 long."""
    return 3 <= len(word) <= 40 and re.fullmatch(r"[\u4e00-\u9fa5（）()·]+", word) is not None \
        and (_UNIT_TOKEN.search(word) or _ANNEX_HOLDER.search(word) or re.search(r"(?:县|市|区|家庭)$", word)) is not None
