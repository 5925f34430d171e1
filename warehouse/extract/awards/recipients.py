"""Who received an award: cleaned, split into one name per recipient, resolved (我市 -> 龙泉市)."""
from __future__ import annotations

import re
from collections import Counter

from .parts import PERSON_TIMES, PROVINCES
from ..companies import find_companies
from ..places import ZONE_WORDS, document_home, gazetteer, home_candidates, home_place, known_place_at

_TIME_LEAD = re.compile(
    r"^(?:(?:本报|[\u4e00-\u9fa5]{2,6}网)(?:[\u4e00-\u9fa5]{2,4}?)?(?:\d{1,2}月\d{1,2}日)?讯\s*|[（(][^（()）]{0,40}?(?:记者|通讯员)[^（()）]{0,40}[）)]\s*|去年|今年|前年|(?:今天|昨天|今日|昨日)(?:[（(]\d{1,2}月\d{1,2}日[）)])?|过去(?:的)?[一二三四五两]年|[一二三四五两]年来|这一年|\d{4}年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|近日|日前|近年来|目前|不久前|前不久|"
    r"其中|同时|此外|另外|经评审|最终|并|且|这次|本次|此次|在|对|经过|由|来自|(?:决定|确定|同意)将?"
    r"|(?:热烈)?祝贺[|｜!！:：\s]+|(?:喜报|捷报|好消息)[|｜!！:：\s]+)+"  # 祝贺||A入选…: a headline's cheer before its subject
)
# (丰溪县近年来荣获… / 丰溪县去年获评…: how long or when, after the holder)
_TIMES = r"近年来|近几年来?|多年来|历年来|(?:今年|去年|前年)(?:以来)?|近日|日前|近期|此前|上半年|下半年|年初|年底"
_TIME_TRAIL = re.compile(rf"(?:{_TIMES})$")
_TRAIL = re.compile(r"(?:" + _TIMES + r"|挂牌|多次|屡次|继|再传佳音|再传喜讯|传来喜讯|喜讯频传|捷报频传|同步|双双|齐齐|一同|成功|以高分|高分|喜|同样|再次|光荣|以优异成绩|以全省第一|先后|分别|均|已|再次|连续(?:\d+年)?|正式|共|也|还|被|又|首次|一举|顺利|同时|都|将|一并|并列|"
                    r"各|曾经?(?:于|在)?|终于|共同|表现突出|表现优异|(?:曾经?|已|先后)?(?:于|在)?\d{4}年度?(?:\d{1,2}月)?(?:\d{1,2}日)?)+$")
# 中篇小说《泥佛》 / 散文《…》: a work named by its kind, then its title in title marks (the title is part of the name;
# after anything else, 青山县《…意见》, the marks end the holder's name)
_WORK_KIND = r"(?:小说|文学|散文|诗歌|诗集|文集|品集|画集|影集|作品|专著|著作|论文|剧本|歌曲|电影|戏剧|书法|摄影|绘画|美术|舞蹈|曲艺|图书|丛书|小品|童谣)"
# 央视《新闻联播》青山县: a medium's programme or paper leads the place named right after it (《X》栏目组 is the
# programme's own crew: no lead)
_MEDIUM_LEAD = re.compile(rf"^[\u4e00-\u9fa5]{{0,8}}(?<!{_WORK_KIND})《[^《》]{{1,30}}》"
                          r"(?=[\u4e00-\u9fa5]{2,8}?(?:省|市|县|区|镇|乡|村|街道))")
_SUBJECT_END = re.compile(r"现有|拥有|缘何|为何|如何|打造|举办|编制|推动|深化|引进|举全[省市县区镇]|以(?=争创|创建|打造|优异|全省|全市|第一|高分|总分|综合|获评)|是|作为|通过|凭借|依靠|在|位列|位居|排名|积极|主动|围绕|依托|坚持|紧扣|立足|致力于|着力于?|GDP|增速|城镇化率|总投资|计划投资|占地|用地|(?!\d+(?:部队|分队|号|厂|研究所))[^\u4e00-\u9fa5“”()（）《》]"
                          rf"|(?<!{_WORK_KIND})《")
