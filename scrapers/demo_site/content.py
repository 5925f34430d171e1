"""The demo site's notices (scrapers/demo_site/notices/*.json) and how a Hanweb classic site renders them."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from scrapers.demo_site import chrome
from scrapers.demo_site.columns import (
    CLASSIC_NAMES, COLUMN_NAMES_ALL, FAMILY_OF, HANWEB_CLASSIC, HANWEB_JPAAS, TRS_WCM, family_of,
)

NOTICES_DIR = Path(__file__).parent / "notices"
SITE_NAME = "丽水经济技术开发区(演示站)"
COLUMN_NAMES = CLASSIC_NAMES  # the storyline's three classic columns (what `DemoSite().by_column` lists)
UNIT_IDS = {"1229430799": "7700121", "1229430812": "7700135", "1229430826": "7700149"}
WEBID = 3657


@dataclass(frozen=True)
class Notice:
    art_id: int
    column_id: str
    title: str
    published: str          # "YYYY-MM-DD HH:MM"
    index_no: str | None
    doc_no: str | None
    category: str | None
    publisher: str | None
    written_date: str | None
    disclosure: str | None
    source: str | None
    paragraphs: tuple[str, ...]
    attachments: tuple[dict, ...] = ()
    unified_no: str | None = None    # JPaaS 统一编号
    validity: str | None = None      # JPaaS 有效性

    @property
    def family(self) -> str:
        return family_of(self.column_id)

    @property
    def path(self) -> str:
        """The article URL path in its CMS family's style (design/gov-sites.md 1 and 3)."""
        d = datetime.strptime(self.published[:10], "%Y-%m-%d")
        if self.family == HANWEB_JPAAS:
            digest = hashlib.md5(f"{self.column_id}/{self.art_id}".encode("ascii")).hexdigest()
            return f"/col/col{self.column_id}/art/{d.year}/art_{digest}.html"
        if self.family == TRS_WCM:
            return f"/{self.column_id}/{d:%Y%m}/t{d:%Y%m%d}_{self.art_id}.html"
        return f"/art/{d.year}/{d.month}/{d.day}/art_{self.column_id}_{self.art_id}.html"

    @property
    def date(self) -> str:
        return self.published[:10]

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


def load_notices(directory: Path = NOTICES_DIR, columns: Iterable[str] | None = tuple(COLUMN_NAMES)) -> list[Notice]:
    """The notices of `columns` (by default the storyline's classic columns; None: every column), newest first."""
    wanted = None if columns is None else set(columns)
    notices = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if wanted is not None and str(data["column_id"]) not in wanted:
            continue
        notices.append(Notice(
            art_id=int(data["art_id"]), column_id=str(data["column_id"]), title=data["title"],
            published=data["published"], index_no=data.get("index_no"), doc_no=data.get("doc_no"),
            category=data.get("category"), publisher=data.get("publisher"),
            written_date=data.get("written_date"), disclosure=data.get("disclosure"),
            source=data.get("source"), paragraphs=tuple(data["paragraphs"]),
            attachments=tuple(data.get("attachments") or ()),
            unified_no=data.get("unified_no"), validity=data.get("validity"),
        ))
    # Newest first, as column lists show them.
    return sorted(notices, key=lambda n: (n.published, n.art_id), reverse=True)


def load_family_notices(directory: Path = NOTICES_DIR) -> list[Notice]:
    """The notices of the columns other CMS families serve (columns.FAMILY_COLUMNS), newest first."""
    return load_notices(directory, [c for c, family in FAMILY_OF.items() if family != HANWEB_CLASSIC])


def render_record(notice: Notice) -> str:
    short = notice.title if len(notice.title) <= 24 else notice.title[:24] + "…"
    return (f'<li><a href="{notice.path}" title="{escape(notice.title)}" target="_blank">{escape(short)}</a>'
            f'<span>{notice.date}</span></li>')


def _cdata_records(notices: list[Notice]) -> str:
    return "\n".join(f"<record><![CDATA[{render_record(n)}]]></record>" for n in notices)


def render_column_page(column_id: str, notices: list[Notice], per_page: int = 15) -> str:
    unit = UNIT_IDS[column_id]
    name = COLUMN_NAMES[column_id]
    first = notices[:per_page]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{name}</title>
