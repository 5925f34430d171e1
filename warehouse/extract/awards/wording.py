"""How award sentences are worded: the verbs that report an honour, the phrases that grant one, point back to
one, count prizes or only aim at one — the vocabulary the reader (reader.py) matches sentences against."""
from __future__ import annotations

import re

from .parts import GRADE, PERSON_TIMES

# 初评为 / 拟评为 / 拟被认定为 / 被初步评为 / 被预授予: a step toward an honour (a first round, a proposal), none
# conferred yet (a bare 评为 / 命名为 after 被 is the 被 form's, read there)
_NOT_YET = r"(?<![初拟预])(?<!初步)"
# 入选率居全国前列 / 入选数超过往届 / 入选数量: a rate or a count of those selected, not 入选 a list; 入选数字乡村…
# / 入选数智… / 入选数据… enter a title that begins with 数 (the count noun 数 is followed by what it does, or by nothing)
_NOT_A_TALLY = r"(?!率|数(?:量|目|[为达居位列排超增已共是有和与及比占均较仅也还都]|[\d，,。；;、]|$))"
# 第六届全国文明城市入选城市名单 / 入选名单: 入选 inside a list's name (the list of those who entered), no verb
_LIST_OF_ENTRANTS = r"(?!(?:城市|县城|单位|企业|项目|作品|县|村|镇|乡镇)?名单)"
VERB = re.compile(
    r"(?<![是否能未应将拟可要需缓不])(?<!不再)(?<!没有)(?<!无法)(?<!不予)(?<!建议)"
    # (我县必须保留…称号 / 将难以保留 / 正在申请保留 / 确保保留: a title to keep, not kept)
    r"(?<!必须)(?<!难以)(?<!申请)(?<!争取)(?<!确保)(?<!力争)(?<!才能)(?<!能够)(?<!努力)(?<!希望)(?<!如何)(?<!为了)"
    r"(?:(?:继续|仍然|仍)保留(?=“[^”]{2,30}”(?:荣誉)?称号)|"
    # (…等25家企业符合认定要求，保留县级农业龙头企业称号: a title kept after a review, named bare)
    # (保留A公司X称号: a holder inside the object; 分别保留A、B、C称号: titles for groups, read where they pair: no such title)
    r"(?:继续|仍然|仍予|仍|予以|(?<!继续)(?<!仍然)(?<!仍予)(?<!仍)(?<!予以))保留(?=(?:\d{4}年度?)?(?:全国|国家级?|全省|省级|全市|市级|全县|县级|全区|区级|[\u4e00-\u9fa5]{2,4}[省市县区])"
    r"[^，,。；;“”、]{2,24}?(?:荣誉)?称号(?:[，,。；;]|$)))|榜上有名|名列其中|(?:拥有|(?<!建设|工作|事业)(?<!建设了|工作上)收获)(?=[^，,。；;]{2,120}?等(?:多|诸多|众多|[\d一二三四五六七八九十]+余?)?[项个块张]?(?:美誉|荣誉称号|荣誉|殊荣)(?:[，,。；;]|$))|荣列其中|名列(?=“[^”]{2,30}”[\u4e00-\u9fa5]{0,8}(?:[，,。；;！!]|$))|赫然在列|位列其中|荣获|斩获|揽获|摘得|摘获|摘取|夺得|勇夺|力夺|(?:首|再|连|喜|又)夺(?![取得])|(?:位列|进入|迈入|跨入)(?=[^，,。；;]{2,30}?(?:百强|千强|强[县区市镇])[”」]?(?:行列|第?[\d一二三四五六七八九十]+(?:强|位|名))?(?:[，,。；;、]|$))|问鼎|捧得|捧回|蝉联|荣膺|获评为?|获得(?!者)了?|"
    rf"{_NOT_YET}(?:被评为|被评选为|被表彰为|(?<!被)评为|被授予|被[\u4e00-\u9fa5、]{{1,30}}?{_NOT_YET}授予)|"
    r"入选" + _NOT_A_TALLY + _LIST_OF_ENTRANTS + r"|入围(?!奖)" + _NOT_A_TALLY + r"|入列|上榜|跻身|新晋为|荣登|"
    rf"{_NOT_YET}(?:(?<!被)命名为|被认定为|被命名为|被确定为|被列为|被评定为|被递补为|被[\u4e00-\u9fa5、]{{1,30}}?{_NOT_YET}(?:认定|确定|确认|列|评定|评选|表彰|命名|评)为)|"
    r"取得了?(?=[^，,。；;获]{0,12}?" + GRADE + r"(?:[，,。；;]|$))|创成|(?<=成功)创建|通过(?![^，,。]{0,12}?(?:创建|申报|推荐|初审|评审|审核|复验|复审|自评|公示)[、和及与])(?=[^，,。]{4,40}?(?:复审|复评|复核|验收|认定|命名)(?:[，,。；;]|$))|成为|获授|获颁|被追授|追授|晋升为|当选为?|获选为?|被选为|"
    r"(?:被|成功)?(?:纳入|列入)(?=[^，,。]*?(?:名单|名录|试点|示范)"
    # (被列入全国2018年度最具影响力农产品品牌: a named list of the best, its level before it)
    r"|[^，,。]{0,12}?(?:全国|国家级|中国|全省|省级)[^，,。]{0,20}?(?:最具|最美|最佳|十佳|百佳|[十百]强))|"
    # (备案首批省级科技成果转化中试基地: a base put on a level's record, a batch of them, is one designated)
    r"(?<![已未待申办请在将拟])备案(?=(?:首批|第[一二三四五六七八九十\d]+批)(?:国家级|省级|市级)[^，,。；;]{2,30}?(?:基地|中心|平台)(?:[，,。；;]|$))|"
    # (获批…创新型产业集群: a cluster designated as such, named at the clause's end)
    r"获批(?!创建|筹建|建设)(?=[^，,。]*?(?:试点|示范|平台|基地|称号|名单|样板|试验区|实验区|先行区|综试区|创新型产业集群(?=[，,。；;]|$))|(?:首批)?(?:国家级|省级)[^，,。]*?(?:园区|工业园|工厂|城市|企业)"
    r"|(?:\d{4}年度?)?(?:全国|国家|省级|全省)[^，,。资金债]{2,20}?(?:重点村|名村|名镇|特色镇|强镇|乡村|村庄|村落)(?=[，,。；;]|$))|(?<!收)获(?![得批悉取益奖])"
)
# verbs that say only that something was won: what follows must look like an award by itself
PRIZE_VERB = re.compile(r"获得了?|取得了?|获|成为|斩获|揽获|摘得|摘获|摘取|夺得|勇夺|力夺|(?:首|再|连|喜|又)夺|问鼎|捧得|捧回|获批|获授|获颁")
# 授予A等29个城市（区），B等134个县（市、区），C等259个单位“X”荣誉称号: counted groups go on past the comma
GRANT = re.compile(r"(?<!被)授予(?P<rest>[^，,。；;]+(?:[，,](?!授予)(?![^，,。；;]*?[为被])[^，,。；;“”]{2,40}?等[\d一二三四五六七八九十百]+[个名家所位项]"
                   r"[^，,。；;]*)*)")
