"""TRS WCM (design/gov-sites.md 3): index.html, index_1.html … with createPageHTML, ./YYYYMM/tYYYYMMDD_N.html
articles with gov.cn-style label cells (<td><b>索引号：</b></td>) and a div.TRS_Editor body."""
from __future__ import annotations

from html import escape

from scrapers.demo_site import chrome
from scrapers.demo_site.columns import COLUMN_NAMES_ALL, TRS_PER_PAGE
from scrapers.demo_site.content import Notice, body_html, esc, meta_tags


def page_count(notices: list[Notice]) -> int:
    return max(1, -(-len(notices) // TRS_PER_PAGE))


def page_name(index: int) -> str:
    """TRS numbers list pages from 0: index.html, then index_1.html, index_2.html …"""
    return "index.html" if index == 0 else f"index_{index}.html"


def render_list_page(column_id: str, notices: list[Notice], index: int) -> str:
    name = COLUMN_NAMES_ALL[column_id]
    window = notices[index * TRS_PER_PAGE:(index + 1) * TRS_PER_PAGE]
    prefix = f"/{column_id}"
    items = "\n".join(
        f'<li><a href=".{n.path[len(prefix):]}" target="_blank" title="{escape(n.title)}">{escape(n.title)}</a>'
        f"<span>{n.date}</span></li>" for n in window)
    head = (f'<meta charset="utf-8"><title>{name}</title>\n<meta name="ColumnName" content="{name}">\n'
            '<script type="text/javascript" src="/common/js/page.js"></script>')
    return chrome.page(head, chrome.trs_link, f"""
<div class="gw-wrap"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="../">政务公开</a> &gt; <span>{name}</span></div>
<div class="gw-clear"><div class="list-main"><h2 class="list-h">{name}</h2>
<ul class="list">
{items}
</ul>
<div class="page"><span class="page-total">共{len(notices)}条</span><script type="text/javascript">createPageHTML({page_count(notices)}, {index}, "index", "html");</script></div>
</div></div></div>""")


def render_article(notice: Notice) -> str:
    e = esc
    name = COLUMN_NAMES_ALL[notice.column_id]
    head = f'{meta_tags(notice, column_type="公示公告")}\n<meta name="ColumnKeywords" content="{name}">'
    return chrome.page(head, chrome.trs_link, f"""
<div class="gw-wrap"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="../../">政务公开</a> &gt; <a href="../index.html">{name}</a></div>
<div class="gw-clear">{chrome.sidebar(chrome.trs_link)}<div class="trs-article">
<table class="bd1" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr><td width="90"><b>索引号：</b></td><td width="260">{e(notice.index_no)}</td><td width="90"><b>主题分类：</b></td><td>{e(notice.category)}</td></tr>
<tr><td><b>发文机关：</b></td><td>{e(notice.publisher)}</td><td><b>成文日期：</b></td><td>{e(notice.written_date)}</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">{e(notice.title)}</td></tr>
<tr><td><b>发文字号：</b></td><td>{e(notice.doc_no)}</td><td><b>发布日期：</b></td><td>{notice.date}</td></tr>
</table>
<h1 class="trs-title">{e(notice.title)}</h1>
<div class="trs-source">发布时间：{notice.published}　来源：{e(notice.source)}</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{body_html(notice, "text-indent: 2em; line-height: 1.8;")}</div></div>
{chrome.share_bar()}</div></div></div>""")
