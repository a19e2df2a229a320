"""Build eval/audit39/sw.first-gold.jsonl (annotated before kg was run)."""
import json, sys, os

ART = "/work/wt-sw/eval/audit39/sw"
CHN = ["中国", "中方", "中", "华", "中华人民共和国", "中國", "中華人民共和國"]
CHN_MFA = ["外交部", "中国外交部", "外交部发言人办公室"]
CPC = ["中共中央政治局", "中共", "中国共产党", "中共中央", "中國共產黨"]
USA = ["美国", "美方", "美", "美國"]


def ev(s, t, o, st, evid, *alt):
    d = {"s": s, "type": t, "o": o, "status": st, "evidence": evid}
    if alt:
        d["alt"] = list(alt)
    return d


def role(p, o, title, *alt):
    d = {"person": p, "org": o, "title": title}
    if alt:
        d["alt"] = list(alt)
    return d


def ent(t, *al):
    return {"type": t, "aliases": list(al)}


P, C, O = "Person", "Country", "Organization"
arts = []

# 01 Wang Yi - Rubio call, 2025-01-24
arts.append(("01-wang-yi-rubio-phone-call-jan.txt", "2025-01-24", {
    "CHN": ent(C, *CHN), "USA": ent(C, *USA),
    "WANG_YI": ent(P, "王毅", "外交部长王毅", "中共中央政治局委员、外交部长王毅"),
    "RUBIO": ent(P, "鲁比奥", "美国国务卿鲁比奥", "国务卿鲁比奥"),
    "XI": ent(P, "习近平", "习近平主席"),
    "TRUMP": ent(P, "特朗普", "特朗普总统"),
    "CPC": ent(O, *CPC),
    "TWN": ent(C, "台湾"),
}, [
    ev("WANG_YI", "CONSULT", "RUBIO", "asserted", "王毅应约同美国国务卿鲁比奥通电话",
       {"s": "CHN", "o": "USA"}, {"s": "CHN"}, {"o": "USA"}),
    ev("XI", "CONSULT", "TRUMP", "asserted", "习近平主席上周五同特朗普总统举行重要通话",
       {"s": "CHN", "o": "USA"}, {"s": "CHN"}, {"o": "USA"}),
    ev("XI", "AGREE", "TRUMP", "asserted", "达成一系列共识；两国元首的重要共识",
       {"s": "CHN", "o": "USA"}),
    ev("CHN", "COOPERATE", "USA", "intended", "双方团队要…保持沟通、管控分歧、拓展合作；共同应对全球性挑战",
       {"s": "WANG_YI", "o": "RUBIO"}),
    ev("CHN", "CONSULT", "USA", "intended", "双方团队要…保持沟通；美方愿同中方坦诚沟通",
       {"s": "WANG_YI", "o": "RUBIO"}),
    ev("WANG_YI", "REQUEST", "USA", "asserted", "王毅阐述了中方在台湾问题上的原则立场，要求美方务必慎重处理",
       {"s": "CHN"}),
], [
    role("WANG_YI", "CHN", "外交部长"), role("WANG_YI", "CPC", "中共中央政治局委员"),
    role("RUBIO", "USA", "国务卿"), role("XI", "CHN", "主席"), role("TRUMP", "USA", "总统"),
]))