# …；冷水滩区、资阳区为“2011年全省粮食生产标兵县”荣誉称号: a grant's next clause, its verb left out
GRANT_GOES_ON = re.compile(r"^(?P<who>[^“”，,。；;：:]{2,200}?)为“(?P<award>[^”]{2,40})”(?:(?:荣誉)?称号)?")
GROUP = re.compile(r"^(?P<lead>[^“”]{2,30}?)等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项|所|户|件|部|篇)"
                   r"(?:同志|开发区|单位|集体|个人|企业|村|镇|科技成果|成果|项目|作品)?")
# 授予“A”、“B”等7项成果市科学技术进步奖一等奖: quoted recipients, then the award
QUOTED_GROUP = re.compile(r"^(?P<lead>(?:“[^”]{2,40}”[、和及]?)+)(?:等[\d一二三四五六七八九十百]+(?:个|名|人|家|位|项|所)"
                          r"(?:同志|单位|集体|个人|企业|科技成果|成果|项目)?)(?P<award>[^“”]*)$")
# 决定认定A等3个乡（镇）为2024年度省级森林城镇 / 命名A、B为… / 确认A等4家企业为新认定X: a decision names the holders,
# then the title
DESIGNATE = re.compile(r"(?<![被拟])(?:认定|命名|评定|(?:确定|确认)(?=[^，,。；;：:为]{2,120}?等[\d一二三四五六七八九十百]+[个家所项]))"
                       r"(?P<rest>[^，,。；;：:为]{2,120}?)为(?P<award>[^，,。；;]{4,40})")
# 给予县城管执法局、县供电公司集体嘉奖 / 给予运动员A、B，教练员C通令嘉奖，并授予…荣誉称号: a decision's commendation
GIVEN = re.compile(r"给予(?P<recipient>[^。；;：:]{2,80}?)(?P<award>(?:集体|个人)?(?:通令)?嘉奖|记(?:集体|个人)?(?:大功|[一二三]等功))"
                   r"(?=[，,。；;]|并|$)(?:[，,]?并授予(?P<title>[^，,。；;“”]{2,40}?)(?:荣誉)?称号)?")
