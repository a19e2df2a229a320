"""Draw the p2 precision-audit sample: 150 seeded-random event records of kg's Terminus output.

Why: blind precision (~0.72-0.82) is far below dev precision (0.92); judging a random sample of
what kg emits on unannotated text shows which false positives the rules were not written for.

usage: python eval/audit24/p2_sample.py BASE_TERMINUS.jsonl > eval/audit24/p2.sample.tsv
Skips ROLE records, the held-out files of /work/notes/evdiff.py and the terminus-dev articles.
"""

import json
import random
import sys

HELD = {
    "02-us-china-phase-one-trade-deal-signed.txt",
    "06-istanbul-talks-russia-scales-back-kyiv.txt",
    "08-netanyahu-orders-strikes-gaza-ceasefire.txt",
    "09-us-vetoes-unsc-gaza-ceasefire-resolution.txt",
    "12-china-japan-travel-warning-takaichi.txt",
    "14-sabina-shoal-china-rebuts-us-philippines.txt",
    "19-niger-junta-orders-ambassadors-out.txt",
    "22-north-korea-rejects-unsc-missile-resolution.txt",
    "2018-09-20-Trump.md",
    "2019-05-20-tariff.md",
    "2019-10-11-NBA.md",
}
DEV = {"2018-12-18-meng.md", "2019-05-23-China-America-trade-war.md"}
SEED, N = 24, 150


def main(path: str) -> None:
    """Print file, sentence_start, s, type, o, status, trigger of N sampled records (TSV)."""
    recs = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["source"].rsplit("/", 1)[-1]
        if r["event_type"] == "ROLE" or name in HELD | DEV:
            continue
        recs.append(r)
    for r in sorted(
        random.Random(SEED).sample(recs, N), key=lambda r: (r["source"], r["sentence_start"])
    ):
        s = r["subject"]["key"] or r["subject"]["label"]
        o = r["object"]["key"] or r["object"]["label"]
        print(
            "\t".join(
                [
                    r["source"].rsplit("/", 1)[-1],
                    str(r["sentence_start"]),
                    s,
                    r["event_type"],
                    o,
                    r["status"],
                    r["trigger"],
                ]
            )
        )


if __name__ == "__main__":
    main(sys.argv[1])
