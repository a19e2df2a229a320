"""Train the learned event filter (kg/event_filter.py) from the repository's own gold sets.

    python tools/train_event_filter.py            # writes ontology/learned/event_filter.tsv
    python tools/train_event_filter.py --cv       # grouped cross-validation report, no file

Training data: every event the rules (the model off) emit on the 45 readable outsider sets
and eval/dev, labelled 1 when its key is one an article's gold event accepts (kg.evaluate's
own matching). Model: L2 logistic regression on the named features, fitted by L-BFGS in
numpy (deterministic: sorted inputs, no randomness). Chosen by grouped cross-validation over
whole sets (5 folds, sets dealt in name order): lambda by the out-of-fold log-loss (the
probability is the events' confidence), then the threshold by the pooled event F1 the scorer
gives, kept only when it beats keeping every event by MIN_GAIN. ``--cv`` nests that choice
inside 5 outer folds of whole sets and reports rules alone against rules + model, and how
well the hand-set confidence and the model's predict correctness (AUC, calibration).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: The readable gold sets (GUIDELINES.md format) the model learns from, and dev. Held-out,
#: travel and new sets are never read here.
TRAIN_GOLDS: tuple[str, ...] = (
    "eval/audit34/ya.first-gold.jsonl",
    "eval/audit34/yb.first-gold.jsonl",
    "eval/audit34/yc.first-gold.jsonl",
    "eval/audit34/yd.first-gold.jsonl",
    "eval/audit34/ye.first-gold.jsonl",
    "eval/audit34/yn.first-gold.jsonl",
    "eval/audit34/yo.first-gold.jsonl",
    "eval/audit35/qa.first-gold.jsonl",
    "eval/audit35/qb.first-gold.jsonl",
    "eval/audit35/qc.first-gold.jsonl",
    "eval/audit35/qd.first-gold.jsonl",
    "eval/audit35/qe.first-gold.jsonl",
    "eval/audit35/qh.first-gold.jsonl",
    "eval/audit35/qi.first-gold.jsonl",
    "eval/audit35/qj.first-gold.jsonl",
    "eval/audit35/qk.first-gold.jsonl",
    "eval/audit35/ql.first-gold.jsonl",
    "eval/audit37/na-measure.gold.jsonl",
    "eval/audit37/nb-measure.gold.jsonl",
    "eval/audit37/nc-measure.gold.jsonl",
    "eval/audit38/jk.first-gold.jsonl",
    "eval/audit38/md.first-gold.jsonl",
    "eval/audit38/oa-measure.gold.jsonl",
    "eval/audit38/ob-measure.gold.jsonl",
    "eval/audit38/oc-measure.gold.jsonl",
    "eval/audit38/tr.first-gold.jsonl",
    "eval/audit39/pa-measure.gold.jsonl",
    "eval/audit39/pb-measure.gold.jsonl",
    "eval/audit39/pc-measure.gold.jsonl",
    "eval/audit39/sv.first-gold.jsonl",
    "eval/audit39/sw.first-gold.jsonl",
    "eval/audit40/ua-measure.gold.jsonl",
    "eval/audit40/ub-measure.gold.jsonl",
    "eval/audit40/uc-measure.gold.jsonl",
    "eval/audit40/ud-measure.gold.jsonl",
    "eval/audit40/ue-measure.gold.jsonl",
    "eval/audit41/va-measure.gold.jsonl",
    "eval/audit41/vb-measure.gold.jsonl",
    "eval/audit41/vc-measure.gold.jsonl",
    "eval/audit41/vd-measure.gold.jsonl",
    "eval/audit41/ve-measure.gold.jsonl",
    "eval/audit42/la-dev.gold.jsonl",
    "eval/audit42/lb-dev.gold.jsonl",
    "eval/audit42/lc-dev.gold.jsonl",
    "eval/audit42/ld-dev.gold.jsonl",
    "eval/dev.gold.jsonl",
)
LAMBDAS: tuple[float, ...] = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS: tuple[float, ...] = (
    0.0,
    *(round(0.2 + 0.025 * i, 3) for i in range(17)),
)  # 0: keep all
MIN_COUNT = 3  # a feature seen fewer times in the training sets gets no weight
INNER_FOLDS = 5
#: The pooled F1 a threshold must add over keeping every event before the filter drops any
#: (fixed in advance: a gain under it is the noise of one set's annotator).
MIN_GAIN = 0.002
OUTPUT = ROOT / "ontology" / "learned" / "event_filter.tsv"


# --- data ----------------------------------------------------------------------------------


@dataclass
class SetData:
    """One gold set: its events' features and labels, and how its gold events are found."""

    name: str
    gold: list  # kg.evaluate.GoldArticle
    records: list  # Event.to_json() dicts (events, then roles)
    features: list[list[str]]
    labels: list[int]
    key_ids: list[int]  # each event's (article, plain key) as an index into keys
    keys: list[tuple]  # (article name, plain key)
    gold_keys: list[list[int]]  # per gold event: the key ids that find it
    n_roles: int