# 02 Mao Ning briefing 2025-11-03
arts.append(("02-mfa-mao-ning-spain-king-state-visit.txt", "2025-11-03", {
    "CHN": ent(C, *CHN), "CHN_MFA": ent(O, *CHN_MFA), "CPC": ent(O, *CPC),
    "ESP": ent(C, "西班牙", "西"),
    "XI": ent(P, "习近平", "国家主席习近平", "习近平主席"),
    "FELIPE": ent(P, "费利佩六世", "西班牙国王费利佩六世", "费利佩六世国王"),
    "GEO": ent(C, "格鲁吉亚"), "KOBAKHIDZE": ent(P, "科巴希泽", "格鲁吉亚总理科巴希泽"),
    "SRB": ent(C, "塞尔维亚"), "MACUT": ent(P, "马楚特", "塞尔维亚总理马楚特"),
    "NGA": ent(C, "尼日利亚"), "TAJUDEEN": ent(P, "塔杰丁", "尼日利亚众议长塔杰丁"),
    "SVN": ent(C, "斯洛文尼亚"), "SVN_NC": ent(O, "斯洛文尼亚国民委员会"),
    "LOTRIC": ent(P, "洛特里奇", "斯洛文尼亚国民委员会主席洛特里奇"),
    "WANG_YI": ent(P, "王毅", "外交部长王毅", "中共中央政治局委员、外交部长王毅"),
    "EST": ent(C, "爱沙尼亚"), "TSAHKNA": ent(P, "查赫克纳", "爱沙尼亚外长查赫克纳"),
    "LI_QIANG": ent(P, "李强", "李强总理"), "ZHAO_LEJI": ent(P, "赵乐际", "赵乐际委员长"),
    "MAO": ent(P, "毛宁", "外交部发言人毛宁"),
    "EU": ent(O, "欧盟"),
}, [
    ev("XI", "REQUEST", "FELIPE", "asserted", "应国家主席习近平邀请，西班牙国王费利佩六世将…对中国进行国事访问",
       {"s": "CHN"}, {"o": "ESP"}, {"s": "CHN", "o": "ESP"}),
    ev("FELIPE", "CONSULT", "CHN", "intended", "西班牙国王费利佩六世将于11月10日至13日对中国进行国事访问",
       {"s": "ESP"}),
    ev("XI", "CONSULT", "FELIPE", "intended", "访问期间，习近平主席、李强总理和赵乐际委员长将分别会见费利佩六世国王",
       {"s": "CHN"}, {"o": "ESP"}, {"s": "CHN", "o": "ESP"}),
    ev("LI_QIANG", "CONSULT", "FELIPE", "intended", "李强总理…将分别会见费利佩六世国王", {"o": "ESP"}),
    ev("ZHAO_LEJI", "CONSULT", "FELIPE", "intended", "赵乐际委员长将分别会见费利佩六世国王", {"o": "ESP"}),
    ev("CHN", "COOPERATE", "ESP", "intended", "中方愿同西班牙一道…拓展互利合作"),
    ev("KOBAKHIDZE", "CONSULT", "CHN", "intended", "格鲁吉亚总理科巴希泽…将应邀出席进博会开幕式", {"s": "GEO"}),
    ev("MACUT", "CONSULT", "CHN", "intended", "塞尔维亚总理马楚特…将应邀出席进博会开幕式", {"s": "SRB"}),
    ev("TAJUDEEN", "CONSULT", "CHN", "intended", "尼日利亚众议长塔杰丁…将应邀出席进博会开幕式", {"s": "NGA"}),
    ev("LOTRIC", "CONSULT", "CHN", "intended", "斯洛文尼亚国民委员会主席洛特里奇…将应邀出席进博会开幕式",
       {"s": "SVN"}, {"s": "SVN_NC"}),
    ev("WANG_YI", "REQUEST", "TSAHKNA", "asserted", "应…外交部长王毅邀请，爱沙尼亚外长查赫克纳将…访华",
       {"s": "CHN"}, {"o": "EST"}, {"s": "CHN", "o": "EST"}),
    ev("TSAHKNA", "CONSULT", "CHN", "intended", "爱沙尼亚外长查赫克纳将于11月4日至6日访华",
       {"s": "EST"}, {"o": "WANG_YI"}),
], [
    role("XI", "CHN", "国家主席"), role("FELIPE", "ESP", "国王"),
    role("KOBAKHIDZE", "GEO", "总理"), role("MACUT", "SRB", "总理"),
    role("TAJUDEEN", "NGA", "众议长"), role("LOTRIC", "SVN_NC", "主席", {"org": "SVN"}),
    role("WANG_YI", "CHN", "外交部长"), role("WANG_YI", "CPC", "中共中央政治局委员"),
    role("TSAHKNA", "EST", "外长"), role("MAO", "CHN_MFA", "发言人", {"org": "CHN"}),
]))

