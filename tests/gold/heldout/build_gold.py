"""Builds the held-out gold files hNN.json from the annotations below.

The annotations were written by hand from the texts in texts/; this script only turns each fact's
`key` (a substring of the sentence the fact comes from) into `evidence` (that whole sentence, as
NOTES.md of the main gold set defines a sentence) and `span` ([start, end) in the text), and checks
them. Run from anywhere:  python tests/gold/heldout/build_gold.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TERMINATORS = set("。！？；;!?")
CLOSERS = set("”’\"'）)」』》】")


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of every sentence: ends at 。！？；;!? (plus closing quotes) or a line break; trimmed."""
    spans, start, i, n = [], 0, 0, len(text)

    def emit(s, e):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))

    while i < n:
        ch = text[i]
        if ch == "\n":
            emit(start, i)
            start = i = i + 1
            continue
        if ch in TERMINATORS:
            j = i + 1
            while j < n and text[j] in CLOSERS:
                j += 1
            emit(start, j)
            start = i = j
            continue
        i += 1
    emit(start, n)
    return spans


def P(name, key=None, **kw):
    fact = {"name": name, "investment_cny": None, "land_mu": None, "floor_area_m2": None, "annual_output_cny": None,
            "capacity": None, "stage": None, "companies": [], "location": None, "phases": [], "dates": {}}
    fact.update(kw)
    return ("projects", key or name, fact)


def A(award, recipient, key=None, **kw):
    fact = {"award": award, "grade": None, "recipient": recipient, "level": None, "date": None}
    fact.update(kw)
    return ("awards", key or recipient, fact)


def T(indicator, metric, value, unit, key, qualifier="point", commitment="unspecified", target_year=None,
      subject=None, value_high=None):
    fact = {"indicator": indicator, "metric": metric, "value": value, "value_high": value_high, "unit": unit,
            "qualifier": qualifier, "commitment": commitment, "target_year": target_year, "subject": subject}
    return ("targets", key, fact)


def phase(name, investment_cny=None, land_mu=None):
    return {"name": name, "investment_cny": investment_cny, "land_mu": land_mu}


DOCS = {}

# ---------------------------------------------------------------- h01 滁州 2024 政府工作报告
_y, _E = 2024, dict(commitment="expected", target_year=2024, subject="全市")
DOCS["h01"] = dict(published="2024-01-22", title="2024年滁州市政府工作报告（摘要）", facts=[
    P("明光光伏玻璃二期", stage="in_production", location="明光"),
    P("凤阳硅基新材料产业园", stage="in_production", location="凤阳"),
    P("来安锂电池隔膜项目", stage="planned", location="来安", dates={"started": "2024"}),
    P("全椒高端装备产业园", stage=None, location="全椒", dates={"completed": "2024"}),
    A("国家级绿色工业园区", "滁州经开区", key="获批国家级绿色工业园区", level="national"),
    T("地区生产总值", "growth", 7, "%", "地区生产总值增长7%左右", qualifier="around", **_E),
    T("规上工业增加值", "growth", 9, "%", "规上工业增加值增长9%以上", qualifier="at_least", **_E),
    T("固定资产投资", "growth", 8, "%", "固定资产投资增长8%；", **_E),
    T("社会消费品零售总额", "growth", 7.5, "%", "社会消费品零售总额增长7.5%", **_E),
    T("一般公共预算收入", "growth", 5, "%", "一般公共预算收入增长5%—5.5%", qualifier="range", value_high=5.5, **_E),
    T("城镇调查失业率", "level", 5.5, "%", "城镇调查失业率控制在5.5%以内", qualifier="at_most", **_E),
    T("居民消费价格涨幅", "growth", 3, "%", "居民消费价格涨幅3%左右", qualifier="around", **_E),
    T("新签约亿元以上项目", "count", 400, "个", "确保新签约亿元以上项目400个以上", qualifier="at_least",
      commitment="hard", target_year=_y),
    T("100亿元以上项目", "count", 2, "个", "力争引进100亿元以上项目2个", commitment="aspirational", target_year=_y),
    T("省市重点项目年度完成投资", "amount", 150_000_000_000, "元", "年度完成投资1500亿元", target_year=_y),
    T("新能源产业产值", "amount", 300_000_000_000, "元", "新能源产业产值突破3000亿元", qualifier="at_least",
      commitment="aspirational", target_year=_y),
    T("光伏组件产能", "level", 100, "吉瓦", "光伏组件产能达到100吉瓦", commitment="aspirational", target_year=_y),
    T("战略性新兴产业产值占规上工业比重", "share", 50, "%", "到2027年，战略性新兴产业产值", qualifier="at_least",
      target_year=2027),
    T("数字经济核心产业增加值", "growth", 100, "%", "数字经济核心产业增加值翻一番", target_year=2027),
])

