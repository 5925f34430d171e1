"""Names of concrete projects in a sentence.

A name ends in a project suffix (…项目, …产业园, …基地, …生产线) and is not generic
(重大制造业项目, 招商项目); items of a list closed by 等(N个)…项目 are names too, even
without a suffix of their own (富乐德半导体、吉利热管理等重大制造业项目).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..before import ends_at, last_break
from ..numbers import parse_numeral
from ..places import known_place_at, only_a_place

# weak suffixes name buildings and infrastructure that count only with construction reported
# 杭温铁路, 温瑞大道南延快速路: transport works that plan prose names without 项目/工程
WEAK_SUFFIX = r"(?:中心|学院|机场|大楼|大厦|医院|学校|体育馆|博物馆|图书馆|场馆|(?:天文|科技|美术|展览|文化|纪念|档案|规划)馆|大桥|隧道|水库|码头|(?:至|到)[\u4e00-\u9fa5\d]{1,10}段|" \
              r"高铁站|火车站|客运站|枢纽站|收费站|(?<=高速)[\u4e00-\u9fa5]{1,3}站|" \
              r"铁路|高铁|快速路|高速公路|养殖场|(?<=[鸡鸭鹅猪牛羊])场)"
# (年产3亿枚蛋鸡场: a farm built; 京港澳高速新区站, 城东高铁站: a station of a road or a railway)
SUFFIX = r"(?:项目|产业园|工业园|科技园|创业园|物流园|示范园|产业城|基地|生产线|综合体|园区|小镇|综合园|电站)"
_NAME_CHAR = r"[^\s，,。；;、：:“”‘’《》（）()【】\[\]的等|｜/>»›]"
# 丽水技师学院（筹）新校区项目, 伊莱特(济宁)高端装备技改项目: a short aside in brackets is part of a name;
# 750吨/天小麦加工项目, 苯酚/丙酮项目: so is a slash between two name characters
# 美的集团智能家电产业园: 的 inside a brand (not 完美的 / 最美的, a description)
_IN_NAME = rf"(?:{_NAME_CHAR}|[（(][\u4e00-\u9fa5A-Za-z]{{1,8}}[）)]|/(?=[\u4e00-\u9fa5A-Za-z0-9])" \
           r"|(?<![完最更优甜很真之])(?<=美)的(?=[\u4e00-\u9fa5]))"
# 产业园区: not 产业园, then 区; 深汕…产业园二期、…: the phase of a park is named with it
# 肉羊产业园配套设施建设项目: the works a park's project builds, in works words, go on with the name
_PARK_WORKS = r"(?:配套|基础|设施|建设|提升|改造|改扩建|扩建|续建|新建|[一二三四五首]期)"
_NAME = re.compile(rf"{_IN_NAME}{{2,40}}?{SUFFIX}(?!区)(?:(?:(?:(?!是){_NAME_CHAR}){{0,4}}?|{_PARK_WORKS}{{2,5}}){SUFFIX}(?!区))*"
                   rf"(?:[一二三四五首]期(?=[、，,。；;]))?")
# 杭温铁路一期, 环线高速公路德阳至简阳段: the phase or the section of a road is named too (not 杭温铁路建成通车后到温州段:
# a verb or a particle before 至 / 到, which is then a verb of its own)
_SECTION_FROM = r"(?:(?!建成|通车|开通|运营|后|将|已|的|了|在|从|由)[\u4e00-\u9fa5])"
_WEAK_NAME = re.compile(rf"{_IN_NAME}{{2,30}}?{WEAK_SUFFIX}(?:[一二三四首]期|(?<=路|铁){_SECTION_FROM}{{1,8}}?(?:至|到)[\u4e00-\u9fa5]{{1,8}}?段)?")
# (通车后到温州段只需1小时: 到 after a verb is a verb, the words after it no section)
_SECTION_AFTER_VERB = re.compile(r"(?:建成|通车|开通|运营|后|将|已|了)[\u4e00-\u9fa5]{0,4}?(?:至|到)[\u4e00-\u9fa5\d]{1,10}段$")
# …二期工程, …提标改造工程, …配套道路工程: works named after what they build (not 工程师, 工程技术, 工程项目)
# (中国水电工程顾问集团有限公司: 工程 inside a firm's name, a word or two before 集团 / 公司; …工程等项目: the works of a
# list closed by 等…项目)
_WORKS_NAME = re.compile(rf"{_IN_NAME}{{2,40}}?工程(?!师|院|学|局|处|队|公司|有限|集团|股份|建设(?:有限|集团|股份|公司)|技术|机械"
                         rf"|咨询|科技|设计|监理|项目|(?!等)[\u4e00-\u9fa5]{{0,4}}{SUFFIX}|[\u4e00-\u9fa5]{{1,2}}(?:集团|公司|有限))")
# a specific works name says which facility it builds or names its phase; 民生工程, 一号工程, 十大工程 do not
# 引江济淮, 引汉济渭, 引黄入冀, 引江补汉, 引绰济辽: a water transfer, named by the river it draws from and the place it
# feeds (a river's character first: 招商引资入库, 引进入户, 引领经济新 draw no water)
_WATER_TRANSFER = r"引[江河湖黄汉淮渭滦洮嫩松绰额清丹湘沁泾漳沂沭汾大]{1,2}[济入补][\u4e00-\u9fa5]"
_FACILITY = re.compile(rf"{_WATER_TRANSFER}|厂|站|路|桥|隧道|河道|渠|堤|水库|排涝|防洪|港|码头|机场|馆|楼|线|段|管网|管廊|小区|大道|公路|铁路|高速|枢纽|"
                       r"广场|公园|医院|学校|小学|中学|大学|幼儿园|学院|保健院|卫生院|养老院|中心|片区|地块|综合体|管道|航道|海塘|闸|园|小镇|古镇|街区|老街|[一二三四五首]期")
_WORKS_WORDS = re.compile(r"配套|道路|排涝|防洪|提标|改造|提升|改扩建|扩建|新建|续建|建设|整治|综合|治理|维修|加固|除险|市政|附属|景观|"
                          r"绿化|亮化|雨污分流|污水|给水|排水|供水|[一二三四五首]期|工程")
# verbs and framing words that open a clause, never a name: 要紧盯富乐德半导体产业项目 -> 富乐德半导体产业项目
_FRAMING = re.compile(  # used with .match(name, pos): no ^
    r"(?:会议要求|要求|以(?!色列)|全力以赴|以赴|正在|特别是|尤其是|包括|比如|例如|譬如|像(?!素)|如(?!意)|要|紧盯|推动|加快|加速|推进|确保|全力|保障|抓好|围绕|聚焦|其中|力争|争取|开展|加强|"
    r"着力|持续|全面|积极|大力|狠抓|做好|助推|实施|谋划|落实|强化|深化|继续|进一步|切实|扎实|支持|促进|将|与|"
    r"把|在|跑出了?|主要|重点|计划|建设|新[（(]扩[）)]建|新建|启动|涉及|组建|成立|设立|建立|开辟|选址于?|"
    r"以及|和(?!平|美|县|谐|顺|合|睦|田|林|龙)|及(?!时)|关于|"
    # 签约了总投资6亿元的A, 目前春天学校项目, 我县海洋装备基地项目: a particle, a time or the speaker before the name
    r"了|目前|当前|现已|我[县市区镇]|全速|"
    # 加上港珠澳大桥明年通车: "and also", then the works
    r"加上(?!海)|"
    # 使全省高速公路通车里程达到…: a verb of result before what it changes
    r"使(?!馆|领馆)|"
    r"[\d.]+万?(?:亩|平方米|平方公里)|我们|咱们|而|"
    # 图为11月14日项目建设现场: the day, then a project referred to (no name)
    r"\d{1,2}月\d{1,2}日|"
    r"\d{1,2}[.．](?!\d))"  # 1.白水县…项目: the number of an item in a numbered list  # 加快340亩智谷科技产业园的建设: the size before the name
)
# 洽谈A项目 / 在谈B项目: a project in talks; 跟进A项目 / 跟踪B工程: a project followed up, in talks only when the
# sentence speaks of signing or talks (跟进A工程建设进度, 跟踪督办B项目: a works under way, followed by officials)
_TALKS_WORDS = r"洽谈|接洽|在谈"
_FOLLOW_WORDS = r"跟进|跟踪"
# 跟踪服务A项目, 跟进督办B工程: what officials do for a works; the name starts after the whole phrase
_FOLLOW_UP = rf"(?:{_FOLLOW_WORDS})(?:服务|督办|调度|落实|推进|问效)?|督办"
# where a name starts: after the last of these inside the run of name characters
_CUT = re.compile(
    r"引进|建设(?=(?!工程$)[^项]{0,2}$)|(?:开发区|高新区|经开区|园区|新区)建设|推进|实施|开工仪式|开工|签约|入驻|落户|包括|包含|其中|以及|位于|打造|加快|推动|参加|"
    r"举行|举办|谋划|招引|落地|进行|开展|助推|依托|围绕|(?<!诸)暨|分别(?:为|是)|是|为|(?<!所)有(?!限)|对|将|把|新增|启动|全力|实现|"
    r"促进|保障|组织|聚焦|集中|一批|培育|重点推进|贯彻|落实|开建|保证|标志着|代表(?!性)|(?:总|共计|合计|累计)?投资(?:约|达|超)?[\d.]+[亿万]?元|年产值[\d.]+[亿万]?元|现场|成功|"
    r"通过|设置|建立|复盘|定期|敲开|敲出|直接|决定|授予|狠抓|大力|倾力|做好|促成|提供|开启了?|安排|确保|"
    r"完成|加快|下一步|创成|目前|建成|完工|(?<!开)竣工(?!验收)|投用|启用|新增了?|设立|成立|共建|合建|"
    # 计划在义乌建设年产2万吨…生产线: where a works is built, then the works
    r"在[\u4e00-\u9fa5]{2,8}?(?:建设|新建|兴建)(?=.{4})|在(?=.{4})|投资(?:建设|兴建|新建)|签订|签署|紧盯|(?:首期|一期|二期|分[两二三四五]期|主要|计划|重点)建设|"
    r"获批|入选|荣获|获评为?|被?评为|被?认定为|被?命名为|列入|"
    # where an event is held: 主会场法麦克斯三期项目 -> 法麦克斯三期项目
    r"主会场|分会场|会场|"
    # 其中不乏A项目、B项目: "there is no lack of", then the names; 主要用于X项目的集聚: what land is used for
    r"不乏|用于|"
    # 湖南省重大水利工程金塘冲水库: a category label, then the name (作为…重大项目之一A工程: one of a class, then the name)
    r"(?:重大|重点)[\u4e00-\u9fa5]{0,4}?(?:项目|工程|园区)(?=[^，,。；;]{3})|之一|"
    # 记者来到A项目现场, 园区企业进入工程竣工验收阶段: a visit or a phase entered, then what is visited
    r"来到|走进|进入|先后到|深入到?|吸引|"
    # 先后看了县城北工业园X项目: no name runs across 了 (a verb before it)
    r"了|"
    # 在…帮助下项目如期开工: a circumstance, then the subject
    r"(?:帮助|支持|带动|推动|引领|关心|努力)下|"
    # what people do at meetings and visits: the name of a project never runs across these
    r"出席|宣布|见证|主持|召开|调研|考察|视察|会见|陪同|致辞|讲话|听取|部署|介绍|汇报|表示|指出|强调|察看|走访|督查|督导|"
    # 代表们希望项目早日落地: people (…们) and what they wish, never a name's words
    r"们|希望|"
    # 先后前往A项目, 实地查看项目建设进度, 详细询问项目推进情况: a visit, then what is visited (or no name at all)
    rf"前往|查看|询问|检查|设在|分别就|分别对|{_FOLLOW_UP}|{_TALKS_WORDS}|"
    # 将X技术推广应用到更多高标准农田建设项目中: where a technique goes, not a project
    r"推广|应用到|更多|"
    # 盘活星河大厦: a building put back to use, named after the verb
    r"盘活|"
    # 牢牢牵住项目建设“牛鼻子”, 抓住项目建设机遇: a hold taken on something, never a name's words
    r"牢牢|(?:牵|抓|盯|扭|咬|守)住|"
    # 厂房正在安装生产线: equipment put into a works, not a works of its own
    r"(?:正在|正|开始|陆续|已)安装(?=[^，,。；;]{0,6}?(?:生产线|设备|机组))"
)
# page furniture: menu and breadcrumb words, never a project
_MENU = re.compile(r"(?:首页|新闻中心|新闻动态|政务公开|信息公开|政府信息公开|政务服务|办事服务|互动交流|网站地图|通知公告|"
                   r"当前位置|您的位置|返回顶部|专题专栏|政策文件|投资服务|走进[\u4e00-\u9fa5]{2,4})")
# a category of projects rather than one: 重大制造业项目, 10个重点项目, 招商引资项目
_CATEGORY = re.compile(
    r"区块(?:产业)?$|(?:重点|重大|制造业|招商|引资|企业|投资|计划|大|组织|对接|落地|设置|提供|促成|拓展|签约|开工|开复工|复工|开竣工|"
    # 集中开(竣)工项目: the batch of a ceremony, the bracket and all; 产业链上下游优势项目: kinds a park is meant for
    r"开[（(]竣[）)]工|上下游|优势|类|(?<!升)级|工程|"
    r"前期|预备|储备|新建|续建|在建|本级|一些|这些|新一轮|工作|和|与|及|或|高新技术|加快|实施|狠抓|推进|下一步|各|"
    r"占|以|抓实|抓|获奖|申报|参评|入选|评审|在谈|意向|洽谈|(?:重点|重大)建设|跟踪|谋划|增资|"
    r"出席|宣布|见证|主持|召开|调研|考察|视察|会见|陪同|听取|部署|介绍|汇报|察看|走访|督查|督导|前往|查看|询问|检查|落细|落实|聆听|了解|"
    # doing projects, not one: 抓招商上项目, 掀起项目建设热潮, 跑项目, 谋项目
    r"(?<![线海江山湖路街镇楼岛])上|掀起|跑|谋|招|引|争|盯|帮|服务|包抓|攻坚|协调|化解|解决|破解|推动|回归|"
    # 吹响项目建设“集结号”, 按下项目建设“加速器”: a slogan, not a name
    r"吹响|按下|打响|擂响|跑出|奏响|"
    # a verb that takes projects as its object: 全身心扑在项目上, 准备办理项目核准, 制定项目推进方案, 坚持项目为重
    r"(?<!所)在|(?<![基属])于|(?<![达])到|坚持|办理|制定|编制|准备|吸引|审批|报批|"
    r"提高|影响|根据|按照|依据|针对|进入|驻|深入|来到|走进|参与|监管|管好|用好|完善|就|制约|阻碍|困扰|"
    r"包联|挂钩|挂点|分管|联系|"  # 县级领导包联项目: the projects a leader answers for
    # 增加项目建设, 筹措项目资金, 大家看项目: a verb that takes projects as its object; 哪些项目: a question;
    # 相关项目: projects related to what was said, not named
    r"增加|筹措|筹集|(?<![观察])看|哪些|哪个|什么|相关|有关|"
    # 像重视项目招引一样重视项目开工: what officials attend to, not a works
    r"重视|关注|"
    # 国家自然科学奖项目: the entries of an award, not works
    r"奖|"
    r"清单内|疏解|新质生产力|"  # 推进清单内疏解项目, 新质生产力项目占比37%: a kind of project
    # 今日项目现场…, 预计9月底项目一期…: a time, then the project the story is about (not a name)
    r"今日|今天|昨日|当日|当天|现在|预计|月底|月初|年底|年初|月份|[\d一二三四五六七八九十]月|[上中下]旬|[上下本]月|近期|月中|"
    # 书记市长项目, 县长项目: the projects an official answers for, a kind of project
    r"书记|省长|(?<!副)市长|县长|区长|镇长"
    # 叠加全区项目与产业匹配度低: all the projects of a place, not one
    r"|全[省市县区镇])$|^项目"
    r"|^(?:整个|整体|全部)"  # 整个项目建设进度: the whole of the one project, not a name
    r"|^(?:科创|双创|众创|文创)园?$"  # 科创园、乡愁富民产业等协作项目: a kind of park, no name of its own
    r"|^[\u4e00-\u9fa5]{0,2}经济$"  # 总部经济项目, 楼宇经济项目: a kind of business (not …循环经济产业园)
    # 一处新材料项目, 湖州某年产15GWH动力电池项目: a project the text does not name
    r"|^一处|某"
    # 一大批产业链延链强链项目: a group, however it is described
    r"|^(?:一大?批|一系列)"
    # 是沂水“工业再造”的又一领军项目: a description of the project named before, not a name
    r"|^(?:又|另)一"
    # 上述项目全部达产后…: the projects named before, referred to as a group
    r"|^(?:上述|前述|上面|以上)"
    # 占该类型项目数的二分之一: the verb of a share, then the kind it is a share of
    r"|^占"
    # 2024滨江新城项目集中开工: a year, then the batch it labels, a short place with its zone word or a batch word (not
    # 2000吨…项目: a figure with its unit; not 2050未来科技城项目: a brand that opens with digits)
    r"|^(?:19|20)\d{2}(?=[\u4e00-\u9fa5]{1,4}(?:新城|新区|经开区|开发区|高新区|园区|片区|镇|乡|街道)$"
    r"|[\u4e00-\u9fa5]*(?:集中|重点|重大|签约|开工|竣工|招商))(?![年吨台套件亩万千百亿只辆米平立瓦兆个条座栋间头])"
    # 10亿元电子信息项目落户…: a project described by its size, not named
    r"|^[\d.]+\s*(?:万亿|亿|千万|万)?元"
    # 10个重点项目, 十六个重大工业项目 (not 年产18000个立体停车设备项目: a capacity, then the product)
    # (高端装备两个10亿元项目: the count, then the size of the projects counted)
    r"|(?:\d+|[一二三四五六七八九十百两几数]+)个(?:[\d.]+)?[\u4e00-\u9fa5]{0,4}$|^另?(?:\d+|[一二三四五六七八九十百两几数]+)[个家所座条]|第[一二三四五六七八九十\d]+个|这样|一些|新一轮|◆|\d{4}年|[一二三四]季度"
    r"|^(?:首条|首批|其余|其他|第[一二三四五六七八九十\d]+[条批])"
    # 预计其他项目年底投产: the rest of a batch, whatever comes before 其他
    r"|(?:其他|其它|其余)$"
    # 40项国家技术发明奖项目: a count of items (项 as a counter), not one
    r"|^(?:\d+|[一二三四五六七八九十百两几数]+)项"
    # 县领导包联工程建设项目(责任制): the projects a leader answers for, however the works are worded after it
    r"|领导(?:包联|包抓|挂钩|挂点|联系)"
    # 深圳次季263项目, 前海合作区今季新动工项目: the works of a quarter, a period label at the name's start or after a
    # short place, then a count, 新 or a stage (not 龙泉上季村旅游开发项目: 上季 inside a village's name)
    r"|^[\u4e00-\u9fa5]{0,6}?(?:[今次本首上下]季|第[一二三四]季)(?=度|[\d一二三四五六七八九十百]|新|开工|动工|复工|开复工|集中|"
    r"重点|重大|签约|竣工|投产|在建|续建|$)"
    # 亿元以上新材料项目, 10亿元及以上产业项目: projects sorted by size, a class of them
    r"|[亿万]元(?:及)?以上"
    # 我国面向南亚的辐射中心, 我省…示范基地: a role the country or the province gives itself, not a works' name
    r"|^我(?:国|省)"
)
_GENERIC = re.compile(
    # kinds of projects a report sorts a batch into (first: before the one-character words below): 龙头项目, 配套项目,
    # 大体量项目, 韩资项目, 产业开发和社会发展项目; sectors listed as items (电网建设、光伏发电、城乡路网等能源交通项目)
    r"体量|龙头|配套|延链|补链|强链|智能|高端|[韩台港日美侨]资|部门|单位|今年|去年|明年|当年|开发|发展|和|与|"
    r"电网|电源|路网|管网|光伏|发电|林业|土地|整理|城乡|农林|城镇|高标准农田|黑土地?|保护|更多|更大|更好|"
    r"物流|商贸|金融|服务|产业转移|承接|战略合作|深化|功能|"
    r"社会事业|公共事业|公益事业|康养|文旅|战略性新兴|创新平台|现代|先进|新型|传统|"
    # 优秀示范园 / 合格示范园: the grade an acceptance gives, the heading of the units that got it
    r"优秀|合格|研发|制造|销售|生产|加工|及|重点|重大|产业|制造业|建设|招商|签约|新建|续建|标志性|战略性|引领性|标杆性|带动性?|支撑性|[百千十]亿级|亿元|以上|一批|这些|各类|相关|"
    r"[省市县区]级|集群|前期|预备|新开工|基础设施|民生|社会|政府投资|投资|示范|工业|农业|服务业|实体|单个|"
    r"[首一二三四]期|技改|在建|储备|特色|优质|高质量|生态|数字经济|合作|对接|落地|开工|竣工|投产|达产|建成|集中|全[市县省区]|"
    r"经开区|开发区|高新区|浙江省|全国|国家|省|市|县|区|平台|\d+|"
    # (a numeral counts or sizes: 三个, 十大, 千亿, 千村万户; not the first character of a brand: 万东智能制造产业园, 九阳)
    r"[一二三四五六七八九十百千万两]+(?:个|(?=[大项类批亿万千百十级期村企户人家亩元座条])|(?![\u4e00-\u9fa5]))|级|类|大|小|新|"
    r"好|该|本|此|其|项|这|那|所有|全部|部分|已|拟|计划|年度|总|主要|若干|多个|多|精品|两重|两新|[“”]|"
    r"招大引强|引进|外资|内资|央企|国企|民营|中字头|国字号|500强|行业|领域|类型|同类|参建|各|等|"
    # sectors: 交通、水利、能源等基础设施项目 names kinds of projects, not projects
    r"交通|水利|能源|教育|医疗|卫生|文化|体育|养老|基础设施|工业|旅游|环保|市政|城建|社会事业|公共服务|科技|"
    r"政府|党委|[市县区]委|东北|西北|华北|华东|华南|华中|西南|"  # 市委、市政府项目建设年的部署: whose campaign, not a project
    r"数字化?|信息化|新基建|公益|惠民|为民|实事|乡村振兴|共同富裕|城市更新|老旧小区改造|"
    # 在扶贫、海外项目等领域合作, 光伏扶贫项目, 农村危房改造项目: where or for whom, a programme, not a works
    r"海外|境外|境内|省外|市外|域外|扶贫|脱贫|危房改造|农村|"
    # 产业援疆项目, 对口支援项目: a programme of aid between regions, not a works
    r"援[疆藏青]|支援|东西部协作|"
    # 民间项目, 主导产业项目: who invests, what role a kind plays; 今次新动工项目: the works of this round
    r"民间|私营|主导|新?动工|今次|本次|此次|"
    # 专项债项目, 超长期特别国债项目, 中央预算内项目: how a kind of works is funded, not a works
    r"专项债券?|特别国债|国债|超长期|债券|预算内|中央"
)
_SUFFIX_ONLY = re.compile(rf"^{SUFFIX}+$")
# 转型提升项目数达41个, 占该类型项目数的二分之一: how many projects of a kind (not 项目数字化车间: a word of its own)
_COUNT_OF = re.compile(r"数(?:量|目)?(?:达到?|为|共|超过?|近|约|占|的|[\d一二三四五六七八九十两])")
# 市领导A、B、C等四套班子领导出席项目开工仪式: a list of people at a ceremony, not of projects
_PEOPLE = r"领导|出席|参加|同志|书记|(?<!省)市长|(?<!市)县长|区长|主任|负责人|嘉宾"
_LIST = re.compile(
    rf"(?P<items>(?:[^，,。；;：:、]{{2,40}}、){{1,30}}[^，,。；;：:、]{{2,40}}?)"
    # (…等136个标杆性、引领性的重大项目: qualities joined by 、 before 的 describe the list's projects)
    rf"等(?:[\d一二三四五六七八九十百]+个|一大?批|多个|一系列)?(?:(?!{_PEOPLE})(?:[^，,。；;、]|、(?=[^，,。；;、]{{1,8}}的))){{0,16}}?"
    # (A二期、B三期等近20万平方米科创载体: buildings of a stated floor area, each a works)
    rf"(?:工程项目|项目|工程|(?<=平方米)[\u4e00-\u9fa5]{{0,6}}载体)"
    # X等8个项目 / X等一批重大项目: one named project standing for a counted batch
    rf"|(?P<single>[^，,。；;：:、]{{4,40}}?)等(?:(?:[\d一二三四五六七八九十百]+个|一大?批)"
    rf"(?:(?!{_PEOPLE})[^，,。；;、]){{0,10}}?(?:工程项目|项目)"
    # 竣工瑞斯康达等项目29个: the count after the noun
    rf"|(?:重点|重大|产业|工业)?项目(?=[\d一二三四五六七八九十百]+个))"
)
_ITEM_LEAD = re.compile(r"^(?:.*?(?:(?:签约|开工|竣工|投产)?的?项目(?:涵盖|包括|包含|涉及|有(?![限机色线]))|的有(?![限机色线])|包括|包含|分别(?:是|为)|推进|推动|加快|加速|实施|引进|招引|其中|以及|确保|力争|争取|签约|签订|"
                        r"察看了?|调研了?|考察了?|观摩了?|视察了?|来到|深入到?|共有|已有|现有|涵盖|涉及|特别是|尤其是|"
                        # 举行A、B、C三个项目集中开工仪式, 其中不乏A项目、B项目: the event or the verb, then the items
                        r"举行|举办|不乏|"
                        r"落地|开竣工|开工|建设|建成|完工|竣工|投用|谋划|促进|实现|落实(?:投资)?|我市|我县|我区|(?:项目|工程|实事)中"
                        # 南宁市有A、B等81个项目开竣工: the place that has the list
                        r"|[市县区镇]有(?![限机色线])))?"
                        # 22个重大产业项目中现代农业物流园、…: the group named before the items
                        r"(?:.*(?:项目|工程|实事)中(?=..))?(?P<rest>.*)$")
_INVESTMENT_PREFIX = re.compile(r"^(?:总)?投资(?:约|达|超)? ?(?P<amount>[\d.]+ ?(?:万亿|亿|万)?元)的?")  # 总投资12亿元A等一批项目


@dataclass(frozen=True)
class NameMention:
    name: str
    start: int  # offsets in the sentence
    end: int
    listed: bool = False  # an item of a 等…项目 list
    weak: bool = False  # a building or road name (…中心, …学院, …至…段): needs construction reported
    prefix_investment: str | None = None  # 总投资20亿元的X in a list item
    series: bool = False  # one of several …项目 names joined by 、 (分别就A项目、B项目…进行汇报): each a named project


# 2022年某某县农村村组道路项目 / 2023年某镇污水管网改造工程: a funding list's item, its year, the county or town
# whose works it is, then a facility it builds (2024年重点项目, 2022年某县技能培训项目: a batch, or no thing built)
_YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}年度?")
# 贴息项目, 奖补项目, 助学工程项目, 技能培训项目: money paid out to people or firms, nothing built
_FUNDED_AID = re.compile(r"(?:贴息|奖补|补贴|补助|资助|助学|培训|救助|慰问)(?:工程)?$")


# 重点招引锂电池能源产业链项目, 引进氢能燃料电池等产业链项目: projects along a chain of industries, a kind
_CHAIN_KIND = re.compile(r"(?:产业|供应|创新)链$")
_OWNER_WORD = re.compile(r"公司|集团")
# 新能源汽车, 锂电池能源, 储能电池: the words a bare field of a chain is made of (not 比亚迪新能源汽车, 年产10GWh锂电池,
# 云峰县新能源电池: a brand, a capacity or a place before the field names one works)
_CHAIN_FIELD = re.compile(r"(?:新能源|新材料|新型|汽车|整车|零部件|锂电池?|电池|储能|光伏|半导体|芯片|集成电路|能源|氢能|燃料|动力|"
                          r"生物|医药|医疗器械|电子信息|电子|信息|数字|人工智能|大数据|智能|装备|制造|高端|现代|绿色|农产品|农业|"
                          r"食品|纺织|服装|化工|石化|钢铁|有色金属|金属|冷链|物流|文旅|旅游|康养|显示|通信|软件|航空航天|机器人|"
                          r"精密|材料|稀土|陶瓷|家居|建材|电控|系统|集成|光电|风电|电机|新兴|战略性|产业|上下游)+")
_CHAIN_LEAD = re.compile(r"^(?:重点|积极|大力|精准)?(?:招引|引进|聚焦|围绕|招商)")


def _chain_field(before: str) -> bool:
    """Whether what comes before 产业链 / 供应链 is a bare field (新能源汽车), or 招引 / 引进 / 聚焦 and a field."""
    before = _CHAIN_LEAD.sub("", before)
    return not before or _a_field(before) or bool(_CHAIN_FIELD.fullmatch(before))


def _works_of_a_year(name: str) -> bool:
    """Whether a name is a year label, the place whose works they are, then a facility (a funding list's item)."""
    label = _YEAR_LABEL.match(name)
    if not label:
        return False
    rest = name[label.end():]
    owner = _WORKS_OWNER.match(rest) or known_place_at(rest)
    return bool(owner) and bool(_FACILITY.search(core_name(rest[owner.end():]))) and is_specific_works(rest)


# 某培训项目在某县开工建设，总投资3亿元 / 某飞行培训项目正式签约: money invested, a start or a signing make a works of
# what a funding list pays out as aid
_WORKS_DEED = re.compile(r"总投资|(?:计划|拟|预计)?投资(?:约|达|超)?[\d.]+(?:亿|万)|开工|签约|落户|竣工|投产|建成|动工|开建")


def aid_read_as_works(text: str) -> bool:
    """Whether a sentence invests in, starts, signs or completes works: its 培训 / 补贴 names are then works."""
    return bool(_WORKS_DEED.search(text))


def is_generic(name: str, aid: bool = True) -> bool:
    """True for names that say what kind of project, not which one (重大制造业项目); a company's
    phase (浙江晶睿电子科技有限公司二期生产线) is a part of its project, not one of its own. With `aid` false, a name
    of aid paid out (技能培训项目) is read as works' (the sentence invests in it, starts or signs it)."""
    bare = _SUFFIX_END.sub("", name)
    if aid and _FUNDED_AID.search(bare):
        return True
    if _works_of_a_year(name):
        return is_generic(name[_YEAR_LABEL.match(name).end():], aid)
    if _SPORT.search(name):
        return True
    chain = _CHAIN_KIND.search(bare)
    if chain and not _OWNER_WORD.search(bare) and _chain_field(bare[:chain.start()]):
        return True  # 招引锂电池能源产业链项目: the projects along a chain, a kind (not 星河集团锂电产业链项目)
    if name.endswith("项目") and only_a_place(bare):
        return True  # 海陵区项目建设的速度, 2023奉贤新城项目集中开工: a place's projects or a batch's label
    if bare.endswith("工程") and (is_specific_works(bare) or re.search(r"年(?:产|处理|加工)[\d.一二三四五六七八九十百千万]", bare)):
        return False  # 青山污水处理厂二期工程项目: named works; 年产100万米输送机械工程项目: a product and its capacity
    if _CATEGORY.search(bare):
        return True
    if _COMPOUND.search(name):  # 重大项目和高端项目: two kinds joined, each generic
        parts = [p for p in _COMPOUND.split(name) if p]
        if len(parts) > 1 and all(is_generic(p if p.endswith("项目") else p + "项目") for p in parts):
            return True
    residue = _GENERIC.sub("", _SUFFIXES_END.sub("", name))
    if len(residue) < 2:
        return True
    own = _OF_COMPANY.sub("", name)
    return own != name and len(_GENERIC.sub("", _SUFFIXES_END.sub("", own))) < 2


_SUFFIX_END = re.compile(rf"{SUFFIX}$")
_SUFFIXES_END = re.compile(rf"{SUFFIX}+$")
# 重大项目和高端项目, 科创和生态旅游项目: two kinds joined, each generic
_COMPOUND = re.compile(r"(?<=项目)(?:和|及|与|以及)|(?<=[\u4e00-\u9fa5]{2})和(?=[\u4e00-\u9fa5]{2})")
# a contest and its entries: 比赛, 运动会, 参赛 (… 展演组: a group of a show's entries)
_CONTEST_WORDS = r"比赛|赛事|竞赛|参赛|运动会|展演组|锦标赛|联赛"
# 成渝运动项目, 自行车比赛项目: 项目 in the sense of a sport or an event of a contest
_SPORT = re.compile(rf"(?:运动|{_CONTEST_WORDS})项目$")
_OF_COMPANY = re.compile(r"^.{2,30}?(?:股份有限公司|有限责任公司|有限公司)")


_CORE_TAIL = re.compile(rf"(?:{SUFFIX}|{WEAK_SUFFIX}|工程)+$")


def core_name(name: str) -> str:
    return _CORE_TAIL.sub("", name)


# 兴业县生活垃圾收运系统工程, 某某有限公司金凤种养循环示范区配套设施工程: the county or the firm whose works they are
_WORKS_OWNER = re.compile(r"^[\u4e00-\u9fa5]{2,8}?(?:有限公司|集团)|^[\u4e00-\u9fa5]{2,4}(?:县|市)(?![\u4e00-\u9fa5]{0,1}$)")


def is_specific_works(name: str) -> bool:
    """青山污水处理厂二期工程, 滨江新区配套道路工程: a facility or a phase, and a name of its own before it."""
    core = re.sub(r"工程$", "", name)
    if not _FACILITY.search(core):
        owner = _WORKS_OWNER.match(core) or known_place_at(core)
        if not owner or _CATEGORY.search(core[owner.end():]):
            return False  # 江山市一季度省市县长工程: a place's campaign, not a works
        core = core[owner.end():]  # 兴业县扶贫生态移民工程: whose works; what is left must say what it builds
    residue = _GENERIC.sub("", _WORKS_WORDS.sub("", core))
    return len(re.findall(r"[\u4e00-\u9fa5]", residue)) >= 2


# 均为, 现为, 改为, 该为: a one-character adverb, verb or pronoun before 为 makes it the verb "to be"; 图为, 左为: a
# caption saying what a picture shows
_BEFORE_VERB_WEI = frozenset("均皆即亦则现拟改定称成作列评选视转分是系更名命划设并也还又已仍将可应同共或乃实认升变译简统合换因以只仅主暂原特该其此"
                             "图左右上下这那它")  # (这为…: "this is")


def _trim(candidate: str) -> tuple[str, int]:
    """Cut a run of name characters after its last verb or connector, then the framing words that
    open it (要紧盯…, 推动…); returns (name, offset), or ('', 0) when only a verb is left (推动项目)."""
    offset = 0
    last = None
    opened = 0  # where the words since the last cut begin
    for m in _CUT.finditer(candidate):
        if m.group(0) == "为" and m.start() - opened == 1 and candidate[opened] not in _BEFORE_VERB_WEI:
            continue  # 华为, 新为: one character alone before 为 is the first half of a two-character name
        opened = m.end()
        rest = candidate[m.end():]
        last = rest
        if len(core_name(rest)) >= 2:
            offset = m.end()
    if last is not None and len(core_name(last)) < 2 and not _FRAMING.fullmatch(candidate[:len(candidate) - len(last)]):
        return "", 0  # 新购置高端设备对生产线进行改造: the verb takes a bare suffix, no name
    while True:
        m = _FRAMING.match(candidate, offset)
        if not m or not m.group(0):
            break
        offset = m.end()
    if len(core_name(candidate[offset:])) < 2 or "了" in candidate[offset:]:
        return "", 0  # 跑出了项目建设“加速度”: a verb phrase
    return candidate[offset:], offset


# 打造/建成/成为 … 最大的 / 一流的 / 领先的 X: an aim described, right before the name
_ASPIRATION = re.compile(r"(?:打造|建成|建设成为?|成为|争创|创建)[^，,。；;]{0,20}?"
                         r"(?:最[\u4e00-\u9fa5]{1,3}|一流|领先|知名|标杆|示范性|重要|首个|唯一|面向[^，,。；;的]{1,12})的$"
                         # 把古雷打造成为“技术一流、…”的现代化石化基地: what a place is to be made into, however described
                         r"|(?:打造|建设)成为?(?:[^，,。；;]{0,40}?的)?$")
_MAIN_WORKS = re.compile(rf"(?:{SUFFIX}|{WEAK_SUFFIX})主体工程$")
_SUFFIX_RE, _WEAK_RE, _WORKS_WORD = re.compile(SUFFIX), re.compile(WEAK_SUFFIX), re.compile("工程")
# 隐形眼镜生产项目第八条生产线: a numbered part of the project, not a longer name
_PLACED_AFTER = re.compile(r"项目(?=位于|坐落|落户|选址|地处|第[\d一二三四五六七八九十]+[条号座栋台])")
# …一鸣年产12万吨乳制品、 before 2万吨烘焙产品生产基地项目: the first product of a project's list of products
_PRODUCTS_BEFORE = re.compile(rf"(?P<run>(?:{_NAME_CHAR})*?年(?:产|生产)[\d.]+[^，,。；;、：:]{{1,20}})、$")
_ANAPHORA = re.compile(r"(?:这|该|此)[座条个处所家项栋][^，,。；;]{0,24}的$")
# 建成国家重要的先进制造业基地、粮食生产基地、科学中心: the items joined to an aim are aims too
# 去年建成…、 / 已建成…、 / 建成了…、: 建成 reported as done is a completion, its items are works, not aims
_DONE_BEFORE = re.compile(r"(?:去年|上年|前年|已经?|均已|先后|相继|陆续|顺利|成功)[，,]?$")
_ASPIRATION_LIST = re.compile(r"(?P<verb>打造|建成|建设成为?|成为|争创|创建)[^，,。；;]{0,20}?"
                              r"(?:最[\u4e00-\u9fa5]{1,3}|一流|领先|知名|标杆|示范性|重要|首个|唯一)的[^，,。；;、]{2,40}、"
                              r"(?:[^，,。；;、]{2,40}、)*$")
# 分A项目、B项目、C项目等十大类: the kinds a batch is sorted into (类 counts kinds, not works)
_KINDS_MARK = re.compile(r"等?(?:\d+|[一二三四五六七八九十]+)大?类")
_KINDS_BREAKS = "、，,。；;"
# 项目分A、B等三类 / 涵盖A、B等5类: a batch sorted into kinds, whatever the kinds are called
_SORTED_INTO = re.compile(r"(?:项目|工程)分(?!别)|分为|分成|涵盖|涉及|覆盖|划分|归为")
# 两个租用标准厂房的加工贸易项目: a counted group described, not one named works; 个 counts the things named after 的
# (总投资10个亿的A项目, 历时18个月建设的B工程: 个 before a unit of money or time measures, it counts no works)
_COUNTED_BEFORE = re.compile(r"(?:[2-9]|\d{2,}|[两二三四五六七八九十百几数]+)个"
                             r"(?!多?半?(?:亿|万|月|小时|钟头|工作日|星期|礼拜|季度|年头|百分点))[^，,。；;、个]{0,14}的$")
# 积极跟进A小镇 / 正在洽谈B项目: a project in talks, not one committed
# …等5个项目已入驻: the firms a park took in
# (A智能、B材料等6个项目已入驻园区并开工建设: a stage verb after 入驻 makes the tenants' projects works)
_TENANTS = re.compile(r"(?:已经?|均已|先后|相继|陆续)?(?:入驻|进驻|入园)(?![^，,。；;]*?(?:开工|动工|开建|施工|投产|竣工|建成))")
_PROSPECT_BEFORE = re.compile(rf"(?:{_TALKS_WORDS}|{_FOLLOW_WORDS})$")
_FOLLOW = re.compile(_FOLLOW_WORDS)
# (跟踪落实A通过审核: a works followed up through its approval, not courted)
_PROSPECT_LEAD = re.compile(rf"(?:{_TALKS_WORDS}|{_FOLLOW_WORDS})(?!会|活动|签约|落实|推进|服务|督办|调度|问效"
                            r"|[^、，,。；;]*?(?:签约|签订|签署|开工|竣工|投产))")
# 跟进A项目，力争早日签约: followed up towards signing, a project in talks
_TALKS_CUE = re.compile(rf"签约|签订|签署|{_TALKS_WORDS}")


def _in_talks(text: str, verb: re.Match | None) -> bool:
    """洽谈/接洽/在谈 before a name, or 跟进/跟踪 in a sentence that speaks of signing or talks: a project courted, not
    committed (跟进A工程建设进度, 跟踪服务B项目建设: a works under way that officials follow)."""
    return bool(verb) and (not _FOLLOW.match(verb.group(0)) or bool(_TALKS_CUE.search(text)))
_QUOTED_AIM = re.compile(r"(?:建成|打造|创建|争创|建设成为?|成为)[“\"]$")
# …等产业结构: the list names a kind of thing; not …等。 or …等已签约 (a verb after a list of projects)
_ETC_KIND = re.compile(r"等(?![已均都正将也先相顺在于陆同全各共落签开竣投建实完集获入被])[\u4e00-\u9fa5]")
_ETC_PROJECTS = re.compile(r"等[^，,。；;]{0,12}?(?:项目|工程)")
_NETWORK = re.compile(r"网|[\d.]+(?:公里|千米|km)")
_ANY_SUFFIX = re.compile(rf"{SUFFIX}|{WEAK_SUFFIX}|工程")
# 河南省重点项目郑州航空港…一期项目: a category label right before a name, not the start of a longer one
_CATEGORY_LABEL = re.compile(r"(?:重点|重大|省级|市级|县级|民生|产业)(?:建设)?(?:项目|工程)$")


# 有新兴产业链项目，有补链强链骨干项目，也有配套服务项目: one 有 per kind of project in a batch
_KIND_NEXT = re.compile(r"[、，,](?:也|还|又|既)?有")
_KIND_BEFORE = re.compile(r"[、，,](?:也|还|又|既)?有$")


_PARK_END = re.compile(r"(?:园区|开发区|高新区|经开区|集聚区|新区|产业园|工业园|科技园)$")
_HOST_ZONE = re.compile(r"(?:园区|开发区|高新区|经开区|集聚区|新区|工业园)$")
# (A全产业链一期和B生产线建设项目: a phase ends the first name, which shares the 项目 of the second)
_JOINED_NAMES = re.compile(r"(?:(?<=项目|基地|小镇|电站)|(?<=[业技流范]园)|(?<=产业城|生产线|综合体)|(?<=[一二三四五首]期))"
                           r"(?:和|及|与|以及)")
# 引进了先进的, 购置国际领先的: equipment bought (a 生产线 so introduced is a machine, not a works)
# (拥有完整的全系列输送带生产线: the lines a firm owns, what it has, not a works it builds)
_BOUGHT = re.compile(r"(?:引进|购置|购买|采购|引入|拥有|具备|具有)了?[^，,。；;]{0,12}?的$")
# 取得了创业组一等奖, 荣获金奖: a graded prize of a contest won by the name before it
_PRIZE_AFTER = re.compile(r"(?:取得|获得|荣获|斩获|摘得|夺得|获)了?[^，,。；;]{0,12}?(?:[一二三]等奖|特等奖|金奖|银奖|铜奖|优胜奖|优秀奖)")
# 养老护理项目金牌: the event of a contest a medal was won in
_MEDAL_AFTER = re.compile(r"[金银铜]牌|冠军|亚军|季军")
# 生产线1条, 厂房3座, 设备两套: a counted thing (not 一条龙)
_COUNTED_PART = re.compile(r"(?:\d+|[一两二三四五六七八九十]+)(?:条|座|套)(?!龙)")
# 长兴月荣科技产业园有限公司, 源和创意产业园运营有限责任公司: a firm named after a park, not the park
_FIRM_AFTER = re.compile(r"(?:运营|开发|建设|投资|管理|发展|置业|实业|服务)?(?:股份)?有限(?:责任)?公司")
# 产业项目占比73%, A、B等一批大项目投资额占全市投资比重的51.6%: a share held by a kind or a group of projects
_SHARE = re.compile(r"(?:的?(?:总?投资额?|产值|营业收入|营收))?(?:占比|占全|比重|占[^，,。；;]{1,16}?(?:比重|比例))")
# 既有…的新上项目，又有…的扩规项目: a batch described by its kinds (既有 as "existing" stands alone: 既有铁路)
_KINDS_FRAME = re.compile(r"既有[^。；;]*?[，,；;](?:又|也|还|更)有")
_KIND_LEAD = re.compile(r"(?:既|又|也|还|更)有[^\d，,；;。]*的[^\d，,；;。的]*$")


def _in_kinds_frame(text: str, start: int) -> bool:
    """A name after 既有/又有 in a 既有…，又有… sentence, described by qualities (…的) and no amount of its own:
    a kind of project (既有A等重大招商项目，也有B、C等重大工程 names projects)."""
    return "既有" in text and bool(_KINDS_FRAME.search(text)) and bool(_KIND_LEAD.search(text, max(0, start - 40), start))


_PRODUCT_ETC = re.compile(r"(?<![^，,。；;：:\s\u4e00-\u9fa5])(?:签订|签约|签署|引进|落地|开工|建设)?(年(?:产|处理|加工)[\d.]+[^，,。；;、：:等]{2,30})等$")


def _kinds_list_ends(text: str) -> dict[int, bool]:
    """Where an item of a list closed by 等N类 ends (分A项目、B项目等十大类): at each 、 of the list and at the close,
    each with whether the list is sorted into kinds by its verb (项目分…, 涵盖…). Each list is walked back once from
    its close, item by item (2 to 40 characters each)."""
    ends: list[int] = []
    kinds: dict[int, bool] = {}
    for m in _KINDS_MARK.finditer(text) if "类" in text else ():
        ends.clear()
        position = m.start()
        ends.append(position)
        while True:
            before = next((i for i in range(position - 1, max(0, position - 41) - 1, -1) if text[i] in _KINDS_BREAKS),
                          None)
            if before is None or text[before] != "、" or not 2 <= position - before - 1 <= 40:
                break
            position = before
            ends.append(position)
        # the first item and the words of its clause before it
        opening = next((i for i in range(position - 1, -1, -1) if text[i] in _KINDS_BREAKS[1:]), -1)
        sorted_into = bool(_SORTED_INTO.search(text, opening + 1, ends[-1] if len(ends) > 1 else position))
        kinds.update((end, sorted_into) for end in ends)
    return kinds


def _named_facility(name: str) -> bool:
    """东湖大桥工程, 西山隧道: a works named by its facility and a name of its own (not 桥梁工程, 隧道工程, 交通类项目:
    kinds of works)."""
    if "类" in name or not re.search(rf"(?:{WEAK_SUFFIX}|工程)$", name):
        return False
    own = _GENERIC.sub("", _WORKS_WORDS.sub("", _FACILITY.sub("", name)))
    return len(re.findall(r"[\u4e00-\u9fa5]", own)) >= 2


def _aims_listed(text: str, start: int) -> bool:
    """A name listed after an aim (建成国家重要的A基地、B基地): an aim too, unless 建成 is reported as done
    (去年建成全省最大的A电站、B电站项目: a completion)."""
    aim = _ASPIRATION_LIST.search(text, max(0, start - 160), start)
    if not aim or aim.group("verb") != "建成":
        return bool(aim)
    return not (text.startswith("了", aim.end("verb"))
                or _DONE_BEFORE.search(text, max(0, aim.start() - 6), aim.start()))


# 一批产业链项目, 一批“高、精、尖”智能制造项目: a group described by its kind (a quoted quality may come between)
_GROUP_BEFORE = re.compile(r"(?:一大?批|一系列)(?:[“\"][^”\"，,。；;]{1,12}[”\"])?$")
# 列为全省标志性外资项目之一的A项目: the class a project is one of, not a project (not 星河大桥工程之一的主桥段: a part of
# the works named, which stays a works)
_ONE_OF = re.compile(r"之一(?!的[^，,。；;]{0,6}?(?:段|标段|部分|主体|单体|节点))")


# 中车城市交通有限公司和永修县政府签约智能交通产业园项目: the project a named firm signs with a government or a zone
_FIRM_SIGNS = re.compile(r"(?:有限公司|集团)(?:和|与|同)[\u4e00-\u9fa5]{2,14}?(?:政府|管委会)签(?:约|订|署)了?$")


def _signed_by_firm(text: str, start: int, name: str) -> bool:
    """A name of kind words (智能交通产业园项目) that a named firm signs for: that firm's one project (not 重大项目: a
    category, whoever signs it)."""
    return bool(_FIRM_SIGNS.search(text, max(0, start - 40), start)) and len(core_name(name)) >= 4 \
        and not _CATEGORY.search(_SUFFIX_END.sub("", name))


_ITEM_BEFORE = re.compile(r"[^，,。；;：:、]{2,16}、$")


def _after_a_kind(text: str, run_start: int, name: str) -> bool:
    """A name of two characters before its 项目 whose run follows a 、 and an item that is a kind of project
    (市县长项目、重点承诺项目): one more kind of the list, not a works (星河电子项目 after a kind is a works still)."""
    if not name.endswith("项目") or len(core_name(name)) > 2 or text[run_start - 1: run_start] != "、":
        return False
    item = _ITEM_BEFORE.search(text, max(0, run_start - 17), run_start)
    return bool(item) and item.group(0)[:-1].endswith("项目") and is_generic(item.group(0)[:-1])


# 谋项目、招项目、建项目 / 大干项目 / 跟着项目走 / 争取项目早竣工: 项目 as the object of a verb of a slogan, not a name's
# suffix (not 厂房扩建项目, 在建项目: a works' own verb, or a kind)
_OBJECT_OF_VERB = re.compile(r"(?:(?<![扩改新续在迁重兴筹自共援代搭修创拟已未待停缓复还翻土配捐联合统基回补增加拓再返承托帮组封营])建|谋|招|抓|(?<![若])干|(?:跟|围|盯|绕|随)着"
                             r"|争取|盯紧|紧盯|紧抓)项目$")


# 以A项目为龙头 / 以A、B等项目为重点: the 为 that makes a leading 以 the preposition of a focus
_FOCUS_AFTER = re.compile(r"[^，,。；;]{0,12}?(?<![成作认称改更视])为")
# 集团投资40亿元，(倾力)打造…: the money an investor puts in, then what it builds
_INVESTED_BEFORE = re.compile(r"投资(?:约|达|超)?[\d.]+(?:亿|万)(?:元|美元)[，,](?:倾力|全力|着力|重点|计划|拟|将)?$")
_INVESTOR_LEAD = re.compile(r"(?:集团|公司|团队|企业)投资(?:约|达|超)?(?P<amount>[\d.]+(?:亿|万)(?:元|美元))[，,]"
                            r"(?:倾力|全力|着力|重点|计划|拟|将)?(?:投资)?(?:打造|建设|新建|兴建)(?P<tail>[^，,。；;]{0,20})$")
# 计划投资2910万元，建设某县村组道路项目: a line of a funding list that opens on the money, then the works it builds
_MONEY_LEAD = re.compile(r"^(?:\d{1,2}[、.．]|[（(][\d一二三四五六七八九十]{1,2}[）)])?(?:计划|拟|预计)?总?投资(?:约|达|超)?"
                         r"(?P<amount>[\d.]+(?:亿|万)?(?:元|美元))[，,](?:用于|计划|拟|将)?(?:建设|新建|兴建|实施)(?P<tail>[^，,。；;]{0,20})$")
# 建设A项目和B项目 / A、B项目: the investor's money covers more than one project, so it is none's alone
_ANOTHER_NAME = re.compile(r"(?:[、和及与]|以及)[^，,。；;]{2,40}?(?:项目|工程|基地|产业园)")
# 该道路是长三角首个跨省界段项目 / A养殖项目是经贸合作区引进的重大海洋项目: after 是, a works named before it (该/此
# and a works word, or a name found right before 是) is described, not a second works named
# (not 今年引进的最大项目是A项目 / 签约的项目是A项目 / 这3个项目是A、B、C: no works named before 是, whose 是 names it;
# nor A项目是B项目的配套项目: a works named after 是 and then described by what follows, 的…)
_THAT_WORKS_IS = re.compile(r"(?:该|此)(?:项目|工程|道路|公路|铁路|大桥|桥梁|线路|工厂|基地|电站|园区)是[^，,。；;]{0,30}?$")
# 该项目是我县今年引进的首个外资项目 / 又一重大项目 / 一个集…于一体的…项目: after 该…是, a category, whatever came before
_CATEGORY_AFTER_IS = re.compile(r"首个|首家|第[一二三四五六七八九十\d]+个|又一|一个|唯一|^(?:重大|重点|最大)")
# 首个项目 / 首个外资项目 / 第一个签约项目: the first of a bare category, no name
_BARE_FIRST = re.compile(r"^(?:首个|第一个)(?P<rest>[\u4e00-\u9fa5]{0,4}(?:项目|工程))$")
# 签约首个外资项目溪口新材料产业园项目: the first of a bare category, then the works' name (no fragment of a longer run)
_BARE_FIRST_BEFORE = re.compile(r"(?:首个|第一个)[\u4e00-\u9fa5]{0,4}(?:项目|工程)$")
_BARE_FIRST_IN = re.compile(r"(?:首个|第一个)[\u4e00-\u9fa5]{0,4}?(?:项目|工程)(?:——|[：:])?")
# 首个外资项目溪口新材料产业园项目 / 首个项目——A项目: another name right after (what the first one is)
_NAME_RIGHT_AFTER = re.compile(r"(?:——|[：:（(“\"]|，即)?(?![和与及、])[\u4e00-\u9fa5A-Za-z0-9]{2,30}?(?:项目|工程)")
# A项目是C项目、D项目的配套项目: the works after 是, each item of a list described by the 的 after its last item
_LIST_THEN_OF = re.compile(r"(?:(?:[、和及与]|以及)[^，,。；;、是]{2,30}?(?:项目|工程))*的")
_FIRST_OF_ITS_KIND = re.compile(r"(?:全国|全省|全市|全县|全区|国内|省内|我国|我省|我市|我县)(?:首个|首家|第一个|唯一的?|最大的?)")


# 位于X的和拓新材料产业园: a name whose first character is 和 (after 的 it is no conjunction)
_OWN_HE = re.compile(r"[和与](?=[\u4e00-\u9fa5])")
# 和A项目一同签约的 / 与A项目同步开工的: 和 / 与 opens a comparison with a project, a conjunction (与 keeps only after 的)
_ALONG_WITH = re.compile(r"(?:同步|一同|一起|一道|同期|同时|共同|签约的|一样|相比|相同|类似|不同|并列|互为|形成|构成|成为|相互)")
# 经过项目汇报、现场答辩 / 营造项目攻坚浓厚氛围: two characters (a verb) and 项目, which opens an activity noun
# (a closed list of verbs: 中芯项目攻坚, 吉利项目评审会 are a firm's works)
_VERB_THEN_PROJECT_WORK = re.compile(r"^(?:经过|开展|举办|举行|营造|参加|参与|做好|推进|抓好|抓实|加强|组织|进行|听取|通过|加快|"
                                     r"强化|打好|打响|深化|实施|完成|观看|开好|办好|召开|聚焦|掀起|[抓促推比赛听看搞拼经])项目$")
_PROJECT_WORK_AFTER = re.compile(r"汇报|答辩|路演|攻坚|评审|申报|推介|展示|比拼|观摩")


def find_names(text: str, named_before: bool = False, any_only: bool = False) -> list[NameMention]:
    """Suffix-bearing names in a sentence, left to right, generic ones left out.
    `named_before`: the sentence before named a works (the antecedent of a 该项目 that opens this one).
    `any_only`: stop at the first name kept (whether the text names any works at all)."""
    mentions: list[NameMention] = []
    if not _ANY_SUFFIX.search(text):
        return mentions
    works_deed = aid_read_as_works(text)
    # 1 wherever a mention kept so far lies (a removed one's mark stays): the tests of a name against every mention
    # before it ask the marks first, so a sentence of thousands of names does not compare each with all the others
    marked = bytearray(len(text) + 1)

    def keep(mention: NameMention) -> None:
        mentions.append(mention)
        marked[mention.start: mention.end] = b"\x01" * (mention.end - mention.start)

    for pattern, weak, needs in ((_WORKS_NAME, False, _WORKS_WORD), (_NAME, False, _SUFFIX_RE), (_WEAK_NAME, True, _WEAK_RE)):
        if not needs.search(text):
            continue  # each pattern scans back up to 40 characters from every position: only where its suffix is
        for m in pattern.finditer(text):
            if any_only and mentions:
                return mentions
            run, end = m.group(0), m.end()
            placed = _PLACED_AFTER.search(run)
            if placed:  # A项目位于B工业园: the name ends at 项目, what follows says where it is
                run, end = run[: placed.start() + 2], m.start() + placed.start() + 2
            product = _PRODUCT_ETC.search(text, max(0, m.start() - 40), m.start()) \
                if m.start() > 0 and text[m.start() - 1] == "等" and pattern is _NAME else None
            if product and core_name(run) == "" and not any(product.start(1) < n.end for n in mentions):
                # 签订年产4万吨特种亚克力保护纸等生产线项目: the products the project makes, then the project
                keep(NameMention(text[product.start(1):end], product.start(1), end))
                continue
            name, offset = _trim(run)
            if offset == 1 and _OWN_HE.match(run) and (m.start() > 0 and text[m.start() - 1] == "的"
                                                       or run[0] == "和" and not _ALONG_WITH.match(text, m.start() + len(run))
                                                       and (m.start() == 0 or text[m.start() - 1] in "。，, \u3000\n")):
                name, offset = run, 0  # 位于X的和拓新材料产业园: after 的 or at a sentence's start 和 is no conjunction
            if not name:
                continue
            if name.endswith("项目") and _VERB_THEN_PROJECT_WORK.search(name) \
                    and _PROJECT_WORK_AFTER.match(text, m.start() + offset + len(name)):
                continue  # 经过项目汇报, 营造项目攻坚氛围: a verb, then 项目 as the first half of an activity noun
            if run[:offset].endswith("以") and offset and not _FOCUS_AFTER.match(text, end) \
                    and not re.search(r"[可所难加予得足]以$", run[:offset]):
                name, offset = "以" + name, offset - 1  # 以岭药业…项目: the name's own 以 (no 以…为 focus)
            if _OBJECT_OF_VERB.search(name):
                continue  # 求非常之效建项目, 坚持大干项目, 服务跟着项目走: a slogan whose verb takes projects as object
            if pattern is _WORKS_NAME and not is_specific_works(name):
                continue
            if pattern is _WORKS_NAME and _MAIN_WORKS.search(name):
                # 云计算中心主体工程封顶: the main structure of the works, whose stage is the works'
                name, end = name[:-4], end - 4
            if _MENU.fullmatch(name) or len(re.findall(r"[\u4e00-\u9fa5]", core_name(name))) < 2:
                continue  # 新闻中心 in a menu, “mini项目”: page furniture and slang, not a named project
            start = m.start() + offset
            if "——" in name[1:]:  # “消薄飞地”项目——杭州缙云大厦: the dash introduces the name after a label
                cut = name.rindex("——") + 2
                label = name[: cut - 2]
                if len(core_name(name[cut:])) >= 2 and len(re.findall(r"[\u4e00-\u9fa5]", core_name(label))) < 2:
                    name, start, offset = name[cut:], start + cut, offset + cut
            products = _PRODUCTS_BEFORE.search(text, max(0, start - 41), start) \
                if text[start - 1:start] == "、" and re.match(r"[\d.]+[万亿千百]?(?:吨|台|套|件|只|平方米|米|枚|片|个|条)", name) else None
            if products:  # 一鸣年产12万吨乳制品、2万吨烘焙产品生产基地项目: the products of one project, not two names
                head, cut = _trim(products.group("run"))
                if head and len(core_name(head)) >= 2:
                    name, start, offset = head + "、" + name, products.start("run") + cut, max(cut, 1)
            dashes = len(name) - len(name.lstrip("—"))
            if dashes:  # ——莫干山…度假区项目: a dash introduces the name
                name, start, offset = name[dashes:], start + dashes, offset + dashes
            if offset == 0 and name[0] in "内里" and len(core_name(name[1:])) >= 2 and name.endswith("项目") \
                    and any(n.end == start and _PARK_END.search(n.name) for n in mentions):
                # X产业园内年产5万吨…项目: the park, then 内 and the project in it (the park stays: where it is built)
                name, start, offset = name[1:], start + 1, 1
            if offset == 0 and start > 0 and re.match(_NAME_CHAR, text[start - 1]) \
                    and not ends_at(_CATEGORY_LABEL, text, start, 8) \
                    and not _BARE_FIRST_BEFORE.search(text, max(0, start - 10), start):
                host = next((n for n in mentions if n.end == start and _HOST_ZONE.search(n.name)), None)
                # 在现代农业产业园区4000万棒…项目: a zone too general to be a name of its own, then its project
                if not (name.endswith("项目") and (host or ends_at(_HOST_ZONE, text, start, 4))):
                    continue  # the run of name characters began earlier: a fragment, not a name
                if host:
                    mentions.remove(host)  # 经济开发区循环经济园区年产25亿件…产业园项目: the zone, then its project
            size = _SIZE_THEN_BRAND.match(name)
            if size and not is_generic(name[size.end():]) and not _a_field(core_name(name[size.end():])):
                # 10亿元华光新材料项目: the size, then a works named by its brand (not 10亿元电子信息项目: a kind)
                name, start, invested = name[size.end():], start + size.end(), size.group(0)
            else:
                invested = None
            first = _FIRST_OF_ITS_KIND.match(name)
            if first and len(core_name(name[first.end():])) >= 2:
                # 建设全省首个养殖一体化产业链项目: what sets the works apart, then its name
                name, start = name[first.end():], start + first.end()
            if start > 0 and text[start - 1] == "等" or _SUFFIX_ONLY.match(name) \
                    or (pattern is not _WORKS_NAME and is_generic(name, not works_deed)
                        and not _signed_by_firm(text, start, name)) \
                    or _GROUP_BEFORE.search(text, max(0, start - 20), start):  # 等一批产业链补链项目: the list's kind
                continue
            if re.match(r"^(?:该|本|此|其|首期|一期|二期|三期|全市|全省|全县|首家)", name):
                continue
            inner = _BARE_FIRST_IN.search(text, max(0, start - 4), start + len(name))
            if inner and start < inner.end() and len(core_name(text[inner.end():start + len(name)])) >= 2:
                # 其中首个项目A项目 / 签约首个外资项目A项目 read as one run: the first of a bare category, then the name
                name, start = text[inner.end():start + len(name)], inner.end()
            first = re.match(r"^(?:首个|第一个)", name)
            if first:
                if _BARE_FIRST.match(name) or _NAME_RIGHT_AFTER.match(text, end) \
                        or is_generic(name[first.end():], not works_deed):
                    continue  # 引进首个外资项目 / 其中首个项目A项目: the first of a kind, no name
                # 首个氢能产业园项目在溪口开工: the works' only name, what sets it apart left off (as 全省首个)
                name, start = name[first.end():], start + first.end()
            that = _THAT_WORKS_IS.search(text, max(0, start - 40), start)
            if that and not (named_before or _CATEGORY_AFTER_IS.search(text[that.start() + text[that.start():].index("是") + 1:end])
                             or names_any(text[:that.start()])):
                that = None  # 近日，我县又一重大项目开工。该项目是X公司投资建设的A项目: 该 names no works before, A is it
            if not _LIST_THEN_OF.match(text, end) and (
                    that or text.find("是", last_break(_CLAUSE_BREAK, text, start), start) >= 0
                    and any(text.startswith("是", n.end) and n.end < start and not _CLAUSE_BREAK.search(text, n.end, start)
                            for n in mentions)):
                continue  # 该道路是全区首个跨省界段项目 / A项目是…引进的重大海洋项目: what the works is
            if name.endswith("园") and text.startswith("区", end) \
                    or re.search(r"(?:产业|工业|科技|创业|物流|示范|综合)园区(?:.{1,4}项目)?$", name):
                continue  # 兖州工业园区: a zone (where its projects are), not a project
            if name.endswith("中心") and text.startswith(("区", "城", "镇", "村"), end) and not text.startswith("区域", end):
                continue  # 未来的城市中心区, 建成市域副中心城市: a part of a town or a town's role, not a building
            if start > 0 and text[start - 1] == "有" and not text.startswith("等", end) \
                    and (_KIND_NEXT.match(text, end) or ends_at(_KIND_BEFORE, text, start, 4)):
                continue  # 有汽车零部件项目、有精密机械项目: the kinds of projects in a batch, one 有 each
            if weak and _ANAPHORA.search(text, max(0, start - 30), start):
                continue  # 这座主桥长达1768米的跨江大桥: the bridge named before, described again
            aim = ends_at(_ASPIRATION, text, start, 64)
            if aim and _INVESTED_BEFORE.search(text, max(0, aim.start() - 30), aim.start()):
                aim = None  # 某集团投资50亿元，倾力打造最具风情的X综合体: what the money builds, however it is described
            if aim or _aims_listed(text, start) \
                    or (text[start - 1:start] in ("“", '"') and _QUOTED_AIM.search(text, max(0, start - 6), start)):
                continue  # 打造江南体量最大的3D打印加工服务基地, 建成“千亿经济园区”: an aim, not a project
            if not name.endswith("项目") and _ETC_KIND.match(text, end) and not _ETC_PROJECTS.match(text, end):
                continue  # 打造…、电子研发生产基地等产业结构: one of a list of things that are not projects
            if _COUNTED_BEFORE.search(text, max(0, start - 20), start) \
                    or _in_talks(text, _PROSPECT_BEFORE.search(text, max(0, start - 2), start)):
                continue  # 两个…的加工贸易项目: a counted group; 跟进A项目: a project in talks
            if re.match(r"数量|个数|总数", text[end:end + 3]) or _SHARE.match(text, end) \
                    or name.endswith("项目") and _COUNT_OF.match(text, end):
                continue  # 产业项目占比73%, 转型提升项目数达41个: a share or a count of a kind of project, not a project
            if re.match(r"^(?:共|有|超过?|达到?|近|约)?\d+[个项宗]", text[end:]):
                continue  # 新能源项目55个, 增资项目10项: a category counted, not a project
            if name.endswith("项目") and text.startswith(("库", "池", "名录", "名单"), end):
                # 扩容项目库: the pool of projects a place keeps, not one of them; 入选…代表性项目名录: a roll
                continue
            if _COUNTED_PART.match(text, end):
                continue  # 新上柠檬酸生产线1条: a counted piece of equipment or a building of a project
            if _in_kinds_frame(text, start):
                continue  # 既有…的新上项目，又有…的扩规项目: the kinds of projects in a batch
            if re.match(r"建设(?:年|月|季|周)|(?:攻坚|推进|服务)年", text[end:end + 4]):
                continue  # 项目建设年, 项目攻坚年: a campaign, not a project
            if text.startswith(("管委会", "管理委员会"), end) or _FIRM_AFTER.match(text, end):
                # 长兴月荣科技产业园有限公司: a firm named after a park, not the park
                continue  # 台湾工业园管委会实行项目包保: the zone's administration, not a works
            if name.endswith("生产线") and ends_at(_BOUGHT, text, start, 20):
                continue  # 我们引进了先进的薯条生产线: equipment a works buys, not a works
            if _after_a_kind(text, m.start(), name):
                continue  # 推进省市重点项目、市县长项目、重点承诺项目等: a kind listed among kinds
            if _ONE_OF.match(text, end):
                continue  # 列为全省重点外资项目之一: a class of projects
            if _PRIZE_AFTER.match(text, end) or _MEDAL_AFTER.match(text, end):
                continue  # X项目取得了创业组一等奖: an entry of a contest, not a works
            if text.startswith("化", end):
                continue  # “聚力中心化”: the suffix is part of a longer word
            if weak and (_NETWORK.match(text, end) or _SECTION_AFTER_VERB.search(name)):
                continue  # 高速铁路网, 新增营运铁路155公里: a network or a length, not one named work
            if marked.find(1, start, end) >= 0 and any(start < n.end and n.start < end for n in mentions):
                continue
            joined = _JOINED_NAMES.search(name)
            if joined and len(core_name(name[joined.end():])) >= 2 and not is_generic(name[joined.end():]):
                # 青山智能装备产业园和绿谷物流园: two projects joined by 和, each with its own suffix
                cut = start + joined.start()
                first = name[: joined.start()]
                first += "项目" if name.endswith("项目") and first.endswith("期") else ""
                keep(NameMention(first, start, cut, weak=weak))
                keep(NameMention(name[joined.end():], start + joined.end(), end, weak=weak))
                continue
            if invested is None:
                # 某集团投资40亿元，建设全省首个X项目: the investor's money, then the works it builds (the clause's own)
                lead = _INVESTOR_LEAD.search(text, max(0, start - 60), start) or _MONEY_LEAD.match(text, 0, start)
                if lead and (re.search(r"项目|工程|[、和及与]", lead.group("tail")) or _ANOTHER_NAME.match(text, end)):
                    lead = None  # (…投资50亿元，建设A项目和B项目: the total of both)
                invested = lead.group("amount") if lead else None
            keep(NameMention(name, start, end, weak=weak, prefix_investment=invested))
    return _series(_parts_of_one(sorted(mentions, key=lambda n: n.start), text), text)


@lru_cache(maxsize=512)
def names_any(text: str) -> bool:
    """Whether `text` names a works (find_names finds one). Asked of the words before each 该项目是 of a sentence, which
    ask it of the words before theirs: read once per prefix, not once per path to it (a sentence of n such
    statements cost 2^n readings: 30 of them, 330 characters, took 8 s), and only up to the first name it keeps."""
    return bool(find_names(text, any_only=True))


def _parts_of_one(mentions: list[NameMention], text: str) -> list[NameMention]:
    """A生产线及B项目, A基地以及B建设项目: two parts named under one 项目 make one project's name
    (A项目及B项目, A产业园和B物流园 stay two)."""
    merged: list[NameMention] = []
    for m in mentions:
        last = merged[-1] if merged else None
        if last and text[last.end: m.start] in ("及", "以及") and m.name.endswith("项目") \
                and not last.name.endswith("项目") and not last.weak and not m.weak:
            merged[-1] = NameMention(text[last.start: m.end], last.start, m.end)
            continue
        merged.append(m)
    return merged


def _series(mentions: list[NameMention], text: str) -> list[NameMention]:
    """Names joined by 、 / 以及 / 和 next to a name ending in 项目 (A项目、B项目、C学院): a list of named projects
    (each …项目 one concrete; a building in it is a member, not the venue of an event)."""
    joined = set()
    for a, b in zip(mentions, mentions[1:]):
        if (a.name.endswith("项目") and not a.weak or b.name.endswith("项目") and not b.weak) \
                and re.fullmatch(r"[、和及]|以及", text[a.end:b.start]):
            joined |= {a.start, b.start}
    if not joined:
        return mentions
    return [NameMention(m.name, m.start, m.end, m.listed, m.weak, m.prefix_investment, True) if m.start in joined else m
            for m in mentions]


# A、B、C，总投资29.5亿元: named works listed with the money they share (道路工程、地下通道、提升改造 …)
_WORKS_LIST = re.compile(
    r"(?P<items>(?:[^，,。；;：:、]{2,40}、){1,30}[^，,。；;：:、]{2,40})[，,](?:计划|估算|概算)?(?:总投资|投资总?额)")


_LIST_CLOSE = re.compile(r"等[^、]{0,16}?(?:项目|工程)")
_PRODUCT_ITEMS = re.compile(r"年(?:产|生产)[\d.]+[^、]*、[\d.]+[万亿千百]?(?:吨|台|套|件|只|平方米|米|枚|片|个|条)")
# A、B等21个项目: names standing for a counted batch (its money and its verb are the batch's)
COUNTED_BATCH = re.compile(r"等(?:[\d一二三四五六七八九十百]+个|(?:重点|重大|产业|工业)?项目[\d一二三四五六七八九十百]+个)")
# 10项重点建设项目为：A、B (项 as the counter too); 工业类项目3个，分别为：A、B: the count after the group
_ENUMERATED = re.compile(r"(?:(?P<n>\d+|[一二三四五六七八九十百]+)[个项][^，,。；;]{0,12}?(?:项目|工程)"
                         r"|(?:项目|工程)(?P<m>\d+|[一二三四五六七八九十百]+)个[，,]?(?=分别))"
                         r"(?:分别)?(?:是|为|包括|有)[:：]?"
                         r"(?P<items>(?:[^，,。；;：:、]{4,60}、)+[^，,。；;：:、]{4,60})")
# (江苏开工的是A工程、B工程: the works a batch's verb names, one by one)
# 甲县34个, 乙区2项: an item that ends in a count is a place's share of the batch
_SHARE_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)[个项]$")
# A、B、C、D四个项目: the list closed by a count of its items, without 等
# (A、B、C三个亿元项目, 两个10亿元以上工业项目: the count with the size or the kind of the items)
COUNTED_CLOSE = re.compile(r"(?<=[^\d一二三四五六七八九十两])(?P<n>[两二三四五六七八九十]|\d{1,2})个"
                           r"(?:(?:[\d.]+|[一二三四五六七八九十百]+)?(?:亿|千万|万)元(?:以上|级)?)?(?:重点|重大)?(?:产业|工业)?"
                           r"(?:项目|工程)"
                           # A产业园、B孵化园、C标准厂房5大园区同步推进: parks counted as the members of a list of works
                           r"|(?<=[^\d一二三四五六七八九十两])(?P<p>[两二三四五六七八九十]|\d{1,2})(?:个|大)(?:园区|产业园)"
                           r"(?=[^，,。；;]{0,8}?(?:推进|建设|开工|建成|施工|投用))")
