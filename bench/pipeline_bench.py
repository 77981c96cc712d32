"""How fast is ``pressroom run``, and how does it compare with spaCy's NER alone?

    .venv/bin/python bench/pipeline_bench.py [--articles 2000] [--workers N] [--out bench/out] [--json]

Builds a synthetic corpus of realistic scraped pages (see ``bench/corpus.py``),
then times, each as a real ``pressroom run`` subprocess:

* start-up alone: a run on an empty folder into a fresh warehouse;
* the first run with work on this machine (one page): it also creates
  Prefect's database, once; every later run shares it, as runs on one
  machine do;
* cold: the whole corpus into a fresh warehouse;
* no-op: the same corpus again (everything unchanged);
* 1% change: after 1% of the pages were edited;
* one change: after one page was edited (the fixed cost of a run with work:
  an empty or no-op run skips Prefect's API and the models, this one does not);
* one change against a lasting Prefect server (``prefect server start``, as
  scheduled runs use): three runs, each after one more page was edited; the
  median is reported. The run then boots no API of its own;

and finally the same cleaned texts (paragraphs and captions read back from the
warehouse) through bare spaCy NER — ``nlp.pipe`` with every other component
disabled, on as many processes as the pipeline used. Seconds per stage come
from the Prefect flow-run records of each run; peak memory is the largest sum
of RSS over the run's process tree, sampled every 0.2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import change_some, load_sources, write_corpus  # noqa: E402

PRESSROOM = [str(ROOT / ".venv" / "bin" / "pressroom")]
# Filled by main(): a private bytecode cache, so that runs measure a deployed
# install (which compiles its .pyc once) even where PYTHONDONTWRITEBYTECODE is set.
BYTECODE_ENV: dict[str, str] = {}
STAGES = ["pressroom-ingest", "pressroom-clean", "pressroom-extract", "pressroom-validate", "pressroom-load"]


class TreeSampler(threading.Thread):
    """Largest total RSS of a process and its descendants, sampled until stopped.

    Also remembers every descendant it saw, so that those still running after
    the run has exited (Prefect's temporary API finishing its shutdown) can be
    waited for and their CPU counted: they are no longer the run's children,
    so ``RUSAGE_CHILDREN`` never sees them.
    """

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_total = 0
        self.peak_single = 0
        self.seen: dict[int, psutil.Process] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            total = 0
            for proc in procs:
                self.seen.setdefault(proc.pid, proc)
                try:
                    rss = proc.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                self.peak_single = max(self.peak_single, rss)
            self.peak_total = max(self.peak_total, total)
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def outliving_cpu(self, timeout: float = 30.0) -> float:
        """CPU seconds of the descendants still running once the run has exited, sampled until they end."""
        left = [p for pid, p in self.seen.items() if pid != self.root.pid and p.is_running()]
        last: dict[int, float] = {}
        deadline = time.monotonic() + timeout
        while left and time.monotonic() < deadline:
            for proc in list(left):
                try:
                    times = proc.cpu_times()
                    last[proc.pid] = times.user + times.system
                except psutil.Error:
                    left.remove(proc)
            time.sleep(0.02)
        return sum(last.values())


# One Prefect home for every run of the bench, as for runs on one machine: Prefect's database is
# created by the first run that uses the API (measured on its own as first_api_run), not by each warehouse.
PREFECT_HOME_ENV: dict[str, str] = {}


def run_pressroom(paths: list[Path], warehouse: Path, workers: int | None, extra_env: dict | None = None) -> dict:
    """One ``pressroom run`` subprocess: wall seconds, peak RSS, stage seconds, its summary line."""
    cmd = PRESSROOM + ["run", *map(str, paths), "--warehouse", str(warehouse), "--quiet"]
    if workers:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, **BYTECODE_ENV, **PREFECT_HOME_ENV, **(extra_env or {})}
    if BYTECODE_ENV:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop()
    cpu = children_cpu() - cpu0 + sampler.outliving_cpu()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"pressroom run failed ({proc.returncode}):\n{err[-3000:]}")
    stages = stage_seconds(warehouse, started)
    summary = [line for line in out.splitlines() if line.startswith("run ")]
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": sampler.peak_total / 2**20,
        "peak_single_rss_mb": sampler.peak_single / 2**20,
        "stages_s": stages,
        "summary": summary[-1] if summary else out.strip()[-200:],
    }


def children_cpu() -> float:
    """User + system CPU seconds of every finished child process and its waited-for descendants.

    Unlike wall time, barely moved by other work on the machine: the figure to
    compare runs by on a shared machine.
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stage_seconds(warehouse: Path, since: float) -> dict[str, float]:
    """Seconds of each stage's flow run (and of the parent flow) from Prefect's database."""
    db = Path(PREFECT_HOME_ENV.get("PRESSROOM_PREFECT_HOME", warehouse.parent / ".prefect")) / "prefect.db"
    if not db.exists():
        return {}
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "select f.name, fr.start_time, fr.end_time from flow_run fr join flow f on f.id = fr.flow_id "
            "where fr.start_time is not null and fr.end_time is not null"
        ).fetchall()
    finally:
        con.close()
    from datetime import datetime, timezone

    def ts(value: str) -> float:
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc).timestamp()

    out: dict[str, float] = {}
    for name, start, end in rows:
        if ts(start) >= since - 1:
            key = name.removeprefix("pressroom-") if name != "pressroom-run" else "flow"
            out[key] = out.get(key, 0.0) + ts(end) - ts(start)
    return out