# 03 Pacific islands FM meeting 2025-05-21
arts.append(("03-mfa-mao-ning-pacific-islands-fm-meeting.txt", "2025-05-21", {
    "CHN": ent(C, *CHN), "CHN_MFA": ent(O, *CHN_MFA), "CPC": ent(O, *CPC),
    "PIC": ent(O, "太平洋岛国", "岛国", "11个与中国建交的岛国"),
    "MAO": ent(P, "毛宁", "外交部发言人毛宁"),
    "WANG_YI": ent(P, "王毅", "王毅外长", "外交部长王毅", "中共中央政治局委员、外交部长王毅"),
    "KIR": ent(C, "基里巴斯"), "MAAMAU": ent(P, "马茂", "基里巴斯总统兼外长马茂"),
    "NIU": ent(C, "纽埃"), "TAGELAGI": ent(P, "塔格拉吉", "纽埃总理兼外长塔格拉吉"),
    "TON": ent(C, "汤加"), "TUPOUTOA": ent(P, "图普托阿", "汤加王储兼外交大臣图普托阿"),
    "PIF": ent(O, "太平洋岛国论坛"), "NAYASI": ent(P, "纳亚西", "太平洋岛国论坛副秘书长纳亚西"),
}, [
    ev("WANG_YI", "CONSULT", "PIC", "intended", "王毅将于5月28日至29日在…厦门市主持召开第三次中国—太平洋岛国外长会；与会各方将…深入交换意见",
       {"s": "CHN"}),
    ev("CHN", "COOPERATE", "PIC", "asserted", "近年来双方友好合作关系不断深化和发展"),
    ev("CHN", "COOPERATE", "PIC", "intended", "加强团结协作，共谋发展繁荣"),
    ev("CHN", "AGREE", "PIC", "asserted", "积极落实双方领导人达成的重要共识"),
    ev("MAAMAU", "CONSULT", "CHN", "intended", "基里巴斯总统兼外长马茂…将应邀参会",
       {"s": "KIR"}, {"o": "WANG_YI"}, {"s": "KIR", "o": "WANG_YI"}),
    ev("TAGELAGI", "CONSULT", "CHN", "intended", "纽埃总理兼外长塔格拉吉…将应邀参会",
       {"s": "NIU"}, {"o": "WANG_YI"}, {"s": "NIU", "o": "WANG_YI"}),
    ev("TUPOUTOA", "CONSULT", "CHN", "intended", "汤加王储兼外交大臣图普托阿…将应邀参会",
       {"s": "TON"}, {"o": "WANG_YI"}, {"s": "TON", "o": "WANG_YI"}),
    ev("NAYASI", "CONSULT", "CHN", "intended", "太平洋岛国论坛副秘书长纳亚西将应邀参会",
       {"s": "PIF"}, {"o": "WANG_YI"}, {"s": "PIF", "o": "WANG_YI"}),
], [
    role("MAO", "CHN_MFA", "发言人", {"org": "CHN"}),
    role("WANG_YI", "CHN", "外交部长"), role("WANG_YI", "CPC", "中共中央政治局委员"),
    role("MAAMAU", "KIR", "总统兼外长"), role("TAGELAGI", "NIU", "总理兼外长"),
    role("TUPOUTOA", "TON", "王储兼外交大臣"), role("NAYASI", "PIF", "副秘书长"),
]))