# 苍南县2镇 / 3个产业集群 / 福州三家企业 / 陕西三个县: a count of holders, nobody named
_PUBLISHED_LIST = re.compile(r"(?:公布|发布|印发|揭晓)了?[^，,。；;]{2,60}(?:名单|榜单|名录)$")
_COUNT_ONLY = re.compile(rf"^{PERSON_TIMES}$|" r"(?<!\d)\d+\s*(?:个|家|名|镇|乡|村|人|项|所|位|地|户|县|区)|(?:多|数|若干|一批)(?:家|个|名|位|所)[\u4e00-\u9fa5]{0,4}(?:[（(][^）)]*[）)])?$|(?<![\u4e00-\u9fa5])(?:我|本|全)?[省市县区]?(?:多|数)地$|[一二三四五六七八九十两]+(?:个|家|名|位)(?:同志)?$"
                         r"|[一二三四五六七八九十两多]+(?:个|家|名|位|所|户)(?:企业|单位|公司|项目|集体|个人|学校|园区|产品)$"
                         # (three places are 三个村, 两个县: 三家村, 八所镇, 四户村 are names, their counter no fit for a place)
                         r"|[一二三四五六七八九十两多]+个(?:乡镇|村|镇|县|区|市|县区|县市)$"
                         r"|^[一二三四五六七八九十两多\d]+(?:项|个|篇|件)(?:案例|做法|经验|成果|作品)$"  # 两项案例入选…典型案例
                         r"|^(?:[我全本][省市县区])?[一二三四五六七八九十两]+(?:产品|企业|单位|作品|品牌)$"  # 我省四产品获金奖
                         r"|[一二三四五六七八九十两\d]+地(?:市|州)?$"  # 福建省五地市 / A、B、C3地: places counted
                         # 我市四集体一个人 / 三个集体和两名个人: holders counted by kind
                         r"|[一二三四五六七八九十两\d]+[个家]?(?:集体|单位)(?:[和及、]?[一二三四五六七八九十两\d]+[个名位]?(?:人|个人))?$"
                         rf"|^(?:(?:{PROVINCES})(?:省|市|自治区)?|[\u4e00-\u9fa5]{{2,3}}(?:省|市|县|区)|[我全本][省市县区])选手们?$")  # 湖北选手: unnamed
_HAS_ALREADY = re.compile(r"^[\u4e00-\u9fa5]{2,6}?(?:已有|另有|还有)(?=[\u4e00-\u9fa5]{3,})")
_LEAD_OF_GROUP = re.compile(r"^(?P<lead>.+?)等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项|所|件|部|篇)")
_IS_A = re.compile(r"^(?:[^，,:：]{0,6}[:：])?([\u4e00-\u9fa5]{2,12})是一[家所个座]")
# 丽水经开区企业 / 该公司: no name; 县供电公司 is one body (a county's utility, named by what it supplies)
_GENERIC = re.compile(r"^(?:(?!.*(?:有限|股份)公司)(?![县市区](?:供电|供水|自来水|燃气|公交|邮政|烟草|电信|移动|联通|城投))"
                      r"[\u4e00-\u9fa5]{0,6}(?:企业|公司)|学校|我们|单位|其|他|她|他们|项目|该项目)$")
_PLACE_TAIL = re.compile(r"^[\u4e00-\u9fa5]{2,8}(?:市|县|区|镇|乡|街道)$")
# annex labels, publication notes and date lines of a decision: never a recipient
_FURNITURE = re.compile(r"^(?:附件[\d一二三四五六七八九十]*|[（(]?此件.*|\d{4}年\d{1,2}月\d{1,2}日)$")
_HOME = {"我市": "市", "我县": "县", "我区": "区"}


# words that open a clause or sum up, never the name of who received an honour
_NOT_A_NAME = re.compile(r"^(?:另?据了解|另?据悉|另?据介绍|据统计|共同|联合|携手|总计|共计|合计|其中|此外|另外|同时|目前|近期|近日|日前|今年|去年|全年|"
                         r"连续[\d一二三四五六七八九十两]*年|辖区|最终|最后|随后|此后|之后|后来|终于)$")