_ITEM_BOUND = re.compile(r"[、，,。；;：:等]")
# …两个项目中夺得金牌 / 两个项目上获得3枚金牌 / 两个项目的冠军: the events of a contest (not 两个项目中，A已开工 or
# 两个项目上半年开工: works); …两个项目入选国家级非物质文化遗产代表性项目名录: items entered on a roll of crafts or heritage
# (not 纳入省重点项目名单: works on a list of works)
_NOT_A_BATCH = re.compile(r"[^，,。；;]{0,10}?(?:金牌|银牌|铜牌|奖牌|冠军|亚军|季军|名次|比赛|决赛)"
                          r"|[^，,。；;]{0,6}?入选[^，,。；;]*?名录")


def _items_before(text: str, end: int, count: int) -> list[tuple[int, str]]:
    """(start, item) of the `count` items joined by 、 that end at `end`, walked back item by item (2 to 40 characters
    each, the first one opening its clause); [] when the list before the count has another number of items."""
    items: list[tuple[int, str]] = []
    while 2 <= count <= 30 and len(items) < count:
        window = max(0, end - 41)
        bound = max((m.start() for m in _ITEM_BOUND.finditer(text, window, end)), default=-1)
        if bound < 0 and window > 0:
            return []  # an item longer than a name
        items.append((bound + 1, text[bound + 1: end]))
        if bound < 0 or text[bound] != "、":
            break
        end = bound
    last_bound = items[-1][0] - 1 if items else -1
    if len(items) != count or not 2 <= len(items[-1][1]) <= 40 or last_bound >= 0 and text[last_bound] in "、等":
        return []
    return items[::-1]
