"""Hanweb JPaaS (design/gov-sites.md 1.3, 2.3): an empty column shell, a JSON list API, xxgktab articles."""
from __future__ import annotations

import json
from html import escape

from scrapers.demo_site import chrome
from scrapers.demo_site.columns import COLUMN_NAMES_ALL, JPAAS_PAGE_SIZE, JPAAS_TPLSET_ID, JPAAS_WEB_ID
from scrapers.demo_site.content import SITE_NAME, Notice, body_html, esc, meta_tags

LIST_API = "/api-gateway/jpaas-publish-server/front/page/build/unit"


def query_data(column_id: str) -> str:
    """The script tag's queryData: single-quoted pseudo-JSON, with the platform's own spelling `bulidstatic`."""
    return (f"{{'parseType':'bulidstatic','webId':'{JPAAS_WEB_ID}','tplSetId':'{JPAAS_TPLSET_ID}',"
            f"'pageType':'column','tagId':'信息列表','editType':'null','pageId':'{column_id}'}}")


def render_column_page(column_id: str) -> str:
    """The column page holds no records: a script tag names the list API and its parameters."""
    name = COLUMN_NAMES_ALL[column_id]
    head = (f'<meta charset="utf-8"><title>{name}_{SITE_NAME}</title>\n<meta name="SiteName" content="{SITE_NAME}">'
            f'<meta name="ColumnName" content="{name}">\n<meta name="ColumnType" content="信息公开">')
    return chrome.page(head, chrome.hanweb_link, f"""
<div class="gw-wrap"><div class="position">当前位置：<a href="/index.html">首页</a> &gt; <span>{name}</span></div>
<div class="list-box"><div class="list-title">{name}</div>
<div class="list-unit" id="unit-{column_id}"><script type="text/javascript" src="/static/jpaas/js/unitbuild.js" url="{LIST_API}" queryData="{query_data(column_id)}"></script></div>
</div></div>""")


def render_list(notices: list[Notice], page_no: int, page_size: int = JPAAS_PAGE_SIZE) -> str:
    """The list API's JSON answer for one page (paramJson pageNo / pageSize)."""
    window = notices[(page_no - 1) * page_size:page_no * page_size]
    items = "".join(
        f'<li class="clearfix"><a class="bt-left" title="{escape(n.title)}" href="{n.path}" target="_blank">'
        f'{escape(n.title)}</a><span class="bt-right">{n.date}</span></li>' for n in window)
    pages = -(-len(notices) // page_size)
    pagination = (f'<table class="pagination" count="{len(notices)}" rows="{page_size}" pageNo="{page_no}" '
                  f'totalPage="{pages}" align="center"><tr><td></td></tr></table>')
    html = f'<ul class="list-ul">{items}</ul>{pagination}'
    return json.dumps({"success": True, "code": "200", "data": {"html": html}}, ensure_ascii=False, separators=(",", ":"))


def render_refusal(message: str) -> str:
    return json.dumps({"success": False, "code": "500", "message": message, "data": None}, ensure_ascii=False,
                      separators=(",", ":"))


def render_article(notice: Notice) -> str:
    """The JPaaS xxgktab article: labels with full-width colons, p.con-title, div.small-title, div#zoom.main-txt."""
    e = esc
    name = COLUMN_NAMES_ALL[notice.column_id]
    return chrome.page(meta_tags(notice), chrome.hanweb_link, f"""
<div class="gw-wrap"><div class="position">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col{notice.column_id}/index.html">{name}</a> &gt; <span>正文</span></div>
<div class="gw-clear">{chrome.sidebar(chrome.hanweb_link)}<div class="con-box">
<table class="xxgktab" cellspacing="0" cellpadding="0">
<tr><td class="xxgk-label">索引号：</td><td>{e(notice.index_no)}</td><td class="xxgk-label">组配分类：</td><td>{e(notice.category)}</td></tr>
<tr><td class="xxgk-label">发布机构：</td><td>{e(notice.publisher)}</td><td class="xxgk-label">生成日期：</td><td>{e(notice.written_date)}</td></tr>
<tr><td class="xxgk-label">文件编号：</td><td>{e(notice.doc_no)}</td><td class="xxgk-label">统一编号：</td><td>{e(notice.unified_no)}</td></tr>
<tr><td class="xxgk-label">有效性：</td><td colspan="3">{e(notice.validity)}</td></tr>
</table>
<p class="con-title">{e(notice.title)}</p>
<div class="small-title"><span>发布日期：{notice.published}</span><span>信息来源：{e(notice.source)}</span>
<span>浏览次数：<script src="/api-gateway/jpaas-web-server/front/visit/count?webId={JPAAS_WEB_ID}&amp;pageId={notice.art_id}"></script></span></div>
<div id="zoom" class="main-txt">{body_html(notice)}</div>
{chrome.share_bar()}</div></div></div>""")
