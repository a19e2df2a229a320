"""A timeline of one ``kg build``: wall and CPU time of each phase, per process.

    python benchmarks/timeline.py TRACE_DIR -- build CORPUS -o OUT --workers 2
    python benchmarks/timeline.py TRACE_DIR --show

The first form runs ``kg`` (``kg.cli.main``, as the ``kg`` program does) with some of
``kg.workers``' and ``kg.pipeline``'s functions wrapped (neither module is compiled, so a
compiled install can be traced too: run it from outside the source tree with PYTHONPATH
naming the install; there the methods of ``kg.memgraph``'s classes, native, are not
traced). Each process (the parent, the drawing process and its child, the pool's
workers) appends one line per finished phase to ``TRACE_DIR/PID.jsonl``: its wall-clock start
and end (CLOCK_BOOTTIME, comparable across processes and with a process' start time) and its
CPU time (``time.process_time``, every thread of the process) at both. Phases run many times
(one article's extraction, one result indexed) are summed per process instead: count, first
start, last end, wall and CPU. The second form prints the timeline, every time in ms from the
parent's start (the kernel's start time of the process, 10 ms resolution).

Nothing of this is in kg: the wrappers are installed by this script only.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time

_DIR = ""
_ROLE = "parent"
_SUMS: dict[str, list[float]] = {}


def _now() -> tuple[float, float]:
    return time.clock_gettime(time.CLOCK_BOOTTIME), time.process_time()


def _write(record: dict) -> None:
    record.update(pid=os.getpid(), role=_ROLE)
    fd = os.open(os.path.join(_DIR, f"{os.getpid()}.jsonl"), os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    try:
        os.write(fd, (json.dumps(record) + "\n").encode())
    finally:
        os.close(fd)


def mark(label: str) -> None:
    wall, cpu = _now()
    _write({"label": label, "w0": wall, "w1": wall, "c0": cpu, "c1": cpu})


def _flush_sums() -> None:
    for label, (n, w0, w1, wall, cpu, c_last) in _SUMS.items():
        _write(
            {
                "label": label,
                "sum": True,
                "n": n,
                "w0": w0,
                "w1": w1,
                "wall": wall,
                "cpu": cpu,
                "c1": c_last,
            }
        )
    _SUMS.clear()


def traced(
    owner: object,
    name: str,
    label: str | None = None,
    summed: bool = False,
    role: str | None = None,
) -> None:
    """Replace ``owner.name`` with a wrapper that records its phase."""
    fn = getattr(owner, name)
    label = label or name

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        global _ROLE
        if role:
            _ROLE = role
        w0, c0 = _now()
        try:
            return fn(*args, **kwargs)
        finally:
            w1, c1 = _now()
            if summed:
                s = _SUMS.setdefault(label, [0, w0, w1, 0.0, 0.0, c1])
                s[0] += 1
                s[2] = w1
                s[3] += w1 - w0
                s[4] += c1 - c0
                s[5] = c1
            else:
                _flush_sums()
                _write({"label": label, "w0": w0, "w1": w1, "c0": c0, "c1": c1})

    try:
        setattr(owner, name, wrapper)
    except TypeError:  # a native class of the compiled build (memgraph's): its methods are fixed
        print(f"timeline: {label} not traced (a compiled class)", file=sys.stderr)


_GC: dict[str, float] = {}


def _on_gc(phase: str, info: dict) -> None:
    """Collections of the older generations, each as a phase (the young ones are summed)."""
    if phase == "start":
        _GC["w"], _GC["c"] = _now()
        return
    w1, c1 = _now()
    label = f"gc generation {info['generation']}"
    if info["generation"] == 2:
        _write(
            {
                "label": label + f" ({info['collected']} collected)",
                "w0": _GC["w"],
                "w1": w1,
                "c0": _GC["c"],
                "c1": c1,
            }
        )
    else:
        s = _SUMS.setdefault(label, [0, _GC["w"], w1, 0.0, 0.0, c1])
        s[0] += 1
        s[2] = w1
        s[3] += w1 - _GC["w"]
        s[4] += c1 - _GC["c"]
        s[5] = c1


def install() -> None:
    import gc
    import multiprocessing.util

    gc.callbacks.append(_on_gc)

    from kg import cli, code_cache, memgraph, pipeline, regex_cache, workers

    W, P = workers, pipeline
    traced(W.Extractor, "__enter__", "Extractor.__enter__ (drawer fork, warm-up, pool)")
    traced(W, "_Drawer", "fork the drawing process")
    traced(W, "warm_up", "warm_up")
    traced(W, "warm_up_extraction", "warm_up_extraction")
    traced(W.Extractor, "_freeze", "gc.freeze")
    traced(W, "_quiet_pool", "(pool class)")
    traced(W.Extractor, "map", "Extractor.map")
    traced(W.Extractor, "warm_up_outputs", "Extractor.warm_up_outputs")
    traced(W.Extractor, "extracted", "Extractor.extracted")
    extracted = W.Extractor.extracted

    def _extracted(self):
        threads("last result")
        return extracted(self)

    W.Extractor.extracted = _extracted
    traced(W.Extractor, "no_more_tasks", "no_more_tasks")
    traced(W.Extractor, "__exit__", "Extractor.__exit__")
    traced(W, "extract_file", "extract_file", summed=True)
    traced(P, "add_ntriples", "store one result (add_ntriples)", summed=True)
    traced(P, "index_ntriples", "store one result (index_ntriples)", summed=True)
    traced(P, "replace_graph", "store one result (replace_graph)", summed=True)
    traced(P, "add_to_default_graph", "store one result (add_to_default_graph)", summed=True)
    traced(P, "_start_outputs", "_start_outputs")
    traced(P, "graph_counts", "graph_counts")
    traced(P, "write_events_jsonl", "write events.jsonl")
    traced(P, "_write_network", "_write_network (drawing process)")
    traced(P, "_write_page", "write graph.html")
    traced(P, "_write_gephi", "write graph.graphml/gexf", role="gephi child")
    traced(P, "_write_lines_as_turtle", "write graph.ttl (lines)")
    traced(P, "write_ntriples_as_turtle", "write graph.ttl (ntriples)")
    traced(P, "build", "pipeline.build")
    traced(memgraph.IndexedGraph, "settle", "IndexedGraph.settle")
    traced(memgraph.MemoryGraph, "settle", "MemoryGraph.settle")
    traced(memgraph.Answers, "records", "Answers.records")
    traced(W, "_serve_drawing", "drawing process: whole life", role="drawer")
    traced(W, "warm_up_outputs", "warm_up_outputs")
    traced(W, "_receive", "wait for a message (_receive)")
    traced(regex_cache, "save_compiled_patterns", "save regexes")
    traced(code_cache, "save_generated_code", "save generated code")
    start_worker = W._start_worker

    def _start(fds):
        global _ROLE
        _ROLE = "worker"
        _SUMS.clear()
        mark("worker starts")
        multiprocessing.util.Finalize(None, _worker_end, exitpriority=100)
        return start_worker(fds)

    W._start_worker = _start
    end_now = cli._end_now

    def _end(code):
        import resource

        _flush_sums()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        mark(f"exit ({usage.ru_minflt} minor page faults, max RSS {usage.ru_maxrss // 1024} MB)")
        return end_now(code)

    cli._end_now = _end


def threads(label: str) -> None:
    """Each thread's CPU so far (ms), from /proc, as one record."""
    found = {}
    tick = os.sysconf("SC_CLK_TCK")
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as handle:
                name, rest = handle.read().rsplit(")", 1)
        except OSError:
            continue
        fields = rest.split()
        found[f"{tid} {name.split('(', 1)[1]}"] = (int(fields[11]) + int(fields[12])) * 1000 / tick
    wall, cpu = _now()
    _write(
        {
            "label": label + ": threads " + json.dumps(found),
            "w0": wall,
            "w1": wall,
            "c0": cpu,
            "c1": cpu,
        }
    )