# 社会大局保持稳定 / 都市区建设提速推进: a statement about the place, not its name
# (推行/实施/开展/发布/构建 before 的 or inside a body's name qualify a holder: 我县实施的“X”项目, 县新闻发布中心)
_PREDICATE = re.compile(r"(?:推行|实施|开展|发布|构建)(?!的|中心|会|厅|站|平台|办公室|[部局处科室所])|日新月异|经过|脱颖而出|翻了?[一两二三四]番|保持|稳定|雄厚|传来|捷报|佳绩|公布了|发布了|角逐|比拼|提升|提速|推进|加快|实现|取得|持续|不断|显著|明显|全面|深入|进一步|大幅|改善|优化|增强"
                        r"|纷呈|全[国省市县区]领先|落地|开工|投产|先行先试"
                        # 宜居城市建设开创新局面 / 休闲旅游胜地建设展现新气象: a heading that says how a work went
                        r"|展现|开创|迈出|跃上|彰显|新局面|新气象|新步伐|新台阶|新突破|新成效|新高度")
# 编制…规划 / 举办两届论坛 / 举全县之力 / 达到5年最好水平: a clause that opens with what was done has no subject
# (新建村 / 新建区 / 新增村: a works verb then a place suffix that ends the word is a place's name; 新建村级…, 整治村庄,
# 新建乡镇…, 新建县道, 新建镇区… go on past the suffix: the works done)
_WORKS_NOT_A_PLACE = r"(?!(?:社区|街道|村|镇|乡|区|县)(?![庄级域城落容貌镇道路内里间区民居务部]))"
_ACTION_LEAD = re.compile(r"^\s*(?:举全?[省市县区镇]|集(?:各|全)|招引|编制|举办|举行|推动|深化|启动|打造|建成|引进|聚焦|达到|"
                          rf"(?:改造|新增|新建|改建|扩建|整治){_WORKS_NOT_A_PLACE}|"
                          r"全力|大力|着力|扎实|坚持|围绕|强化|改革(?:重组|攻坚))")
# 在城市能级方面 / 今年全市: a topic or a total, never who received an honour
_TOPIC = re.compile(r"(?:方面|领域)$|(?<=建设|工作|发展|管理|服务)上$|(?:获奖|评选|评审|考核|比赛|活动)中$|(?:^|年)全(?:市|县|区|省|镇)$|增长|增速|下降|比重|总量|总值|产量|产值|总产"
                    r"|固定资产投资|投资完成$|公共预算收入|财政(?:总)?收入|零售总额"
                    r"|率(?:达|为|超)|[\d.]+[%％]")  # 城镇化率达70%: a figure, never who received an honour  # 全社会固定资产投资完成126亿元: a figure


# (clean_recipient's patterns, compiled once: it runs for every candidate holder)
_CLEAN_1 = re.compile(r"[（(](?:女|男|已故|追授)[）)]$")
_CLEAN_2 = re.compile(r"^[^ \u3000]*[\u4e00-\u9fa5][ \u3000]+(?=[\u4e00-\u9fa5]{2,})")
_CLEAN_3 = re.compile(r"^(?:总)?投资(?:约|近|超)?[\d.]+(?:万|亿)元的?(?=[\u4e00-\u9fa5]{2,})")
_CLEAN_4 = re.compile(r"^以[^，,]{0,20}?(?:成绩|优势|高分|总分|得分|分数|排名|名次|身份)|^(?:是|系(?![统列])|作为|以下|下列|如下|上述|地处|位于|坐落于)")
_CLEAN_5 = re.compile(r"共有?[\d一二三四五六七八九十百]+(?:人|名|位)$")
_CLEAN_6 = re.compile(r"(?<=[\u4e00-\u9fa5]{4})[\d一二三四五六七八九十两]+(?:人|名|位)$")
_CLEAN_7 = re.compile(r"^(?:[我咱本]省(?=[\u4e00-\u9fa5]{2,}(?:市|县|区|州)$)|[我咱本]市(?=[\u4e00-\u9fa5]{2,}(?:县|区|市)$))")
_CLEAN_8 = re.compile(r"^(?:我县|我市|我区|我省)(?:\d+家|两家)?(?:国家级|省级|市级)")
_CLEAN_9 = re.compile(r"(?:[一二三四五六七八九十两\d]+[位名个])?同志$")
_CLEAN_10 = re.compile(r"^包括(.{2,40}?)在内.*$")
_CLEAN_11 = re.compile(r"^[^的，,]{0,30}(?:享有|拥有|被誉为|素有|号称|荣获过|获得过)[^的，,]{0,30}的(?=[\u4e00-\u9fa5]{2,})")
_CLEAN_12 = re.compile(r"^[^的，,“”]{2,30}(?:承建|施工|参建|总承包)的(?=[\u4e00-\u9fa5]{4,})")
_CLEAN_13 = re.compile(r"^(?:我县|我市|我区)(?=[\u4e00-\u9fa5]{2,3}$)(?![\u4e00-\u9fa5]*[镇乡村区县市])")
_CLEAN_15 = re.compile(r"(?:经济)?连续(?:第)?[\d一二三四五六七八九十两]*(?:年|届|次|轮)?(?:第)?$")
_CLEAN_16 = re.compile(r"[\u4e00-\u9fa5][a-z](?:[\u4e00-\u9fa5]|$)")
_CLEAN_17 = re.compile(r"“[^”]*”|《[^》]*》")
_CLEAN_18 = re.compile(r"^(?:[我咱](?:县|市|区|省)|该县|该市|该区)(?=[\u4e00-\u9fa5]{2,}(?:镇|乡|街道|村|社区)$"
                       r"|[\u4e00-\u9fa5()（）]{2,}(?:园区|开发区|高新区|有限公司|有限责任公司|集团|景区)$)")


