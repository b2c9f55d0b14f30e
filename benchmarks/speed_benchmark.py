"""Speed of the full profile against VADER alone, parallel speedup, memory and a worker's cold start.

    python benchmarks/speed_benchmark.py [--polnear PATH] [--articles 300] [--memory 10000 100000]

Corpora
-------
* ``teaching``: built by this script from the teaching texts in ``corpora/examples/`` (synthetic
  news of 300-700 words about one fictional event): article *k* is text ``k % 9`` with its body
  paragraphs rotated by ``k // 9`` and every number redrawn, so no two articles are the same
  text (sentences still recur across articles, as wire copy does in real coverage). Profiled with
  and without the teaching cast (``corpora/examples/cast.yml``).
* ``polnear`` (with ``--polnear PATH``): the 840 real political news articles of PolNeAR's train
  split (text only; the test split is never opened), profiled without a cast and with the case cast
  (``corpora/case/cast.yml``), the setting issue 8 measured (news text, actors with the case cast); its
  actors are rare in US political news, so the actor measure costs less there than on the teaching corpus.

Figures printed
---------------
* full profile (``profile_corpus``, one process, after a warm-up that loads the lexicons, Punkt, VADER,
  the cast and the language identifier's model once): MB/s and articles/s of CPU time, and VADER alone
  (``polarity_scores`` on every sentence of the same articles, the sentences split by
  ``framing.read``) timed in the same run; the ratio profile / VADER. Targets: >= 1 MB/s per core,
  <= 3x VADER.
* the same profile when the frame has no ``language`` column, so the profile identifies each article's
  language (``framing.lang.identify``; ``load_corpus`` does the same when it loads a corpus).
* time per stage (read, and each measure with its ``summary()``, which is what a profile needs and
  where lazily built tables are paid for) on the same Documents.
* ``n_jobs=2`` against ``n_jobs=1`` (wall clock; the default ``chunksize``), on the teaching corpus and
  on PolNeAR train when given: the median of five pairs and their range, with the CPU time of the calling
  process and of the workers, and the speedup those CPU times allow on two idle cores. Target >= 1.7x.
  Measured first, while the process is small (as the command line's ``framing profile --jobs 2`` is): forked
  workers of a process that holds much memory pay for copied pages (300 teaching articles: about 1.6x from a
  process of 270 MB against 1.7x from one of 130 MB).
* peak memory (max RSS of a fresh process) profiling N short articles (one paragraph each) for
  each N of ``--memory``: flat means the working memory does not grow with N (the output
  table, printed beside it, does).
* a worker's cold start: a fresh interpreter that does what a worker of ``profile_corpus`` started
  afresh does (spawn: macOS, Windows; Linux forks a warm process instead): imports
  ``framing.parallel``, runs its initializer (lexicons, Punkt, VADER) and profiles one article
  (target < 0.5 s); the bare interpreter start is shown apart, and whether pandas was imported.

CPU times are used for throughput (the machine may be shared); wall clock for the speedup.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
from _common import ROOT

import framing as fr

EXAMPLES = ROOT / "corpora" / "examples"
CAST = EXAMPLES / "cast.yml"
CASE_CAST = ROOT / "corpora" / "case" / "cast.yml"
_NUMBER = re.compile(r"\b\d+\b")


def teaching_corpus(n: int, *, seed: int = 0) -> pd.DataFrame:
    """``n`` articles from the teaching texts: paragraphs rotated, numbers redrawn (see the docstring)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        head, *body = [line for line in texts[k % len(texts)].split("\n") if line.strip()]
        shift = (k // len(texts)) % max(len(body), 1)
        body = body[shift:] + body[:shift]
        text = "\n".join([head, *body])
        text = _NUMBER.sub(lambda m: str(rng.randint(2, 99)) if len(m.group()) <= 2 else m.group(), text)
        rows.append({"doc_id": f"t{k:06d}", "text": text, "language": "en"})
    return pd.DataFrame(rows).set_index("doc_id")


def polnear_corpus(path: Path) -> pd.DataFrame:
    files = sorted((path / "data" / "train" / "text").glob("*.txt"))
    if not files:
        sys.exit(f"no PolNeAR train texts under {path}/data/train/text")
    return pd.DataFrame(
        {"text": [f.read_text(encoding="utf-8") for f in files], "language": "en"},
        index=pd.Index([f.stem for f in files], name="doc_id"),
    )


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def best_cpu(fn, repeats: int) -> float:
    return min(cpu(fn) for _ in range(repeats))


def throughput(name: str, frame: pd.DataFrame, *, cast=None, repeats: int = 2) -> None:
    from framing.lang.identify import identify
    from framing.lang.vader import analyzer

    megabytes = frame["text"].str.encode("utf-8").str.len().sum() / 1e6
    n = len(frame)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fr.profile_corpus(frame.iloc[:5], cast=cast, progress=False)  # warm: lexicons, Punkt, VADER, cast
        identify("Ceci n'est pas un texte anglais.")  # and the language identifier's model (loaded once)
        docs = [fr.read(t) for t in frame["text"]]
    sentences = [d.text[s:e] for d in docs for s, e in d.sentences]
    vader = analyzer()  # vaderSentiment's own SentimentIntensityAnalyzer: its polarity_scores is "VADER alone"

    def full():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fr.profile_corpus(frame, cast=cast, progress=False)

    def vader_alone():
        for s in sentences:
            vader.polarity_scores(s)

    undeclared = frame.drop(columns="language")

    def full_undeclared():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fr.profile_corpus(undeclared, cast=cast, progress=False)

    t_full, t_vader = best_cpu(full, repeats), best_cpu(vader_alone, repeats)
    t_undeclared = best_cpu(full_undeclared, repeats)
    label = f"{name} ({n} articles, {megabytes:.2f} MB, {Path(cast).parent.name + ' cast' if cast else 'no cast'})"
    print(f"\n{label}")
    print(f"  full profile   {megabytes / t_full:6.2f} MB/s per core  {n / t_full:7.1f} articles/s")
    print(f"  VADER alone    {megabytes / t_vader:6.2f} MB/s per core  ({len(sentences):,} sentences)")
    print(f"  profile / VADER = {t_full / t_vader:.1f}x   (targets: >= 1 MB/s per core, <= 3x VADER)")
    print(f"  no language column (the profile identifies each article's language): {megabytes / t_undeclared:.2f} "
          f"MB/s, {t_undeclared / t_vader:.1f}x VADER")
    stages(docs, cast, t_full)


def stages(docs, cast, total: float) -> None:
    """CPU time of each stage as the profile runs it: each measure with ``summary_values()``, quotes found once,
    and the actor measure after ``sentiment()`` has scored the document's sentences (which it reuses)."""
    from framing.actors import actors
    from framing.profile import resolve_cast

    cast = resolve_cast(cast)
    texts = [d.text for d in docs]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = [fr.quotes(d) for d in docs]
        parts = {
            "read": lambda: [fr.read(t) for t in texts],
            "hedging": lambda: [fr.hedging(d).summary_values() for d in docs],
            "quotes": lambda: [fr.quotes(d).summary_values() for d in docs],
            "sentiment": lambda: [fr.sentiment(d, quotes=q).summary_values() for d, q in zip(docs, found)],
        }
        if cast is not None:
            parts["actors"] = lambda: [actors(d, cast, quotes=q).summary_values() for d, q in zip(docs, found)]
        times = {name: cpu(fn) for name, fn in parts.items()}
    shares = ", ".join(f"{name} {t / total:.0%}" for name, t in times.items())
    print(f"  share of the profile's time: {shares}")


def speedup(name: str, frame: pd.DataFrame, *, pairs: int = 5) -> None:
    """Wall clock of ``n_jobs=1`` then ``n_jobs=2``, ``pairs`` times: the median speedup and its range (one pair of a
    short run moves by ±0.1 with what else the machine does), and the CPU time of the last pair."""
    import resource
    import statistics

    from framing.parallel import worker_chunk_sizes

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    ratios = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fr.profile_corpus(frame.iloc[:5], progress=False)
        for _ in range(pairs):
            start, cpu_one = time.perf_counter(), time.process_time()
            fr.profile_corpus(frame, progress=False, n_jobs=1)
            one, cpu_one = time.perf_counter() - start, time.process_time() - cpu_one
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            start, cpu_parent = time.perf_counter(), time.process_time()
            fr.profile_corpus(frame, progress=False, n_jobs=2)
            two, cpu_parent = time.perf_counter() - start, time.process_time() - cpu_parent
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            ratios.append(one / two)
    cpu_workers = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    # On an idle machine with 2 free cores the run cannot be faster than its serial part (the
    # parent) nor than half its total CPU: the bound the speedup would reach without contention.
    bound = cpu_one / max(cpu_parent, (cpu_parent + cpu_workers) / 2)
    sizes = worker_chunk_sizes(len(frame), 2, 200)
    print(f"\nn_jobs=2 on the {name} ({len(frame)} articles, {len(sizes)} chunks of {sizes[0]} down to "
          f"{min(sizes)}): wall {one:.1f} s -> {two:.1f} s in the last pair; speedup "
          f"{statistics.median(ratios):.2f}x, the median of {pairs} pairs ({min(ratios):.2f}-{max(ratios):.2f}) "
          f"(target >= 1.7x; {os.cpu_count()} cores, load average {load:.1f} before the runs)")
    print(f"  CPU in the last pair: n_jobs=1 {cpu_one:.1f} s; n_jobs=2 parent {cpu_parent:.1f} s + workers "
          f"{cpu_workers:.1f} s -> speedup on two idle cores at most {bound:.2f}x")


MEMORY_SCRIPT = """
import resource, sys, time, warnings


def peak_mb():
    # VmHWM: this process's peak RSS (ru_maxrss would carry the parent's peak across exec on Linux)
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


sys.path.insert(0, {bench!r})
from speed_benchmark import teaching_corpus
import framing as fr
n = int(sys.argv[1])
full = teaching_corpus(9)
paragraphs = [p for t in full["text"] for p in t.split("\\n")[1:]]
import pandas as pd
frame = pd.DataFrame({{"text": [paragraphs[k % len(paragraphs)] for k in range(n)], "language": "en"}})
base = peak_mb()
start = time.perf_counter()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    table = fr.profile_corpus(frame, progress=False, chunksize=200)
peak = peak_mb()
print(base, peak, table.memory_usage(deep=True).sum() / 1e6, time.perf_counter() - start)
"""


def memory(sizes) -> None:
    print("\npeak memory (fresh process each; articles are single paragraphs of the teaching texts)")
    script = MEMORY_SCRIPT.format(bench=str(Path(__file__).resolve().parent))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for n in sizes:
        done = subprocess.run([sys.executable, "-c", script, str(n)], capture_output=True, text=True, env=env)
        if done.returncode:
            print(f"  {n:>7,} articles: failed: {done.stderr[-500:]}")
            continue
        base, peak, table, seconds = map(float, done.stdout.split())
        print(f"  {n:>7,} articles: peak RSS {peak:6.0f} MB (before profiling {base:4.0f} MB; "
              f"output table {table:5.1f} MB; {seconds:.0f} s)")


COLD_SCRIPT = """
import sys, time
t0 = time.perf_counter()
from framing.parallel import _run_in_worker, _start_worker  # what a started worker imports to run a chunk
t1 = time.perf_counter()
_start_worker(None)  # its initializer: lexicons, Punkt, VADER loaded once
t2 = time.perf_counter()
_run_in_worker([open({path!r}, encoding="utf-8").read()], ["en"], ["a"], False)
t3 = time.perf_counter()
loaded = sorted(m for m in ("pandas", "sklearn", "scipy", "nltk") if m in sys.modules)
print(t1 - t0, t2 - t1, t3 - t2, ",".join(loaded) or "-")
"""

WHO_IMPORTS_PANDAS = """
import builtins, sys, traceback
real = builtins.__import__
def spy(name, *args, **kwargs):
    if name == "pandas":
        caller = traceback.extract_stack()[-2]
        if "/framing/" in caller.filename and caller.name == "<module>":
            print(caller.filename.split("/framing/")[-1])
    return real(name, *args, **kwargs)
builtins.__import__ = spy
from framing.parallel import _run_in_worker, _start_worker
_start_worker(None)
"""


def cold_start(repeats: int = 5) -> None:
    """A worker started afresh (spawn: macOS, Windows, Dask): interpreter, import, initializer, one article."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = COLD_SCRIPT.format(path=str(EXAMPLES / "01_caldera-wire_report.txt"))
    bare, runs, pandas_runs = [], [], []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import pandas"], check=True)
        pandas_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        total = time.perf_counter() - start
        imported, warm, first, loaded = done.stdout.split()
        runs.append((total, float(imported), float(warm), float(first), loaded))
    total, imported, warm, first, loaded = min(runs)
    interpreter = min(bare)
    print(f"\nworker cold start (fresh interpreter, best of {repeats}, wall clock): {total:.2f} s in all "
          f"(target < 0.5 s) = interpreter {interpreter:.2f} s + import framing.parallel {imported:.2f} s + "
          f"initializer (lexicons, Punkt, VADER) {warm:.2f} s + first article {first:.2f} s")
    print(f"  heavy modules the worker loaded: {loaded} (a bare `import pandas` takes "
          f"{min(pandas_runs) - interpreter:.2f} s)")
    if "pandas" in loaded.split(","):
        done = subprocess.run([sys.executable, "-c", WHO_IMPORTS_PANDAS], capture_output=True, text=True, env=env)
        where = ", ".join(f"framing/{m}" for m in dict.fromkeys(done.stdout.split())) or "?"
        print(f"  pandas is imported at module level by {where}")
    print("  with fork (Linux, the default of profile_corpus) workers inherit the loaded package: start-up is "
          "the fork itself")


def interpreter() -> str:
    """The Python build running this script: its speed differs by ~15 % between builds of one version.

    A build with a shared ``libpython`` and without profile-guided optimisation (pyenv's default) runs this
    package's pure-Python code slower than a distribution's statically linked, optimised one (Debian's
    ``/usr/bin/python3``, built with LTO and PGO by its packaging, which its ``CONFIG_ARGS`` does not show).
    Reads ``/proc/self/maps`` where there is one (Linux)."""
    import sysconfig

    args = sysconfig.get_config_var("CONFIG_ARGS") or ""
    try:
        with open("/proc/self/maps") as maps:
            shared = "yes" if "libpython" in maps.read() else "no"
    except OSError:
        shared = "unknown"
    optimised = [flag for flag in ("--enable-optimizations", "--with-lto") if flag in args]
    return (f"Python {sys.version.split()[0]} at {sys.executable} (libpython a shared library: {shared}; "
            f"CONFIG_ARGS lists {', '.join(optimised) or 'neither --enable-optimizations nor --with-lto'}; "
            "a distribution may set them outside CONFIG_ARGS)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout: profile its 840 train articles too")
    parser.add_argument("--articles", type=int, default=300, help="articles in the teaching corpus")
    parser.add_argument("--memory", type=int, nargs="*", default=[10000, 100000], help="corpus sizes for memory")
    parser.add_argument("--skip", nargs="*", default=[], choices=["speedup", "memory", "cold"])
    args = parser.parse_args()
    teaching = teaching_corpus(args.articles)
    print(f"framing {fr.__version__}, {os.cpu_count()} cores; {interpreter()}")
    polnear = polnear_corpus(args.polnear) if args.polnear else None
    if "speedup" not in args.skip:
        # first, while this process is small, as `framing profile --jobs 2` is: forking a process that holds
        # much memory (the throughput runs below keep their Documents) costs each worker page copies
        speedup("teaching corpus", teaching)
        if polnear is not None:
            speedup("PolNeAR train", polnear)
    throughput("teaching corpus", teaching)
    throughput("teaching corpus", teaching, cast=CAST)
    if polnear is not None:
        throughput("PolNeAR train (real news)", polnear)
        throughput("PolNeAR train (real news)", polnear, cast=CASE_CAST)
    if "memory" not in args.skip and args.memory:
        memory(args.memory)
    if "cold" not in args.skip:
        cold_start()


if __name__ == "__main__":
    main()