# ---------------------------------------------------------------- h02 宜宾三江新区 集中开工
_S = {"started": "2022-04-11"}
DOCS["h02"] = dict(published="2022-04-12", title="三江新区28个重大项目集中开工 总投资216.5亿元", facts=[
    P("瑞能新材料年产12万吨锂电池负极材料一体化项目", investment_cny=4_800_000_000, land_mu=560,
      annual_output_cny=9_000_000_000, capacity="年产12万吨锂电池负极材料", stage="started",
      companies=["宜宾瑞能新材料科技有限公司"], location="三江新区",
      phases=[phase("一期", 2_200_000_000, 260)], dates={**_S, "in_production": "2023-06"}),
    P("三江新区智能终端产业园二期项目", investment_cny=1_560_000_000, floor_area_m2=320_000, stage="started",
      location="三江新区", dates=dict(_S)),
    P("宜宾港国际物流园冷链仓储项目", investment_cny=980_000_000, land_mu=279, stage="started",
      location="三江新区", dates=dict(_S)),
    P("长江公铁两用大桥南岸配套道路工程", stage="started", location="三江新区", dates=dict(_S)),
    T("集中开工项目年度计划投资", "amount", 6_230_000_000, "元", "年度计划投资62.3亿元", target_year=2022),
    T("市级重点项目年度计划投资", "amount", 38_000_000_000, "元", "年度计划投资380亿元", target_year=2022,
      subject="三江新区"),
])

# ---------------------------------------------------------------- h03 佛山南海 科学技术奖
_K = dict(level="county", date="2022")
_KJ = "南海区科学技术进步奖"
_TG = "南海区科技创新突出贡献企业"
DOCS["h03"] = dict(published="2023-05-18",
                   title="佛山市南海区人民政府关于公布2022年度南海区科学技术奖获奖项目和单位的决定", facts=[
    A(_KJ, "高功率密度永磁同步电机关键技术研发及产业化", grade="一等奖", **_K),
    A(_KJ, "铝型材挤压在线淬火节能成套装备研制", grade="一等奖", **_K),
    A(_KJ, "陶瓷大板智能柔性生产线关键技术", grade="二等奖", **_K),
    A(_KJ, "城市黑臭水体生态修复关键技术与应用", grade="二等奖", **_K),
    A(_KJ, "智能家电变频控制芯片设计", grade="二等奖", **_K),
    A(_TG, "佛山市南海精驰电机有限公司", key="授予佛山市南海精驰电机有限公司", **_K),
    A(_TG, "广东南铝新型材料有限公司", key="佛山市南海精驰电机有限公司、广东南铝", **_K),
    A(_TG, "佛山瀚芯微电子科技有限公司", key="佛山市南海精驰电机有限公司、广东南铝", **_K),
])

# ---------------------------------------------------------------- h04 烟台开发区 集中签约
_G = {"signed": "2023-06-14"}
DOCS["h04"] = dict(published="2023-06-15", title="烟台开发区举行2023年第二批重点项目集中签约活动", facts=[
    P("晟元电子年产500万套新能源汽车电控部件项目", annual_output_cny=3_000_000_000,
      capacity="年产500万套新能源汽车电控部件", stage="signed", companies=["晟元电子（烟台）有限公司"],
      location="开发区八角片区", dates=dict(_G)),
    P("东和精机精密减速机项目", investment_cny=860_000_000, land_mu=80, stage="signed", location="烟台开发区",
      dates={**_G, "started": "2023"}),
    P("烟台睿康生物医药产业园项目", investment_cny=3_500_000_000, land_mu=320, floor_area_m2=280_000,
      stage="signed", location="烟台开发区", dates=dict(_G)),
    P("烟台海达包装材料有限公司年产3000吨食品级包装膜技改项目", investment_cny=68_000_000,
      annual_output_cny=120_000_000, capacity="年产3000吨食品级包装膜", stage="signed",
      companies=["烟台海达包装材料有限公司"], location="烟台开发区", dates=dict(_G)),
    T("实际使用外资", "amount", 800_000_000, "美元", "实际使用外资突破8亿美元", qualifier="at_least",
      commitment="aspirational", target_year=2023, subject="开发区"),
    T("新签约过10亿元项目", "count", 15, "个", "新签约过10亿元项目不少于15个", qualifier="at_least",
      commitment="aspirational", target_year=2023, subject="开发区"),
])