# a pupil named after the class (高二(3)班, 七(2)班, 三年级二班, 高二16班), and 同学 after the name
# common Chinese surnames (one character; the commonest double ones), for a name read with no other sign that it is one.
# Left out: characters that more often open a noun (党小组, 班长, 学生, 同学, 代表, 全体, 和, 合唱, 值长)
SURNAMES = ("欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|"
            "[王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            "姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
            "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫"
            "米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封]")
_CLASS_PUPIL = re.compile(r"(?:[（(][ ]?[\d一二三四五六七八九十]{1,2}[ ]?[）)]|[高初]?[一二三四五六七八九]?(?:年级)?[\d一二三四五六七八九十]{1,2})班的?"
                          r"(?!组|团|中队|全体|职工|员工|集体|师生|班|党|小组|合唱|代表|学生|同学|学员|值长|班长)"
                          r"(?P<name>(?:" + SURNAMES + r")[\u4e00-\u9fa5]{1,2}?)(?:同学|学生)?$")


def clean_recipient(text: str | None) -> str | None:
    """Strip dates, adverbs and trailing verbs around a recipient; None when nothing named is left."""
    if not text or len(text) > 120:
        return None  # nobody's name runs that long: a clause, not a recipient
    if _PUBLISHED_LIST.search(text):
        return None  # 省文明委公布省级文明城市名单(，我省多地上榜): who published the list, no holder of it
    pupil = _CLASS_PUPIL.search(text)
    if pupil:
        return pupil.group("name")  # 青山中学高二(3)班王丽同学: the pupil, after the school and the class
    text = _CLEAN_1.sub("", _TIME_LEAD.sub("", _unquote(text)))  # 陈薇（女）
    text = _CLEAN_2.sub("", text)
    text = _CLEAN_3.sub("", text)  # 投资33亿元的X小镇: X小镇  # 一句标题 宁波市: the headline's last phrase
    if _CLEAN_4.match(text):
        # 以全省第五名的好成绩 / 以96.5的高分 / 是本市单位作为牵头单位: how or as what, not who; but 作为首批试点县的丰溪县 /
        # 以优异成绩通过验收的东岭镇 / 地处…古战场之地的A镇 name the holder after the 的
        held = _HOLDER_AFTER_OF.search(text)
        if not held:
            return None
        text = held.group(1)
    if _CLEAN_5.search(text):
        return None  # 今年我省共有68人: a total, nobody named
    # X研究院陈强2人 (the last of a list, with the list's head count): the count is not part of the name
    text = _CLEAN_6.sub("", text)
    text = _CLEAN_18.sub("", text)
    # 我省清州市 / 本省青山县 / 我市丰溪县: the speaker's province (city) before a city or county it holds
    text = _CLEAN_7.sub("", text)
    if _CLEAN_8.match(text):
        return None  # 我市国家级科技企业孵化器: the place's holders of a rank, none named
    text = _CLEAN_9.sub("", text)
    text = _CLEAN_10.sub(r"\1", text)  # 包括A景区在内的20家景区: A
    text = without_place_lead(text)
    text = _CLEAN_11.sub("", text)  # 已享有…美誉的A村
    text = _CLEAN_12.sub("", text)  # A集团承建的B工程: the work
    group = _LEAD_OF_GROUP.match(text)
    if group:
        text = group.group("lead")  # 嘉善县姚庄镇等23个单位: only the named lead
    elif _COUNT_ONLY.search(text):
        return None  # 苍南县2镇, 3个产业集群: nobody is named
    text = _MEDIUM_LEAD.sub("", text)
    text = _HAS_ALREADY.sub("", text)  # 江苏已有南京市秦淮区、…3地入选: the region that counts them, then the first
    cut = next((m for m in _SUBJECT_END.finditer(text) if text.count("“", 0, m.start()) <= text.count("”", 0, m.start())
                and text.count("《", 0, m.start()) <= text.count("》", 0, m.start())),
               None)  # inside a quoted title (“2.0MW全功率…”, 中篇小说《泥佛》) nothing ends the name
    if cut and cut.start() >= 2:
        text = text[: cut.start()]
    text = _TRAIL.sub("", text).strip()
    text = _CLEAN_13.sub("", text)  # 我县王青    text = re.sub(r"(?:[一二三四五六七八九十两\d]+[位名个])?同志$", "", text)
    # 我市连续四年 / 辖区经济连续第: how often, not who
    text = _CLEAN_15.sub("", text).strip()
    if _CLEAN_16.search(text):
        return None  # 悼h: a name decoded in the wrong charset (a lone Latin letter among Chinese), none to read
    bare = _CLEAN_17.sub("", text)  # 化工院的“…综合优化…研究”: words inside a quoted title say nothing
    if len(text) < 2 or _COUNT_ONLY.search(bare) or _FURNITURE.match(text) or _NOT_A_NAME.match(text) \
            or _TOPIC.search(bare) or _PREDICATE.search(bare) or _ACTION_LEAD.match(bare):
        return None
    quoted = re.fullmatch(r"“([^“”]+)”", text)
    if quoted and _TITLE_STEM.search(quoted.group(1)):
        return None  # “欠发达县” / “山区26县”: a class of counties written in quotes, nobody named
    return text