_COUNTED_INTRO = re.compile(r"(?:(?:包括|其中|含)(?:\d+|[一二三四五六七八九十]+)个[^，,。；;、]{0,12}?(?:项目|工程)[，,：:]"
                            r"|(?:开工|签约|竣工|投产|建成)的(?:项目|工程)?(?:是|为|有)[:：]?)"
                            r"(?P<items>(?:[^，,。；;：:、]{4,40}、)+[^，,。；;：:、]{4,40})")
_QUANTIFIED = re.compile(r"一批|一系列|若干|多个|一大批")
_QUANTIFIED_LEAD = re.compile(r"(?:一大?批|一系列|若干|多个)$")


# 纳入科技、工信等部门项目库: the offices whose pools a project may join; 以招引A、B等项目为重点: the kinds a place seeks
# (A、B等项目为重点项目 / 为主体的产业集群 / 名单已报省发改委: the projects themselves, said to be key ones, the core of a
# cluster, or listed; a focus only under 以/围绕 that opens the list's clause, a roll only when something enters it)
_POOL = re.compile(r"库")
_ROLL = re.compile(r"名单|名录")
_ROLL_LEAD = re.compile(r"纳入|列入|进入|入选|入围")
_FOCUS = re.compile(r"为(?:重点|主|核心|主攻方向|方向|抓手)(?![\u4e00-\u9fa5])")
_FOCUS_LEAD = re.compile(r"(?<![可所难加予得足])以(?![来上下及后前外内便免致])|围绕|聚焦")