# ---------------------------------------------------------------- h05 长葛 专精特新 入选
_ZJ = "河南省“专精特新”中小企业"
_L = dict(level="provincial", date="2021")
DOCS["h05"] = dict(published="2021-11-26", title="我市6家企业入选2021年度河南省“专精特新”中小企业名单", facts=[
    A(_ZJ, "河南恒锐精工机械有限公司", **_L),
    A(_ZJ, "许昌德诺电气科技有限公司", **_L),
    A(_ZJ, "长葛市华丰超硬材料有限公司", **_L),
    A(_ZJ, "河南中科鑫泰新材料有限公司", **_L),
    A(_ZJ, "长葛瑞祥环保装备有限公司", **_L),
    A(_ZJ, "河南永晟金属制品有限公司", **_L),
    A("国家级专精特新“小巨人”企业", "长葛市华丰超硬材料有限公司", key="2020年，长葛市华丰超硬材料有限公司",
      level="national", date="2020"),
    T("省级“专精特新”中小企业", "count", 20, "家", "新增省级“专精特新”中小企业20家以上", qualifier="at_least",
      commitment="aspirational", target_year=2025),
    T("国家级专精特新“小巨人”企业", "level", 5, "家", "企业达到5家", commitment="aspirational", target_year=2025),
])

# ---------------------------------------------------------------- h06 宜昌 2019 政府工作报告 (ASCII punctuation)
_E = dict(commitment="expected", target_year=2019, subject="全市")
DOCS["h06"] = dict(published="2019-01-15", title="【聚焦两会】政府工作报告确定今年主要预期目标", facts=[
    P("猇亭高端装备产业园一期", stage="in_production", location="猇亭"),
    T("地区生产总值", "growth", 7.5, "%", "地区生产总值增长7.5%左右", qualifier="around", **_E),
    T("规模以上工业增加值", "growth", 7.5, "%", "规模以上工业增加值增长7.5%", **_E),
    T("固定资产投资", "growth", 10, "%", "固定资产投资增长10%", **_E),
    T("地方一般公共预算收入", "growth", 6, "%", "地方一般公共预算收入增长6%", **_E),
    T("城镇居民人均可支配收入", "growth", 8, "%", "分别增长8%和8.5%", **_E),
    T("农村居民人均可支配收入", "growth", 8.5, "%", "分别增长8%和8.5%", **_E),
    T("居民消费价格涨幅", "growth", 3, "%", "居民消费价格涨幅控制在3%左右", qualifier="around", **_E),
    T("城镇登记失业率", "level", 4.5, "%", "城镇登记失业率控制在4.5%以内", qualifier="at_most", **_E),
    T("单位生产总值能耗", "growth", -3, "%", "单位生产总值能耗下降3%", **_E),
    T("化学需氧量排放量", "growth", -2, "%", "化学需氧量、氨氮排放量分别下降", **_E),
    T("氨氮排放量", "growth", -2.5, "%", "化学需氧量、氨氮排放量分别下降", **_E),
    T("全社会研发经费支出占生产总值比重", "share", 0.15, "个百分点", "提高0.15个百分点", **_E),
    T("高新技术产业增加值占GDP比重", "share", 33.33, "%", "三分之一", commitment="aspirational", target_year=2020),
    T("农村居民人均可支配收入", "amount", 20_000, "元", "突破2万元", qualifier="at_least", commitment="aspirational",
      target_year=2020),
    T("外贸进出口总额", "growth", 100, "%", "外贸进出口总额翻一番", target_year=2021, subject="全市"),
])

# ---------------------------------------------------------------- h07 晋江 集中竣工投产
DOCS["h07"] = dict(published="2020-12-28", title="晋江17个重点项目集中竣工投产 总投资96.3亿元", facts=[
    P("恒盛纺织新材料智能制造产业园", investment_cny=1_800_000_000, land_mu=133_000 / 666.67,
      floor_area_m2=210_000, annual_output_cny=2_500_000_000, capacity="年产高端功能性面料1.2亿米",
      stage="in_production", companies=["福建恒盛新材料科技有限公司"], location="安海镇",
      dates={"in_production": "2020-12-27"}),
    P("晋江陆地港二期工程", stage="completed", location="晋江", dates={"completed": "2020-09"}),
    P("晋江经开区智能卫浴配件生产线技改项目", investment_cny=75_000_000, stage="in_production",
      location="晋江经开区"),
    A("福建省科技小巨人领军企业", "福建恒盛新材料科技有限公司", key="获评福建省科技小巨人领军企业",
      level="provincial", date="2020-10"),
    T("重点项目完成投资", "amount", 50_000_000_000, "元", "力争重点项目完成投资500亿元以上", qualifier="at_least",
      commitment="aspirational", target_year=2021, subject="晋江"),
    T("规上工业企业", "count", 150, "家", "新增规上工业企业150家", commitment="aspirational", target_year=2021,
      subject="晋江"),
])