_PLACE_HAS = re.compile(r"^[\u4e00-\u9fa5]{2,8}?[省市县区镇乡]共?有(?![色限机])(?=[\u4e00-\u9fa5“]{4,})")


_HOLDER_AFTER_OF = re.compile(r"的((?:(?!的)[\u4e00-\u9fa5（）()]){2,30}(?:县|市|区|镇|乡|村|街道|社区|公司|集团|学校|中学|小学|大学|学院|医院"
                              r"|中心|局|院|所|站|厂|馆|园区|景区|合作社|农场|基地))$")


def without_time_lead(text: str) -> str:
    """近日，/ 本报讯 / 2023年 / 其中: the words that open a sentence before whoever it is about."""
    return _TIME_LEAD.sub("", text)


def without_place_lead(text: str) -> str:
    """石门县有湖南A有限公司 -> 湖南A有限公司: the place that has the holder leads into its name."""
    return _PLACE_HAS.sub("", text)


def _unquote(text: str) -> str:
    """Drop an unbalanced quote left at either end by a sentence quoted as a whole."""
    text = text.strip()
    if text.startswith("“") and "”" not in text:
        text = text[1:]
    if text.endswith("”") and "“" not in text:
        text = text[:-1]
    return text.strip()


# …、B陈强2人 / …、E申报的“Y”5个项目: a list that counts its own members names every one of them
_COUNTED_LIST = re.compile(r"(?<=[”\u4e00-\u9fa5A-Za-z)）])[\d一二三四五六七八九十两]+(?:个|名|人|家|位|项|所|地|县|镇|村)"
                           r"[\u4e00-\u9fa5]{0,4}$")


def counted_list(text: str) -> list[str]:
    """The members of a list that ends with its own head count (A、B2人; A、B、C3个项目), as written; [] else."""
    text = _TIME_LEAD.sub("", text.strip())
    m = _COUNTED_LIST.search(text)
    if not m or "等" in text[max(0, m.start() - 1): m.start()]:
        return []
    parts = outside_quotes_split(text[: m.start()])
    return parts if len(parts) > 1 else []


# …的“B工艺开发”和青河公司（的）“C系统集成”: after a quoted title, 和 opens the next owner's title
_OWNED_TITLE = re.compile(r"^[\u4e00-\u9fa5（）()]{2,24}“[^”]+”")


_TITLE_BEFORE = re.compile(r"”(?:项目|成果)?$")
# 《A》项目和《B》项目: two works in title marks, each named as a project (or a work) after its marks
_WORK_BEFORE = re.compile(r"》(?:项目|成果|作品)?$")