# 04 Li Qiang - Sonexay 2024-10-12
arts.append(("04-li-qiang-sonexay-talks-vientiane.txt", "2024-10-12", {
    "CHN": ent(C, *CHN), "LAO": ent(C, "老挝", "老方", "老"),
    "STATE_COUNCIL": ent(O, "国务院"),
    "LI_QIANG": ent(P, "李强", "国务院总理李强"),
    "SONEXAY": ent(P, "宋赛", "老挝总理宋赛"),
    "XI": ent(P, "习近平", "习近平总书记、国家主席"),
    "THONGLOUN": ent(P, "通伦", "通伦总书记、国家主席"),
    "ASEAN": ent(O, "东盟"), "UN": ent(O, "联合国"),
}, [
    ev("LI_QIANG", "CONSULT", "SONEXAY", "asserted", "国务院总理李强在老挝总理府同老挝总理宋赛举行会谈",
       {"s": "CHN", "o": "LAO"}, {"s": "CHN"}, {"o": "LAO"}),
    ev("CHN", "SUPPORT", "LAO", "intended", "在涉及彼此核心利益问题上坚定相互支持", {"s": "LI_QIANG"}),
    ev("LAO", "SUPPORT", "CHN", "intended", "在涉及彼此核心利益问题上坚定相互支持"),
    ev("CHN", "COOPERATE", "LAO", "intended", "中方愿同老方加强发展战略对接，推动经贸合作继续扩容提质…；中方愿进口老挝更多优质农产品",
       {"s": "LI_QIANG", "o": "SONEXAY"}),
    ev("CHN", "SUPPORT", "LAO", "asserted", "中方祝贺老挝作为东盟轮值主席国，成功主办东亚合作领导人系列会议",
       {"s": "LI_QIANG"}),
    ev("SONEXAY", "SUPPORT", "CHN", "asserted", "宋赛热烈祝贺中华人民共和国成立75周年，高度评价中国取得的巨大发展成就，由衷感谢中方",
       {"s": "LAO"}),
    ev("CHN", "AID", "LAO", "asserted", "中方长期以来为老挝经济社会发展提供的大力支持", {"type": "SUPPORT"}),
    ev("CHN", "AGREE", "LAO", "asserted", "两党两国最高领导人去年10月签署了构建老中命运共同体新版行动计划；两党两国最高领导人重要共识",
       {"s": "XI", "o": "THONGLOUN"}),
], [
    role("LI_QIANG", "STATE_COUNCIL", "总理", {"org": "CHN"}), role("SONEXAY", "LAO", "总理"),
    role("XI", "CHN", "国家主席"), role("THONGLOUN", "LAO", "国家主席"),
]))

# 05 chinanews Mao Ning on Wang Yi's Africa trip 2026-01-07
arts.append(("05-chinanews-mao-ning-wang-yi-africa-trip.txt", "2026-01-07", {
    "CHN": ent(C, *CHN), "CHN_MFA": ent(O, *CHN_MFA),
    "MAO": ent(P, "毛宁", "中国外交部发言人毛宁"),
    "WANG_YI": ent(P, "王毅", "王毅外长", "中国外长"),
    "XI": ent(P, "习近平", "习近平主席"),
    "AFR": ent(O, "非方", "非洲", "非"),
    "AU": ent(O, "非盟", "非盟总部"),
    "ETH": ent(C, "埃塞俄比亚"), "SOM": ent(C, "索马里"), "TZA": ent(C, "坦桑尼亚"), "LSO": ent(C, "莱索托"),
    "FOCAC": ent(O, "中非合作论坛"),
}, [
    ev("XI", "AGREE", "AFR", "asserted", "习近平主席同非方领导人商定举办“中非人文交流年”", {"s": "CHN"}),
    ev("WANG_YI", "CONSULT", "ETH", "intended", "王毅外长此次访问非洲四国；埃塞俄比亚、索马里、坦桑尼亚、莱索托",
       {"status": "asserted"}, {"s": "CHN"}, {"s": "CHN", "status": "asserted"}),
    ev("WANG_YI", "CONSULT", "SOM", "intended", "王毅外长此次访问非洲四国；埃塞俄比亚、索马里、坦桑尼亚、莱索托",
       {"status": "asserted"}, {"s": "CHN"}, {"s": "CHN", "status": "asserted"}),
    ev("WANG_YI", "CONSULT", "TZA", "intended", "王毅外长此次访问非洲四国；埃塞俄比亚、索马里、坦桑尼亚、莱索托",
       {"status": "asserted"}, {"s": "CHN"}, {"s": "CHN", "status": "asserted"}),
    ev("WANG_YI", "CONSULT", "LSO", "intended", "王毅外长此次访问非洲四国；埃塞俄比亚、索马里、坦桑尼亚、莱索托",
       {"status": "asserted"}, {"s": "CHN"}, {"s": "CHN", "status": "asserted"}),
    ev("WANG_YI", "CONSULT", "AU", "intended", "在非盟总部出席“中非人文交流年”开幕式",
       {"status": "asserted"}, {"s": "CHN"}, {"s": "CHN", "status": "asserted"}),
], [
    role("MAO", "CHN_MFA", "发言人", {"org": "CHN"}), role("WANG_YI", "CHN", "外长"),
    role("XI", "CHN", "主席"),
]))

