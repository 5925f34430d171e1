"""Enterprise names (…有限公司, …集团) as written, without the words that introduce them."""
from __future__ import annotations

import re

from .places import ZONE_WORDS

_COMPANY = re.compile(
    r"(?P<head>[\u4e00-\u9fa5（）()]{2,30}?)"
    r"(?P<suffix>集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团(?![）)]))"  # …（集团）有限公司: one name
)
# what may precede a name inside the same run of characters: 经开区企业浙江珏芯…, 由…承建
# 与 / 和 join two parties (丽水经开区与丽水申和传感器科技有限公司): cut at the first 与, and at 和 only
# after a party's name (…公司和…, …区和…), never inside a name (申和)
# 开发区签约浙江青禾…, 积极对接杭州远景…: the verb before a name is not part of it
_LEAD = re.compile(r"^.*(?:(?:公司|集团|区|县|市|省|局|委|会|院|中心)和|企业|公司|的|由|是|引进|投资|建设|承建|包括|其中|等"
                   r"|签约|签订|签署|对接|走访|调研|考察|来到|走进|携手|助力|推动|服务保障"
                   # 技改项目将对台玻(福建)光伏玻璃有限公司的二期工厂进行改造: what a works is done to
                   r"|将对|拟对|并对|项目对)"
                   r"|^(?:我市|我县|我区|我省)|^.*?与"
                   rf"|^.*?(?:{ZONE_WORDS})(?=浙江|江苏|上海|安徽|福建|江西|广东|北京|山东|丽水|杭州|宁波|温州|"
                   r"嘉兴|湖州|绍兴|金华|衢州|舟山|台州)")


def find_companies(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each enterprise named in `text`."""
    found = []
    for m in _COMPANY.finditer(text):
        head = m.group("head")
        for _ in range(3):  # 经开区企业与浙江…: each lead in turn
            head = _LEAD.sub("", head)
        name = head + m.group("suffix")
        if len(head) >= 2 and len(name) >= 6:
            found.append((m.end() - len(name), name))
    return found