def outside_quotes_split(text: str) -> list[str]:
    """Split at 、 (and at 和 between two quoted titles, or between “A”“B”) where no quote is open:
    “A、B研究” is one title."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "“《（(") - (ch in "”》）)")
        if depth <= 0 and (ch == "、" or ch in "和及与" and text[i - 1: i] == "”" and text[i + 1: i + 2] == "“"
                           or ch in "和及与" and _TITLE_BEFORE.search(text[max(0, i - 3): i]) and _OWNED_TITLE.match(text[i + 1:])
                           or ch in "和及与" and _WORK_BEFORE.search(text[max(0, i - 3): i]) and text[i + 1: i + 2] == "《"):
            parts.append(text[start:i])
            start = i + 1
        elif ch == "“" and depth == 1 and text[i - 1: i] == "”" and i > start:  # “A”“B”: two titles side by side
            parts.append(text[start:i])
            start = i
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def split_recipients(text: str) -> list[str]:
    """'矾山镇、藻溪镇' -> two recipients; 'A(…)与杭州市滨江区、…等' -> each named one."""
    parts = outside_quotes_split(text)
    if parts:
        head = parts[0]
        m = re.match(r"^(.{4,}?(?:\)|）)?)[与和](?P<place>[\u4e00-\u9fa5]{2,10})$", head)
        if m and _PLACE_TAIL.match(m.group("place")) and re.search(r"(?:市|县|区|镇|乡|街道|村|公司|集团|\)|）)$", m.group(1)):
            parts = [m.group(1), m.group("place")] + parts[1:]
    parts = [re.sub(r"等.*$", "", p) for p in parts]
    # 王村镇和长垣市的赵堤镇: two places joined by 和; 下姜村党总支书记、村委会主任姜丽娟: one person's two posts
    parts = [q for p in parts for q in (_TWO_PLACES.match(p).groups() if _TWO_PLACES.match(p) else (p,))]
    if len(parts) > 2 and sum(len(p) <= 3 for p in parts) >= 2:  # 张建章、陈世法、董小柱和许全堂: four people
        parts = [q for p in parts for q in (_TWO_PEOPLE.match(p).groups() if _TWO_PEOPLE.match(p) else (p,))]
    merged: list[str] = []
    for p in parts:
        if merged and _POST_END.search(merged[-1]) and _PERSON.search(p):
            merged[-1] = p  # the person is named once, after the last post
        else:
            merged.append(p)
    return [p for p in merged if len(p) >= 2]


_UNIT_END = r"(?:镇|乡|村|街道|社区|县城|局|处|厅|院|所|站|厂|中心|公司|政府|学校|医院|集团|支队|大队|中队)"
_TWO_PLACES = re.compile(rf"^([\u4e00-\u9fa5\d]{{2,30}}?{_UNIT_END})(?:以及|[和及与])([\u4e00-\u9fa5\d]{{2,30}}{_UNIT_END}"
                         r"(?:同时|均|都|分别|先后|双双|一同|也|还|共同)?)$")
_TWO_PEOPLE = re.compile(r"^([\u4e00-\u9fa5]{2,3})[和及与]([\u4e00-\u9fa5]{2,3})$")
_POST_END = re.compile(r"(?:书记|主任|局长|主席|董事长|总经理|经理|院长|校长|所长|站长|社长|会长|理事长|委员)$")


_CITY_COUNTY = re.compile(r"[\u4e00-\u9fa5]{2}市(?P<county>[\u4e00-\u9fa5]{2}[区县])")


# 文明县城 / 全国文明城市 / 工作先进县: a title's words read as a place (文明县, 明城市, 先进县)
# (欠发达县, 贫困县, 山区县: a class of counties a notice speaks of, often in quotes, no county's name)
_TITLE_STEM = re.compile(r"^(?:欠发达|发达|贫困|山区|海岛|加快发展|先进|文明|示范|百强|卫生|园林|森林|生态|模范|标兵|明城|平安[市县区]$|自治区$|[冠亚季]军)|城市$|县市|市县|县区")


def _place_like(name: str | None, body: str) -> str | None:
    """`name` unless it is only a piece of a title (文明县 of 全国文明县城, 明城市 of 全国文明城市)."""
    if not name or name in gazetteer().known:
        return name
    if re.search(r"我[市县区镇乡]$", name):
        return None  # 近年来我市 (来我市, twice): the speaker's 我市, no place's name
    if _KIND_OF_PLACE.fullmatch(name):
        return None  # 县(县级市、自治县、旗): the kinds of county a text lists, no place's name
    if _TITLE_STEM.search(name) or all(body[end: end + 1] == "城" for end in _ends_of(name, body)):
        return None
    if len(name) == 3:  # 顶山市, each time the end of 平顶山市: the whole name
        before = {body[end - 4: end - 3] for end in _ends_of(name, body)}
        lead = before.pop() if len(before) == 1 else ""
        if re.fullmatch(r"[\u4e00-\u9fa5]", lead) and lead not in _NOT_A_LEAD:
            return lead + name
    return name


_KIND_OF_PLACE = re.compile(r"县级市|地级市|自治县|自治州|自治旗|自治区|市辖区|直辖市|副省级市|特区|县级|地级")
_NOT_A_LEAD = set("在的和与及是为了从对向于我全本该各省市县区州乡镇村到将把被让由自")


def _ends_of(name: str, body: str):
    """Where each occurrence of `name` in `body` ends, left to right, not overlapping (as re.finditer would find them;
    a pattern per name would crowd re's cache)."""
    at = body.find(name)
    while at >= 0:
        yield at + len(name)
        at = body.find(name, at + len(name))


def city_home(body: str) -> str | None:
    """The city a notice is about when it never writes its full name: 温州网讯 … 温州大都市区 -> 温州市."""
    home = _place_like(document_home(body), body)
    if home:
        return home
    counts = Counter()
    for city in gazetteer().cities:
        counts[city] = body.count(city[:-1])
    named = [(n, c) for c, n in counts.items() if n >= 2]
    if named:
        return max(named)[1] if sum(1 for n, _ in named if n == max(named)[0]) == 1 else None
    # 加快建设城市… three times, 成都市 twice: the place named most once the pieces of titles are set aside
    places = Counter(m.group(0) for m in _PLACE_WORD.finditer(body) if not _NOT_HOME.search(m.group(0)))
    ranked = [(n, p) for p, n in places.most_common(3) if n >= 2 and _place_like(p, body)]
    return ranked[0][1] if ranked and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]) else None