# 06 Mao Ning 2024-07-24: US business delegation, Wang Yi - Kuleba
arts.append(("06-mfa-mao-ning-wang-yi-kuleba-guangzhou.txt", "2024-07-24", {
    "CHN": ent(C, *CHN), "CHN_MFA": ent(O, *CHN_MFA), "CPC": ent(O, *CPC),
    "UKR": ent(C, "乌克兰", "乌"),
    "USA": ent(C, "美国"),
    "USBIZ": ent(O, "代表团", "美国企业", "美国企业家们", "美国工商界", "重量级美国企业负责人组成的代表团"),
    "BOEING": ent(O, "波音"), "GS": ent(O, "高盛"), "SBUX": ent(O, "星巴克"), "UFH": ent(O, "和睦家"),
    "WANG_YI": ent(P, "王毅", "王毅外长"),
    "HE_LIFENG": ent(P, "何立峰", "何立峰副总理"),
    "KULEBA": ent(P, "库列巴", "乌克兰外长库列巴"),
    "MAO": ent(P, "毛宁", "外交部发言人毛宁"),
    "REUTERS": ent(O, "路透社"),
}, [
    ev("WANG_YI", "CONSULT", "USBIZ", "asserted", "代表团正在访华，王毅外长、何立峰副总理分别同他们会见",
       {"s": "CHN"}, {"o": "BOEING"}, {"o": "USA"}),
    ev("HE_LIFENG", "CONSULT", "USBIZ", "asserted", "何立峰副总理分别同他们会见",
       {"s": "CHN"}, {"o": "BOEING"}, {"o": "USA"}),
    ev("USBIZ", "SUPPORT", "CPC", "asserted", "美国企业家们表示，欢迎中共二十届三中全会释放进一步全面深化改革的重要信号",
       {"o": "CHN"}),
    ev("WANG_YI", "CONSULT", "KULEBA", "asserted", "王毅外长在广州同乌克兰外长库列巴举行会谈",
       {"s": "CHN", "o": "UKR"}, {"s": "CHN"}, {"o": "UKR"}),
    ev("CHN", "COOPERATE", "UKR", "asserted", "双方交往历程中沉淀下来的都是友谊与合作；互利合作持续推进"),
], [
    role("WANG_YI", "CHN", "外长"), role("HE_LIFENG", "CHN", "副总理"),
    role("KULEBA", "UKR", "外长"), role("MAO", "CHN_MFA", "发言人", {"org": "CHN"}),
]))