# ---------------------------------------------------------------- h08 赣州 招商引资表彰
_M = dict(level="municipal", date="2020")
_XJ, _FW = "全市招商引资工作先进单位", "全市招商引资工作优秀服务单位"
_A1 = "信丰县、瑞金市"
_A2 = "市商务局、市发展改革委"
DOCS["h08"] = dict(published="2021-02-08",
                   title="赣州市人民政府关于表彰2020年度全市招商引资工作先进单位和先进个人的决定", facts=[
    A(_XJ, "赣州经济技术开发区", key="授予赣州经济技术开发区", **_M),
    A(_XJ, "南康区", key="授予赣州经济技术开发区", **_M),
    A(_XJ, "龙南市", key="授予赣州经济技术开发区", **_M),
    A(_XJ, "信丰县", key=_A1, **_M),
    A(_XJ, "瑞金市", key=_A1, **_M),
    A(_FW, "市商务局", key="授予市商务局", **_M),
    A(_FW, "市发展改革委", key=_A2, **_M),
    A(_FW, "市自然资源局", key=_A2, **_M),
    A(_FW, "市生态环境局", key=_A2, **_M),
    A(_FW, "市行政审批局", key=_A2, **_M),
    A(_FW, "市工业和信息化局", key=_A2, **_M),
    A(_FW, "国家税务总局赣州市税务局", key=_A2, **_M),
    A(_FW, "赣州海关", key=_A2, **_M),
    A("全市招商引资工作先进个人", "刘建华", key="授予刘建华", **_M),
    T("新引进5000万元以上项目", "count", 400, "个", "力争2021年全市新引进5000万元以上项目400个以上",
      qualifier="at_least", commitment="aspirational", target_year=2021, subject="全市"),
])

# ---------------------------------------------------------------- h09 浏阳经开区 项目建设
DOCS["h09"] = dict(published="2023-08-17", title="浏阳经开区：重大项目跑出“加速度”", facts=[
    P("湘浏智能终端精密结构件项目", investment_cny=3_200_000_000, land_mu=300, floor_area_m2=260_000,
      annual_output_cny=6_000_000_000, stage="topped_out", companies=["湖南湘浏精密科技有限公司"],
      location="浏阳经开区", dates={"topped_out": "2023-07", "in_production": "2024-03"}),
    P("康润生物医药产业园二期", investment_cny=560_000_000, stage="started", location="浏阳经开区"),
    P("浏阳经开区污水处理厂提标改造工程", investment_cny=85_000_000, stage="completed", location="浏阳经开区"),
    A("湖南省首批先进制造业高质量发展示范园区", "浏阳经开区", key="今年6月，浏阳经开区入选", level="provincial",
      date="2023-06"),
    T("固定资产投资", "amount", 17_000_000_000, "元", "确保全年完成固定资产投资不低于170亿元", qualifier="at_least",
      commitment="hard", target_year=2023, subject="园区"),
    T("新开工亿元以上项目", "count", 25, "个", "力争新开工亿元以上项目25个", commitment="aspirational",
      target_year=2023, subject="园区"),
    T("规上工业总产值", "growth", 15, "%", "规上工业总产值增长15%左右", qualifier="around", commitment="aspirational",
      target_year=2023, subject="园区"),
])