_PLACE_WORD = re.compile(r"[\u4e00-\u9fa5]{2}市(?![场民值政委级区长里内外容面貌])")
_NOT_HOME = re.compile(r"^(?:全|我|本|各|该|都|超|辖|地|属|城|大|小)|城市$|超市|示范|先进|强市")


def county_home(body: str) -> str | None:
    """The county-level place a notice is about: the one it names most, else the one it names under its
    city (绵阳市涪城区 named once in a district's work report)."""
    home = _place_like(document_home(body, ("区", "县")), body)
    if home:
        return home
    named = {m.group("county") for m in _CITY_COUNTY.finditer(body) if not re.match(r"[全辖市城主老新]", m.group("county"))}
    if len(named) == 1:
        return named.pop()
    # 陇县, 沛县: a one-character county opening clause after clause (its name is too short for the counts above)
    short = Counter(m.group(1) for m in _SHORT_COUNTY.finditer(body))
    best = short.most_common(1)
    return best[0][0] if best and best[0][1] >= 3 else media_home(body)


# 来源:桂阳县融媒体中心 / 来源：丰溪区广播电视台: the county's own newsroom, named in the byline over the story
_NEWSROOM = re.compile(r"来源[:：]\s*(?P<place>[\u4e00-\u9fa5]{1,6}?(?:县|区|旗))(?:融媒体中心|融媒中心|新闻中心|广播电视台|电视台|新闻网)")


def media_home(body: str) -> str | None:
    """The county whose newsroom the byline names as the source (来源:桂阳县融媒体中心), when the story speaks of its
    county as 我县 / 县科工局 and names it in full nowhere else: the county it is about."""
    m = _NEWSROOM.search(body, 0, 600)
    return m.group("place") if m else None


_SHORT_COUNTY = re.compile(r"(?:^|(?<=[，,。；;：:\n“]))((?![全本该我各此两每一])[\u4e00-\u9fa5]县)(?![城域级委])(?=[\u4e00-\u9fa5“])", re.M)