# 向张敬等945名同志颁发全国绿化奖章: a medal or prize handed to those named
PRESENTED = re.compile(r"向(?P<recipient>[^，,。；;：:“”]{2,60}?)颁发(?P<award>[^，,。；;]{4,40}?(?:奖章|奖|勋章|奖杯))(?=[，,。；;]|$)")
DESIGNATE_GOES_ON = re.compile(r"^[，,](?!授予|认定|命名|评定)(?P<rest>[^，,。；;：:为“”]{2,80}?)为(?P<award>[^，,。；;]{4,40})")
# 21个被认定的省级美丽乡村示范村分别为：A，B、C: the honour in a participle, its holders after the colon
PARTICIPLE_LIST = re.compile(r"(?:被认定|被评为|被命名|获评|入选|荣获|获得)的(?![\d一二三四五六七八九十两]+[个家所项名])(?P<award>[^，,。；;：:的]{4,40}?)(?:分别|依次)?(?:为|是|有|包括)[:：]"
                             r"(?P<items>[^。；;：:]+)")
# 江西5城获评“国家卫生城市”：A、B / 发布2024年度省级X集群名单，包含4个集群：A、B / 上榜的8个村落分别为：A、B: a counted head,
# then the holders after a colon (the count checks the list: no more names than it says)
COUNTED_COLON = re.compile(r"(?<![第\d])(?P<n>\d+|[一二三四五六七八九十两]+)(?:个|家|座|所|项|处|名)?(?P<kind>[\u4e00-\u9fa5]{0,4}?)"
                           r"(?:获评|荣获|被评为|被命名为|被确认为|被认定为|入选)(?P<award>“[^”]{2,40}”(?:称号)?|[^，,。；;：:“”]{4,30}?)[:：]"
                           r"(?P<items>[^。；;：:]+)")
LIST_COUNTED_COLON = re.compile(r"(?:发布|公布)了?(?P<award>[^，,。；;：:《》]{4,40}?)名单[，,](?:其中)?共?(?:包含|包括|涵盖)"
                                r"(?P<n>\d+|[一二三四五六七八九十两]+)(?:个|家|座|所|项|处|名)(?P<kind>[\u4e00-\u9fa5]{1,4})[:：](?P<items>[^。；;：:]+)")
ONES_LISTED = re.compile(r"(?:上榜|入选|入围|获评|获批)的(?P<n>\d+|[一二三四五六七八九十两]+)(?:个|家|座|所|项|处|名)(?P<kind>[\u4e00-\u9fa5]{1,4})"
                         r"(?:分别|依次)?(?:为|是)[:：](?P<items>[^。；;：:]+)")
LIST_PUBLISHED = re.compile(r"(?:发布|公布)了?(?P<award>[^，,。；;：:《》“”]{4,40}?)名单")
MERIT = re.compile(r"对(?P<recipient>[^，,。]{2,40}?)各?记(?P<award>个人|集体)?(?P<grade>[一二三]等功)")
ISSUER = re.compile(r"国务院|国家[\u4e00-\u9fa5]{0,4}部|国家[\u4e00-\u9fa5]{2,6}局|(?:工信|工业和信息化|科技|商务|教育|财政|民政|水利|"
                    r"农业农村|生态环境|交通运输|自然资源|文化和旅游|住房和城乡建设|人力资源和社会保障|应急管理)部|省政府|省人民政府|"
                    r"省级有关部门|省[\u4e00-\u9fa5]{1,6}(?:厅|办|委)|市政府|市人民政府|[\u4e00-\u9fa5]{2}市总工会|县政府|县人民政府|区政府|"
                    r"管委会|管理委员会")
# a development zone's management committee confers at the rank of a county (丽水经开区管委会 表彰决定)
ZONE_BOARD = re.compile(r"管委会|管理委员会")
# the date line that closes a decision: 丽水经济技术开发区管理委员会 / 2021年2月24日
SIGNATURE = re.compile(r"(?:委员会|政府|办公室|局|厅|委|总工会|院|部|办)\s*\n\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*$"
                       # …作出更大贡献，松阳县人民政府2024年3月13日附件：。: a reprint that ran the signature into the last
                       # sentence (the empty annex labels after it, no text of their own)
                       r"|(?<=[，,。；;\s])[\u4e00-\u9fa5]{2,20}(?:人民政府|委员会|管委会|办公室|办公厅|政府|局|厅)"
                       r"(?P<inline>\d{4}年\d{1,2}月\d{1,2}日)(?:附件[\d一二三四五六七八九十]*[:：]?)*[。\s]*$")