# ---------------------------------------------------------------- h10 遵义 2025 政府工作报告
_E = dict(commitment="expected", target_year=2025, subject="全市")
DOCS["h10"] = dict(published="2025-02-14", title="政府工作报告", facts=[
    P("新蒲综合保税区二期工程", stage=None, location="新蒲", dates={"completed": "2025"}),
    P("播州新能源电池材料产业园", stage="planned", location="播州", dates={"started": "2025"}),
    T("地区生产总值", "growth", 5.5, "%", "地区生产总值增长5.5%左右", qualifier="around", **_E),
    T("规模以上工业增加值", "growth", 6.5, "%", "规模以上工业增加值增长6.5%", **_E),
    T("固定资产投资", "growth", 3, "%", "固定资产投资增长3%", **_E),
    T("社会消费品零售总额", "growth", 5, "%", "社会消费品零售总额增长5%；", **_E),
    T("一般公共预算收入", "growth", 3, "%", "一般公共预算收入增长3%左右", qualifier="around", **_E),
    T("城镇调查失业率", "level", 5.5, "%", "城镇调查失业率5.5%左右", qualifier="around", **_E),
    T("居民人均可支配收入", "growth", 5.5, "%", "居民人均可支配收入增长5.5%", **_E),
    T("粮食产量", "level", 220, "万吨", "粮食产量稳定在220万吨以上", qualifier="at_least", **_E),
    T("白酒产业产值", "amount", 150_000_000_000, "元", "力争白酒产业产值突破1500亿元", qualifier="at_least",
      commitment="aspirational", target_year=2025),
    T("新能源电池材料产业产值", "growth", 30, "%", "新能源电池材料产业产值增长30%以上", qualifier="at_least",
      commitment="aspirational", target_year=2025),
    T("白酒产业产值", "amount", 200_000_000_000, "元", "白酒产业产值达到2000亿元", target_year=2027, subject="全市"),
    T("规上工业企业", "level", 1800, "户", "规上工业企业突破1800户", qualifier="at_least", target_year=2027,
      subject="全市"),
    T("500万元以上项目完成投资", "amount", 120_000_000_000, "元", "完成投资1200亿元", target_year=2025),
])

# ---------------------------------------------------------------- h11 柳州 智能制造 入选
_N = dict(level="national", date="2023")
DOCS["h11"] = dict(published="2024-01-05", title="柳州2家企业入选国家智能制造示范工厂揭榜单位", facts=[
    A("智能制造示范工厂揭榜单位", "柳州龙城汽车零部件有限公司", **_N),
    A("智能制造示范工厂揭榜单位", "广西桂柳重工股份有限公司", **_N),
    A("智能制造优秀场景", "柳州华诚电气有限公司", **_N),
    A("智能制造优秀场景", "柳州鑫达精密模具有限公司", key="柳州华诚电气有限公司", **_N),
    A("国家级绿色工厂", "柳州鑫达精密模具有限公司", key="曾于2021年入选国家级绿色工厂名单", level="national",
      date="2021"),
    T("自治区级以上智能工厂和数字化车间", "level", 100, "个", "累计达到100个以上", qualifier="at_least",
      commitment="aspirational", target_year=2025, subject="全市"),
    T("规上工业企业数字化改造覆盖率", "level", 80, "%", "覆盖率达到80%", commitment="aspirational",
      target_year=2025, subject="全市"),
])

# ---------------------------------------------------------------- h12 正定 十三五 纲要 (ASCII punctuation)
_U = dict(target_year=2020, subject="全县")
DOCS["h12"] = dict(published="2016-03-02", title="正定县国民经济和社会发展第十三个五年规划纲要(摘要)", facts=[
    T("生产总值", "growth", 8, "%", "生产总值年均增长8%以上", qualifier="at_least", **_U),
    T("全部财政收入", "amount", 5_000_000_000, "元", "力争全部财政收入突破50亿元", qualifier="at_least",
      commitment="aspirational", **_U),
    T("服务业增加值占生产总值比重", "share", 45, "%", "服务业增加值占生产总值比重达到45%", **_U),
    T("研究与试验发展经费支出占生产总值比重", "share", 2.5, "%", "研究与试验发展经费支出占生产总值比重达到2.5%", **_U),
    T("高新技术产业增加值占规模以上工业增加值比重", "share", 33.33, "%", "提高到三分之一", **_U),
    T("常住人口城镇化率", "level", 60, "%", "常住人口城镇化率达到60%左右", qualifier="around", **_U),
    T("城乡居民人均可支配收入", "growth", 100, "%", "城乡居民人均可支配收入比2010年翻一番以上", qualifier="at_least", **_U),
    T("新增城镇就业", "count", 30_000, "人", "五年累计新增城镇就业3万人", **_U),
    T("单位生产总值能耗", "growth", -17, "%", "单位生产总值能耗五年累计下降17%", **_U),
    T("森林覆盖率", "growth", 3, "个百分点", "森林覆盖率提高3个百分点", **_U),
    T("PM2.5年均浓度", "growth", -25, "%", "PM2.5年均浓度下降25%以上", qualifier="at_least", **_U),
])