def set_name(gold_path: str) -> str:
    return (
        Path(gold_path)
        .name.removesuffix(".jsonl")
        .removesuffix(".gold")
        .removesuffix(".first-gold")
    )


def load_sets(golds: Sequence[str] = TRAIN_GOLDS) -> list[SetData]:
    """Extract every set with the filter off and label its events."""
    os.environ["KG_NO_EVENT_FILTER"] = "1"
    from kg import event_filter
    from kg.evaluate import _resolve, event_key
    from kg.pipeline import evaluate_gold

    event_filter.load_filter.cache_clear()
    sets = []
    for path in golds:
        gold_path = ROOT / path
        folder = gold_path.parent / set_name(path)  # (ya.first-gold.jsonl: the pages in ya/)
        gold, corpus, _ = evaluate_gold(gold_path, folder if folder.is_dir() else None)
        if corpus.skipped:
            raise SystemExit(f"{path}: {len(corpus.skipped)} pages not read")
        by_name = {a.name: a for a in gold}
        per_article: dict[str, list] = {}
        for event in corpus.events:
            per_article.setdefault(Path(event.source).name, []).append(event)
        feats: list[list[str]] = []
        labels: list[int] = []
        key_ids: list[int] = []
        keys: list[tuple] = []
        index: dict[tuple, int] = {}
        records = []
        for name in sorted(per_article):
            events = per_article[name]
            article = by_name[name]
            accepted = frozenset().union(*(g.keys() for g in article.events))
            for event, f in zip(events, event_filter.article_features(events), strict=True):
                record = event.to_json()
                records.append(record)
                s = _resolve(record["subject"], article.alias_index)
                o = _resolve(record["object"], article.alias_index)
                key = event_key(s, event.event_type, o)
                feats.append(f)
                labels.append(int(key in accepted))
                key_ids.append(index.setdefault((name, key), len(index)))
        keys = list(index)
        gold_keys = []
        for article in gold:
            for g in article.events:
                found = g.keys()
                gold_keys.append(
                    [i for (n, k), i in index.items() if n == article.name and k in found]
                )
        roles = [r.to_json() for r in corpus.roles]
        sets.append(
            SetData(
                set_name(path),
                gold,
                records + roles,
                feats,
                labels,
                key_ids,
                keys,
                gold_keys,
                len(roles),
            )
        )
    del os.environ["KG_NO_EVENT_FILTER"]
    event_filter.load_filter.cache_clear()
    return sets


# --- logistic regression -------------------------------------------------------------------