PARTICIPLE = re.compile(r"^的")
# 成功创建自治区级绿色工厂2家（A和B）: the award, counted, its holders in brackets
COUNTED_MEMBERS = re.compile(r"^(?P<award>[^，,。；;（(]{2,60}?)[\d一二三四五六七八九十两]+(?:家|个|项|所|户)"
                             r"[（(](?P<items>[^）)]{4,200})[）)]$")
# 获评服务业集聚区类别“5A级园区”的为A、B等4家 / 荣获…“十大美丽乡村”的还有A、B: the award, then its holders
# 被命名为“X”的乡镇分别是：A、B: the title, then the kind of its holders, then who they are
HOLDERS_AFTER = re.compile(r"^(?P<award>[^，,。；;的]{2,60})的(?:[\d一二三四五六七八九十两]+[个家所名])?"
                           r"(?P<kind>乡镇|镇|乡村|乡|村|社区|街道|企业|单位|学校|集体|个人|县|县区|城市|园区|景区|产品|作品|项目)?"
                           r"(?:还|也)?(?:分别)?(?:有|为|是)[:：]?(?P<items>[^。；;：:]{2,})$")
SELECTED_ONES = re.compile(r"^(?:(?:企业|单位|项目|对象|者|成果)(?=的|将|可|须|应|需|要|在|按|给予|享受|获得|和|及|再接再厉|珍惜|继续|进一步|戒骄|[，,。；;]|$)"
                           r"|后|以来|数量|情况|名单的|范围)")
LIST_POINTER = re.compile(r"^[\u4e00-\u9fa5]{0,8}(?:名单|名录|榜单)(?:如下|为)[:：]?$")
# (…5地市榜上有名，除A市外，其他的城市分别是B、C: the rest of the group, one named before set aside)
LISTED_AFTER = re.compile(r"^(?:[，,]?(?P<lead>(?:分别|具体|依次)(?:是|为)|名单如下|如下|的(?:还)?有)?[:：]|[，,](?P<named>(?:分别|依次)(?:是|为)|其中(?:包括|有)|包括"
                          r"|除[^，,。；;：:]{2,20}外[，,](?:其他|其余|另外)的?[\u4e00-\u9fa5]{0,4}?(?:分别|依次)(?:是|为)))"
                          r"(?P<items>[^。；;：:]+)")
NOT_REACHED = re.compile(r"(?:力争|争取|努力|确保|计划|拟|将|要|争创|力求|希望|有望|预计|冲刺|积极)(?:成功|顺利|再次|首次)?$")
COUNTED_OBJECT = re.compile(r"[\d一二三四五六七八九十两]+(?:个|家|项|名|所|处)$")
SELECTED_ARE = re.compile(r"^(?:的(?:[\d一二三四五六七八九十两]+[个家所项名])?(?:企业|单位|项目|乡村|村庄|村|镇|学校|个人|集体|县|地区|园区)?"
                          r"|(?:企业|单位|项目|村|镇|学校|个人|集体|县|地区|园区))"
                          r"(?:分别)?(?:有|为|是|包括)[:：]?(?P<items>[^:：]*)$")
PRIZES_COUNTED = re.compile(r"^[\d一二三四五六七八九十两]+(?:个|项)(?:奖项|奖励)$")
THIS_HONOUR = re.compile(r"^(?:此|该|这一|这项|上述)(?:殊荣|荣誉|称号|奖项|奖)$")
HONOURED = re.compile(r"(?:对|授予)(?:\d{4}年度?)?(?P<honour>[^，,。；;]{4,40}?)(?:进行|予以|给予)(?:通报)?(?:表彰|表扬)"
                      r"|“(?P<quoted>[^”]{4,40})”(?:荣誉)?称号")