# ---------------------------------------------------------------- h13 嘉兴 一季度 重大项目开工 (table)
_Q = {"started": "2024"}
DOCS["h13"] = dict(published="2024-04-10", title="2024年一季度全市重大项目开工情况通报", facts=[
    P("嘉兴禾芯年产36万片碳化硅外延片项目", investment_cny=4_200_000_000, floor_area_m2=150_000,
      annual_output_cny=3_000_000_000, capacity="年产36万片碳化硅外延片", stage="started", location="南湖区",
      dates=dict(_Q)),
    P("平湖独山港区绿色石化新材料项目（一期）", investment_cny=8_650_000_000, land_mu=620, stage="started",
      location="平湖市", dates=dict(_Q)),
    P("海宁尖山新区储能电池模组项目", investment_cny=2_800_000_000, floor_area_m2=126_000, stage="started",
      location="海宁市", dates=dict(_Q)),
    P("桐乡乌镇数字文旅街区项目", investment_cny=1_530_000_000, land_mu=98, stage="started", location="桐乡市",
      dates=dict(_Q)),
    P("嘉善县祥符荡科创绿谷配套道路工程", investment_cny=620_000_000, stage="started", location="嘉善县",
      dates=dict(_Q)),
    T("重大项目开工率", "level", 60, "%", "确保上半年重大项目开工率达到60%以上", qualifier="at_least",
      commitment="hard", target_year=2024),
    T("重大项目投资", "amount", 130_000_000_000, "元", "全年完成重大项目投资1300亿元以上", qualifier="at_least",
      commitment="hard", target_year=2024),
])

# ---------------------------------------------------------------- h14 晋中 拟表彰 公示
DOCS["h14"] = dict(published="2024-03-06", title="晋中市科学技术局关于2023年度全市科技创新先进企业拟表彰名单的公示",
                   facts=[
    A("国家级专精特新“小巨人”企业", "山西晋瑞新材料股份有限公司", key="2022年获评国家级专精特新",
      level="national", date="2022"),
    T("高新技术企业总数", "level", 1000, "家", "高新技术企业总数突破1000家", qualifier="at_least",
      commitment="aspirational", target_year=2024, subject="全市"),
    T("技术合同成交额", "growth", 20, "%", "技术合同成交额增长20%以上", qualifier="at_least",
      commitment="aspirational", target_year=2024, subject="全市"),
])


def locate(text: str, key: str) -> tuple[int, int]:
    for start, end in sentences(text):
        if key in text[start:end]:
            return start, end
    raise ValueError(f"no sentence contains {key!r}")


def check_names_in_evidence(fact_type: str, fact: dict, evidence: str) -> None:
    """The fact's own name (project name / recipient) should appear in its evidence sentence."""
    def squash(s):
        return re.sub(r"[“”]", "", s)
    name = fact["name"] if fact_type == "projects" else fact.get("recipient") if fact_type == "awards" else None
    if name and squash(name) not in squash(evidence):
        raise ValueError(f"{name!r} not in its evidence {evidence!r}")


def dump(obj) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    # keep short scalar lists on one line, as the main gold files do
    return re.sub(r"\[\s*((?:(?:\d+|\"[^\"\n]*\"),\s*)*(?:\d+|\"[^\"\n]*\"))\s*\]",
                  lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text) + "\n"


def build() -> None:
    for name, doc in DOCS.items():
        text = (HERE / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        out = {"source": {"path": f"heldout/texts/{name}.txt", "root": "gold", "published": doc["published"]},
               "document": {"url": None, "title": doc["title"], "published": doc["published"]},
               "projects": [], "awards": [], "targets": []}
        for fact_type, key, fact in doc["facts"]:
            start, end = locate(text, key)
            evidence = text[start:end]
            assert "\n" not in evidence and evidence == evidence.strip()
            check_names_in_evidence(fact_type, fact, evidence)
            out[fact_type].append({**fact, "evidence": evidence, "span": [start, end]})
        (HERE / f"{name}.json").write_text(dump(out), encoding="utf-8")
        # round trip: the written file's spans point at its evidence
        written = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
        for fact_type in ("projects", "awards", "targets"):
            for fact in written[fact_type]:
                s, e = fact["span"]
                assert text[s:e] == fact["evidence"], (name, fact)
        print(name, {t: len(out[t]) for t in ("projects", "awards", "targets")})


if __name__ == "__main__":
    build()
