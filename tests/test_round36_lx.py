"""Round 36, helper lx: the verbs of Taiwan's, Hong Kong's and Singapore's press that the
trigger lexicon lacked (ontology/triggers.tsv, session 36 audit). Sentences written for the
test, some in traditional script (kg folds it first); each event is missed without its row."""

from __future__ import annotations

import pytest
from sentences import events_of

# (sentence, an event it must give)
FOUND = [
    # ACCUSE: harsh words
    ("特朗普狠轰拜登，称其软弱无能。", ("特朗普", "ACCUSE", "拜登", "asserted")),
    ("特朗普對拜登開罵。", ("特朗普", "ACCUSE", "拜登", "asserted")),
    ("美国向中国发难，指其操纵汇率。", ("美国", "ACCUSE", "中国", "asserted")),
    ("北韓向美國叫陣。", ("朝鲜", "ACCUSE", "美国", "asserted")),
    ("中国向日本兴师问罪，要求撤回错误言论。", ("中国", "ACCUSE", "日本", "asserted")),
    ("特朗普嘲弄拜登。", ("特朗普", "ACCUSE", "拜登", "asserted")),
    ("特朗普羞辱泽连斯基。", ("特朗普", "ACCUSE", "泽连斯基", "asserted")),
    ("民進黨抹紅國民黨。", ("民主进步党", "ACCUSE", "中国国民党", "asserted")),
    ("俄罗斯对乌克兰扣帽子。", ("俄罗斯", "ACCUSE", "乌克兰", "asserted")),
    # two sides at odds
    ("中國槓上日本，兩國關係降到冰點。", ("中国", "ACCUSE", "日本", "asserted")),
    ("特朗普与中国杠上，双方互不相让。", ("中国", "ACCUSE", "特朗普", "asserted")),
    ("美中互呛，双方在联合国激烈交锋。", ("中国", "ACCUSE", "美国", "asserted")),
    ("中国与美国对呛，互不相让。", ("美国", "ACCUSE", "中国", "asserted")),
    ("美俄互批。", ("俄罗斯", "ACCUSE", "美国", "asserted")),
    # REJECT
    ("俄罗斯外交部打脸乌克兰。", ("俄罗斯外交部", "REJECT", "乌克兰", "asserted")),
    ("中国严拒美国的无理要求。", ("中国", "REJECT", "美国", "asserted")),
    ("特朗普不甩中国的警告，坚持访问。", ("特朗普", "REJECT", "中国", "asserted")),
    # THREATEN
    ("中共持續武嚇台灣。", ("中国共产党", "THREATEN", "台湾", "asserted")),
    # SUPPORT: congratulations, praise, the headline's 挺
    ("日本首相向特朗普道賀。", ("日本", "SUPPORT", "特朗普", "asserted")),
    ("俄罗斯向中国庆贺。", ("俄罗斯", "SUPPORT", "中国", "asserted")),
    ("美国称许日本的努力。", ("美国", "SUPPORT", "日本", "asserted")),
    ("川普挺以色列，称以色列有权自卫。", ("特朗普", "SUPPORT", "以色列", "asserted")),
    # CONSULT
    ("日本首相晋谒特朗普。", ("日本", "CONSULT", "特朗普", "asserted")),
    ("日本首相與特朗普餐敘。", ("日本", "CONSULT", "特朗普", "asserted")),
    ("拜登与习近平通电。", ("拜登", "CONSULT", "习近平", "asserted")),
    ("川普去電蔡英文。", ("特朗普", "CONSULT", "蔡英文", "asserted")),
    ("卡塔尔居中协调以色列与哈马斯。", ("卡塔尔", "CONSULT", "哈马斯", "asserted")),
    # words the dev-side golds mark (audit33 wg, audit34 yd, audit35 qj)
    ("鲁比奥昨天在纽约与王毅碰面。", ("鲁比奥", "CONSULT", "王毅", "asserted")),
    ("普京當晚給特朗普打電話。", ("普京", "CONSULT", "特朗普", "asserted")),
    ("马克龙已向德国总理默茨知会此事。", ("马克龙", "CONSULT", "默茨", "asserted")),
    # AID, CONCEDE, RETREAT
    ("日本向台湾馈赠疫苗。", ("日本", "AID", "台湾", "asserted")),
    ("以色列与哈马斯休兵，加沙恢复平静。", ("以色列", "CONCEDE", "哈马斯", "asserted")),
    ("俄罗斯从基辅收兵。", ("俄罗斯", "RETREAT", "乌克兰", "asserted")),
    # REQUEST: a petition
    ("台湾渔民团体向日本政府陈情。", ("台湾", "REQUEST", "日本", "asserted")),
    # SANCTION
    ("美国对中国商品课税。", ("美国", "SANCTION", "中国", "asserted")),
    ("欧盟开罚苹果公司。", ("欧盟", "SANCTION", "苹果公司", "asserted")),
    ("美國重罰華為。", ("美国", "SANCTION", "华为", "asserted")),
    ("联合国停权俄罗斯。", ("联合国", "SANCTION", "俄罗斯", "asserted")),
    ("台湾禁止中国猪肉输入。", ("台湾", "SANCTION", "中国", "asserted")),
    ("中國宣布暫停台灣鳳梨輸入大陸。", ("中国", "SANCTION", "台湾", "asserted")),
    ("中国取消对日本的免签政策。", ("中国", "SANCTION", "日本", "asserted")),
    # MOBILIZE
    ("俄罗斯向乌克兰边境调兵。", ("俄罗斯", "MOBILIZE", "乌克兰", "asserted")),
    # COERCE
    ("台灣檢調拘提中國籍男子。", ("台湾", "COERCE", "中国", "asserted")),
    ("俄罗斯联邦安全局侦讯美国记者。", ("俄罗斯联邦安全局", "COERCE", "美国", "asserted")),
    ("香港律政司检控黎智英。", ("香港律政司", "COERCE", "黎智英", "asserted")),
    ("香港法院判囚黎智英。", ("香港法院", "COERCE", "黎智英", "asserted")),
    ("香港法院判监黎智英。", ("香港法院", "COERCE", "黎智英", "asserted")),
    ("香港法院重判美国公民。", ("香港法院", "COERCE", "美国", "asserted")),
    ("俄罗斯法院对美国记者定罪。", ("俄罗斯法院", "COERCE", "美国", "asserted")),
    ("美国检方对华为求刑。", ("美国检察机关", "COERCE", "华为", "asserted")),
    ("苹果公司向华为提告。", ("苹果公司", "COERCE", "华为", "asserted")),
    ("新加坡警方将提控中国公民。", ("新加坡警方", "COERCE", "中国", "intended")),
    ("以色列警察押走巴勒斯坦官员。", ("以色列警方", "COERCE", "巴勒斯坦", "asserted")),
    ("以色列军队围捕哈马斯成员。", ("以军", "COERCE", "哈马斯", "asserted")),
    ("美国将中国公民递解出境。", ("美国", "COERCE", "中国", "asserted")),
    # ASSAULT
    ("以色列狙杀伊朗。", ("以色列", "ASSAULT", "伊朗", "asserted")),
    ("中国海警船擦撞菲律宾船只。", ("中国海警", "ASSAULT", "菲律宾", "asserted")),
    ("印度与巴基斯坦驳火。", ("巴基斯坦", "ASSAULT", "印度", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), FOUND, ids=[t[:8] for t, _ in FOUND])
def test_the_press_verb_gives_its_event(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # 挺美的: pretty, no support of the United States
        ("普京觉得这里挺美的。川普挺以色列。", ("普京", "SUPPORT", "美国", "asserted")),
        # 挺中意: likes, no support of China
        ("普京挺中意这里的。川普挺以色列。", ("普京", "SUPPORT", "中国", "asserted")),
    ],
)
def test_the_look_alikes_of_ting_give_no_support(
    text: str, unwanted: tuple[str, str, str, str]
) -> None:
    found = events_of(text)
    assert ("特朗普", "SUPPORT", "以色列", "asserted") in found
    assert unwanted not in found


def test_notice_to_ones_own_congress_is_no_contact() -> None:
    found = events_of("美国政府就对台军售案进行知会国会程序。")
    assert not any(e[1] == "CONSULT" for e in found)
    found = events_of("美国政府已向日本知会此事。")
    assert ("美国", "CONSULT", "日本", "asserted") in found


def test_words_around_the_new_rows_keep_their_own_triggers() -> None:
    found = events_of("美国对中国提出严重批评。中方向美方通知会谈时间。")
    assert ("美国", "ACCUSE", "中国", "asserted") in found  # 严重批评: no 重批
    assert not any(e[1] == "CONSULT" for e in found)  # 通知会谈: no 知会


def test_power_back_on_is_no_phone_call() -> None:
    found = events_of("乌克兰首都基辅恢复通电。拜登与习近平通电。")
    assert ("拜登", "CONSULT", "习近平", "asserted") in found
    assert not any(e[0] == "乌克兰" and e[1] == "CONSULT" for e in found)