# 07 Xi congratulates Merz 2025-05-06 (traditional script)
arts.append(("07-xi-congratulates-merz-chancellor.txt", "2025-05-06", {
    "CHN": ent(C, *CHN), "DEU": ent(C, "德國", "德", "德意志聯邦共和國", "德国"),
    "XI": ent(P, "習近平", "國家主席習近平", "习近平"),
    "MERZ": ent(P, "默茨", "弗裏德里希·默茨", "總理先生"),
    "LI_QIANG": ent(P, "李強", "國務院總理李強", "李强"),
    "STATE_COUNCIL": ent(O, "國務院", "国务院"),
    "XINHUA": ent(O, "新華社", "新华社"),
}, [
    ev("XI", "SUPPORT", "MERZ", "asserted", "國家主席習近平致電弗裏德里希·默茨，祝賀他當選德意志聯邦共和國總理",
       {"s": "CHN"}, {"o": "DEU"}, {"s": "CHN", "o": "DEU"}),
    ev("LI_QIANG", "SUPPORT", "MERZ", "asserted", "國務院總理李強致電祝賀默茨當選德國總理",
       {"s": "CHN"}, {"o": "DEU"}, {"s": "CHN", "o": "DEU"}),
    ev("CHN", "COOPERATE", "DEU", "asserted", "始終走互利互惠、共贏發展的合作之路；雙方各領域務實合作成果斐然"),
    ev("CHN", "COOPERATE", "DEU", "intended", "願同總理先生一道努力…深化交流合作",
       {"s": "XI", "o": "MERZ"}),
], [
    role("XI", "CHN", "國家主席"), role("MERZ", "DEU", "總理"),
    role("LI_QIANG", "STATE_COUNCIL", "總理", {"org": "CHN"}),
]))

# 08 Wang Yi meets LatAm FMs 2025-05-14
arts.append(("08-xinhua-wang-yi-meets-latam-fms.txt", "2025-05-14", {
    "CHN": ent(C, *CHN), "CPC": ent(O, *CPC),
    "WANG_YI": ent(P, "王毅", "外交部长王毅", "中共中央政治局委员、外交部长王毅"),
    "HND": ent(C, "洪都拉斯", "洪方", "洪"),
    "REINA": ent(P, "雷纳", "洪都拉斯外长雷纳"),
    "BOL": ent(C, "玻利维亚", "玻方", "玻"),
    "SOSA": ent(P, "索萨", "玻利维亚外长索萨"),
    "MEX": ent(C, "墨西哥", "墨方", "墨"),
    "DLF": ent(P, "德拉富恩特", "墨西哥外长德拉富恩特"),
    "SDN": ent(C, "苏丹"),
    "SADIQ": ent(P, "萨迪格", "即将离任回国的苏丹驻华大使、新任外长萨迪格"),
    "LAC": ent(O, "拉方"),
    "XI": ent(P, "习近平", "习近平主席"),
    "BRICS": ent(O, "金砖", "金砖国家"),
    "XINHUA": ent(O, "新华社"),
}, [
    ev("WANG_YI", "CONSULT", "REINA", "asserted", "王毅…在京分别会见…洪都拉斯外长雷纳",
       {"s": "CHN", "o": "HND"}, {"s": "CHN"}, {"o": "HND"}),
    ev("WANG_YI", "CONSULT", "SOSA", "asserted", "王毅…在京分别会见…玻利维亚外长索萨",
       {"s": "CHN", "o": "BOL"}, {"s": "CHN"}, {"o": "BOL"}),
    ev("WANG_YI", "CONSULT", "DLF", "asserted", "王毅…在京分别会见…墨西哥外长德拉富恩特",
       {"s": "CHN", "o": "MEX"}, {"s": "CHN"}, {"o": "MEX"}),
    ev("WANG_YI", "CONSULT", "SADIQ", "asserted", "王毅…在京分别会见…苏丹驻华大使、新任外长萨迪格",
       {"s": "CHN", "o": "SDN"}, {"s": "CHN"}, {"o": "SDN"}),
    ev("CHN", "SUPPORT", "HND", "asserted", "中方赞赏洪方重申恪守一个中国原则，支持洪方维护主权、独立和尊严",
       {"s": "WANG_YI"}),
    ev("CHN", "AID", "HND", "intended", "将继续为洪民生改善、能力建设等提供力所能及帮助",
       {"status": "asserted"}, {"s": "WANG_YI"}),
    ev("HND", "SUPPORT", "CHN", "intended", "洪方将坚定恪守一个中国原则",
       {"status": "asserted"}, {"s": "REINA"}),
    ev("LAC", "SUPPORT", "XI", "asserted", "拉方为习近平主席在开幕式讲话中提出的重要合作倡议…深感振奋",
       {"s": "REINA"}, {"o": "CHN"}, {"s": "HND"}),
    ev("CHN", "SUPPORT", "BOL", "asserted", "中方赞赏玻方无惧外部干涉…；祝贺玻利维亚成为金砖伙伴国",
       {"s": "WANG_YI"}),
    ev("CHN", "COOPERATE", "BOL", "intended", "中方愿同玻方加强在多边机制中的沟通协作。双方要继续深化高质量共建“一带一路”"),
    ev("CHN", "AGREE", "BOL", "intended", "加快商签投资保护协定"),
    ev("CHN", "COOPERATE", "MEX", "intended", "同墨方分享…超大规模市场机遇…将鼓励中方企业赴墨投资兴业；进一步加强两国互联互通、科技、农业、旅游、直航等合作"),
    ev("MEX", "SUPPORT", "CHN", "intended", "墨方…将继续恪守一个中国原则这一既定外交方针",
       {"status": "asserted"}, {"s": "DLF"}),
], [
    role("WANG_YI", "CHN", "外交部长"), role("WANG_YI", "CPC", "中共中央政治局委员"),
    role("REINA", "HND", "外长"), role("SOSA", "BOL", "外长"), role("DLF", "MEX", "外长"),
    role("SADIQ", "SDN", "外长"), role("XI", "CHN", "主席"),
]))