<meta name="SiteName" content="{SITE_NAME}"><meta name="ColumnName" content="{name}">
</head><body>
<div class="ls_col_title">{name}</div>
<div id="{unit}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/jpage/dataproxy.jsp?page=1&appid=1&webid={WEBID}&path=/&columnid={column_id}&unitid={unit}&webname=%E4%B8%BD%E6%B0%B4&permissiontype=0"></a>]]></nextgroup>
<recordset>
{_cdata_records(first)}
</recordset>
</datastore></script></div>
<script>var param_{unit} = {{col:1,appid:'1',webid:{WEBID},path:'/',columnid:{column_id},sourceContentType:1,unitid:'{unit}',webname:'丽水经开区',permissiontype:0}};
$('#{unit}').jpage({{dataStore:'',totalRecord:{len(notices)}, perPage:{per_page}, groupSize:3, proxyUrl:'/module/jpage/dataproxy.jsp', pageUrl:''}});</script>
</body></html>"""


def render_dataproxy(notices: list[Notice], start: int, end: int, per_page: int) -> str:
    window = notices[start - 1:end]
    total_pages = -(-len(notices) // per_page)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<datastore><totalrecord>{len(notices)}</totalrecord><totalpage>{total_pages}</totalpage>
<nextgroup><![CDATA[<a href="./dataproxy.jsp?page={end // per_page + 1}"></a>]]></nextgroup>
<recordset>
{_cdata_records(window)}
</recordset></datastore>"""


def esc(value: str | None) -> str:
    return escape(value or "")


def meta_tags(notice: Notice, column_type: str = "信息公开") -> str:
    """The meta tags Hanweb, JPaaS and TRS article pages share (gov-sites.md 2.1), charset first."""
    return f"""<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="{SITE_NAME}">
<meta name="SiteDomain" content="127.0.0.1">
<meta name="ColumnName" content="{COLUMN_NAMES_ALL[notice.column_id]}">
<meta name="ColumnType" content="{column_type}">
<meta name="ArticleTitle" content="{esc(notice.title)}">
<meta name="PubDate" content="{notice.published}">
<meta name="ContentSource" content="{esc(notice.source)}">
<meta name="guid" content="demo{notice.art_id}">
<title>{esc(notice.title)}</title>"""


def body_html(notice: Notice, paragraph_style: str = "text-indent: 2em;") -> str:
    """The notice's paragraphs, then one line per attachment link."""
    paragraphs = "".join(f'<p style="{paragraph_style}">{escape(p)}</p>' for p in notice.paragraphs)
    attachments = "".join(
        f'<p><a href="{escape(a["href"])}"><img src="/module/jslib/icons/acrobat.png"/>{escape(a["name"])}</a></p>'
        for a in notice.attachments)
    return paragraphs + attachments


def render_article(notice: Notice) -> str:
    """The Lishui classic article template (gov-sites.md §2.2): meta tags, xxgk_article table, xl_title, xl_doc, zoom."""
    e = esc
    column_name = COLUMN_NAMES_ALL[notice.column_id]
    return chrome.page(meta_tags(notice), chrome.hanweb_link, f"""<div class="ls_nav">当前位置：<a href="/index.html">首页</a> &gt;&gt; <a href="/col/col{notice.column_id}/index.html">{column_name}</a></div>
<div class="gw-wrap gw-clear">{chrome.sidebar(chrome.hanweb_link)}<div class="xl_con">
<table class="xxgk_article">
<tr><td>索引号</td><td>{e(notice.index_no)}</td><td>文号</td><td>{e(notice.doc_no)}</td></tr>
<tr><td>组配分类</td><td>{e(notice.category)}</td><td>发布机构</td><td>{e(notice.publisher)}</td></tr>
<tr><td>成文日期</td><td>{e(notice.written_date)}</td><td>公开方式</td><td>{e(notice.disclosure)}</td></tr>
</table>
<div class="xl_title">{e(notice.title)}</div>
<div class="xl_doc"><span>发布时间：{notice.published}</span><span>浏览次数：<script src="/module/visitcount/articlehits.jsp?colid={notice.column_id}&artid={notice.art_id}"></script></span>
<span>信息来源：{e(notice.source)}</span></div>
<div class="zoom">{body_html(notice)}</div>
{chrome.share_bar()}</div></div>""")