def _pool_or_focus(text: str, list_start: int, end: int) -> bool:
    """Whether a list closed by 等项目 at `end` names a pool or a focus of a plan, not projects (纳入科技、工信等部门项目库,
    以招引A、B等项目为重点)."""
    if _POOL.match(text, end):
        return True
    clause = _clause_start(text, list_start)
    first = text.find("、", list_start, end)  # (the first item may hold its lead: 以招引A、B等项目为重点)
    lead = first if first >= 0 else list_start
    if _ROLL.match(text, end):
        return bool(_ROLL_LEAD.search(text, clause, lead))
    return bool(_FOCUS.match(text, end)) and bool(_FOCUS_LEAD.search(text, clause, lead))


_OFFICES_CLOSE = re.compile(r"等(?:部门|单位|领域|行业|类)")
_OWN_MONEY = re.compile(r"投资(?:约|达|超)? ?[\d.]+ ?(?:万亿|亿|万)?元")
_EVENT_WORDS = re.compile(r"仪式|举行|活动|会议|召开")
# 县委副书记、县长X深入A、B等项目施工现场: people listed before the projects they visit
# 等4个拟签约项目, 等配套项目, 等集体项目: deals still to be signed, the facilities of one project (not 等三个基础配套
# 项目: a counted batch of works), the events of a contest
_NOT_WORKS_CLOSE = re.compile(r"拟(?:签约|引进|落地|投资)|在谈|洽谈|意向|(?<=等)配套(?:设施)?(?:工程项目|项目|工程)$"
                              r"|(?:集体|个人|团体|单项|比赛|竞赛|参赛|表演|展演)(?:工程项目|项目|工程)$")