def _worker_end() -> None:
    import resource

    _flush_sums()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    mark(f"worker ends ({usage.ru_minflt} minor page faults, max RSS {usage.ru_maxrss // 1024} MB)")


def show(folder: str) -> None:
    records = []
    for name in sorted(n for n in os.listdir(folder) if n != "start.json"):
        with open(os.path.join(folder, name)) as handle:
            records += [json.loads(line) for line in handle]
    parent = next(r for r in records if r["role"] == "parent")
    start = json.load(open(os.path.join(folder, "start.json")))
    t0 = start["started"]
    pids = sorted(
        {r["pid"] for r in records}, key=lambda p: min(r["w0"] for r in records if r["pid"] == p)
    )
    print(
        f"parent pid {parent['pid']}: python started at 0; script at "
        f"{(start['script'] - t0) * 1000:.0f} ms (CPU {start['script_cpu'] * 1000:.0f} ms)"
    )
    for pid in pids:
        mine = sorted((r for r in records if r["pid"] == pid), key=lambda r: (r["w0"], -r["w1"]))
        print(f"\n== pid {pid} ({mine[0]['role']})")
        for r in mine:
            a, b = (r["w0"] - t0) * 1000, (r["w1"] - t0) * 1000
            if r.get("sum"):
                print(
                    f"  {a:7.0f} → {b:7.0f}  {r['label']}: {r['n']} calls,"
                    f" wall {r['wall'] * 1000:.0f},"
                    f" CPU {r['cpu'] * 1000:.0f} (process CPU at the last: {r['c1'] * 1000:.0f})"
                )
            else:
                print(
                    f"  {a:7.0f} → {b:7.0f}  {r['label']}: wall {b - a:.0f}, CPU "
                    f"{(r['c1'] - r['c0']) * 1000:.0f} (process CPU {r['c0'] * 1000:.0f} → "
                    f"{r['c1'] * 1000:.0f})"
                )


def main() -> None:
    global _DIR
    if sys.argv[2:3] == ["--show"]:
        show(sys.argv[1])
        return
    script = _now()
    _DIR = sys.argv[1]
    os.makedirs(_DIR, exist_ok=True)
    with open("/proc/self/stat") as handle:
        ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    started = ticks / os.sysconf("SC_CLK_TCK")
    with open(os.path.join(_DIR, "start.json"), "w") as handle:
        json.dump({"started": started, "script": script[0], "script_cpu": script[1]}, handle)
    install()
    mark("kg imported, wrappers installed")
    sys.argv = ["kg", *sys.argv[3:]]
    from kg.cli import main as kg_main

    kg_main()


if __name__ == "__main__":
    main()
