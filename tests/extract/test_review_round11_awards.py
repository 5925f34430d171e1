"""Round-11 review findings on awards: 入选率 / 入选数 are a rate and a count, but 入选数字… enters a title; a works verb
followed by a place suffix that ends the word (新建村, 新建区) is a place's name; a bracketed place before a roster's
holders is a group label, only the page's furniture (【纠错】, 【责任编辑：X】) ends the roster; the speaker's province
before a city (我省X市) is no part of its name; a zone (X经开区, X高新区) named before 省级 holds the title. Positive
and negative per class.

The sentences are written for these tests; none is copied from a notice."""
from tests.extract.test_real_awards_round6 import awards, full
from warehouse.extract.awards.recipients import clean_recipient
from warehouse.extract.awards.wording import UNNAMED, VERB

# ---- finding 1: 入选率 / 入选数 are a rate and a count; 入选数字… / 数智… / 数据… enter a title


def test_a_title_that_begins_with_shu_is_entered():
    assert awards("石湾县入选数字乡村试点县。") == [("数字乡村试点县", None, "石湾县")]
    assert awards("北坡镇红岩村入选数智乡村建设样板村名单。") == [("数智乡村建设样板村名单", None, "北坡镇红岩村")]
    assert awards("石湾县入围数据要素综合试验区名单。") == [("数据要素综合试验区名单", None, "石湾县")]


def test_the_rate_or_the_count_of_those_selected_is_no_honour():
    for text in ("石湾县入选全国文明城市，入选率位居全国前列。", "石湾县入选全国文明城市，入选数量居全市第一。",
                 "石湾县入选全国文明城市，入围数达到历届之最。"):
        assert awards(text) == [("全国文明城市", None, "石湾县")]
    assert awards("石湾县人民医院入选国家区域医疗中心，全市入选数为3家。") == [("国家区域医疗中心", None, "石湾县人民医院")]
    for text in ("入选率居全省前列", "入选数超过往届总和", "入选数量为5个", "入选数，全省第一", "入围数为3个"):
        assert not VERB.search(text), text


# ---- finding 2: 新建村 / 新建区 / 新增社区: a works verb then a place suffix that ends the word is a name


def test_a_place_named_with_a_works_verb_holds_its_honour():
    assert awards("新建村入选全国乡村旅游重点村。") == [("全国乡村旅游重点村", None, "新建村")]
    assert awards("新建镇被评为省级卫生镇。") == [("省级卫生镇", None, "新建镇")]
    assert awards("新建区荣获国家园林城区称号。") == [("国家园林城区", None, "新建区")]
    assert awards("新增社区获评省级绿色社区。") == [("省级绿色社区", None, "新增社区")]
    assert awards("新建街道成功创建省级平安街道。") == [("省级平安街道", None, "新建街道")]


def test_works_done_before_an_honour_are_no_holder():
    # the suffix goes on into a longer word (村级, 村容, 乡镇, 县道): the works built, the holder after the comma
    assert awards("新建村级党群服务中心8个，红岩村获评省级文明村。") == [("省级文明村", None, "红岩村")]
    assert awards("整治村容村貌，红岩村获评省级美丽乡村示范村。") == [("省级美丽乡村示范村", None, "红岩村")]
    assert awards("新建乡镇卫生院3所，红岩村获评省级文明村。") == [("省级文明村", None, "红岩村")]
    assert awards("改建县道20公里，石湾县获评省级四好农村路示范县。") == [("省级四好农村路示范县", None, "石湾县")]
    for text in ("新建村级活动中心", "整治村庄环境", "新建镇区道路", "新建社区居家养老服务中心", "扩建县城污水管网"):
        assert clean_recipient(text) is None, text


# ---- finding 3: 【X县】 before the holders is a group label; only the page's furniture ends the roster


def test_a_bracketed_place_labels_the_holders_after_it():
    text = "2023年度省级卫生村名单\n【石湾县】红岩村\n【北坡县】梨花村、桃源村\n【打印】 【关闭】"
    assert [a[2] for a in full(text)] == ["红岩村", "梨花村", "桃源村"]
    # the label alone on its line: the holders on the lines under it
    text = "2023年度省级卫生村名单\n【石湾县】\n红岩村\n梨花村\n【责任编辑：李明】"
    assert [a[2] for a in full(text)] == ["红岩村", "梨花村"]


def test_the_pages_furniture_in_brackets_is_no_holder():
    text = "2023年度省级卫生村名单\n石湾县红岩村\n北坡县梨花村\n【纠错】\n【来源：省卫健委】"
    assert [a[2] for a in full(text)] == ["石湾县红岩村", "北坡县梨花村"]
    text = "2023年度省级卫生村名单\n石湾县红岩村\n【字号：大 中 小】\n【发布时间：2024-01-05】"
    assert [a[2] for a in full(text)] == ["石湾县红岩村"]


# ---- finding 10: 我省X市 is X市; a zone before 省级 holds the title


def test_the_speakers_province_before_a_city_is_no_part_of_its_name():
    text = "本省南江市、北海市，石湾县、北坡县共4个城市被授予全国文明城市称号。"
    assert [a[2] for a in full(text)] == ["南江市", "北海市", "石湾县", "北坡县"]
    assert awards("我市石湾县、北坡县共2个县被授予全国卫生县城称号。") == [
        ("全国卫生县城", None, "石湾县"), ("全国卫生县城", None, "北坡县")]
    assert clean_recipient("我省南江市") == "南江市"
    # the speaker alone, or before what is no place of its own, stays as it was
    assert clean_recipient("我市城区") == "我市城区"
    assert clean_recipient("我省") == "我省"


def test_a_zone_named_before_the_level_holds_the_title():
    lead = "石湾县人民政府工作报告\n过去一年，全县发展稳中有进。"
    assert awards(lead + "成功创建石湾高新区省级高新技术产业园区。") == [("省级高新技术产业园区", None, "石湾高新区")]
    assert awards(lead + "成功创建红岩景区省级旅游度假区。") == [("省级旅游度假区", None, "红岩景区")]
    # 全区 before the level: the district speaking of itself, no zone
    assert all(a[2] != "全区" for a in full(lead + "成功创建全区省级生态示范区。"))


# ---- style: one 人次 pattern


def test_person_times_name_nobody():
    assert awards("全县三十人次获得省级以上表彰。") == []
    assert awards("全县数百人次获得市级以上表彰，其中李明荣获全国劳动模范。") == [("全国劳动模范", None, "李明")]
    assert UNNAMED.search("300人次获评") and clean_recipient("三十人次") is None
