"""Hanweb classic as Jiangsu and Shandong sites run it: proxyUrl /module/web/jpage/dataproxy.jsp, page=N only.

The column page carries two list units, a sidebar unit of another column (热点新闻) before the
column's own unit, so a crawler must pick the unit by its columnid. Records use <a><span>…</span><i>date</i></a>
markup with single-quoted, protocol-relative hrefs and titles cut with "…" (full title in title=).
"""
from __future__ import annotations

from html import escape

from scrapers.demo_site.columns import COLUMN_NAMES_ALL, WEB_PER_PAGE
from scrapers.demo_site.content import SITE_NAME, WEBID, Notice

WEB_PROXY = "/module/web/jpage/dataproxy.jsp"
UNIT_IDS = {"1229430841": "8800231", "1229430860": "8800245"}
CUT = 18  # characters of title the anchor shows


def render_record(notice: Notice, host: str) -> str:
    short = notice.title if len(notice.title) <= CUT else notice.title[:CUT] + "…"
    return (f"<a href='//{host}{notice.path}' title='{escape(notice.title)}' target='_blank'>"
            f"<span>{escape(short)}</span><i>{notice.date}</i></a>")


def _records(notices: list[Notice], host: str) -> str:
    return "\n".join(f"<record><![CDATA[{render_record(n, host)}]]></record>" for n in notices)


def _unit(column_id: str, notices: list[Notice], host: str, per_page: int) -> str:
    unit = UNIT_IDS[column_id]
    query = (f"appid=1&webid={WEBID}&path=/&columnid={column_id}&unitid={unit}"
             f"&webname=%E4%B8%BD%E6%B0%B4&permissiontype=0")
    return f"""<div id="{unit}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="{WEB_PROXY}?page=1&{query}"></a>]]></nextgroup>
<recordset>
{_records(notices[:per_page], host)}
</recordset>
</datastore></script></div>
<script>var param_{unit} = {{col:1,appid:'1',webid:'{WEBID}',path:'/',columnid:'{column_id}',sourceContentType:'1',unitid:'{unit}',webname:'丽水经开区',permissiontype:'0'}};
$('#{unit}').jpage({{themeName:'default',dataStore:'',totalRecord:{len(notices)}, perPage:{per_page}, groupSize:3, proxyUrl:'{WEB_PROXY}', showMode:'full', pageUrl:'', isVisit:false}});</script>"""


def render_column_page(column_id: str, notices: list[Notice], sidebar_id: str, sidebar: list[Notice],
                       host: str) -> str:
    """The column page: the sidebar unit (its records all on the page), then the column's own first page."""
    name = COLUMN_NAMES_ALL[column_id]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{name}</title>
<meta name="SiteName" content="{SITE_NAME}"><meta name="ColumnName" content="{name}">
<script type="text/javascript" src="/module/web/jpage/jpage.js"></script>
</head><body>
<div class="bt-left-side"><div class="side-title">{COLUMN_NAMES_ALL[sidebar_id]}</div>
{_unit(sidebar_id, sidebar, host, len(sidebar) or 1)}
</div>
<div class="bt-right-main"><div class="main-title">{name}</div>
{_unit(column_id, notices, host, WEB_PER_PAGE)}
</div>
</body></html>"""


def render_dataproxy(column_id: str, notices: list[Notice], page: int, host: str) -> str:
    """Page `page` of WEB_PER_PAGE records; startrecord / endrecord / perpage are not read."""
    window = notices[(page - 1) * WEB_PER_PAGE:page * WEB_PER_PAGE]
    pages = -(-len(notices) // WEB_PER_PAGE)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<datastore><totalrecord>{len(notices)}</totalrecord><totalpage>{pages}</totalpage>
<nextgroup><![CDATA[<a href="./dataproxy.jsp?page={page + 1}&columnid={column_id}&unitid={UNIT_IDS.get(column_id, '')}"></a>]]></nextgroup>
<recordset>
{_records(window, host)}
</recordset></datastore>"""