def resolve_home(recipient: str, body: str) -> str:
    """我市 -> the city the notice names most (龙泉市); kept as written when unclear."""
    suffix = _HOME.get(recipient)
    if not suffix:
        return recipient
    home = _place_like(home_place(body, suffix), body)
    if home:
        return home
    # 全国文明县城 named ten times, 卢龙县 twice: the place after the title's pieces are set aside
    for name, n in home_candidates(body, suffix):
        if (n >= 2 or name in gazetteer().known) and _place_like(name, body):
            return name
    return recipient


def entity_of(text: str) -> str | None:
    """A company named in `text` (浙江珏芯微电子有限公司), or X of 'X是一家…'."""
    companies = find_companies(text) if "公司" in text or "集团" in text else []  # every name ends with one of them
    if companies:
        return _TIME_LEAD.sub("", companies[0][1]) or companies[0][1]  # 最终A有限公司: the firm, not the adverb
    m = _IS_A.match(text)
    return m.group(1) if m else None


def head_entity(clause: str) -> str | None:
    """The place or body a clause starts with: '景宁GDP增速全省第二' -> 景宁, '我市城镇化率…' -> 我市."""
    clause = _TIME_LEAD.sub("", _unquote(clause))
    m = re.match(r"^(?:我市|我县|我区|我省)", clause) or known_place_at(clause)
    if m:
        return m.group(0)
    m = re.match(rf"^[\u4e00-\u9fa5]{{2,10}}?(?:{ZONE_WORDS}|(?<!都)市|县|区|镇)", clause)
    # 高邮通过全市上下…: the clause goes on past the place (全市 is a total, 通过 a verb)
    return m.group(0) if m and not re.search(r"全[市县区镇]$|通过|作为|凭借|依托", m.group(0)) else None


def is_statement(text: str) -> bool:
    """社会大局保持稳定 / 都市区建设提速推进: a clause that says how things went, not who did."""
    return bool(_PREDICATE.search(text) or _ACTION_LEAD.match(_TIME_LEAD.sub("", text.strip())))


def is_generic(text: str) -> bool:
    return bool(_GENERIC.match(text))


# 浙江明泰轴承有限公司技师周丽萍: a person named after the job title that follows the employer
_POSTS = sorted(("高级技师|技师|高级工程师|工程师|高级工|技术员|职工|员工|工人|教师|医生|护士|主任|经理|厂长|"
                 "董事长|理事长|总经理|班组长|组长|完成人|负责人|教授|研究员|运动员|教练员|所长|站长|局长|科长|校长|院长|"
                 "总监|班长|队长|书记|支书|车工|焊工|钳工|调解员|网格员|民警|护士长|主任医师|医师|选手|学生|队员|"
                 "学院|学校|大学|中学|小学").split("|"), key=len, reverse=True)  # 护士长 before 护士: the longest post first
_PERSON = re.compile(rf"(?:{'|'.join(_POSTS)})(?P<name>[\u4e00-\u9fa5]{{2,3}})$(?<![部科处室组站队所厂院局校])")
_ONLY_POST = re.compile(rf"(?:{'|'.join(_POSTS)})$")
_PAIR_AT_POST = re.compile(rf"(?:{'|'.join(_POSTS)})(?P<name>[\u4e00-\u9fa5]{{2,3}})[和与及](?P<other>[\u4e00-\u9fa5]{{2,3}})$")
_REMARK_AFTER = re.compile(r"[ \u3000]*[（(][^（）()]{2,12}[）)]$")


def persons(text: str) -> list[str]:
    """People listed before a verb, each after an employer and a job title; [] unless every item is one."""
    # (丰溪县第一中学多年来: an adverb of time after a body, no person at it)
    parts = [re.sub(r"(?:等)?[\d一二三四五六七八九十两]+(?:人|名|位)(?:同志)?$", "", _TIME_TRAIL.sub("", p.strip()))
             for p in re.split(r"[、，,]", _TIME_LEAD.sub("", text.strip())) if p.strip()]
    # 研究所所长、推广研究员张国俊: one person's two posts, the first with no name after it
    parts = [p for k, p in enumerate(parts) if not (k + 1 < len(parts) and _ONLY_POST.search(p) and _PERSON.search(parts[k + 1]))]
    # 木工项目选手欧祖安（行业代表队）: a remark in brackets after the person; 项目选手孙璐和林晓珊: a pair at one post
    parts = [_REMARK_AFTER.sub("", p) for p in parts]
    found = [_PAIR_AT_POST.search(p) or _PERSON.search(p) for p in parts]
    return [n for m in found for n in m.groups() if n] if found and all(found) else []
