"""The byte-exact www.lishui.gov.cn article in ../shared parses exactly (its text is not copied here: a hash is)."""
import hashlib

from scrapers.article import parse_article

URL = "http://www.lishui.gov.cn/art/2023/10/23/art_1229283449_2493752.html"
EXPECTED = {
    "url": URL,
    "title": "丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知",
    "published": "2023-10-23",
    "index_no": "113325000026455663/2023-43887",
    "doc_no": "丽政发〔2023〕30号",
    "category": "市政府文件",
    "publisher": "市政府",
    "written_date": "2023-10-16",
    "disclosure": "主动公开",
    "source": "市府办",
    "column": "市政府文件",
    "site": "丽水市政府门户网站",
    "attachments": [{
        "name": "丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知 (1).pdf",
        "url": "http://www.lishui.gov.cn/module/download/downfile.jsp?classid=0&filename=be5f1a4be0294db7abf660dd336b3fa5.pdf",
    }],
}
# which rule found each field: the page's meta tags first, then its label table, then the template's body
EXPECTED["found_by"] = {"title": "meta:ArticleTitle", "published": "meta:PubDate", "index_no": "label:索引号",
                        "doc_no": "label:文号", "category": "label:组配分类", "publisher": "label:发布机构",
                        "disclosure": "label:公开方式", "written_date": "label:成文日期", "source": "meta:ContentSource",
                        "column": "meta:ColumnName", "site": "meta:SiteName", "body": "selector:div.zoom"}
BODY_SHA256 = "f897b321a362f26073e794572401bc188acd44aa7e86110407aca8a3d4a76f4c"


def test_real_classic_article_parses_exactly(shared_dir):
    html = (shared_dir / "fixtures/pages/lishui-classic-article-2023-10-23.html").read_bytes().decode("utf-8")
    data = parse_article(html, URL).to_json()
    body = data.pop("body")
    assert data == EXPECTED
    lines = body.splitlines()
    assert lines[0] == "莲都区人民政府，市直各单位："
    assert "1 | 丽水国家粮食储备库 | 1 | 事业" in lines  # table rows stay rows
    assert "合计 | 29" in lines
    assert not any("articlehits" in line or "浏览次数" in line for line in lines)  # the view counter is a script
    assert hashlib.sha256(body.encode("utf-8")).hexdigest() == BODY_SHA256
