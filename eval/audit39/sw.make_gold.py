"""Corrected copy sw.gold.jsonl from sw.first-gold.jsonl (changes and reasons in sw.NOTES.md)."""
import json

rows = [json.loads(l) for l in open("eval/audit39/sw.first-gold.jsonl")]
by = {r["file"][:2]: r for r in rows}


def add(art, s, t, o, st, evid, *alt):
    e = {"s": s, "type": t, "o": o, "status": st, "evidence": evid}
    if alt:
        e["alt"] = list(alt)
    by[art]["events"].append(e)


add("06", "USBIZ", "CONSULT", "CHN", "asserted", "由波音、高盛、星巴克、和睦家等重量级美国企业负责人组成的代表团正在访华",
    {"s": "BOEING"}, {"s": "GS"}, {"s": "SBUX"}, {"s": "UFH"}, {"s": "USA"})
add("08", "CHN", "AGREE", "HND", "asserted", "将两国元首重要共识转化为更多实实在在的成果", {"s": "HND", "o": "CHN"})
add("08", "CHN", "AGREE", "MEX", "asserted", "愿以两国元首重要共识为指引")
add("08", "CHN", "SUPPORT", "MEX", "asserted", "中方欢迎更多墨西哥优质产品进入中国市场",
    {"type": "COOPERATE", "status": "intended"})
for e in by["10"]["events"]:
    if e["type"] == "COOPERATE" and e["status"] == "intended":
        e["alt"] = [{"s": "MELONI"}]
with open("eval/audit39/sw.gold.jsonl", "w") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