def corpus_stats(warehouse: Path) -> tuple[int, int]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select count(*), coalesce(sum(word_count), 0) from articles").fetchone()
    finally:
        con.close()


def cleaned_texts(warehouse: Path) -> list[str]:
    """The paragraphs and captions the pipeline's NER saw, read back from the warehouse."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        bodies = [row[0] for row in con.execute("select body from articles order by article_id").fetchall()]
        captions = [row[0] for row in con.execute("select text from captions order by caption_id").fetchall()]
    finally:
        con.close()
    return [p for body in bodies for p in body.split("\n\n") if p.strip()] + captions


def ner_only(texts: list[str], processes: int, out: Path) -> dict:
    """Bare spaCy NER over ``texts`` in a fresh subprocess; pipe seconds and load seconds."""
    src = out / "_ner_texts.json"
    src.write_text(json.dumps(texts))
    code = f"""
import json, time
t0 = time.perf_counter()
from pressroom.extract import load_nlp
nlp = load_nlp()
t1 = time.perf_counter()
texts = json.load(open({str(src)!r}))
disable = [n for n in nlp.pipe_names if n != "ner"]
ents = 0
for doc in nlp.pipe(texts, batch_size=128, disable=disable, n_process={processes}):
    ents += len(doc.ents)
t2 = time.perf_counter()
print(json.dumps({{"load_s": t1 - t0, "pipe_s": t2 - t1, "ents": ents}}))
"""
    t0 = time.perf_counter()
    cpu0 = children_cpu()
    env = {**os.environ, **BYTECODE_ENV}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True, env=env).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - t0
    result["cpu_s"] = children_cpu() - cpu0
    src.unlink()
    return result


def help_seconds(repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        env = {**os.environ, **BYTECODE_ENV}
        if BYTECODE_ENV:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(PRESSROOM + ["--help"], capture_output=True, check=True, env=env)
        best = min(best, time.perf_counter() - t0)
    return best


def machine_load() -> str:
    one, five, _ = os.getloadavg()
    return f"load avg {one:.2f} (1 min) / {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=None, help="--workers for pressroom run (default: its own)")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip", default="", help="comma list of phases to skip: startup,noop,change,one,lasting,ner")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="let every process compile its sources (as with PYTHONDONTWRITEBYTECODE=1)")
    args = parser.parse_args()
    if not args.no_bytecode_cache:
        BYTECODE_ENV["PYTHONPYCACHEPREFIX"] = str(args.out.absolute() / "pycache")
    skip = set(filter(None, args.skip.split(",")))

    out = args.out.absolute()
    corpus = out / f"corpus-{args.articles}"
    base = out / f"run-{args.articles}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(base, ignore_errors=True)
    figures: dict = {"articles_requested": args.articles, "workers": args.workers, "load_before": machine_load(),
                     "bytecode_cache": not args.no_bytecode_cache}

    t0 = time.perf_counter()
    paths = write_corpus(corpus, args.articles, seed=args.seed, sources=load_sources())
    figures["corpus_s"] = time.perf_counter() - t0
    # dated an hour back, like a scrape older than the run: a file modified within 3 s
    # of being read is read again by the next run, which would make the no-op run re-read all
    scraped = time.time_ns() - 3600 * 10**9
    for path in paths:
        os.utime(path, ns=(scraped, scraped))
    figures["corpus_mb"] = sum(p.stat().st_size for p in paths) / 2**20
    figures["help_s"] = help_seconds()

    if "startup" not in skip:
        empty = base / "empty"
        empty.mkdir(parents=True)
        # the first run also creates the warehouse; the second is the start-up of every later run
        figures["startup_first"] = run_pressroom([empty], base / "startup" / "pressroom.duckdb", args.workers)
        figures["startup"] = run_pressroom([empty], base / "startup" / "pressroom.duckdb", args.workers)
    PREFECT_HOME_ENV["PRESSROOM_PREFECT_HOME"] = str(base / "prefect")
    # a one-page run: the first with work on this machine creates Prefect's database (~5 s once)
    figures["first_api_run"] = run_pressroom([paths[0]], base / "first" / "pressroom.duckdb", args.workers)
    warehouse = base / "warehouse" / "pressroom.duckdb"
    figures["cold"] = run_pressroom([corpus], warehouse, args.workers)
    articles, words = corpus_stats(warehouse)
    figures["loaded_articles"], figures["loaded_words"] = articles, words
    figures["warehouse_mb"] = warehouse.stat().st_size / 2**20
    if "noop" not in skip:
        figures["noop"] = run_pressroom([corpus], warehouse, args.workers)
    if "change" not in skip:
        change_some(paths, 0.01)
        figures["change_1pct"] = run_pressroom([corpus], warehouse, args.workers)
    if "one" not in skip:
        change_some(paths, 1 / len(paths), seed=12)
        figures["change_one"] = run_pressroom([corpus], warehouse, args.workers)
    if "lasting" not in skip:
        figures["one_lasting_api"] = one_change_with_lasting_api(paths, corpus, warehouse, base, args.workers)
    if "ner" not in skip:
        texts = cleaned_texts(warehouse)
        processes = args.workers or min(2, os.cpu_count() or 1)
        figures["ner_only"] = ner_only(texts, processes, out) | {"processes": processes, "texts": len(texts)}
    figures["load_after"] = machine_load()
    derive(figures)
    if args.json:
        print(json.dumps(figures, indent=2, default=str))
    else:
        print_table(figures)


def one_change_with_lasting_api(paths: list[Path], corpus: Path, warehouse: Path, base: Path, workers: int | None,
                                 repeats: int = 3) -> dict:
    """One-page changes run against a lasting ``prefect server start``; the run of median wall time.

    The server shares the runs' Prefect home, as in the README's recipe, and
    is started and stopped here; its own CPU is not counted (it is not the run's).
    """
    import socket
    import urllib.request

    home = base / "prefect-lasting"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, **BYTECODE_ENV, "PREFECT_HOME": str(home), "DO_NOT_TRACK": "1",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "prefect"), "server", "start", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    saved = dict(PREFECT_HOME_ENV)
    PREFECT_HOME_ENV["PRESSROOM_PREFECT_HOME"] = str(home)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(url + "/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("prefect server start did not come up") from None
                time.sleep(0.5)
        # the first run against a new server registers the flows and creates their records once
        run_pressroom([paths[0]], base / "lasting-first" / "pressroom.duckdb", workers, {"PREFECT_API_URL": url})
        runs = []
        for n in range(repeats):
            change_some(paths, 1 / len(paths), seed=100 + n)
            runs.append(run_pressroom([corpus], warehouse, workers, {"PREFECT_API_URL": url}))
    finally:
        server.terminate()
        server.wait(timeout=30)
        PREFECT_HOME_ENV.clear()
        PREFECT_HOME_ENV.update(saved)
    median = sorted(runs, key=lambda r: r["wall_s"])[len(runs) // 2]
    return median | {"walls_s": [r["wall_s"] for r in runs]}


def derive(f: dict) -> None:
    """The ratios the targets are stated in."""
    cold = f["cold"]
    n, words = f["loaded_articles"], f["loaded_words"]
    startup = f.get("startup", {}).get("wall_s", 0.0)
    f["e2e_articles_per_s"] = n / cold["wall_s"]
    f["e2e_words_per_s"] = words / cold["wall_s"]
    f["steady_words_per_s"] = words / max(cold["wall_s"] - startup, 1e-9)
    if "ner_only" in f:
        f["ner_words_per_s"] = words / f["ner_only"]["pipe_s"]
        f["ratio_e2e_vs_ner"] = f["e2e_words_per_s"] / f["ner_words_per_s"]
        f["ratio_steady_vs_ner"] = f["steady_words_per_s"] / f["ner_words_per_s"]
        f["ratio_cpu_ner_vs_cold"] = f["ner_only"]["cpu_s"] / max(cold.get("cpu_s", 0.0), 1e-9)
    if "noop" in f:
        f["noop_over_startup_pct_of_cold"] = 100 * (f["noop"]["wall_s"] - startup) / cold["wall_s"]
    if "change_1pct" in f:
        f["change_over_startup_pct_of_cold"] = 100 * (f["change_1pct"]["wall_s"] - startup) / cold["wall_s"]
    if "ner_only" in f and "change_one" in f:
        # throughput once the fixed cost of a run with work (a one-page run: process, temporary
        # API, flows, model load, validation set-up) is paid: what a larger corpus tends to
        work_s = max(cold["wall_s"] - f["change_one"]["wall_s"], 1e-9)
        f["ratio_work_vs_ner"] = words / work_s / f["ner_words_per_s"]
    if "change_1pct" in f and "change_one" in f:
        f["change_over_one_pct_of_cold"] = 100 * (f["change_1pct"]["wall_s"] - f["change_one"]["wall_s"]) / cold["wall_s"]


def print_table(f: dict) -> None:
    print(f"pressroom pipeline bench: {f['loaded_articles']} articles loaded of {f['articles_requested']}, "
          f"{f['loaded_words']:,} words, corpus {f['corpus_mb']:.1f} MB, workers={f['workers'] or 'default'}")
    print(f"machine: {f['load_before']} before, {f['load_after']} after; "
          f"bytecode cache {'on' if f['bytecode_cache'] else 'off'}")
    print()
    header = f"{'run':<14}{'wall s':>9}{'cpu s':>8}{'peak RSS MB':>13}{'largest proc MB':>17}  " + "  ".join(
        f"{s.removeprefix('pressroom-'):>8}" for s in STAGES) + f"{'flow':>8}"
    print(header)
    for name in ("startup_first", "startup", "first_api_run", "cold", "noop", "change_1pct", "change_one",
                 "one_lasting_api"):
        if name not in f:
            continue
        r = f[name]
        stages = "  ".join(f"{r['stages_s'].get(s.removeprefix('pressroom-'), 0):8.1f}" for s in STAGES)
        print(f"{name:<14.14}{r['wall_s']:9.1f}{r.get('cpu_s', 0):8.1f}{r['peak_rss_mb']:13.0f}{r['peak_single_rss_mb']:17.0f}  {stages}"
              f"{r['stages_s'].get('flow', 0):8.1f}")
    print()
    rows = [
        ("pressroom --help", f"{f['help_s']:.2f} s", "< 1 s"),
        ("start-up (empty input)", f"{f.get('startup', {}).get('wall_s', float('nan')):.1f} s", "< 5 s"),
        ("end-to-end (cold)", f"{f['e2e_articles_per_s']:.1f} articles/s, {f['e2e_words_per_s']:,.0f} words/s", ""),
        ("cold minus start-up", f"{f['steady_words_per_s']:,.0f} words/s", ""),
    ]
    if "ner_only" in f:
        ner = f["ner_only"]
        rows += [
            (f"bare NER ({ner['processes']} proc)", f"{f['ner_words_per_s']:,.0f} words/s "
             f"({ner['texts']:,} texts, pipe {ner['pipe_s']:.1f} s + load {ner['load_s']:.1f} s; {ner['cpu_s']:.1f} cpu s)", ""),
            ("end-to-end / NER", f"{f['ratio_e2e_vs_ner']:.2f}", ">= 0.8"),
            ("(cold - start-up) / NER", f"{f['ratio_steady_vs_ner']:.2f}", ""),
            ("NER cpu s / cold cpu s", f"{f['ratio_cpu_ner_vs_cold']:.2f}", ""),
        ]
        if "ratio_work_vs_ner" in f:
            rows.append(("(cold - one change) / NER", f"{f['ratio_work_vs_ner']:.2f} (past the fixed cost of a run with work)", ""))
    if "noop" in f:
        rows.append(("no-op - start-up", f"{f['noop_over_startup_pct_of_cold']:.1f} % of cold", "<= 2 %"))
    if "change_1pct" in f:
        rows.append(("1% change - start-up", f"{f['change_over_startup_pct_of_cold']:.1f} % of cold", "~ 1 %"))
    if "change_over_one_pct_of_cold" in f:
        rows.append(("1% change - one change", f"{f['change_over_one_pct_of_cold']:.1f} % of cold", ""))
    if "change_one" in f:
        rows.append(("start-up with work", f"{f['change_one']['wall_s']:.1f} s (one changed page, temporary API)", "< 5 s"))
    if "one_lasting_api" in f:
        walls = ", ".join(f"{w:.1f}" for w in f["one_lasting_api"]["walls_s"])
        rows.append(("  against a lasting API", f"{f['one_lasting_api']['wall_s']:.1f} s (median of {walls})", "< 5 s"))
    for label, value, target in rows:
        print(f"{label:<26}{value:<60}{target}")
    for name in ("cold", "noop", "change_1pct", "change_one", "one_lasting_api"):
        if name in f:
            print(f"{name}: {f[name]['summary']}")


if __name__ == "__main__":
    main()