def design(features: list[list[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Sparse rows: (row index, column index) of each known feature of each event."""
    rows, cols = [], []
    for i, fs in enumerate(features):
        for name in sorted(set(fs)):
            j = vocab.get(name)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def vocabulary(features: list[list[str]], min_count: int = MIN_COUNT) -> dict[str, int]:
    counts: dict[str, int] = {}
    for fs in features:
        for name in set(fs):
            counts[name] = counts.get(name, 0) + 1
    kept = sorted(n for n, c in counts.items() if c >= min_count)
    return {n: i for i, n in enumerate(kept)}


def fit(
    rows: np.ndarray, cols: np.ndarray, y: np.ndarray, d: int, lam: float, iters: int = 300
) -> tuple[np.ndarray, float]:
    """L2 logistic regression (bias not penalised) by L-BFGS; returns (weights, bias)."""
    n = len(y)

    def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d]
        z = b + np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        loss = float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * lam * w @ w)
        r = p - y
        g = np.empty(d + 1)
        g[:d] = np.bincount(cols, weights=r[rows], minlength=d) + lam * w
        g[d] = r.sum()
        return loss, g

    theta = np.zeros(d + 1)
    f, g = loss_grad(theta)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    for _ in range(iters):
        q = g.copy()
        alphas = []
        for s, yv in zip(reversed(s_hist), reversed(y_hist), strict=True):
            a = (s @ q) / (yv @ s)
            alphas.append(a)
            q -= a * yv
        if y_hist:
            q *= (s_hist[-1] @ y_hist[-1]) / (y_hist[-1] @ y_hist[-1])
        for (s, yv), a in zip(zip(s_hist, y_hist, strict=True), reversed(alphas), strict=True):
            q += s * (a - (yv @ q) / (yv @ s))
        direction = -q
        step = 1.0
        while True:
            new = theta + step * direction
            nf, ng = loss_grad(new)
            if nf <= f + 1e-4 * step * (g @ direction) or step < 1e-10:
                break
            step *= 0.5
        s_vec, y_vec = new - theta, ng - g
        theta, f, g = new, nf, ng
        if s_vec @ y_vec > 1e-12:
            s_hist.append(s_vec)
            y_hist.append(y_vec)
            if len(s_hist) > 10:
                s_hist.pop(0)
                y_hist.pop(0)
        if np.max(np.abs(g)) < 1e-6:
            break
    return theta[:d], float(theta[d])


def train(
    features: list[list[str]], labels: list[int], lam: float
) -> tuple[dict[str, float], float]:
    vocab = vocabulary(features)
    rows, cols = design(features, vocab)
    w, b = fit(rows, cols, np.asarray(labels, dtype=float), len(vocab), lam)
    return {name: float(w[j]) for name, j in vocab.items()}, b


def train_on(sets: Sequence[SetData], lam: float) -> tuple[dict[str, float], float]:
    """The model trained on every event of ``sets``."""
    return train([x for s in sets for x in s.features], [x for s in sets for x in s.labels], lam)


def predict(weights: dict[str, float], bias: float, features: list[list[str]]) -> np.ndarray:
    z = np.array([bias + sum(weights.get(n, 0.0) for n in set(fs)) for fs in features])
    return 1.0 / (1.0 + np.exp(-z))


# --- scoring -------------------------------------------------------------------------------


def pooled_f1_by_threshold(
    sets: Sequence[SetData], probs: Sequence[np.ndarray], thresholds: Sequence[float]
) -> list[tuple[float, float, float]]:
    """(P, R, F1) of the events a threshold keeps, pooled over sets, as kg.evaluate scores
    plain keys: a key is kept when one of its records is; a gold event is found when a kept
    key finds it."""
    key_p_all, key_lab_all, event_p_all = [], [], []
    n_gold = 0
    for data, p in zip(sets, probs, strict=True):
        key_p = np.full(len(data.keys), -1.0)
        key_lab = np.zeros(len(data.keys), dtype=bool)
        for i, k in enumerate(data.key_ids):
            key_p[k] = max(key_p[k], p[i])
            key_lab[k] |= bool(data.labels[i])
        key_p_all.append(key_p)
        key_lab_all.append(key_lab)
        event_p_all.append(
            np.array([max((key_p[k] for k in ks), default=-1.0) for ks in data.gold_keys])
        )
        n_gold += len(data.gold_keys)
    kp, kl, ep = (
        np.concatenate(x) if x else np.zeros(0) for x in (key_p_all, key_lab_all, event_p_all)
    )
    out = []
    for t in thresholds:
        kept = kp >= t
        output, tp, found = kept.sum(), (kept & kl).sum(), (ep >= t).sum()
        prec = tp / output if output else 0.0
        rec = found / n_gold if n_gold else 0.0
        out.append((prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0))
    return out


@dataclass
class Choice:
    """What the inner cross-validation chose, and why."""

    lam: float  # the L2 weight whose out-of-fold log-loss is lowest (calibrated confidences)
    threshold: float  # 0: keep every event
    f1_kept: float  # pooled inner F1 with the threshold
    f1_all: float  # pooled inner F1 keeping every event
    best: float  # the threshold with the best inner F1, used or not
    f1_best: float  # its F1
    log_loss: float


def out_of_fold(sets: Sequence[SetData], lam: float, folds: int) -> list[np.ndarray]:
    """Each set's predictions by a model trained on the other folds (sets dealt in name
    order)."""
    order = sorted(range(len(sets)), key=lambda i: sets[i].name)
    fold_of = {i: n % folds for n, i in enumerate(order)}
    probs: list[np.ndarray] = [np.zeros(0)] * len(sets)
    for f in range(folds):
        weights, bias = train_on([sets[i] for i in order if fold_of[i] != f], lam)
        for i in order:
            if fold_of[i] == f:
                probs[i] = predict(weights, bias, sets[i].features)
    return probs


def log_loss(sets: Sequence[SetData], probs: Sequence[np.ndarray]) -> float:
    p = np.clip(np.concatenate(list(probs)), 1e-9, 1 - 1e-9)
    y = np.asarray([x for s in sets for x in s.labels], dtype=float)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose(sets: Sequence[SetData], folds: int = INNER_FOLDS) -> Choice:
    """Lambda by the out-of-fold log-loss over ``folds`` groups of whole sets; then the
    threshold whose pooled out-of-fold event F1 is best, kept only when it beats keeping
    every event by MIN_GAIN (else 0: the filter drops nothing, the model only scores)."""
    runs = []
    for lam in LAMBDAS:
        probs = out_of_fold(sets, lam, folds)
        runs.append((log_loss(sets, probs), lam, probs))
    loss, lam, probs = min(runs, key=lambda run: (run[0], run[1]))
    curve = [f1 for _, _, f1 in pooled_f1_by_threshold(sets, probs, THRESHOLDS)]
    at = max(range(len(THRESHOLDS)), key=lambda i: (curve[i], -i))
    f1_all = curve[THRESHOLDS.index(0.0)]
    threshold = THRESHOLDS[at] if curve[at] >= f1_all + MIN_GAIN else 0.0
    return Choice(
        lam,
        threshold,
        float(curve[THRESHOLDS.index(threshold)]),
        float(f1_all),
        THRESHOLDS[at],
        float(curve[at]),
        loss,
    )


# --- nested cross-validation ---------------------------------------------------------------

OUTER_FOLDS = 5


def cross_validate(sets: Sequence[SetData], folds: int = OUTER_FOLDS) -> str:
    """Rules alone against rules + model on every gold set but dev, each set scored by a
    model that never saw it: outer folds of whole sets (every other set dealt in name order,
    so that they differ from the inner ones), lambda and threshold chosen inside them."""
    from kg.evaluate import score

    order = sorted(range(len(sets)), key=lambda i: sets[i].name)
    fold_of = {i: (n * 2 + 1) % folds for n, i in enumerate(order)}
    probs: list[np.ndarray] = [np.zeros(0)] * len(sets)
    thresholds = [0.0] * len(sets)
    lines = []
    for f in range(folds):
        rest = [sets[i] for i in order if fold_of[i] != f]
        choice = choose(rest)
        weights, bias = train_on(rest, choice.lam)
        for i in order:
            if fold_of[i] == f:
                probs[i] = predict(weights, bias, sets[i].features)
                thresholds[i] = choice.threshold
        lines.append(f"fold {f}: {choice}")
    gold, rules, kept, up, down = [], [], [], 0, 0
    for data, p, t in zip(sets, probs, thresholds, strict=True):
        if data.name == "dev":
            continue
        events, roles = data.records[: len(data.features)], data.records[len(data.features) :]
        mine = [r for r, q in zip(events, p, strict=True) if q >= t]
        a, b = score(data.gold, events + roles).f1, score(data.gold, mine + roles).f1
        up += b > a + 1e-9
        down += b < a - 1e-9
        gold += data.gold
        rules += events + roles
        kept += mine + roles
    for name, records in (("rules", rules), ("rules+model", kept)):
        r = score(gold, records)
        e = r.events
        lines.append(
            f"{name:<12} P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.4f} "
            f"strict {r.strict_f1:.4f} (output {e.output}, fp {e.fp})"
        )
    lines.append(f"sets up {up}, down {down}, of {sum(s.name != 'dev' for s in sets)}")
    ev = [(d, p) for d, p in zip(sets, probs, strict=True) if d.name != "dev"]
    y = np.asarray([x for d, _ in ev for x in d.labels], dtype=float)
    model = np.concatenate([p for _, p in ev])
    hand = np.asarray([r["confidence"] for d, _ in ev for r in d.records[: len(d.features)]])
    for name, values in (("hand-set confidence", hand), ("model (out of fold)", model)):
        lines.append(
            f"{name}: AUC {auc(values, y):.3f}, Brier {np.mean((values - y) ** 2):.4f} "
            f"(a constant {y.mean():.3f}: {np.mean((y.mean() - y) ** 2):.4f})"
        )
        lines += calibration(values, y)
    return "\n".join(lines)


def auc(values: np.ndarray, y: np.ndarray) -> float:
    """The chance a right event scores above a wrong one (ties count half)."""
    right, wrong = values[y == 1], values[y == 0]
    wrong_sorted = np.sort(wrong)
    below = np.searchsorted(wrong_sorted, right, side="left")
    ties = np.searchsorted(wrong_sorted, right, side="right") - below
    return float((below + 0.5 * ties).sum() / (len(right) * len(wrong)))


def calibration(values: np.ndarray, y: np.ndarray) -> list[str]:
    edges = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
    lines = []
    for lo, hi in zip(edges, edges[1:], strict=False):
        m = (values >= lo) & (values < hi)
        if m.any():
            lines.append(
                f"  [{lo:.1f},{min(hi, 1.0):.1f})  records {int(m.sum()):5}  "
                f"right {y[m].mean():.2f}  mean score {values[m].mean():.2f}"
            )
    return lines


# --- output --------------------------------------------------------------------------------


def write_model(weights: dict[str, float], bias: float, choice: Choice, path: Path) -> str:
    lam, threshold = choice.lam, choice.threshold
    lines = [
        "# The learned event score (kg/event_filter.py): P(an annotator accepts an event) =",
        "# logistic(bias + the sum of the weights of its features). It is the event's confidence;",
        "# an event under the threshold is dropped (0: none is). Trained by",
        "# `python tools/train_event_filter.py` (retraining gives this file byte for byte): L2",
        f"# logistic regression, lambda {lam:g}, features seen at least {MIN_COUNT} times, on the",
        f"# events kg's rules emit on the {len(TRAIN_GOLDS) - 1} readable gold sets and eval/dev",
        "# (label: the event's key is one a gold event of its article accepts). Lambda chosen by",
        "# the out-of-fold log-loss of 5 folds of whole sets"
        f" ({choice.log_loss:.4f}), the threshold by their",
        f"# pooled event F1 (best {choice.best:.3f}: F1 {choice.f1_best:.4f}, keeping all"
        f" {choice.f1_all:.4f};",
        f"# a threshold must add {MIN_GAIN} to be used).",
        "feature\tweight",
        f"threshold\t{threshold:.3f}",
        f"bias\t{bias:.4f}",
    ]
    for name in sorted(weights, key=lambda n: (-abs(round(weights[n], 4)), n)):
        w = round(weights[name], 4)
        if w != 0.0:
            lines.append(f"{name}\t{w:.4f}")
    text = "\n".join(lines) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="nested grouped cross-validation")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    sets = load_sets()
    if args.cv:
        print(cross_validate(sets))
        return 0
    choice = choose(sets)
    weights, bias = train_on(sets, choice.lam)
    write_model(weights, bias, choice, args.out)
    print(
        f"lambda {choice.lam:g}, threshold {choice.threshold:.3f} (best {choice.best:.3f}, "
        f"inner F1 {choice.f1_kept:.4f}, all kept {choice.f1_all:.4f}); wrote {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