# 成年组比赛项目涵盖了A、B等集体项目: a sentence about a contest, its items are its events (not 体育馆: a works)
_CONTEST = re.compile(_CONTEST_WORDS)
# 借助马拉松赛事契机，A、B等项目集中签约: the contest is the occasion the works are signed at, not what they are; an
# occasion clause (借助/趁/迎接…, …契机/之际), or a list whose own verb is a works stage (events are not signed or begun)
_OCCASION = re.compile(r"^(?:借助|借力|借|趁|依托|抓住|利用|(?:为|以)?迎接)|(?:契机|之际|东风)$")
_WORKS_STAGE_AFTER = re.compile(r"(?:集中|同时|同步|顺利|正式|已经?|成功|相继)*(?:签约|开工|竣工|投产|落地|开建|动工)")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
_PERSON_ITEM = re.compile(r"书记|(?<!省)市长|(?<!市)县长|区长|镇长|主任|主席|局长|部长|同志|领导")
_SUPPLIERS = re.compile(r"上下游|配套企业|的?配套企业")
# 等地 / 等省市 after a list: the items are places (前往上海、山东等地招引项目)
# (观摩榆林、延安等陕北片区6个重点项目: the projects of a region, its places listed)
_PLACES_LIST = re.compile(r"等(?:地区?|国家|国内外|省市|省份|城市|县市区?|区县|乡镇"
                          r"|[\u4e00-\u9fa5]{1,4}?(?:片区|地区)(?=\d|[一二三四五六七八九十百]+个|的))")
# 在交通、电力、救助等领域 / 在A建设、B建设等方面实施一批项目: the items are fields of work, not works
_FIELDS_LIST = re.compile(r"等(?:重点|重要|相关|各个?|多个)?(?:领域|方面|行业|门类|板块|环节)")
# 拟入驻A制造、B制造等企业的C项目: a 、-joined list of the firms a works is to house (or is the works of), describing C,
# none a works of its own; not a list of named works (A项目、B项目等企业的技改项目), nor one name before …等企业的 in
# its clause (加快X项目建设以满足宁德时代等企业的需求: X is the works)
_FIRMS_LIST = re.compile(r"等(?:类型?)?企业的")
_WORKS_ITEM = re.compile(r"项目|工程")
# 安排数字经济、生命健康等重大建设项目59个: a plan's projects counted by the kinds they are allotted to
_ALLOTTED = re.compile(r"安排|涉及|涵盖")
# 生物医药、制造业、新材料、食品: a field of industry (what a batch covers, not a firm's works)
_FIELD_WORD = re.compile(r"(?:医药|制造业?|技术|材料|食品|装备|能源|化工|纺织|服装|信息|物流|文旅|旅游|农业|康养|医疗|健康|金融|商贸"
                         r"|软件|建材)$")
_COUNT_AFTER = re.compile(r"(?:共|达)?\d+个")


def _works_kind(item: str) -> bool:
    """道路, 绿化, 市政道路, 雨污分流: a short item made only of works words, a kind of works (not 城南道路)."""
    return len(item) <= 4 and not _GENERIC.sub("", _WORKS_WORDS.sub("", item))


# 日星海上风电零部件新建, 勤邦聚脂薄膜扩建: a list item that names a works by its firm and product, then the works verb
_WORKS_VERB_END = re.compile(r"(?:新建|扩建|改扩建|续建|技改)$")


def _without_works_verb(item: str) -> str:
    """A list item without the works verb it ends with, when words that can name a works are left (新建 alone is left
    as it is: a kind of project)."""
    rest = _WORKS_VERB_END.sub("", item)
    return rest if len(rest) >= 4 else item


# the words that qualify a field of industry (生物医药, 电子信息, 新一代信息技术, 节能环保)
_FIELD_QUALIFIER = re.compile(r"新一代|生物|绿色|电子|精细|数字|光电|海洋|航空|航天|节能|环保|新能源|信息|医疗|健康|食品|汽车|零部件"
                              r"|轻工|特色|战略性新兴|新兴")
# 10亿元华光新材料项目: a size, then two characters that open a brand (not a field's qualifier or 年产)
_SIZE_THEN_BRAND = re.compile(rf"^[\d.]+\s*(?:万亿|亿|千万|万)?元(?=[\u4e00-\u9fa5]{{2}})(?!年|的|{_FIELD_QUALIFIER.pattern})")


def _a_field(item: str) -> bool:
    """生物医药, 新材料, 高端装备, 新一代信息技术: a field of industry (what a batch covers), nothing but qualifying words
    before its field word; not 华科新材料 or 翰诺威智能装备: a firm's works named by its brand before the field word."""
    field = _FIELD_WORD.search(item)
    return bool(field) and not _GENERIC.sub("", _FIELD_QUALIFIER.sub("", item[: field.start()]))
# 延榆等5条高铁: an item that stands for a counted group of works, not one of them
_COUNTED_ITEM = re.compile(r"等(?:\d+|[一二三四五六七八九十百两几]+)(?:条|个|座|家|所|项|批)")


_WORKS_END = re.compile(rf"(?:{SUFFIX}|{WEAK_SUFFIX}|工程|[一二三四首]期)$")
# 等数据中心项目, 等光伏电站项目: the kind of works a list of firms or places builds, named right after 等
# (a head of its own words, 数据中心, not a bare suffix: 等学校项目)
_HEAD_NOUN = re.compile(rf"等(?P<head>[\u4e00-\u9fa5]{{1,6}}?(?:{WEAK_SUFFIX}|(?!项目){SUFFIX}))项目")
_INDUSTRY_KIND = re.compile(r"等(?:现代|新兴|战略性新兴|[一二三四五六七八九十两]大)?产业(?:链|类)?项目$")  # 等产业链项目: a chain's kinds
_ITEM_ETC = re.compile(r"(?<![高中初同平均对相])等(?!级|离子|额|同|候|待)")  # not 高等专科学校, 等离子


def _kinds(items: str) -> bool:
    """有汽车零部件项目、有精密机械项目: items each opened by 有 name the kinds of projects in a batch."""
    return sum(1 for item in items.split("、") if re.match(r"(?:既|又|也|还)?有(?!限|机|色|线)", item)) >= 2


_THERE_ARE = re.compile(r"(?:既|也|又|还)?有(?!限|机|色|线)")
_KIND_ITEM = re.compile(r"(?:产业|经济|行业|领域|业态)$")


# 地铁4、5号线: a 、 between two numbers joins the numbers of one name, it does not end an item
_ITEM_BREAK = re.compile(r"(?<!\d)、|、(?!\d)")


# 确保A工业园、B新园区、C四期、D科技建成投产: an 、-list that closes on a stage verb
_STAGE_VERB = re.compile(r"(?:同日|同时|集中|正式|全面|顺利|全部|相继|陆续|先后|均已|已|将)?"
                         r"(?:建成投产|竣工投产|建成投用|开工建设|投产达效|开工|竣工|投产)")
_STAGE_LIST = re.compile(r"(?P<items>(?:[^，,。；;：:、]{2,24}、){2,30}[^，,。；;：:、等]{2,24}?)"
                         rf"(?={_STAGE_VERB.pattern}(?![区园]))")
# 相继开工一批项目 / 开工5个项目: projects started in the places listed, not the places
_BATCH_AFTER = re.compile(r"了?(?:一大?批|[\d一二三四五六七八九十百]+[个项])[^，,。；;]{0,10}?(?:项目|工程)")
# 新能源汽车、生物医药、高端装备产业园: the fields listed share the suffix the last one carries
_SHARED_SUFFIX = re.compile(r"(?:产业园区?|产业基地|产业集群|工业园区?|基地|园区|小镇)$")
_FIELD_EXTRA = re.compile(r"(?:汽车|电路|显示|半导体|新能源|光伏|储能|锂电|电池|芯片|数字|人工智能|大数据|智能|电子|新材料|"
                          r"医疗器械|航空航天|生物)$")
_ITEM_OPEN = "，,。；;：:、\n"


def _field_item(item: str) -> bool:
    return _a_field(item) or len(item) <= 6 and bool(_FIELD_EXTRA.search(item))


def _stage_list(text: str) -> list[NameMention]:
    """The items of an 、-list that closes on a stage verb (确保A工业园、B四期、C科技建成投产), when one item at least
    is a works by its suffix: each item is then a works said to reach the stage, named as written, though a firm's
    name or a phase stands for it (a list of firms, fields or places with no works among them gives nothing; a list
    of suffixed names is read as names)."""
    found = []
    for m in _STAGE_LIST.finditer(text) if "、" in text else ():
        verb = _STAGE_VERB.match(text, m.end())
        if verb and _BATCH_AFTER.match(text, verb.end()):
            continue  # 四个园区相继开工一批项目: the places the projects started in
        position = m.start("items")
        raws = split_items(m.group("items"))
        if position > 0 and text[position - 1] not in _ITEM_OPEN:
            # (a first item longer than an item is read whole, from its clause's start, or not at all)
            opening = max(text.rfind(c, max(0, position - 41), position) for c in _ITEM_OPEN) + 1
            if opening == 0 and position > 40:
                continue
            raws[0], position = text[opening:position] + raws[0], opening
        items = []
        for raw in raws:
            item = _item_name(raw)
            items.append((item, position + len(raw) - len(item)))
            position += len(raw) + 1
        suffixed = [bool(_ANY_SUFFIX.search(item[-4:])) for item, _ in items]
        if all(suffixed) or not any(suffixed) \
                or not all(4 <= len(item) <= (40 if k == 0 else 24) and not is_generic(item)
                           and not _KIND_ITEM.search(item) and not _PERSON_ITEM.search(item)
                           for k, (item, _) in enumerate(items)):
            continue
        last, _ = items[-1]
        shared = _SHARED_SUFFIX.search(last) if suffixed[-1] and not any(suffixed[:-1]) else None
        if shared and shared.start() >= 2 and sum(_field_item(item) for item, _ in items[:-1]) \
                + _field_item(last[:shared.start()]) >= (len(items) + 1) // 2:
            # 新能源汽车、生物医药、高端装备产业园: one park of each field (新能源汽车产业园 …)
            found += [NameMention(item + shared.group(0), at, at + len(item), listed=True) for item, at in items[:-1]]
            found.append(NameMention(last, items[-1][1], items[-1][1] + len(last), listed=True))
            continue
        found += [NameMention(item, at, at + len(item), listed=True) for item, at in items]
    return found


def split_items(items: str) -> list[str]:
    """The items of an 、-list (地铁4、5号线 stays one)."""
    return _ITEM_BREAK.split(items)


def _named_items(items: str) -> list[tuple[str, bool, int]]:
    """(item, named, width) for the items of an 、-list up to the last named one: in A、B项目等重大科技设施、战略性新兴产业等
    项目, the 等 closes the names and the items after it name kinds of projects; a counted group names none
    (延榆等5条高铁) unless its head is a name (A项目等3个项目). `width` is the item's length in the text."""
    named = []
    for raw in split_items(items):
        closing = _ITEM_ETC.search(raw) if "等" in raw else None
        if closing is None:
            named.append((raw, True, len(raw)))
        elif _COUNTED_ITEM.search(raw):
            head = raw[: closing.start()]
            if not _ANY_SUFFIX.search(head[-4:]):  # 兰原、沿黄等5条高速公路: every item before it is a member too
                named = [(item, is_named and bool(_ANY_SUFFIX.search(item[-4:])), width) for item, is_named, width in named]
            named.append((head, bool(_ANY_SUFFIX.search(head[-4:])), len(raw)))
        else:
            named.append((raw[: closing.start()], True, len(raw)))
            break
    return named


