"""Round 34, helper ye: constructions that recurred on fresh pages about South and South-East
Asia and Africa (the Sahel juntas and ECOWAS, Thailand–Cambodia, Sudan, Myanmar, the Taliban).
Sentences written for the tests, in the style of those pages."""

from tests.data.sentences import events_of, roles_of


def test_a_joint_communique_issued_by_a_list_of_countries_is_their_agreement() -> None:
    """马里、尼日尔、布基纳法索发布联合公报: a joint communiqué is signed by all its issuers,
    as a joint statement (联合声明) already was."""
    events = events_of("西非国家马里、尼日尔、布基纳法索28日发布联合公报,宣布立即退出西共体。")
    assert ("马里", "AGREE", "尼日尔", "asserted") in events
    assert ("马里", "AGREE", "布基纳法索", "asserted") in events
    assert ("尼日尔", "AGREE", "布基纳法索", "asserted") in events
    events = events_of("阿根廷和巴西两国外长会谈后发表联合公报。")
    assert ("阿根廷", "AGREE", "巴西", "asserted") in events
    # the near miss: a communiqué named as a document (违反中美三个联合公报) is not issued anew,
    # so the sentence's future (将) does not make it intended
    events = events_of("赵立坚表示,佩洛西访台将严重违反一个中国原则和中美三个联合公报规定。")
    assert not any(e[1] == "AGREE" and e[3] == "intended" for e in events)


def test_a_count_of_countries_with_its_classifier_refers_to_the_last_list() -> None:
    """对这三个国家实施制裁, 对这三国实施了制裁: 三个国家/这三国 are the three countries just
    listed, as 三国 already was."""
    events = events_of("此前,西共体在马里、尼日尔、布基纳法索发生军事政变后对这三个国家实施制裁。")
    for country in ("马里", "尼日尔", "布基纳法索"):
        assert ("西非国家经济共同体", "SANCTION", country, "asserted") in events
    events = events_of("马里、尼日尔和布基纳法索宣布退出西共体。西共体随后对这三国实施了制裁。")
    for country in ("马里", "尼日尔", "布基纳法索"):
        assert ("西非国家经济共同体", "SANCTION", country, "asserted") in events


def test_a_ceasefire_a_pair_makes_with_each_other_is_their_agreement() -> None:
    """双方在7月29日停火, 川普曾斡旋两国停火: the two sides stop fighting each other by agreement,
    one AGREE, not two concessions each way (the golds file such a truce as AGREE)."""
    events = events_of("泰国与柬埔寨爆发致命冲突。这场冲突造成至少43人死亡,双方在7月29日停火。")
    assert any(e[1] == "AGREE" and {e[0], e[2]} == {"泰国", "柬埔寨"} for e in events)
    assert not any(e[1] == "CONCEDE" for e in events)
    events = events_of("印度与巴基斯坦爆发冲突。美国曾斡旋两国停火,结束为期四天的战事。")
    assert any(e[1] == "AGREE" and {e[0], e[2]} == {"印度", "巴基斯坦"} for e in events)
    assert not any(e[1] == "CONCEDE" for e in events)
    # the sides named as subject and partner (not one group acting on itself) keep the concession
    events = events_of("泰国和柬埔寨宣布停火。")
    assert ("泰国", "CONCEDE", "柬埔寨", "asserted") in events


def test_a_name_glossed_in_latin_letters_ends_at_its_gloss() -> None:
    """马来西亚首相安华（Anwar Ibrahim）出面斡旋: the gloss closes the name (安华, not 安华出),
    as it already lengthened a name the title reader cut short."""
    roles = roles_of(
        "东盟轮值主席、马来西亚首相安华（Anwar Ibrahim）出面斡旋,泰柬双方达成停火协议。"
    )
    assert ("安华", "马来西亚", "首相") in roles
    events = events_of("美国驻联合国代理大使谢伊（Dorothy Shea）则对中国的做法提出批评。")
    assert ("谢伊", "ACCUSE", "中国", "asserted") in events
    # the gloss still carries a name past what the title reader would take alone
    assert ("雷雅布可夫", "俄罗斯", "副外长") in roles_of(
        "俄罗斯副外长雷雅布可夫（Sergei Ryabkov）表示反对。"
    )


def test_the_local_time_after_a_dotted_name_is_not_part_of_it() -> None:
    """发言人穆罕默德·纳伊姆当地时间24日发推称: 当地时间 opens the dateline's time."""
    roles = roles_of("阿富汗塔利班发言人穆罕默德·纳伊姆当地时间24日发推称,代表团会见了中国大使。")
    assert ("穆罕默德·纳伊姆", "塔利班", "发言人") in roles


def test_a_joint_statement_goes_on_speaking_for_all_its_issuers() -> None:
    """A、B、C发布联合公报。…公报说,这三个国家…。公报说,…。该组织…实施了“…不负责任”的制裁:
    the sentence the communiqué goes on with judges for all three issuers, not one of them."""
    text = (
        "马里、尼日尔、布基纳法索28日发布联合公报,宣布立即退出西共体。\n"
        "马里过渡政府发言人当天宣读了联合公报。公报说,这三个国家决定立即退出西共体。\n"
        "公报说,西共体已背离创立时的理想。"
        "该组织没有向三国提供援助,并对三国实施了“非法、不人道和不负责任”的制裁。"
    )
    events = events_of(text)
    for country in ("马里", "尼日尔", "布基纳法索"):
        assert (country, "ACCUSE", "西非国家经济共同体", "asserted") in events


def test_he_also_goes_on_with_the_speaker_not_someone_named_in_his_words() -> None:
    """希哈萨说,…美国希望川普到访时签署协议。他还指责柬埔寨…: 他还 opening the next sentence is
    the one who spoke, not the person named inside what he said."""
    events = events_of(
        "泰国外长希哈萨昨天说,他注意到有时太急于达成协议,因为美国希望川普到访时签署协议。"
        "他还指责柬埔寨从未直接向泰方说明此事。"
    )
    assert ("希哈萨", "ACCUSE", "柬埔寨", "asserted") in events
    assert not any(e[0] == "特朗普" and e[1] == "ACCUSE" for e in events)
    events = events_of("伊朗外长阿拉格齐表示:“内塔尼亚胡不想要和平。”他还谴责美国。")
    assert ("阿拉格齐", "ACCUSE", "美国", "asserted") in events
    # the near miss: with no statement in force, 他还 is the person the text is about
    events = events_of("特朗普会见了普京。他还谴责乌克兰。")
    assert ("特朗普", "ACCUSE", "乌克兰", "asserted") in events


def test_holding_someone_to_blame_accuses_it() -> None:
    """印方认定巴基斯坦与枪击事件有关联, 苏丹政府认定快速支援部队对此次袭击负全部责任: to hold
    someone responsible for an attack is to accuse it."""
    events = events_of("印方认定巴基斯坦与枪击事件有关联。")
    assert ("印度", "ACCUSE", "巴基斯坦", "asserted") in events
    events = events_of("苏丹政府认定快速支援部队对此次袭击负全部责任。")
    assert ("苏丹", "ACCUSE", "快速支援部队", "asserted") in events


def test_protection_given_to_someone_is_aid() -> None:
    """印度方面正为哈西娜提供全面保护: protection is given as aid, as asylum (庇护) is."""
    events = events_of("印度方面正为哈西娜提供全面保护。")
    assert ("印度", "AID", "谢赫·哈西娜", "asserted") in events
