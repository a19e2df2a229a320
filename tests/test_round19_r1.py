"""Recall at scale: trigger words of international news the lexicon did not know.

The misses on unseen news are mostly sentences that name both sides and give no event at all,
because the verb is unknown. These words were drawn from mining the unannotated corpora for
the predicates of such sentences and from the common verbs of each GUIDELINES type; each was
kept only when the events it adds to the Terminus and IR corpora read right. Each class has
positives and near-misses that must stay silent.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _has(text: str, subject: str, kind: str, obj: str) -> bool:
    pairs = _pairs(text)
    return (subject, kind, obj) in pairs


# -- one row per word: the sentence, then the event it must give --------------------------

FOUND = [
    # CONSULT: meetings by rarer verbs, credentials presented, an envoy called in
    ("俄罗斯总统普京在克里姆林宫面见伊朗外长阿拉格齐。", ("普京", "CONSULT", "阿拉格齐")),
    ("王毅在北京与巴基斯坦外长达尔面晤。", ("王毅", "CONSULT", "达尔")),
    ("中国外长王毅与韩国外长赵兑烈晤面。", ("王毅", "CONSULT", "赵兑烈")),
    ("伊朗新任驻华大使向中国国家主席习近平递交国书。", ("伊朗", "CONSULT", "习近平")),
    ("中国国家主席习近平前往医院看望巴基斯坦总理。", ("习近平", "CONSULT", "巴基斯坦")),
    ("韩国外交部约谈日本驻韩大使。", ("韩国外交部", "CONSULT", "日本")),
    # AGREE: treaties and deals concluded, proposals adopted
    ("伊朗与沙特阿拉伯就恢复外交关系正式换文。", ("伊朗", "AGREE", "沙特阿拉伯")),
    ("俄罗斯与朝鲜敲定了一项军事合作协议。", ("俄罗斯", "AGREE", "朝鲜")),
    ("印度政府采纳了美国提出的建议。", ("印度", "AGREE", "美国")),
    ("美国与墨西哥谈成一项移民协议。", ("美国", "AGREE", "墨西哥")),
    ("俄罗斯与白俄罗斯缔约。", ("俄罗斯", "AGREE", "白俄罗斯")),
    # SUPPORT: praise, thanks, rewards, standing by someone
    ("美国总统拜登在讲话中表扬了日本在印太地区的作用。", ("拜登", "SUPPORT", "日本")),
    ("联合国秘书长古特雷斯向中国致谢。", ("古特雷斯", "SUPPORT", "中国")),
    ("美国国务卿布林肯专程前往台湾为赖清德站台。", ("布林肯", "SUPPORT", "赖清德")),
    ("普京嘉奖了朝鲜军队。", ("普京", "SUPPORT", "朝鲜人民军")),
    ("金正恩致贺信祝贺普京。", ("金正恩", "SUPPORT", "普京")),
    # REQUEST: claims, calls for help, invitations
    ("菲律宾向中国索赔。", ("菲律宾", "REQUEST", "中国")),
    ("乌克兰向北约求援。", ("乌克兰", "REQUEST", "北约")),
    ("中方诚邀俄罗斯总统普京出席峰会。", ("中国", "REQUEST", "普京")),
    ("伊朗向韩国追讨被冻结的资金。", ("伊朗", "REQUEST", "韩国")),
    # ACCUSE: rarer words of blame, an impeachment
    ("特朗普在社交媒体上谩骂拜登。", ("特朗普", "ACCUSE", "拜登")),
    ("美国国会众议院弹劾特朗普。", ("美国众议院", "ACCUSE", "特朗普")),
    ("俄罗斯外交部质问美国为何不公布证据。", ("俄罗斯外交部", "ACCUSE", "美国")),
    # SANCTION: tariffs, trade remedies and ties cut under other names
    ("印度宣布对中国加税。", ("印度", "SANCTION", "中国")),
    ("美国对中国的钢铁课征高额关税。", ("美国", "SANCTION", "中国")),
    ("欧盟对中国电动汽车发起反倾销调查。", ("欧盟", "SANCTION", "中国")),
    ("中国对美国加征对等关税。", ("中国", "SANCTION", "美国")),
    ("哥斯达黎加与台湾绝交。", ("哥斯达黎加", "SANCTION", "台湾")),
    # MOBILIZE: reconnaissance and alert aimed at someone
    ("美国侦察机对中国抵近侦察。", ("美国", "MOBILIZE", "中国")),
    ("韩国军方对朝鲜保持高度戒备。", ("韩军", "MOBILIZE", "朝鲜")),
    # COERCE: questioning, custody, seizures, ships stopped
    ("俄罗斯警方传唤了美国记者。", ("俄罗斯警方", "COERCE", "美国")),
    ("日本警方以涉嫌间谍罪收押一名中国公民。", ("日本警方", "COERCE", "中国")),
    ("菲律宾海警缴获中国渔船的设备。", ("菲律宾海警", "COERCE", "中国")),
    ("以色列截获伊朗运往真主党的武器。", ("以色列", "COERCE", "伊朗")),
    ("伊朗革命卫队截停一艘英国油轮。", ("伊朗伊斯兰革命卫队", "COERCE", "英国")),
    ("胡塞武装袭扰美国军舰。", ("胡塞武装", "COERCE", "美国")),
    # ASSAULT: raids, routs, campaigns to wipe out an armed group
    (
        "以色列军方连夜袭击黎巴嫩真主党。",
        ("以军", "ASSAULT", "真主党"),
    ),  # 连|夜袭|击: 夜袭 is no trigger
    ("以色列军队重创哈马斯。", ("以军", "ASSAULT", "哈马斯")),
    ("乌克兰军队在哈尔科夫方向击溃俄军。", ("乌军", "ASSAULT", "俄军")),
    ("尼日利亚军队围剿博科圣地武装。", ("尼日利亚军队", "ASSAULT", "博科圣地")),
    ("以色列军队炮袭黎巴嫩真主党阵地。", ("以军", "ASSAULT", "真主党")),
    # RETREAT: a release under another name
    ("伊朗法院开释一名法国公民。", ("伊朗法院", "RETREAT", "法国")),
    # COOPERATE: joint drills, trade, joint building
    ("中国与俄罗斯在日本海举行联演。", ("中国", "COOPERATE", "俄罗斯")),
    ("中国与东盟国家通商已有千年历史。", ("中国", "COOPERATE", "东盟")),
    ("中国与老挝合建铁路。", ("中国", "COOPERATE", "老挝")),
    # AID: gifts of goods
    ("中国向柬埔寨赠予一批医疗物资。", ("中国", "AID", "柬埔寨")),
    ("中国向老挝援赠一批物资。", ("中国", "AID", "老挝")),
    # second list: read off the news corpora's sentences that name two actors and no event
    ("北约秘书长吕特推崇泽连斯基的领导力。", ("吕特", "SUPPORT", "泽连斯基")),
    ("朝鲜向韩国示好。", ("朝鲜", "SUPPORT", "韩国")),
    ("韩国军方严密监视朝鲜动向。", ("韩军", "MOBILIZE", "朝鲜")),
    ("美方宣布将对中国海运业展开301条款调查。", ("美国", "SANCTION", "中国")),
    ("俄罗斯宣布对日本禁售稀土。", ("俄罗斯", "SANCTION", "日本")),
    ("俄罗斯对欧洲停供天然气。", ("俄罗斯", "SANCTION", "欧洲")),
    ("美国对伊朗松绑。", ("美国", "CONCEDE", "伊朗")),
    ("乌克兰军队追击俄军。", ("乌军", "ASSAULT", "俄军")),
    ("乌军对俄军发起反攻。", ("乌军", "ASSAULT", "俄军")),
    ("沙特与伊朗和解。", ("沙特阿拉伯", "AGREE", "伊朗")),
    ("埃塞俄比亚与厄立特里亚言和。", ("埃塞俄比亚", "AGREE", "厄立特里亚")),
    ("中国与印尼恢复邦交。", ("中国", "AGREE", "印度尼西亚")),
    ("国际刑警组织缉拿哈马斯领导人。", ("国际刑警组织", "COERCE", "哈马斯")),
    ("美国警方追捕哈马斯成员。", ("美国警方", "COERCE", "哈马斯")),
    ("日本首相石破茂与中国总理李强茶叙。", ("石破茂", "CONSULT", "李强")),
    ("王毅与韩国外长赵兑烈恳谈。", ("王毅", "CONSULT", "赵兑烈")),
    ("乌克兰指责俄军虐待乌军战俘。", ("俄军", "ASSAULT", "乌军")),
    ("朝鲜黑客对韩国发动网攻。", ("朝鲜", "ASSAULT", "韩国")),
    ("美国总统特朗普暗批中国。", ("特朗普", "ACCUSE", "中国")),
    ("朝鲜向韩国释出善意。", ("朝鲜", "SUPPORT", "韩国")),
    ("以军砲轰黎巴嫩南部。", ("以军", "ASSAULT", "黎巴嫩")),
    ("特朗普砲轰拜登。", ("特朗普", "ACCUSE", "拜登")),
    ("以色列与美国夹击伊朗。", ("以色列", "ASSAULT", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_news_verb_gives_its_event(text, expected) -> None:
    assert _has(text, *expected)


# -- relations that turn hostile, and tariffs raised on each other: both ways --------------

MUTUAL = [
    ("沙特阿拉伯与卡塔尔决裂。", "沙特阿拉伯", "ACCUSE", "卡塔尔"),
    ("美国与伊朗交恶已有四十年。", "美国", "ACCUSE", "伊朗"),
    ("特朗普与普京决裂。", "特朗普", "ACCUSE", "普京"),
    ("美国与中国互加关税。", "美国", "SANCTION", "中国"),
    ("特朗普放手与中国互加关税打贸易战。", "特朗普", "SANCTION", "中国"),
    ("中美两国外长隔空交火。", "中国", "ACCUSE", "美国"),
]


@pytest.mark.parametrize(("text", "one", "kind", "other"), MUTUAL)
def test_falling_out_goes_both_ways(text, one, kind, other) -> None:
    pairs = _pairs(text)
    assert (one, kind, other) in pairs
    assert (other, kind, one) in pairs


# -- near-misses: the same words with nobody on the other side, or another sense ---------

SILENT = [
    "中美两国将共同迎接挑战。",  # 迎接 is not a trigger: mostly a challenge met together
    "疫情重创美国经济。",  # no actor strikes
    "会场内外戒备森严。",
    "韩国军方提高戒备等级。",  # an alert aimed at nobody named
    "该国政府采纳了专家的建议。",
    "示威者高喊口号,谩骂不断。",
    "他表扬了自己的学生。",
    "警方在现场缴获大量毒品。",
    "这名男子被警方传唤。",
    "美国将于下周对进口钢铁加税。",
    "两国关系交恶。",
    "泽连斯基在视频谈话中未回应。",  # 谈话 is not a trigger: a talk with nobody named
    "警方对该男子进行监视。",
    "美方监视局势发展。",
    "双方最终和解。",
    "和解金由汇丰银行缴纳。",
    "他们赢得了民众的支持。",
    "特朗普赢得大选。",
    "该男子长期虐待家中儿童。",
]


# -- 赢得X的支持: won, a passive as 得到X的支持 is -------------------------------------------

WON = [
    ("乌克兰赢得了欧盟的支持。", ("欧盟", "SUPPORT", "乌克兰")),
    ("日本的提案赢得美国的支持。", ("美国", "SUPPORT", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), WON)
def test_support_won_is_given_by_the_one_after_it(text, expected) -> None:
    assert _has(text, *expected)
    subject, kind, obj = expected
    assert (obj, kind, subject) not in _pairs(text)


@pytest.mark.parametrize("text", SILENT)
def test_news_verb_without_a_second_side_is_silent(text) -> None:
    assert events_of(text) == set()


# -- 对X(Y)实施制裁: a bracketed short name after the one a preposition introduces --------

GLOSSED = [
    ("美国对北大西洋公约组织(北约)实施制裁。", ("美国", "SANCTION", "北约")),
    ("美国对巴勒斯坦伊斯兰抵抗运动(哈马斯)实施制裁。", ("美国", "SANCTION", "哈马斯")),
    ("以军对巴勒斯坦伊斯兰抵抗运动（哈马斯）发动空袭。", ("以军", "ASSAULT", "哈马斯")),
    ("美国表示暂时不会对中(共)国加征额外关税。", ("美国", "SANCTION", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED)
def test_gloss_after_introduced_actor_is_no_break(text, expected) -> None:
    assert _has(text, *expected)


# -- the same stances with another light verb: 感到担忧, 致以歉意, 表达谢意, 表达…慰问 ------------

LIGHT_VERBS = [
    ("欧盟对以色列在加沙的军事行动感到担忧。", ("欧盟", "ACCUSE", "以色列")),
    ("中方对美方的做法感到愤慨。", ("中国", "ACCUSE", "美国")),
    ("日本首相向韩国总统致以歉意。", ("日本", "CONCEDE", "韩国")),
    ("中国向土耳其表达诚挚的慰问。", ("中国", "SUPPORT", "土耳其")),
    ("普京向中国表达谢意。", ("普京", "SUPPORT", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), LIGHT_VERBS)
def test_stance_with_another_light_verb(text, expected) -> None:
    assert _has(text, *expected)


@pytest.mark.parametrize("text", ["专家对经济前景感到担忧。", "民众对此感到愤慨。"])
def test_stance_about_no_actor_is_silent(text) -> None:
    assert events_of(text) == set()


# -- 与何立峰|会面: a trigger read across the end of a name (峰会) hid the one after it --------

STRADDLED = [
    ("美国财政部长贝森特与何立峰会面。", ("贝森特", "CONSULT", "何立峰")),
    ("美国财政部长贝森特与中国国务院副总理何立峰会谈。", ("贝森特", "CONSULT", "何立峰")),
    ("中国国务院副总理何立峰会见美国财政部长贝森特。", ("何立峰", "CONSULT", "贝森特")),
]


@pytest.mark.parametrize(("text", "expected"), STRADDLED)
def test_trigger_after_a_name_it_was_read_into(text, expected) -> None:
    assert _has(text, *expected)


def test_name_then_a_word_that_is_no_act_is_silent() -> None:
    assert events_of("何立峰会同美国财政部长贝森特出席活动。") == set()


def test_exchange_across_a_distance_is_of_words_not_fire() -> None:
    kinds = {kind for _, kind, _ in _pairs("美国与中国在联合国隔空交火。")}
    assert kinds == {"ACCUSE"}