# 盘活 / 闲置 / 低效 / 存量 / 腾退: buildings that stand already, empty or used poorly (not works being built)
_IDLE = re.compile(r"盘活|闲置|低效|存量|腾退|腾挪")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` opens (after the last clause break before it)."""
    return max(text.rfind(mark, 0, at) for mark in "，,。；;：:") + 1


# A、B等重大交通基础设施建设: a list of works closed by infrastructure, not by 项目 (not 新型基础设施: 5G, data centres)
_INFRA_LIST = re.compile(r"(?P<items>(?:[^，,。；;：:、]{2,40}、){1,30}[^，,。；;：:、]{2,40}?)等[^，,。；;、]{0,8}?(?<!新型)基础设施")
# 金甬铁路, 杭绍台高速, 527国道嵊州段: a road or a railway of its own name (not 城市道路, 农村公路: kinds of roads)
_INFRA_ITEM = re.compile(r"[\u4e00-\u9fa5\dA-Za-z]{2,20}?(?:铁路|高铁|城际|高速公路|高速|国道|省道|快速路|机场|大桥|隧道|轨道交通\d+号线)"
                         r"(?:[\u4e00-\u9fa5]{2,8}段)?")
_INFRA_KIND = re.compile(r"^(?:城市|农村|城乡|乡村|普通|国省|干线|地方|县乡|重点|重大|主要|新建|在建|高速|铁路)")


# A总投资153亿元 / A总投资为80亿元: one item of a name-and-money list. One pattern finds the list and reads each
# item's name (what comes before the item's own 总投资, whatever verb follows it: 总投资为, 总投资约), so no item of a
# list found is left without its name, and 投资建设A项目总投资10亿元 is not cut at its first 投资.
_ITEM_HEAD = r"[^，,。；;：:、]{4,40}?"
_ITEM_MONEY = r"总投资(?:约|达|为)?[\d.]+(?:万亿|亿|万)?元"
_MONEY_ITEM = _ITEM_HEAD + _ITEM_MONEY
_MONEY_ITEMS = re.compile(rf"(?<![^，,。；;：:\s]){_MONEY_ITEM}(?:、{_MONEY_ITEM})+(?=[，,。；;]|$)")
_MONEY_ITEM_HEAD = re.compile(rf"(?P<head>{_ITEM_HEAD}){_ITEM_MONEY}")
_OWN_MONEY_LEAD = re.compile(r"投资(?:约|达|超|为)? ?[\d.]+ ?(?:万亿|亿|万)?元(?:建设|新建)?的?")


def _named_works(item: str) -> bool:
    """太湖清淤固淤湿地带工程 named as one of a batch of projects: a works, though no facility word says what it builds
    (民生实事工程, 千村示范万村整治工程 are campaigns: nothing is left once the kinds of works are taken out)."""
    return item.endswith("工程") and len(_GENERIC.sub("", _WORKS_WORDS.sub("", item))) >= 4


def _after_lead(raw: str) -> str:
    """A list item without the verb or the group that opens it (推进A项目 -> A项目); 新农村建设工程 keeps its
    建设, because what is left after it (工程) is a bare suffix, not a name."""
    lead = _ITEM_LEAD.match(raw)
    rest = lead.group("rest") if lead else ""
    if rest.startswith("的") and rest != raw:
        rest = rest[1:]  # 今天开工的A工程、B工程: the 的 of the lead's clause, not of the first item's name
    return rest if len(rest) >= 2 and (len(core_name(rest)) >= 2 or len(core_name(raw)) < 2) else raw


def _item_name(raw: str) -> str:
    """A list item without its lead and the framing words that open it (加快建设浙西南科创产业园 -> 浙西南科创产业园;
    观摩团先后观摩A -> A: a lead word can open the words before the lead too)."""
    item, before = _after_lead(raw), raw
    while item != before:
        item, before = _after_lead(item), item
    framing = _FRAMING.match(item)
    while framing and framing.group(0) and len(item) - framing.end() >= 2:
        item = item[framing.end():]
        framing = _FRAMING.match(item)
    described = _DESCRIBED_BY.match(item)
    if described:
        item = item[described.end():]  # 获得省级荣誉的A, 位于城东的A: what is said of the item, then its name
    return item


# 荣获“X”称号的A等项目, 位于城东的A等项目: a clause (an honour received, the site) that describes the first
# item, closed by 的, before its name (at least two characters, with no 的 of their own, left after it)
_DESCRIBED_BY = re.compile(r"^[^，,。；;：:]{0,30}?(?:获得|荣获|获评|被评为|被授予|入选|位于|坐落于|地处)"
                           r"[^，,。；;：:的]{0,30}的(?=[^的]{2,}$)")


# 龙边溪水生态公园和赣东南高级技工学校一期: two works joined by 和 inside one item of a list
_ITEM_AND = re.compile(rf"(?:{SUFFIX}|{WEAK_SUFFIX}|工程|公园|[一二三四五首]期)和(?=[^和]{{4,}}$)")
# 大雅村绿道和黄花菜博物馆: a road or a place that names no works kind of its own, then a works that does
_ITEM_AND_WORKS = re.compile(rf"(?:绿道|步道|道路|广场|市场)和(?=[^和]{{2,}}(?:{SUFFIX}|{WEAK_SUFFIX}|工程)$)")


def _joined_item(item: str) -> list[tuple[str, int]]:
    """(name, offset) of each works an item names: 生物医美和血制项目 stays one (no works word before 和)."""
    joined = _ITEM_AND.search(item) or _ITEM_AND_WORKS.search(item)
    if not joined or is_generic(item[joined.end():]) or len(core_name(item[: joined.end() - 1])) < 2:
        return [(item, 0)]
    return [(item[: joined.end() - 1], 0), (item[joined.end():], joined.end())]


# 产业项目44项 / 17个项目 / 共43个: a group of projects counted, whose members a list names after it
_WORKS_COUNTED = re.compile(r"(?:项目|工程)(?:共|达)?(?:\d+|[一二三四五六七八九十百]+)[个项]"
                            r"|(?:\d+|[一二三四五六七八九十百]+)个[^，,。；;]{0,8}?(?:项目|工程)|共\d+个")
# 主要有A、B、C等; / 包括A、B等(图2) / 包括A、B等4条市政…: members closed by a bare 等 (a 等…项目 list is _LIST's)
_MEMBERS_OF_COUNT = re.compile(r"(?:主要|当中|其中)?(?:包括|包含|涵盖|有)[:：]?"
                               r"(?P<items>(?:[^，,。；;：:、]{4,40}、)+[^，,。；;：:、]{4,40}?)"
                               r"等(?![^，,。；;]{0,12}?(?:项目|工程))(?:[\d一二三四五六七八九十]+[个条座项所][^，,。；;]{0,8})?"
                               r"(?=[，,。；;（(]|$)")


# 签约项目6个 / 重点项目12个 / 6个产业项目: a batch counted as works; 开工, 签约…: a stage in the sentence
_WORKS_BATCH = re.compile(r"(?:签约|开工|竣工|投产|重点|重大|产业|招商|在建|新建|续建|建设)(?:项目|工程)|[个项](?:签约|开工|竣工|投产|重点|重大|产业|招商)")
_STAGE_IN_SENTENCE = re.compile(r"开工|竣工|投产|签约|落地|落户|建成|动工|开建")
# 非遗手工坊体验, 电工实训课程, 船模型, 天使投资基金, 高龄津贴发放, 城乡低保提标: activities, courses, exhibits, funds or aid
_NOT_WORKS_MEMBER = re.compile(r"(?:体验|课程|培训|模型|沙盘|基金|津贴|补贴|补助|提标|发放|体检|演艺|直播带货|研学旅行|讲座|活动|"
                               r"比赛|大赛|展览?|成果展)$")


def _to_count(items: list[str], count) -> list[str]:
    """The items of a counted list: 10项…为：…、新城供水管网、污水处理站、热源点工程 has 12 pieces for 10 works, so the
    pieces without a works ending of their own share the 工程 of the next (one works), when that gives the count."""
    if count is None or len(items) <= count:
        return items
    merged: list[str] = []
    run: list[str] = []
    for item in items:
        run.append(item)
        if _WORKS_END.search(item):
            merged.append("、".join(run))
            run = []
    merged += run
    return merged if len(merged) == count else items


def _of_contest(text: str, list_end: int) -> bool:
    """Whether the items of a list that ends at `list_end` are a contest's events: a contest word in the sentence, not
    only in an occasion clause, and the list not the subject of a works stage (A、B等项目集中签约)."""
    if _WORKS_STAGE_AFTER.match(text, list_end):
        return False
    return any(not _OCCASION.search(clause.strip()) for clause in _CLAUSE_BREAK.split(text) if _CONTEST.search(clause))


# 分别是总投资0.3亿元的A绿化、亮化建设项目，总投资0.7亿元的B建设项目: works listed clause by clause, each after its own
# total investment
# (…的A生产基地、总投资3亿元的B综合体: an 、 before the next item's money closes the one before and opens the next)
_TOTAL_LEAD = r"总?投资(?:约|达|超)?(?P<amount>[\d.]+(?:亿|万)?元)的"  # 总投资X元的, before the works it pays for
_MONEY_LED_NAME = rf"(?P<name>[^，,。；;：:]{{4,40}}?(?:{SUFFIX}|工程))"
_MONEY_LED_ITEM = re.compile(rf"(?:^|[，,；;：:、]|分别(?:是|为)|包括|主要有){_TOTAL_LEAD}{_MONEY_LED_NAME}"
                             r"(?=[，,。；;]|$|、总?投资)")


_MONEY_LEAD_ITEM = re.compile(_TOTAL_LEAD)
# 20亿元以上项目1个，为总投资22.1亿元的A研发、生产、销售项目: the one member of a counted group, after its money
_ONE_MONEY_ITEM = re.compile(rf"(?:项目|工程)(?:1|一)个[，,]?(?:为|是|即){_TOTAL_LEAD}{_MONEY_LED_NAME}(?=[，,。；;]|$)")


def _money_items(text: str) -> list[NameMention]:
    """The works of a list written one clause each, 总投资X元的 and the name (two at least, or the one member of a
    group counted as 1个): each is a named project with its own money, whatever 、 or general words its name holds
    (…绿化、亮化建设项目, 高标准农田建设项目)."""
    items = list(_MONEY_LED_ITEM.finditer(text)) if "投资" in text else []
    lone = len(items) < 2
    if lone:
        items = list(_ONE_MONEY_ITEM.finditer(text)) if "投资" in text else []
    mentions = []
    for m in items:
        name = m.group("name")
        if len(core_name(_WORKS_WORDS.sub("", name))) < 2:
            continue
        if lone and (is_generic(name) and not _named_works(name) or _SCOPE_KIND.match(name)):
            continue  # 项目1个，为总投资1.5亿元的基础设施项目 / …的农村公路建设工程: the kind of the one member, not its name
        pieces = name.split("、")
        if len(pieces) > 1 and all(_WORKS_SUFFIX_END.search(piece) and len(core_name(piece)) >= 4 for piece in pieces):
            # 总投资1亿元的年产2万吨饲料项目、年产1万吨肥料项目: two works, each ending in its own works word (the money
            # said before the first)
            at = m.start("name")
            for k, piece in enumerate(pieces):
                mentions.append(NameMention(piece, at, at + len(piece), listed=True,
                                            prefix_investment=m.group("amount") if k == 0 else None))
                at += len(piece) + 1
            continue
        mentions.append(NameMention(name, m.start("name"), m.end("name"), listed=True,
                                    prefix_investment=m.group("amount")))
    return mentions


_WORKS_SUFFIX_END = re.compile(rf"(?:{SUFFIX}|工程)$")
# 农村公路建设工程, 城市更新工程: works of a kind a place or a sector builds, named by the kind alone
_SCOPE_KIND = re.compile(r"(?:农村|城市|乡村|城乡|市政|城区|老旧|民生|社会事业|公共服务|基础设施)")


# 金银岛、离城等五大“文旅+康养”综合体相继开工: places counted as N大 of one kind of works, each the kind's works there
_COUNTED_KIND = re.compile(r"(?:^|(?<=[，,。；;：:]))(?P<items>(?:[\u4e00-\u9fa5]{2,6}、)+[\u4e00-\u9fa5]{2,6}?)"
                           r"等(?:\d+|[两二三四五六七八九十]+)大(?P<head>[^，,。；;、等]{2,16}?"
                           r"(?:综合体|产业园|基地|小镇|园区|景区|片区))"
                           r"(?=(?:均|已|先后|相继|陆续|全面|顺利|同步)*(?:开工|竣工|建成|投产|签约(?!合作)|落地|开建|动工))")


def _counted_kind_items(text: str) -> list[NameMention]:
    """A、B等五大X综合体相继开工: each place of the list with the kind's head noun names one works."""
    mentions = []
    for m in _COUNTED_KIND.finditer(text):
        if _COUNTED_KIND_BATCH.match(text, m.end()):
            continue  # 高新区、经开区等四大产业园区相继开工项目32个: the places the projects started in
        position = m.start("items")
        items = m.group("items").split("、")
        lead = _COUNTED_KIND_LEAD.match(items[0])
        if lead:  # 目前青螺湾、石门等: the first item without the time or scope that opens the clause
            items[0], position = items[0][lead.end():], position + lead.end()
        if all(_DIRECTION_ITEM.match(item) for item in items) \
                or any(len(item) < 2 or _field_item(item) or _chain_field(item) or _COUNTED_KIND_NOT_PLACE.search(item)
                       for item in items):
            continue  # 招商服务、人才服务 / 数字经济、生物医药 / 春季、秋季 / 东区、西区: no places or proper names
        for item in items:
            mentions.append(NameMention(item + m.group("head"), position, position + len(item), listed=True))
            position += len(item) + 1
    return mentions


_COUNTED_KIND_BATCH = re.compile(r"(?:均|已|先后|相继|陆续|全面|顺利|同步)*(?:开工|竣工|建成|投产|签约|落地|开建|动工)(?:建设)?了?"
                                 r"(?:(?:项目|工程)(?:共|达)?[\d一二三四五六七八九十百]+[个项]|一大?批|[\d一二三四五六七八九十百]+[个项])")
_COUNTED_KIND_LEAD = re.compile(r"^(?:目前|其中|今年|去年|当前|现在|同时|此外|另外|截至目前|全县|全市|全区|全省|全镇)+")
_COUNTED_KIND_NOT_PLACE = re.compile(r"(?:服务|创新|转化|经济|产业|管理|发展|合作|研发|制造|贸易|金融|文化|教育|科技|招商|"
                                     r"[春夏秋冬]季|[上下]半年|季度|旺季|淡季)$")


def find_listed_names(text: str) -> list[NameMention]:
    """Items of A、B、C等(N个)…项目 lists, and of works listed with their total investment."""
    mentions: list[NameMention] = _money_items(text) + _counted_kind_items(text)
    if "、" not in text and "等" not in text:
        return mentions
    for m in _ENUMERATED.finditer(text):  # 14个项目分别是A、B、C: each item is a named project
        position = m.start("items")
        raws = _to_count(m.group("items").split("、"), parse_numeral(m.group("n") or m.group("m")))
        for i, raw in enumerate(raws):
            start, position = position, position + len(raw) + 1
            item = raw.strip()
            if _SHARE_COUNT.search(item):
                continue  # 分别为：甲县34个、乙区27个: the count split by place, not the members
            # 分别为总投资8亿元的A、总投资6亿元的B: each item's money before its name (a firm's, or a name with no works
            # word, too) is that item's own
            lead = _MONEY_LEAD_ITEM.match(item)
            money = lead.group("amount") if lead else None
            if lead:
                start += raw.index(item) + lead.end()
                item = item[lead.end():]
                if i + 1 < len(raws) and not _MONEY_LEAD_ITEM.match(raws[i + 1].strip()):
                    continue  # 总投资5.2亿元的A研发、生产项目: an 、 inside one name (_money_items reads it)
            # (新城路网工程: a counted member that ends in a works word names a works, however general its words)
            if 4 <= len(item) <= 60 and (len(_GENERIC.sub("", core_name(item))) >= 2
                                         or _WORKS_END.search(item) and len(core_name(item)) >= 4):
                mentions.append(NameMention(item, start, start + len(item), listed=True, prefix_investment=money))
    for m in COUNTED_CLOSE.finditer(text) if "、" in text else ():  # A、B、C、D四个项目: a list closed by its count
        if _NOT_A_BATCH.match(text, m.end()) or _CONTEST.search(text) and _of_contest(text, m.end()):
            continue  # 在男子举重、女子射击两个项目中夺得金牌 / …两个项目入选非遗名录: events or items of a roll
        items = _items_before(text, m.start(), int(parse_numeral(m.group("n") or m.group("p")) or 0))
        if not items:
            continue  # the count is not the list's: not its members
        position, first = items[0]
        item = _item_name(first)
        items[0] = (position + len(first) - len(item), item)
        members = []
        for position, item in items:
            if not 4 <= len(item) <= 30 or is_generic(item) and not _named_works(item) or _a_field(item) \
                    or _NOT_WORKS_ITEM.search(item) or _PERSON_ITEM.search(item):
                members = []
                break  # (生物医药、新材料两个项目: the fields of a batch; every item must name a works)
            members.append(NameMention(item, position, position + len(item), listed=True))
        mentions += members
    for m in _COUNTED_INTRO.finditer(text):  # 包括3个公共服务设施项目，A、B项目、C项目: items that name what they build
        items = m.group("items").split("、")
        if not all(_ANY_SUFFIX.search(item[-4:]) for item in items):
            continue  # 包括7个项目，可新增厂房、仓储面积…: not a list of names
        position = m.start("items")
        for raw in items:
            start, position = position, position + len(raw) + 1
            if not is_generic(raw) or _named_works(raw):
                mentions.append(NameMention(raw, start, start + len(raw), listed=True))
    for m in _WORKS_LIST.finditer(text):
        if _QUANTIFIED.search(m.group("items")):
            continue  # 开工建设一批核心竞争力突出、产业带动力强…的项目: qualities of a kind of project, not names
        if _PRODUCT_ITEMS.search(m.group("items")):
            continue  # 从墨新材料年产8000吨色母粒、5000吨色饼项目，总投资…: one project's products, not a list of works
        if _OWN_MONEY.search(m.group("items")) or _EVENT_WORDS.search(m.group("items")) or _kinds(m.group("items")):
            continue  # 总投资0.3亿元的A、B项目，总投资0.5亿元的C: own money; 集中开工、竣工仪式在X举行: an event
        position = m.start("items")
        for raw in m.group("items").split("、"):
            start, position = position, position + len(raw) + 1
            item = _after_lead(raw)
            start += len(raw) - len(item)
            item = re.sub(r"等$", "", item)  # A、B、C等，总投资…: the last item without the list's 等
            if _LIST_CLOSE.search(item):
                continue  # B等项目为主导产业项目: the last item and the close of a 等…项目 list (_LIST reads it)
            if (_FACILITY.search(item) or _ANY_SUFFIX.search(item) or _WORKS_WORDS.search(item)) \
                    and 4 <= len(item) <= 40 and not is_generic(item) and not re.search(r"\d+个|[。，]", item):
                mentions.append(NameMention(item, start, start + len(item), listed=True))
    for m in _MONEY_ITEMS.finditer(text) if text.count("总投资") > 1 else ():  # A总投资153亿元、B总投资80亿元: each its own
        position = m.start()
        for raw in re.findall(r"[^、]+", m.group(0)):
            start, position = position, position + len(raw) + 1
            own = _MONEY_ITEM_HEAD.fullmatch(raw)
            if not own:
                continue  # (each item of the list is one; a blank-led item read apart is skipped, not a crash)
            head = own.group("head")
            # 新增投资3亿元建设A项目总投资10亿元: the name follows any money said before it (that is not its own)
            item = _item_name(_OWN_MONEY_LEAD.split(head)[-1])
            if 4 <= len(item) <= 40 and not is_generic(item):
                at = start + len(head) - len(item)
                mentions.append(NameMention(item, at, at + len(item), listed=True))
    mentions += _stage_list(text)
    if "等" not in text:
        return _once(mentions)
    for m in _MEMBERS_OF_COUNT.finditer(text):  # 产业项目44项，…，主要有A、B、C等: the named members of a counted group
        counted = _WORKS_COUNTED.search(text, 0, m.start())
        if not counted:
            continue  # 主要包括A、B等 with no group of projects counted before: not said to be projects
        if re.search(r"包含|涵盖", m.group(0)[:4]) and not _WORKS_BATCH.search(text, max(0, counted.start() - 4), counted.end()) \
                and not _STAGE_IN_SENTENCE.search(text):
            continue  # 体验项目10个，包含…体验 / 民生工程10项，涵盖…: a batch of activities or aid, not of works
        position = m.start("items")
        for raw in split_items(m.group("items")):
            start, position = position, position + len(raw) + 1
            framing = _FRAMING.match(raw)  # (the lead is read: 竹子林生态通廊建设工程 keeps its 建设)
            item = raw[framing.end():] if framing and len(raw) - framing.end() >= 4 else raw
            start += len(raw) - len(item)
            # (广西某某有限公司技改项目: a firm's project, named by the firm)
            if 4 <= len(item) <= 40 and (not is_generic(item) or _OF_COMPANY.match(item)) \
                    and not re.search(r"\d+个|[。，]", item) and not _NOT_WORKS_MEMBER.search(item):
                mentions.append(NameMention(item, start, start + len(item), listed=True))
    for m in _INFRA_LIST.finditer(text) if "基础设施" in text else ():  # 金甬铁路、527国道嵊州段等交通基础设施建设
        items = [(raw, _item_name(raw)) for raw in split_items(m.group("items"))]
        if not all(_INFRA_ITEM.fullmatch(item) and not _INFRA_KIND.search(item) for _, item in items):
            continue  # 城市道路、农村公路等基础设施: kinds of works, not named ones
        position = m.start("items")
        for raw, item in items:
            start, position = position + len(raw) - len(item), position + len(raw) + 1
            mentions.append(NameMention(item, start, start + len(item), listed=True))
    for m in _LIST.finditer(text):
        group = "items" if m.group("items") else "single"
        there_are = _THERE_ARE.match(m.group(group))
        if _PLACES_LIST.match(text, m.end(group)) or _FIELDS_LIST.match(text, m.end(group)) \
                or group == "items" and _FIRMS_LIST.match(text, m.end(group)) \
                and not any(_WORKS_ITEM.search(item) for item in split_items(m.group(group))) \
                or _SUPPLIERS.match(text, m.end()) or _SHARE.match(text, m.end()) or _kinds(m.group(group)) \
                or ends_at(_QUANTIFIED_LEAD, text, m.start(group), 4) or _NOT_WORKS_CLOSE.search(text, m.end(group), m.end()) \
                or there_are and _in_kinds_frame(text, m.start(group) + m.group(group).rfind("的") + 1) \
                or _in_talks(text, _PROSPECT_LEAD.search(m.group(group).split("、")[0])) \
                or m.group(0).endswith("载体") and _IDLE.search(text, _clause_start(text, m.start()), m.end()) \
                or _pool_or_focus(text, m.start(group), m.end()) or _OFFICES_CLOSE.search(text, m.end(group), m.end()):
            continue  # 前往上海、山东等地招引项目; A、B等重大项目上下游配套企业; 一批科技服务、现代物流等现代服务业项目:
            # places, firms, the kinds of a batch; not the projects; 盘活A大厦、B写字楼等5万平方米闲置载体: buildings that
            # stand empty, put back to use
        position = m.start(group)
        # 绿色石化、新一代信息技术、高端装备制造等产业项目: industries a batch is sorted into, unless an item names a works
        # (新材料、新能源、环保再生产业等项目13个: the kind word that ends the last item is every bare field's head, not
        # of an item that names a facility: 城南农贸市场、城北公共停车场、数字经济等项目)
        industries = _INDUSTRY_KIND.search(m.group(0))
        if industries and "链" in industries.group(0) \
                and not all(_chain_field(_item_name(item)) for item in split_items(m.group(group))):
            industries = None  # 引进星河电子、东岭精密等产业链项目: firms' works along the chain, not its fields
        kind_last = not industries and _KIND_ITEM.search(split_items(m.group(group))[-1])
        contest = _of_contest(text, m.end()) if "赛" in text or "展演组" in text else False
        counted = bool(COUNTED_BATCH.search(m.group(0)))
        # (涉及生物医药、信息技术等203个创业项目: the fields a counted batch covers, the count before its noun)
        allotted = bool((_ALLOTTED.search(m.group(group).split("、")[0])
                         or _ALLOTTED.search(text, max(0, m.start(group) - 2), m.start(group)))
                        and (_COUNT_AFTER.match(text, m.end()) or COUNTED_BATCH.match(text, m.end(group))
                             and all(_FIELD_WORD.search(item) for item in split_items(m.group(group)))
                             # 涉及粮食、茶叶等的16个项目: the list is the object of 涉及 in a clause on the projects
                             or text.startswith("等的", m.end(group))))
        tenants = _TENANTS.match(text, m.end())
        head = _HEAD_NOUN.match(text, m.end(group)) if group == "items" else None
        head = head.group("head") if head and len(head.group("head")) >= 3 \
            and not is_generic(head.group("head") + "项目") else None
        for raw, named, width in _named_items(m.group(group)):
            start = position
            position += width + 1
            if not named or (industries or allotted) and not _WORKS_END.search(raw) \
                    or kind_last and (_FIELD_WORD.search(raw) or not names_a_works(raw)):
                continue
            opening = _THERE_ARE.match(raw) if start == m.start(group) else None
            if opening:  # 在…方面，有A、B等项目 / 也有A、B等重大工程: the list opens after 有
                raw, start = raw[opening.end():], start + opening.end()
            item = _item_name(raw)
            start += len(raw) - len(item)
            investment = None
            inv = _INVESTMENT_PREFIX.match(item)
            if inv:  # 投资136.6亿元的A、B等21个项目: the money of the batch, unless each item has its own
                own = len(re.findall(r"投资(?:约|达|超)? ?[\d.]+ ?(?:万亿|亿|万)?元的", m.group(group))) > 1 \
                    or not COUNTED_BATCH.search(m.group(0))
                investment = inv.group("amount") if own else None
                start += inv.end()
                item = item[inv.end():]
            item = re.sub(r"建设$", "", item.strip())
            if m.group(0).endswith("工程") and not (_FACILITY.search(item) or _ANY_SUFFIX.search(item)):
                continue  # 教育、医疗等民生工程: fields of work, not works
            if _KIND_ITEM.search(item) or _PERSON_ITEM.search(item) or contest and not (_WORKS_END.search(item) or _FACILITY.search(item)):
                continue  # 乡愁富民产业等协作项目: an industry named; 县委副书记、县长…: people, not projects
            if tenants and not _ANY_SUFFIX.search(item):
                continue  # A科技、B智能等5个项目已入驻: firms that moved into a park, no works of their own named
            if group == "single" and width < 6 and not _ANY_SUFFIX.search(item):
                continue  # 南山隧道等27个项目 names a works; a short word before 等N个项目 need not
            # (A填海造地工程、B等5个项目: a works item of a counted list of projects, though no facility word names it)
            if _works_kind(item):
                continue  # 道路、绿化等市政配套项目: kinds of works, nothing that names one
            if 2 <= len(item) <= 40 and (not is_generic(_without_works_verb(item))
                                         or (group == "single" or counted) and _named_works(item)) \
                    and not re.search(r"\d+个|[。，]", item):
                for part, at in _joined_item(item):
                    # 苹果、华为等数据中心项目: each item is one of the kind of works the list names
                    # (城东小学、城西中学等学校项目: items that name their own facility keep their names)
                    name = part + head + "项目" if head and not (_WORKS_END.search(part) or _FACILITY.search(part[-3:])) \
                        else part
                    closing = "工程" if m.group(0).endswith("工程") and not m.group(0).endswith("工程项目") else "项目"
                    if name == part and len(part) < 4 and m.group(0).endswith(("项目", "工程")) \
                            and not (_ANY_SUFFIX.search(part) and closing == "项目"):
                        if _DIRECTION_ITEM.match(part) or only_a_place(part):
                            continue  # 城南、城北等3个项目: where the projects are, none of them named
                        if _FACILITY.fullmatch(part) or _ANY_SUFFIX.fullmatch(part):
                            continue  # 水库、山塘等除险加固工程 / 学校、医院等民生工程: kinds of facility, none named
                        # 电信、联通等6个项目: a short item takes the list's head noun (电信项目); 东二路、经一路等工程: a
                        # road's short name takes 工程 (经一路工程), the works the list names
                        name = part + closing
                    mentions.append(NameMention(name, start + at, start + at + len(part), listed=True,
                                                prefix_investment=investment if at == 0 else None))
    return _once(mentions)


# 城南、城北、城东 / 东区、西片: a part of a town by its direction
_DIRECTION_ITEM = re.compile(r"^(?:城|县城|镇|老城|新城|主城|市)?[东南西北中]{1,2}(?:区|部|片|郊|城|侧|岸)?$")


def _once(mentions: list[NameMention]) -> list[NameMention]:
    """An item found by two list patterns (a count close and a list with its money: A、B两个项目，总投资…) once."""
    return list({(m.start, m.end): m for m in mentions}.values())


_NAVIGATION = re.compile(r"^(?:当前位置|您的位置|您现在的位置)|[>»›＞].*[>»›＞]")


_MENU_BREAK = re.compile(r"[\s|｜/]+")


def is_navigation(text: str) -> bool:
    """A breadcrumb or a menu line (首页 > 新闻中心 > 政务公开): page furniture, not text."""
    if _NAVIGATION.search(text):
        return True
    tokens = [t for t in _MENU_BREAK.split(text) if t]
    return len(tokens) >= 3 and all(len(t) <= 6 for t in tokens) and any(_MENU.fullmatch(t) for t in tokens)


# 发布的“十大招商场景”分别为：A、B: what is offered to investors or shown as a case, not projects under way
_COMMA_MEMBER = re.compile(r"[^，,。；;]{0,8}[，,]")
_OTHER_LIST = re.compile(r"(?:场景|案例|机会)[”\"]?(?:分别为|分别是|包括|有)[：:]?")


# (not 项目现场会 / 现场推进会 / 现场观摩会: a meeting named after the sites, its items campaigns)
_LIST_PREDICATE = re.compile(r"(?P<site>现场(?![会推观]))|(?:均|都|全部)?(?:已经?)?(?:顺利|正式|全面|相继|先后)?(?:开工|动工|开建|建成|竣工|完工|投产|签约"
                             r"|通过(?:竣工)?验收|封顶)")
_ALL_OF_THEM = re.compile(r"(?:均|都|全部)(?:已经?)?(?:开工|动工|建成|竣工|完工|投产|签约|开建|进入|完成|通过)")
# an item that names a firm, a unit, a person or a bare place, not a works; or a programme for people (海外高层次人才创业,
# 博士后科研工作站, 电商技能培训) or a craft (青瓷烧制技艺)
# (a 新校区 or a 小区 is built: not a district)
_NOT_WORKS_ITEM = re.compile(r"(?:公司|集团|股份|企业|单位|部门|厂家|农户|委|局|办|省|市|县|(?<![校小])区|镇|乡|街道|村|社区"
                             r"|人才|团队|工作站|工作室|创业|培训|技艺)$|的|等|\d+个")
# 城关小学, 县人民医院: an institution that stands already; a visit to it is no visit to works unless a works word says
# what is built there (城东小学扩建, 县职业中专新校区, 人民医院门诊楼)
_INSTITUTION = re.compile(r"(?:小学|中学|大学|学校|学院|中专|医院|卫生院|幼儿园|养老院|敬老院|福利院)$")
# 星河电子、远山纺织…项目现场，了解企业生产经营情况: a visit to firms at work, not to works
_FIRMS_VISITED = re.compile(r"企业|公司|生产经营|经营情况")


def _visited_works(item: str, firms: bool) -> bool:
    """Whether an item of a list a visit goes to names works: an institution only with a works word (城东小学扩建), a
    bare name (星河电子) only when the visit is not to firms."""
    works = bool(_WORKS_WORDS.search(item) or _ANY_SUFFIX.search(item))
    if _INSTITUTION.search(item):
        return works
    return works or bool(_FACILITY.search(item)) or not firms


_DONE_LEAD = re.compile(r"(?:全年|年内|今年|去年|本年)?(?:已|已经|顺利|如期|提前|全面|相继|先后)?(?:完成|建成|投用|完工|竣工|开工|投产)了?(?!率)")


def _shared_suffix(found: list[NameMention], text: str) -> list[NameMention]:
    """先后到A、B、C项目现场 / 目前，A一期、B一期项目顺利通过验收: items joined by 、 right before a …项目 name, from
    the start of its clause, share its 项目 (one list of works); A、B基地均已开工建设: 均 spreads the verb over the items
    of the list. The list is the subject of a works' stage or the site of a visit (not 获得A、B项目金牌: a contest's
    events); every item must name a works, else none is read."""
    added: list[NameMention] = []
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]  # where each clause opens (one pass over the sentence)
    starts = [m.start for m in found]  # (found is in text order)
    for n in found:
        predicate = _LIST_PREDICATE.match(text, n.end) if n.name.endswith("项目") else None
        opening = breaks[bisect_right(breaks, n.start) - 1] if breaks and breaks[0] <= n.start else 0
        # 完成万泰、乐江项目主体, 投用A、B项目: a review's verb of a stage reached opens the clause, the list is its object
        done = n.name.endswith("项目") and _DONE_LEAD.match(text, opening)
        if n.listed or n.weak or text[n.start - 1: n.start] != "、" \
                or not (predicate or done or _ALL_OF_THEM.match(text, n.end)):
            continue
        visit = bool(predicate and predicate.group("site"))
        firms = visit and bool(_FIRMS_VISITED.search(text, n.end))
        if bisect_left(starts, opening) < bisect_left(starts, n.start):
            continue  # the names before it are read already (A项目、B项目: a series of its own)
        raws = text[opening: n.start - 1].split("、")
        items = []
        position = opening
        for index, raw in enumerate(raws):
            if index == 0 and done:
                item, cut = raw[done.end() - opening:], done.end() - opening
            else:
                item, cut = _trim(raw) if index == 0 else (raw, 0)
            # (not 完成城东、城西片区棚改项目验收: parts of one name before a longer shared name, not names of their own)
            short = done and 2 <= len(item) < 4 and not re.search(r"[^\u4e00-\u9fa5A-Za-z0-9]", item) \
                and len(n.name) - 2 <= 3
            if not (4 <= len(item) <= 30 or short) or _NOT_WORKS_ITEM.search(item) or _PERSON_ITEM.search(item) \
                    or is_generic(item + "项目") or (index and _trim(raw)[1]) or visit and not _visited_works(item, firms):
                items = []
                break  # (an item cut by a verb of its own is a clause, not a member)
            # (a name shorter than four characters takes the list's 项目: 万泰项目)
            items.append(NameMention(item + "项目" if short else item, position + cut, position + cut + len(item),
                                     listed=True))
            position += len(raw) + 1
        added += items
    return sorted(found + added, key=lambda m: m.start) if added else found


def names_a_works(name: str) -> bool:
    """城南物流园项目, 东湖大桥工程, 城北公共停车场: a name that says what it builds (a works or a facility word before
    its 项目), not 焊工项目 (the event of a contest) or 新能源汽车零部件 (a field of industry)."""
    bare = re.sub(r"(?:建设)?项目$", "", name)
    return bool(_WORKS_END.search(bare) or _FACILITY.search(bare) or bare.endswith("场"))


# A town's or a county's review names its works by their facility, phase or section, with no 项目: 琴山公园一期完成预验收,
# 环城东路二标段已进入收尾阶段、三标段正加紧建设, 城南大道延伸、虹三线进展顺利, 投用合兴三期. The subject of a clause that
# reports progress (or the object of a verb that puts it into use) is a works when it ends in a phase, a section or a
# road's word; a bare phase or section after 、 is the section of the road named before it.
_PHASE_TAIL = r"(?:[一二三四五六七八九十首]|\d{1,2})期"
_SECTION_TAIL = r"(?:[一二三四五六七八九十]|\d{1,2})(?:标段|标)"
_ROAD_TAIL = r"(?:路|大道|公路|快速路|线|大桥|隧道)(?:延伸段?|拓宽|西延|东延|南延|北延|改造|提升)?(?:工程)?"
_PROGRESS_ITEM = rf"[\u4e00-\u9fa5A-Za-z0-9]{{2,16}}?(?:{_PHASE_TAIL}|{_SECTION_TAIL}|{_ROAD_TAIL})"
_PROGRESS_PREDICATE = (r"(?:已经?|正在?|均|都|基本|顺利|如期|提前|全面|已全面|目前)*"
                       r"(?:完成(?:了)?(?:预|竣工|交工|主体)?验收|通过(?:竣工|交工)?验收|进入收尾|加紧建设|加快建设|加紧施工"
                       r"|进展顺利|推进顺利|建成通车|开工建设|开工|完工|竣工|建成|投用|投入使用|结顶|封顶|通车)")
_PROGRESS_SUBJECTS = re.compile(rf"(?:^|(?<=[，,；;。]))(?P<items>{_PROGRESS_ITEM}(?:、(?:{_PROGRESS_ITEM}|{_SECTION_TAIL}|{_PHASE_TAIL}"
                                rf"))*)(?:、(?P<elided>{_SECTION_TAIL}|{_PHASE_TAIL}))?{_PROGRESS_PREDICATE}")
# 投用合兴三期 / 建成城东小学二期: a phase put to use, then the clause ends
_PUT_TO_USE = re.compile(rf"(?:^|(?<=[，,；;。]))(?:全年|年内|今年|去年|本年)?(?:已|顺利|如期|提前)?(?:投用|建成|完工|竣工)了?(?P<items>[\u4e00-\u9fa5A-Za-z0-9]{{2,16}}?"
                         rf"{_PHASE_TAIL})(?=[，,；;。]|$)")
_PROGRESS_ITEM_RE = re.compile(_PROGRESS_ITEM)
_BARE_TAIL = re.compile(rf"{_SECTION_TAIL}|{_PHASE_TAIL}")
# the words of a clause that opens with what it is about, not with a works: 全线, 全市, 该路, 一期
_NOT_A_SUBJECT = re.compile(r"^(?:全|该|本|此|其|这|我|各|项目|工程|道路|公路|线路|主线|支线|一期|二期|三期|首期|生产线|[一二三四五六七八九十\d]+条)")


# a line of service, a bus route or a session of a course, named by 线/路/期 like a works: 12345政务服务热线, 公交5路,
# 8路线, 培训第三期
_NOT_WORKS_TAIL = re.compile(r"热线|专线|班线|公交|客运|航线|线路|(?:[\d一二三四五六七八九十]+路)(?:线)?$|路线$|培训|讲堂|课堂|"
                             r"[训修研]班|论坛|活动|第(?:[一二三四五六七八九十]+|\d+)期")


def _progress_item(item: str) -> bool:
    """A clause's subject that names one works: a name of its own before its phase, section or road word."""
    own = re.sub(rf"(?:{_PHASE_TAIL}|{_SECTION_TAIL}|{_ROAD_TAIL})$", "", item)
    if _NOT_WORKS_TAIL.search(item):
        return False
    return len(re.findall(r"[\u4e00-\u9fa5A-Za-z0-9]", own)) >= 1 and len(item) >= 3 \
        and not _NOT_A_SUBJECT.match(item) and not _CUT.search(item) and not _FRAMING.match(item) \
        and not _CATEGORY.search(own) and len(_GENERIC.sub("", own)) >= 1 and not only_a_place(own) \
        and len(_WORKS_WORDS.sub("", own)) >= 2  # (配套道路工程开工: works words, no name of its own)


def _progress_subjects(text: str) -> list[NameMention]:
    """Works a review names by facility, phase or section as the subject of their progress (see _PROGRESS_SUBJECTS)."""
    found: list[NameMention] = []
    if not re.search(r"期|标|路|线|桥|隧道", text):
        return found
    for pattern in (_PROGRESS_SUBJECTS, _PUT_TO_USE):
        for m in pattern.finditer(text):
            position = m.start("items")
            base = None
            raws = m.group("items").split("、") + ([m.group("elided")] if pattern is _PROGRESS_SUBJECTS
                                                   and m.group("elided") else [])
            items = []
            for raw in raws:
                start, position = position, position + len(raw) + 1
                if _BARE_TAIL.fullmatch(raw):
                    if base is None:
                        items = []
                        break
                    items.append(NameMention(base + raw, start, start + len(raw), listed=True))
                    continue
                if not _progress_item(raw):
                    items = []
                    break
                tail = _BARE_TAIL.search(raw)
                base = raw[: tail.start()] if tail and tail.end() == len(raw) else None
                items.append(NameMention(raw, start, start + len(raw), listed=True))
            found += items
    # 环城东路二标段已进入收尾阶段、三标段正加紧建设: a bare section with its own progress, of the road named before
    for m in _BARE_PROGRESS.finditer(text) if found else ():
        before = [n for n in found if n.end < m.start() and _BARE_TAIL.search(n.name)]
        if before and m.start() - before[-1].end <= 20:
            base = before[-1].name[: _BARE_TAIL.search(before[-1].name).start()]
            if base and not base.endswith(m.group("bare")):
                found.append(NameMention(base + m.group("bare"), m.start("bare"), m.end("bare"), listed=True))
    return sorted(found, key=lambda n: n.start)


_BARE_PROGRESS = re.compile(rf"(?<=、)(?P<bare>{_SECTION_TAIL}|{_PHASE_TAIL}){_PROGRESS_PREDICATE}")


# ---- one test for a name, whichever pattern found it (round 22: a positive test, not one more verb a notice brings).
# A name is a works head with a part of its own that sets it apart. What opens or surrounds a phrase that is no name:
# 做实做细项目, 抓早抓小: a reduplicated exhortation, all the run has before its head: the same verb twice, each with a
# complement of its own (not any character said twice: 海昌海洋公园, a brand; 柳州柳工, 重庆重钢, a city and its firm;
# 中山中路, an ABAC road)
_EXHORT_VERB = r"[做抓真严早快提稳强谋促干]"
_EXHORT_COMPLEMENT = r"[实细深早小紧好快严牢精优大强准透足全硬新稳]"
_EXHORTATION = re.compile(rf"({_EXHORT_VERB}){_EXHORT_COMPLEMENT}\1{_EXHORT_COMPLEMENT}")
# 以服务提效促项目, 以赛促建: a means and the end it serves, a working method
_MEANS_TO_END = re.compile(r"^以[\u4e00-\u9fa5]{1,12}?促")
# 这些项目, 部分重点交通项目, 新开工电源项目: a quantifier, a demonstrative or the stage a batch is sorted by, not a name
_QUANTIFIER_LEAD = re.compile(r"^(?:这些|那些|这类|那类|部分|一些|有些|某些|个别|多数(?!民族)|大部分|少数(?!民族)|诸多|众多|其余|"
                              r"新(?:开工|投产|签约|竣工|建成|落地|开建|动工|增|上马))")
# 省工信厅认定19家工业设计中心: units counted by 家 in figures inside the run, a group of holders, not one works (not
# 田七家化项目: a numeral inside a brand)
_COUNTED_IN = re.compile(r"\d+家")
# 由3家央企联合投资宏图新材料产业园项目: the investors counted by 家 and their verb open the run; the name is what follows
_COUNTED_INVESTORS = re.compile(r"^(?:由|经)?\d+家[\u4e00-\u9fa5]{1,6}?(?:联合|共同|合作)?(?:投资|出资|合资|共建|建设|打造)(?:建设|兴建)?")
# 总经理樊某作项目介绍: a firm's officer inside the run, the clause of a speaker (not 市长, 县长: 防城港市长科新材料…
# reads a town and a brand as a mayor)
_POST_IN = re.compile(r"总经理|董事长|总裁|书记|同志")
# 母基金, 中央预算内资金, 新型政策性金融工具: money or a means of funding, nothing built
_FUNDS_HEAD = re.compile(r"(?:基金|资金|金融工具|债券|贷款)$")
# 以半导体、工程机械等为代表的制造业项目 / 以数字经济为代表的科技人才项目: a kind and the examples that stand for it
_REPRESENTED_CLOSE = re.compile(r"等?为代表的")
# A中心、B中心被认定为省级工业设计中心 / 通过省级工业设计中心复核: buildings' words named as the holders of a designation
# or of its review, not buildings built (通过竣工验收 is a works' own stage)
# (宜来高速公路被确定为省重大项目, 城南大桥被评定为优质工程: a works designated as a project or a works keeps it; a road,
# a bridge or a tunnel is built whatever title it gets; 命名为清江大桥 gives a name, no designation)
_DESIGNATED_AFTER = re.compile(r"[^，,。；;]*?(?:(?:被|获)?(?:认定为|评为|评定为|命名为|授予|确定为)|通过[^，,。；;]{0,16}?(?:复核|复评|复查|认定|评定))")
_DESIGNATED_BEFORE = re.compile(r"(?:认定为|评为|评定为|授予|确定为)(?:(?:19|20)\d{2}年度?)?$")  # …被认定为省级工业设计中心: the title itself
_RENAMED = re.compile(r"被?(?:正式)?命名为")
_DESIGNATED_AS_WORKS = re.compile(r"[^，,。；;]*?(?:项目|工程|工地)")
_ROUTE_WORKS = re.compile(r"(?:路|公路|铁路|高速|大桥|桥|隧道|航道|码头|港区)(?:[一二三四首]期)?(?:工程|项目)?$")
# A、B…等10家企业(或项目)荣获第七届中国工业大奖: an honour roster counted in 家, its members are holders, not works
# (入选省重大项目, 获…专项资金支持: a works selected or funded; only an honour title makes a roster)
_HONOUR_ROSTER = re.compile(r"等(?:\d+|[一二三四五六七八九十百两几数]+)家[^，,。；;]{0,12}?"
                            r"(?:荣获|获得|获评|获|入选|被评为|被授予|摘得|斩获|上榜|荣登)"
                            r"[^，,。；;]*?(?:奖|称号|荣誉|示范|标杆|百强|名牌|先进|优秀|冠军|之星)")
# …称号, 通过…复核: a title held or reviewed; 省级工业设计中心是指…的企业工业设计中心: a kind defined, and what defines it
# 农村公路建设工程, 城市道路工程: a scope and a bare facility word, a kind of works (the works words after it aside)
_WORKS_WORDS_END = re.compile(rf"(?:{_WORKS_WORDS.pattern})+$")


def _kind_of_works(own: str) -> bool:
    """农村公路, 市政道路: a scope word, then only a facility word (not 城区污水处理厂: a facility of its own)."""
    scope = _SCOPE_KIND.match(own)
    if not scope or scope.end() == len(own):
        return False
    rest = _WORKS_WORDS_END.sub("", own[scope.end():])
    return not rest or bool(_FACILITY.fullmatch(rest))


# (…中心认定是…: the designation itself; X项目认定为省级小微企业园: a works given a title keeps it)
# 是指 defines only where 指 is no word's first character (是指挥部, 就是指导: no definition)
_SHI_ZHI = r"(?:是指(?![挥导标示引出南定数令明向派])|指的是)"
_TITLE_AFTER = re.compile(rf"称号|复核|复评|复查|认定(?!为)|[，,]?{_SHI_ZHI}")
_DEFINED_AS = re.compile(_SHI_ZHI)
# 比如/例如 after a definition: the examples it gives are works of their own
_EXAMPLE_OPENS = re.compile(r"比如|例如|譬如")
_QUOTES = (("“", "”"), ("(（", ")）"))
_FACILITY_END = re.compile(rf"(?:{_FACILITY.pattern})$")  # (（一期): a half-width and a full-width bracket still pair up


def _unbalanced(name: str) -> bool:
    """月调度”, 一二三产融合): a run that closes a quote or a bracket it never opened is a fragment of a longer phrase."""
    return any(sum(map(name.count, a)) != sum(map(name.count, b)) for a, b in _QUOTES)


def _in_quoted_series(text: str, start: int) -> bool:
    """“日汇报、周督办、月调度”: an item inside short quotes that hold a 、-series and no clause is a slogan's part, not a
    name (a quoted speech, 县长:“推进A项目、B项目，…”, holds clauses and keeps its names)."""
    opened = text.rfind("“", 0, start + 1)
    if opened < 0 or text.rfind("”", opened, start) >= 0:
        return False
    closed = text.find("”", start)
    quoted = text[opened:closed]
    if not (0 <= closed - opened <= 24 and "、" in quoted and not _CLAUSE_BREAK.search(quoted)):
        return False
    # (“东湖大桥、西山隧道”, “A产业园项目、B基地项目”: each item with a works head of its own is a list of works)
    return not all(map(_works_end, quoted[1:].split("、")))


def _works_end(item: str) -> bool:
    """南站枢纽, 西山隧道, A产业园项目: the item ends with a works head or a facility word."""
    return bool(_CORE_TAIL.search(item) or _FACILITY_END.search(item))


def _list_close(text: str, end: int) -> re.Match | None:
    """The 等… that closes the list a listed name ends, in its clause (None when the clause has no 等 after it)."""
    breaks = _CLAUSE_BREAK.search(text, end)
    stop = breaks.start() if breaks else len(text)
    at = text.find("等", end, stop)
    return None if at < 0 else re.compile(r"等.*", re.S).match(text, at, min(len(text), stop + 24))


def is_project_name(name: str, text: str = "", start: int | None = None, end: int | None = None,
                    weak: bool = False) -> bool:
    """The one test every candidate name passes before it is a project: a works head and a part of its own, with no
    leading exhortation, means-to-end frame, quantifier, demonstrative or batch stage, no person or count of units in
    it, no fund for a head, and (given the sentence) not a slogan's part, a kind's example or an honour roster's member.
    (Round 22: earlier rounds listed verbs one notice at a time; these are the shapes such phrases share.)"""
    plain = name.lstrip("●■◆▲★·•")
    if _unbalanced(plain) or _FUNDS_HEAD.search(plain):
        return False
    head = _CORE_TAIL.search(plain)
    own = plain[: head.start()] if head else plain
    if len(re.findall(r"[\u4e00-\u9fa5A-Za-z0-9]", own)) < 2:
        return False  # a head with nothing of its own
    if _EXHORTATION.fullmatch(own) or _MEANS_TO_END.match(own) or _QUANTIFIER_LEAD.match(own) \
            or _COUNTED_IN.search(own) or _POST_IN.search(own) or _kind_of_works(own):
        return False
    if start is None or end is None or not text:
        return True
    if _TITLE_AFTER.match(text, end) or (plain.startswith("所谓") or text.startswith("所谓", max(0, start - 2))) or _in_definition(text, start):
        return False  # a title held or reviewed, or a kind defined (所谓X项目，是指…), not a works
    if weak and (_RENAMED.match(text, end) or not _ROUTE_WORKS.search(plain)
                 and (_designated_after(text, end) or _DESIGNATED_BEFORE.search(text, max(0, start - 10), start))):
        return False  # (县城新建跨江大桥被命名为清江大桥: the description a name replaces)
    if _in_quoted_series(text, start) or _REPRESENTED_CLOSE.search(text, max(0, start - 5), start) \
            and text[max(0, start - 5): start].endswith(("为代表的",)):
        return False
    close = _list_close(text, end)
    # (以A项目、B项目等为代表的: named works stand for the batch; 以半导体、工程机械等为代表的: kinds, refused)
    represented = close and (_REPRESENTED_CLOSE.match(close.group(0), 0) or _REPRESENTED_CLOSE.match(close.group(0), 1)) \
        and not _CORE_TAIL.search(text, start, end)
    return not (represented or close and _HONOUR_ROSTER.match(close.group(0)))


def _designated_after(text: str, end: int) -> bool:
    """…被认定为省级工业设计中心 after a building's name; not when the title is a project or a works (确定为省重大项目,
    评定为优质工程)."""
    m = _DESIGNATED_AFTER.match(text, end)
    return bool(m) and not _DESIGNATED_AS_WORKS.match(text, m.end())


def _in_definition(text: str, start: int) -> bool:
    """A name inside the clause a 是指 opens (是指…的项目); an example after it (，比如/例如…) is a works of its own."""
    last = next(reversed(list(_DEFINED_AS.finditer(text, 0, start))), None)  # the latest 是指 before the name
    if last is None:
        return False
    between = text[last.end():start]
    return not _CLAUSE_BREAK.search(between) and not _EXAMPLE_OPENS.search(between)


def _trimmed(n: NameMention) -> NameMention:
    """由3家央企联合投资宏图新材料产业园项目 -> 宏图新材料产业园项目 (the investors counted by 家 and their verb);
    “东湖大桥 / 南站枢纽” -> the works without the quote mark of the list it opens or closes."""
    cut = _COUNTED_INVESTORS.match(n.name)
    if cut and len(n.name) - cut.end() >= 4:
        n = NameMention(n.name[cut.end():], n.start + cut.end(), n.end, n.listed, n.weak, n.prefix_investment, n.series)
    if n.name.startswith("“") and "”" not in n.name and _works_end(n.name):
        n = NameMention(n.name[1:], n.start + 1, n.end, n.listed, n.weak, n.prefix_investment, n.series)
    if n.name.endswith("”") and "“" not in n.name and _works_end(n.name[:-1]):
        n = NameMention(n.name[:-1], n.start, n.end - 1, n.listed, n.weak, n.prefix_investment, n.series)
    return n


def names_in(text: str, named_before: bool = False) -> list[NameMention]:
    """All project names in a sentence: suffix names and list items, without overlaps (`named_before`: find_names)."""
    if is_navigation(text):
        return []
    listed = find_listed_names(text)
    named = [n for n in find_names(text, named_before)
             if not any(n.start < item.end and item.start < n.end for item in listed)]
    # (分A项目、B项目等十大类: the kinds of a batch, however a list pattern read them; 今天开工的A大桥工程、B隧道工程等
    # 3大类12个项目: named works are members of the batch, whatever kinds it is sorted into)
    kinds = _kinds_list_ends(text)
    found = sorted((n for n in named + listed if n.end not in kinds or not kinds[n.end] and _named_facility(n.name)),
                   key=lambda n: n.start)
    found = _shared_suffix(found, text)
    progress = [n for n in _progress_subjects(text) if not any(n.start < f.end and f.start < n.end for f in found)]
    if progress:
        found = sorted(found + progress, key=lambda n: n.start)
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if not a.listed and b.listed and a.name.endswith("项目") and _COMMA_MEMBER.fullmatch(text, a.end, b.start) \
                and COUNTED_BATCH.match(text, b.end):  # 有A项目一期二、三阶段，B工程等50个项目: A is the list's first item
            found[i] = NameMention(a.name, a.start, a.end, a.listed, a.weak, a.prefix_investment, True)
    # (全省城镇老旧小区改造, 全县农村饮水安全工程: a programme over a whole place, no one works)
    found = [n for n in found if not _WHOLE_PLACE.match(n.name)]
    # (两个重点项目，即A项目和B项目: an appositive 即 after a comma or a colon is no part of the name; 即食海参…项目,
    # 即发集团…项目 hold it)
    found = [NameMention(n.name[1:], n.start + 1, n.end, n.listed, n.weak, n.prefix_investment, n.series)
             if n.name.startswith("即") and len(n.name) > 3 and n.start > 0 and text[n.start - 1] in "，,：:、" else n
             for n in found]
    found = [n for n in map(_trimmed, found) if is_project_name(n.name, text, n.start, n.end, n.weak)]
    other = _OTHER_LIST.search(text) if "分别" in text or "包括" in text or "有" in text else None
    return [n for n in found if n.start < other.start()] if other else found


_WHOLE_PLACE = re.compile(r"全(?:省|市|县|区|国|镇|乡)")