# 09 Xi meets Khurelsukh 2025-09-02 (traditional)
arts.append(("09-xi-meets-khurelsukh-beijing.txt", "2025-09-02", {
    "CHN": ent(C, *CHN), "MNG": ent(C, "蒙古國", "蒙方", "蒙", "蒙古国", "蒙古"),
    "XI": ent(P, "習近平", "國家主席習近平", "習近平主席", "习近平"),
    "KHURELSUKH": ent(P, "呼日勒蘇赫", "蒙古國總統呼日勒蘇赫", "呼日勒苏赫"),
    "SCO": ent(O, "上海合作組織"), "UN": ent(O, "聯合國", "联合国"),
    "WANG_YI": ent(P, "王毅"), "XINHUA": ent(O, "新華社", "新华社"),
}, [
    ev("XI", "CONSULT", "KHURELSUKH", "asserted", "國家主席習近平在北京人民大會堂會見…蒙古國總統呼日勒蘇赫",
       {"s": "CHN", "o": "MNG"}, {"s": "CHN"}, {"o": "MNG"}),
    ev("KHURELSUKH", "CONSULT", "CHN", "asserted", "來華出席2025年上海合作組織峰會和紀念…活動的蒙古國總統呼日勒蘇赫",
       {"s": "MNG"}),
    ev("CHN", "COOPERATE", "MNG", "asserted", "兩國各領域交流合作不斷深化，多個重點項目取得積極進展"),
    ev("CHN", "COOPERATE", "MNG", "intended", "願同蒙方共同落實這一倡議；蒙方期待…促進互利合作；願同中方…密切合作",
       {"s": "XI", "o": "KHURELSUKH"}),
    ev("MNG", "SUPPORT", "CHN", "asserted", "蒙方高度贊賞中國堅持親誠惠容周邊外交理念…在涉台、涉藏、涉疆、涉港等問題上堅定支持中方立場；蒙方高度贊賞",
       {"s": "KHURELSUKH"}, {"o": "XI"}, {"s": "KHURELSUKH", "o": "XI"}),
    ev("MNG", "SUPPORT", "CHN", "intended", "願同中方在國際舞台上相互支持", {"s": "KHURELSUKH"}),
    ev("CHN", "SUPPORT", "MNG", "intended", "願同中方在國際舞台上相互支持"),
    ev("CHN", "AGREE", "MNG", "asserted", "雙方簽署海關、計量、媒體等領域多份雙邊合作文件"),
], [
    role("XI", "CHN", "國家主席"), role("KHURELSUKH", "MNG", "總統"),
]))

