"""Site chrome around every demo article: header, menus, sidebar, footer, styles and scripts (~42 KB).

Real government templates wrap a few hundred characters of text in 40–50 KB of navigation, so a
crawler's size limits, error-page checks and body selectors meet realistic pages. Everything here
is a pure function of the link style: no clock, no randomness, no other notice, so an article's
HTML (and the ETag derived from it) stays the same from run to run. The chrome holds no facts and
no words of an error page, and none of the classes article parsers look for (zoom, content …).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from html import escape

from scrapers.demo_site.columns import COLUMN_NAMES_ALL, column_path

Link = Callable[[str], str]

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("经开概况", ("经开简介", "领导之窗", "机构设置", "区域位置", "发展历程", "投资环境", "产业平台", "经开风光",
              "联系方式")),
    ("新闻中心", ("经开动态", "通知公告", "热点新闻", "媒体聚焦", "图片新闻", "视频经开", "部门动态", "街道动态",
              "专题报道")),
    ("政务公开", ("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政策文件", "政策解读", "规划计划",
              "财政预决算", "人事信息", "统计信息", "政府信息公开年报", "依申请公开", "公示公告")),
    ("投资经开", ("招商政策", "产业导向", "投资指南", "土地供应", "人才政策", "营商环境", "企业服务", "园区配套")),
    ("政务服务", ("办事指南", "网上办事", "便民服务", "政务服务事项", "证照办理", "中介服务", "惠企政策兑现",
              "服务评价")),
    ("互动交流", ("主任信箱", "咨询投诉", "民意征集", "在线访谈", "调查征集", "常见问题", "留言选登", "12345热线")),
    ("专题专栏", ("清廉经开", "法治经开", "平安经开", "数字经开", "营商环境优化提升", "安全生产", "生态文明建设",
              "文明创建", "乡村振兴", "双招双引")),
)
SERVICES = ("企业开办", "不动产登记", "社保查询", "公积金查询", "医保服务", "户籍办理", "出入境办理", "婚姻登记",
            "车驾管服务", "水电气报装", "职业资格", "人才服务")
TOPICS = ("学习贯彻党的二十大精神", "清廉经开建设", "优化营商环境", "安全生产月", "文明城市创建", "法治政府建设",
          "数字化改革", "共同富裕示范区建设", "生态文明建设", "双招双引")
DEPARTMENTS = ("市发展和改革委员会", "市经济和信息化局", "市教育局", "市科学技术局", "市民族宗教事务委员会", "市公安局",
               "市民政局", "市司法局", "市财政局", "市人力资源和社会保障局", "市自然资源和规划局", "市生态环境局",
               "市住房和城乡建设局", "市交通运输局", "市水利局", "市农业农村局", "市商务局", "市文化和广电旅游体育局",
               "市卫生健康委员会", "市退役军人事务局", "市应急管理局", "市审计局", "市人民政府外事办公室",
               "市国有资产监督管理委员会", "市市场监督管理局", "市统计局", "市医疗保障局", "市综合行政执法局",
               "市信访局", "市大数据发展管理局", "市机关事务管理局", "市林业局", "市粮食和物资储备局", "市气象局")
STREETS = ("南明山街道", "白云街道", "万象街道", "紫金街道", "岩泉街道", "联城街道", "碧湖镇", "水阁街道")
COUNTIES = ("莲都区", "龙泉市", "青田县", "缙云县", "遂昌县", "松阳县", "云和县", "庆元县", "景宁畲族自治县")
PROVINCIAL = ("浙江省人民政府", "浙江省发展和改革委员会", "浙江省经济和信息化厅", "浙江省科学技术厅", "浙江省财政厅",
              "浙江省人力资源和社会保障厅", "浙江省自然资源厅", "浙江省生态环境厅", "浙江省商务厅", "浙江省市场监督管理局",
              "浙江省统计局", "浙江政务服务网", "丽水市人民政府", "中国政府网")

STYLE = """
body{margin:0;padding:0;font-family:"Microsoft YaHei","微软雅黑",Arial,sans-serif;font-size:14px;color:#333;background:#f5f7fa}
a{color:#333;text-decoration:none}a:hover{color:#c3201f}ul,li{margin:0;padding:0;list-style:none}img{border:0}
.gw-wrap{width:1200px;margin:0 auto;position:relative}.gw-clear:after{content:"";display:block;clear:both}
.gw-topbar{height:36px;line-height:36px;background:#f0f2f5;border-bottom:1px solid #e3e6ea;font-size:13px}
.gw-topbar .gw-left{float:left;color:#666}.gw-topbar .gw-right{float:right}
.gw-topbar .gw-right a{margin-left:18px;color:#555}.gw-topbar .gw-right a:hover{color:#c3201f}
.gw-banner{height:150px;background:#1d5fb4 url(/images/demo/banner_bg.jpg) no-repeat center top}
.gw-banner .gw-logo{float:left;margin-top:38px}.gw-banner .gw-logo img{height:72px}
.gw-search{float:right;margin-top:54px;width:360px;height:38px;background:#fff;border-radius:3px;overflow:hidden}
.gw-search input.gw-kw{float:left;width:280px;height:38px;border:0;padding:0 12px;font-size:14px;outline:none}
.gw-search button{float:right;width:68px;height:38px;border:0;background:#c3201f;color:#fff;cursor:pointer}
.gw-hotwords{clear:right;float:right;margin-top:8px;color:#dbe6f5;font-size:12px}.gw-hotwords a{color:#dbe6f5;margin-left:8px}
.gw-nav{height:52px;background:#174f99}.gw-nav>ul>li{float:left;position:relative;width:150px;text-align:center}
.gw-nav>ul>li>a{display:block;height:52px;line-height:52px;color:#fff;font-size:17px}
.gw-nav>ul>li:hover>a,.gw-nav>ul>li.gw-on>a{background:#0f3f80}
.gw-nav .gw-sub{display:none;position:absolute;left:0;top:52px;width:220px;background:#fff;z-index:99;
 box-shadow:0 4px 12px rgba(0,0,0,.12);text-align:left;padding:8px 0}
.gw-nav .gw-sub li a{display:block;height:34px;line-height:34px;padding:0 20px;font-size:14px;color:#333;
 overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.gw-nav .gw-sub li a:hover{background:#eef3fa;color:#174f99}.gw-nav>ul>li:hover .gw-sub{display:block}
.gw-mnav{display:none}.gw-mnav .gw-mnav-group{border-bottom:1px solid #e6e6e6}
.gw-mnav .gw-mnav-title{height:44px;line-height:44px;padding:0 16px;font-size:16px;color:#174f99}
.gw-mnav .gw-mnav-list a{display:inline-block;width:33%;height:36px;line-height:36px;text-align:center;font-size:14px}
.gw-side{float:right;width:280px;margin-top:20px}.gw-side-box{background:#fff;margin-bottom:16px;border:1px solid #e6e9ee}
.gw-side-box h3{margin:0;height:42px;line-height:42px;padding-left:16px;font-size:16px;color:#174f99;
 border-bottom:2px solid #174f99}
.gw-side-box ul{padding:10px 16px}.gw-side-box li{height:32px;line-height:32px;overflow:hidden;white-space:nowrap;
 text-overflow:ellipsis}.gw-side-box li:before{content:"·";color:#c3201f;margin-right:6px}
.gw-services ul{padding:10px 8px}.gw-services li{float:left;width:50%}.gw-services li:before{content:none}
.gw-services li a{display:block;margin:4px;height:34px;line-height:34px;text-align:center;background:#f3f6fb}
.gw-topics li{height:auto;line-height:22px;padding:6px 0}.gw-topics li img{width:100%;height:64px;display:block}
.gw-links{background:#fff;border-top:3px solid #174f99;padding:18px 0;margin-top:30px}
.gw-links select{width:228px;height:34px;margin-right:11px;border:1px solid #d5d9e0;color:#555}
.gw-footer{background:#1c2b45;color:#b8c2d3;padding:26px 0;font-size:13px;line-height:26px}
.gw-footer a{color:#b8c2d3}.gw-footer .gw-foot-left{float:left;width:120px}
.gw-footer .gw-foot-mid{float:left;width:820px}.gw-footer .gw-foot-right{float:right;width:200px;text-align:right}
.gw-footer .gw-foot-menu a{margin:0 10px}.gw-footer .gw-foot-mid p{margin:0}
.gw-tools{position:fixed;right:16px;bottom:120px;width:48px;z-index:100}
.gw-tools a{display:block;width:48px;height:48px;margin-bottom:2px;background:#174f99;color:#fff;font-size:12px;
 text-align:center;line-height:16px;padding-top:8px;box-sizing:border-box}
.gw-share{float:right}.gw-share a{display:inline-block;width:24px;height:24px;margin-left:8px;
 background:url(/images/demo/share_icons.png) no-repeat}
.gw-share .gw-wx{background-position:0 0}.gw-share .gw-wb{background-position:-24px 0}
.gw-share .gw-qq{background-position:-48px 0}
.gw-print{margin:20px 0;text-align:right}.gw-print a{margin-left:16px;color:#666}
@media screen and (max-width:768px){.gw-wrap{width:100%}.gw-nav,.gw-topbar,.gw-side,.gw-links,.gw-tools{display:none}
 .gw-mnav{display:block}.gw-banner{height:80px}.gw-banner .gw-logo{margin:16px 0 0 12px}
 .gw-banner .gw-logo img{height:48px}.gw-search{display:none}.gw-footer .gw-foot-left,
 .gw-footer .gw-foot-right{display:none}.gw-footer .gw-foot-mid{width:100%;text-align:center}}
@media print{.gw-topbar,.gw-banner,.gw-nav,.gw-side,.gw-links,.gw-footer,.gw-tools,.gw-share,.gw-print{display:none}}
"""

HEAD_SCRIPT = """
var gwSite = {webid: '3657', siteName: '丽水经济技术开发区', domain: location.host, mobileWidth: 768};
function gwIsMobile(){ return (window.innerWidth || document.documentElement.clientWidth) <= gwSite.mobileWidth; }
function gwFontSize(size){
  var boxes = document.querySelectorAll('.xl_con, .con-box, .trs-article');
  for (var i = 0; i < boxes.length; i++) { boxes[i].style.fontSize = size + 'px'; }
  return false;
}
function gwPrint(){ window.print(); return false; }
function gwClose(){ window.opener = null; window.open('', '_self'); window.close(); return false; }
function gwSearch(form){
  var kw = form.q.value.replace(/^\\s+|\\s+$/g, '');
  if (!kw) { alert('请输入检索关键词'); form.q.focus(); return false; }
  form.action = '/jrobot/search.do';
  return true;
}
"""

FOOT_SCRIPT = """
(function(){
  var menus = document.querySelectorAll('.gw-nav > ul > li');
  for (var i = 0; i < menus.length; i++) {
    menus[i].onmouseenter = function(){ this.className = (this.className + ' gw-on').replace(/^\\s+/, ''); };
    menus[i].onmouseleave = function(){ this.className = this.className.replace(/\\s*gw-on/g, ''); };
  }
  var groups = document.querySelectorAll('.gw-mnav-title');
  for (var j = 0; j < groups.length; j++) {
    groups[j].onclick = function(){
      var list = this.nextElementSibling;
      list.style.display = list.style.display === 'block' ? 'none' : 'block';
    };
  }
  var selects = document.querySelectorAll('.gw-links select');
  for (var k = 0; k < selects.length; k++) {
    selects[k].onchange = function(){
      if (this.value) { window.open(this.value, '_blank'); }
      this.selectedIndex = 0;
    };
  }
  var share = document.querySelectorAll('.gw-share a');
  for (var m = 0; m < share.length; m++) {
    share[m].onclick = function(){
      var target = this.getAttribute('data-target'), title = encodeURIComponent(document.title);
      var url = encodeURIComponent(location.href);
      if (target === 'wb') { window.open('https://service.weibo.com/share/share.php?url=' + url + '&title=' + title); }
      if (target === 'qq') { window.open('https://connect.qq.com/widget/shareqq/index.html?url=' + url + '&title=' + title); }
      return false;
    };
  }
  if (gwIsMobile()) { document.body.className += ' gw-mobile'; }
})();
var _gwStat = _gwStat || [];
_gwStat.push(['site', gwSite.webid]);
_gwStat.push(['page', location.pathname]);
(function(){
  var s = document.createElement('script');
  s.async = true;
  s.src = '/module/statistics/collect.js?webid=' + gwSite.webid;
  var first = document.getElementsByTagName('script')[0];
  first.parentNode.insertBefore(s, first);
})();
"""


def _stable_number(name: str) -> str:
    """A column id for a menu entry that is not a demo column: from a hash, so every run agrees."""
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()
    for start in range(0, 34, 6):
        number = f"{int(digest[start:start + 6], 16) % 1_000_000:06d}"
        if "404" not in number:  # no error-code look-alikes anywhere in the chrome
            return "1229" + number
    return "1229500000"


def hanweb_link(name: str) -> str:
    """/col/col{id}/index.html; entries named like a demo column link to that column."""
    served = {n: c for c, n in COLUMN_NAMES_ALL.items()}
    return column_path(served[name]) if name in served else f"/col/col{_stable_number(name)}/index.html"


def trs_link(name: str) -> str:
    """TRS sites link folders (/zwgk/c1a2b3/); the demo's own TRS column keeps its path."""
    served = {n: c for c, n in COLUMN_NAMES_ALL.items()}
    if name in served:
        return column_path(served[name])
    return f"/zwgk/c{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}/"


def head() -> str:
    """Stylesheets and early scripts, for the end of <head>."""
    sheets = "".join(f'<link rel="stylesheet" type="text/css" href="/images/demo/{name}.css">\n'
                     for name in ("global_v2", "index", "list", "article", "share.min", "old_mode"))
    scripts = "".join(f'<script type="text/javascript" src="/module/jslib/{name}.js"></script>\n'
                      for name in ("jquery/jquery", "urite/urite.min", "common", "bigfont", "share.min"))
    return f'{sheets}{scripts}<style type="text/css">{STYLE}</style>\n<script type="text/javascript">{HEAD_SCRIPT}</script>\n'


def _anchor(href: str, name: str, extra: str = "") -> str:
    return f'<a href="{href}" target="_blank" title="{escape(name)}"{extra}>{escape(name)}</a>'


def header(link: Link) -> str:
    """Top bar, banner with search, the main menu and its mobile copy."""
    top = "".join(_anchor(href, name) for name, href in (
        ("无障碍浏览", "/module/accessibility/index.html"), ("长者模式", "/module/old/index.html"),
        ("繁體中文", "/module/translate/big5.html"), ("English", "/english/index.html"),
        ("网站地图", "/module/sitemap/index.html"), ("移动版", "/m/index.html"),
        ("政务服务网", "https://www.zjzwfw.gov.cn/"), ("登录", "/module/login/index.html")))
    hot = "".join(f'<a href="/jrobot/search.do?webid=3657&amp;q={escape(w)}">{escape(w)}</a>'
                  for w in ("营商环境", "人才政策", "政务公开", "办事指南", "安全生产", "社保查询"))
    menu = "".join(
        f'<li class="gw-menu-{i}"><a href="{link(title)}" target="_blank">{escape(title)}</a>'
        f'<ul class="gw-sub">{"".join(f"<li>{_anchor(link(n), n)}</li>" for n in items)}</ul></li>\n'
        for i, (title, items) in enumerate(MENUS, start=1))
    mobile = "".join(
        f'<div class="gw-mnav-group"><div class="gw-mnav-title">{escape(title)}</div><div class="gw-mnav-list">'
        f'{"".join(_anchor(link(n), n) for n in items)}</div></div>\n'
        for title, items in MENUS)
    return f"""<div class="gw-topbar"><div class="gw-wrap gw-clear"><div class="gw-left">欢迎访问丽水经济技术开发区门户网站</div>
<div class="gw-right">{top}</div></div></div>
<div class="gw-banner"><div class="gw-wrap gw-clear">
<div class="gw-logo"><a href="/index.html"><img src="/images/demo/logo.png" alt="丽水经济技术开发区"></a></div>
<form class="gw-search" method="get" action="/jrobot/search.do" onsubmit="return gwSearch(this)" target="_blank">
<input type="hidden" name="webid" value="3657"><input type="hidden" name="pg" value="12"><input type="hidden" name="tpl" value="">
<input type="hidden" name="category" value=""><input type="hidden" name="pos" value="title,content,_default_search">
<input class="gw-kw" type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
<div class="gw-hotwords">热门搜索：{hot}</div></div></div>
<div class="gw-nav" aria-label="主导航"><div class="gw-wrap"><ul class="gw-clear"><li class="gw-menu-0"><a href="/index.html">首页</a></li>
{menu}</ul></div></div>
<div class="gw-mnav" aria-label="移动端导航">{mobile}</div>
"""


def sidebar(link: Link) -> str:
    """Service shortcuts, special topics and menu shortcuts, right of the text."""
    services = "".join(f"<li>{_anchor(link(n), n)}</li>" for n in SERVICES)
    topics = "".join(f'<li><a href="{link(n)}" target="_blank" title="{escape(n)}">'
                     f'<img src="/images/demo/topic_{i:02d}.jpg" alt="{escape(n)}">{escape(n)}</a></li>'
                     for i, n in enumerate(TOPICS, start=1))
    shortcuts = "".join(f"<li>{_anchor(link(n), n)}</li>" for _, items in MENUS[2:4] for n in items)
    departments = "".join(f"<li>{_anchor(link(n + '信息公开'), n + '信息公开')}</li>" for n in DEPARTMENTS)
    streets = "".join(f"<li>{_anchor(link(n), n)}</li>" for n in STREETS)
    return f"""<div class="gw-side" aria-label="辅助栏">
<div class="gw-side-box gw-services"><h3>办事服务</h3><ul class="gw-clear">{services}</ul></div>
<div class="gw-side-box gw-topics"><h3>专题专栏</h3><ul>{topics}</ul></div>
<div class="gw-side-box"><h3>快速通道</h3><ul>{shortcuts}</ul></div>
<div class="gw-side-box"><h3>部门信息公开</h3><ul>{departments}</ul></div>
<div class="gw-side-box"><h3>街道信息公开</h3><ul>{streets}</ul></div>
</div>
"""


def footer(link: Link) -> str:
    """Link selects, the footer block, floating tools and closing scripts."""
    def select(title: str, names: tuple[str, ...], href: Callable[[str], str]) -> str:
        options = "".join(f'<option value="{href(n)}">{escape(n)}</option>' for n in names)
        return f'<select aria-label="{title}"><option value="">{title}</option>{options}</select>\n'

    def site(name: str) -> str:
        return f"https://www.example.gov.cn/site/{_stable_number(name)}/"

    foot_menu = "".join(f'<a href="{href}">{name}</a>' for name, href in (
        ("关于本网", "/col/col1229500001/index.html"), ("网站地图", "/module/sitemap/index.html"),
        ("联系我们", link("联系方式")), ("隐私声明", "/col/col1229500002/index.html"),
        ("网站纠错", "/module/jiucuo/index.html"), ("年度报表", "/col/col1229500003/index.html")))
    return f"""<div class="gw-links"><div class="gw-wrap">
{select("省级网站", PROVINCIAL, site)}{select("市级部门", DEPARTMENTS, site)}{select("区县网站", COUNTIES, site)}{select("专题网站", TOPICS, link)}</div></div>
<div class="gw-footer"><div class="gw-wrap gw-clear">
<div class="gw-foot-left"><a href="https://bszs.conac.cn/" target="_blank"><img src="/images/demo/dzjg.png" alt="党政机关"></a></div>
<div class="gw-foot-mid"><p class="gw-foot-menu">{foot_menu}</p>
<p>主办：丽水经济技术开发区管理委员会　承办：丽水经济技术开发区党政办公室</p>
<p>地址：浙江省丽水市莲都区绿谷大道　邮编：323000　联系电话：0578-0000000（演示）</p>
<p>网站标识码：3399000099　浙ICP备00000000号-1（演示）　<a href="/module/beian/index.html" target="_blank">浙公网安备 33110000000000号（演示）</a></p>
<p>建议使用1366×768分辨率，Chrome、Edge、Firefox等浏览器浏览本网站</p></div>
<div class="gw-foot-right"><a href="/module/jiucuo/index.html" target="_blank"><img src="/images/demo/jiucuo.png" alt="政府网站找错"></a></div>
</div></div>
<div class="gw-tools"><a href="#" onclick="return gwFontSize(18)">大字</a><a href="#" onclick="return gwFontSize(14)">标准</a>
<a href="#" onclick="return gwPrint()">打印</a><a href="#top">顶部</a></div>
<script type="text/javascript">{FOOT_SCRIPT}</script>
"""


def page(head_tags: str, link: Link, main: str) -> str:
    """A whole page: the template's own head tags, then the chrome around `main`."""
    return (f"<!DOCTYPE html>\n<html><head>\n{head_tags}\n{head()}</head>\n"
            f"<body>{header(link)}{main}\n{footer(link)}</body></html>")


def share_bar() -> str:
    """Share buttons and print / close links under the text."""
    return ('<div class="gw-print"><div class="gw-share"><a class="gw-wx" data-target="wx" href="#" title="微信"></a>'
            '<a class="gw-wb" data-target="wb" href="#" title="微博"></a><a class="gw-qq" data-target="qq" href="#" '
            'title="QQ"></a></div><a href="#" onclick="return gwFontSize(18)">【大 中 小】</a>'
            '<a href="#" onclick="return gwPrint()">【打印本页】</a><a href="#" onclick="return gwClose()">【关闭窗口】</a></div>\n')
