"""The demo site's columns: which CMS family serves each, under which name, and how it pages.

One site (one port) hosts one column per CMS family beside the three Hanweb classic columns of the
demo storyline (design/gov-sites.md 1 and 3). Column ids are strings; a TRS column id is its path.
"""
from __future__ import annotations

HANWEB_CLASSIC = "hanweb_classic"          # Zhejiang: POST /module/jpage/dataproxy.jsp
HANWEB_CLASSIC_WEB = "hanweb_classic_web"  # Jiangsu / Shandong: POST /module/web/jpage/dataproxy.jsp
HANWEB_JPAAS = "hanweb_jpaas"
TRS_WCM = "trs_wcm"

CLASSIC_NAMES = {"1229430799": "经开动态", "1229430812": "项目建设", "1229430826": "荣誉表彰"}
WEB_COLUMN, WEB_SIDEBAR_COLUMN = "1229430841", "1229430860"
JPAAS_COLUMN = "1229430873"
TRS_COLUMN = "zwgk/gsgg"

COLUMN_NAMES_ALL = {**CLASSIC_NAMES, WEB_COLUMN: "通知公告", WEB_SIDEBAR_COLUMN: "热点新闻",
                    JPAAS_COLUMN: "政策文件", TRS_COLUMN: "公示公告"}
FAMILY_COLUMNS = {
    HANWEB_CLASSIC: list(CLASSIC_NAMES),
    HANWEB_CLASSIC_WEB: [WEB_COLUMN],
    HANWEB_JPAAS: [JPAAS_COLUMN],
    TRS_WCM: [TRS_COLUMN],
}
FAMILY_OF = {column: family for family, columns in FAMILY_COLUMNS.items() for column in columns}

WEB_PER_PAGE = 20       # the web-path dataproxy's fixed page size (it honours only page=N)
WEB_SIDEBAR_RECORDS = 5
WEB_SIDEBAR_SOURCE = "1229430799"  # the 热点新闻 sidebar shows the newest notices of this classic column
JPAAS_PAGE_SIZE = 15    # paramJson pageSize the column page's list unit asks for
JPAAS_WEB_ID = "3657"
JPAAS_TPLSET_ID = "b2f7c1e04a9d4f0c8e5a6d3b9c7e1f20"
TRS_PER_PAGE = 8


def family_of(column_id: str) -> str:
    """Columns not registered here (a test's own) render as Hanweb classic, as they always did."""
    return FAMILY_OF.get(column_id, HANWEB_CLASSIC)


def column_path(column_id: str) -> str:
    """Where a column's first list page lives on the demo site."""
    if family_of(column_id) == TRS_WCM:
        return f"/{column_id}/index.html"
    return f"/col/col{column_id}/index.html"