# 10 Lin Jian on Meloni's visit 2024-07-31
arts.append(("10-mfa-lin-jian-meloni-visit-wrapup.txt", "2024-07-31", {
    "CHN": ent(C, *CHN), "CHN_MFA": ent(O, *CHN_MFA),
    "ITA": ent(C, "意大利", "意方", "意"),
    "MELONI": ent(P, "梅洛尼", "意大利总理梅洛尼", "梅洛尼总理"),
    "LI_QIANG": ent(P, "李强", "李强总理"),
    "XI": ent(P, "习近平", "习近平主席"),
    "ZHAO_LEJI": ent(P, "赵乐际", "赵乐际委员长"),
    "LIN_JIAN": ent(P, "林剑", "中国外交部发言人林剑"),
    "EU": ent(O, "欧"),
}, [
    ev("LI_QIANG", "REQUEST", "MELONI", "asserted", "应李强总理邀请，意大利总理梅洛尼…对中国进行正式访问",
       {"s": "CHN"}, {"o": "ITA"}, {"s": "CHN", "o": "ITA"}),
    ev("MELONI", "CONSULT", "CHN", "asserted", "意大利总理梅洛尼于7月27日至31日对中国进行正式访问；刚刚结束访华行程",
       {"s": "ITA"}),
    ev("XI", "CONSULT", "MELONI", "asserted", "习近平主席同梅洛尼总理会见",
       {"s": "CHN", "o": "ITA"}, {"s": "CHN"}, {"o": "ITA"}),
    ev("LI_QIANG", "CONSULT", "MELONI", "asserted", "李强总理、赵乐际委员长分别会谈、会见；两国总理共同出席…开幕式",
       {"o": "ITA"}),
    ev("ZHAO_LEJI", "CONSULT", "MELONI", "asserted", "李强总理、赵乐际委员长分别会谈、会见", {"o": "ITA"}),
    ev("CHN", "AGREE", "ITA", "asserted", "两国发表关于加强全面战略伙伴关系的行动计划；见证签署…多项合作文件；双方一致认为"),
    ev("CHN", "COOPERATE", "ITA", "intended", "两国愿…深化互利合作；双方同意…加强贸易投资、工业制造…等领域务实合作；与中国重建更紧密合作关系是可能的"),
    ev("CHN", "CONSULT", "ITA", "intended", "保持高层交往势头"),
    ev("ITA", "SUPPORT", "CHN", "asserted", "意方重申坚持一个中国政策"),
], [
    role("MELONI", "ITA", "总理"), role("LI_QIANG", "CHN", "总理"),
    role("XI", "CHN", "主席"), role("LIN_JIAN", "CHN_MFA", "发言人", {"org": "CHN"}),
]))

out = []
for i, (f, date, ents, evs, roles) in enumerate(arts, 1):
    text = open(os.path.join(ART, f)).read()
    seen = {}
    for k, e in ents.items():
        for a in e["aliases"]:
            assert a not in seen, (f, a, k, seen[a])
            seen[a] = k
        assert any(a in text for a in e["aliases"]), (f, k)
    for e in evs:
        for k in ("s", "o"):
            assert e[k] in ents, (f, e)
        for a in e.get("alt", []):
            for k in ("s", "o"):
                if k in a:
                    assert a[k] in ents, (f, a)
    for r in roles:
        assert r["person"] in ents and r["org"] in ents, (f, r)
    out.append({"id": f"sw-{i:02d}", "file": f, "date": date, "entities": ents, "events": evs, "roles": roles})
with open(sys.argv[1], "w") as fh:
    for d in out:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), sum(len(d["events"]) for d in out), sum(len(d["roles"]) for d in out))