RESTATED = re.compile(r"颁出的|评出的|之一$|获得?(?:这一|此|该)|(?:唯一|首个|首家|第一个)(?:入选|获得|获评|获此|上榜)")  # 成为…首家获得这一…称号的县级市
# 国家自然科学奖2项: prizes counted (a bare grade counted, 共获得金奖1项, still dates the winners named next)
PRIZE_TALLY = re.compile(r"奖[\d一二三四五六七八九十两]+(?:项|个)$")
GRADE_TALLY = re.compile(rf"{GRADE}[\d一二三四五六七八九十两]+(?:项|个)$")
COMMENTARY = re.compile(r"^(?:这是|这也是|此为|此次是|这标志着)")
# 获评优秀单位 after …“争先创优”考核结果: the tier takes the assessment's name
TIER_TITLE = re.compile(r"^(?:优秀|先进)(?:单位|集体|个人)?$")
TIER_ONLY = re.compile(r"^(?P<tier>优秀|良好|合格|达标)(?:等次|档次|等级)?$")
# 在2023年度全省河湖长制工作考核中: the assessment, named without the year or the 在…中 around it
ASSESSMENT_HELD = re.compile(r"(?:\d{4}年度?)?(?P<name>[^，,。；;在于\d]{2,30}?(?:考核|考评|评估|评价))(?:工作)?(?:中|结果)?")
ASSESSMENT_NAMED = re.compile(r"(?:\d{4}年度?)?(?P<name>[\u4e00-\u9fa5“”]{4,30}?)考核(?:结果)?")
GROUP_LABEL = re.compile(r"[\u4e00-\u9fa5]{1,8}(?:组|组别|赛道|项目)|团体|个人|集体")  # 产品设计组铜奖: the grade of a group
# a proposed list is no award yet (拟认定, 名单公示); 经评审、公示，决定授予… is one, the notice period over
# (根据验收结果和公示情况，决定认定…: how the 公示 went, so it is over)
# (经现场踏勘、材料评审、征求意见和公示，确认…: the steps done, 公示 the last of them)
PROPOSED = re.compile(r"拟(?:评定|认定|命名|授予|确定)|^(?!.*(?:(?:经过?|完成)[^，,。；;]{0,12}公示|经[^，,。；;]{0,40}[和及、](?:网上|社会|向社会)?公示[，,])).*公示(?!期满|无异议|结束|情况|的基础上|后[，,]|等(?:程序|环节|流程|阶段))")  # 经…、社会公示等程序，决定认定…: done
TITLE = re.compile(r"关于.*(?:决定|通报|通知|公示|公告)$|(?:一览表|统计表|汇总表)(?:[（(][^）)]*[）)])?$")
TITLE_HONOUR = re.compile(r"表彰(?:(?P<year>\d{4})年度)?(?P<honour>[^，,。]{4,40}?)的(?:通报|决定)")
UNNAMED = re.compile(r"(?<![第\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+(?:个|家|名|镇|乡|村|人|项|所|位|地|户)(?!季度|月|年|次|届|批|轮|小时|百分点)|(?:多|数|若干)(?:家|个|名|位|所)|" + PERSON_TIMES
                     + r"|(?<![\d])\d+县(?:市|区)?(?=上榜|入选|入围|获|荣获|被|$)")  # 共有7县市上榜: counted places
AGGREGATE = re.compile(r"^(?:全市|全县|全省|全区|全镇|各地|各县|各单位)")  # a total, not a recipient
# (2019年度…评价指标排名中位列第一: a ranking's year, no honour's)
YEAR_LABEL = re.compile(r"(?:\d{4}[—\-–])?(\d{4})年度(?![^，,。；;]{0,30}(?:排名|排行|排序))")
# 这4家单位分别是：A、B、C、D / 上述企业为：…: the members of a counted group the sentence before gave an honour to
# (分别为：A、B after 其中，郑州4个集聚区入选: the counted group's members, the group left unsaid)
THESE_ARE = re.compile(r"^(?:其中[，,]?)?(?:(?:这|上述|以上|此)(?:[\d一二三四五六七八九十两]+(?:个|家|名|所|位|项|户))?"
                       r"[\u4e00-\u9fa5]{0,4}?(?:单位|企业|集体|村|镇|乡镇|学校|项目|成果|个人|同志|公司|园区|景区|社区|街道|医院|基地|县|区|市)"
                       r"(?:分别|依次)?(?:是|为|有|包括)|(?:分别|依次)(?:是|为)(?=[:：]))[:：]?(?P<items>[^。；;：:]+)$")
# 确定了新一批的中国美丽休闲乡村 / 被确定为2020年X / 公布第三批X名单: an honour decided, what a later 入选 points to
DECIDED = re.compile(r"(?:公布|确定|认定|命名|评选出|评出|揭晓|发布)了?为?(?:新一批|最新一批|第[一二三四五六七八九十\d]+批)?的?"
                     r"(?P<honour>[^，,。；;：:、为的]{4,30}?)(?:创建结果|评选结果|结果)?(?=[，,。；;]|$)")
# 上一条：… / 【相关链接】… / 相关新闻: a page's links to other articles, not this notice's news
NAVIGATION = re.compile(r"^[【\[]?(?:上一[条篇]|下一[条篇]|相关(?:新闻|阅读|链接)|推荐阅读|延伸阅读|热点推荐)[】\]]?\s*[:：]?")
