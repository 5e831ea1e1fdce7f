#!/usr/bin/env python3
"""Benchmarks against node v24.12.0 in the same run, reported as ratios (noderun / reference).

    .venv/bin/python bin/bench.py [--runs N]

- startup: `-e ""`, a CommonJS hello world and an ES module hello world (bin/bench/hello.cjs,
  hello.mjs) under noderun and node, alternated runs after a warm-up run of each (the steady
  state a user sees: .pyc and the builtins' bytecode cache written), median wall time; the
  median CPU time (user + sys) too, steadier than wall time on a loaded machine.
- cpu: a CPU-bound loop under noderun against the same code in bare quickjs-ng
  (`quickjs.Context().eval`), both timed inside the process around the JS alone.
- workers: each bin/bench/<name>.js under node and noderun, alternated, medians, as ratios
  (spawn, ping-pong, one-way messages, Atomics ping-pong, 8 workers' Atomics.add, 1M messages from
  4 workers, object round trip, 64 KiB transfers, terminate during a message flood, CPU split, idle
  RSS, node:sqlite inserts and reads).
- test_runner (with --suite test_runner): `--test` over 200 generated small test files under node,
  noderun with a process per file and noderun with a worker thread per file (--test-isolation=thread).
- compile_cache: `require('typescript')` (9 MB of JS, installed with npm into the git-ignored
  .bench-cache/; a generated program of the same size where npm is missing), a first run and a
  second run on the same fresh NODE_COMPILE_CACHE directory, noderun against node.
Timing lives here, never in the test suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODERUN = [str(Path(sys.executable).parent / "noderun")]
CPU_LOOP = "let s = 0; for (let i = 0; i < 30000000; i++) { s = (s + i * 7) % 1000003; } s"


def reference_node() -> str:
    """node v24.12.0, the reference, as bin/install-node installs it (it installs it if missing)."""
    found = subprocess.run([str(ROOT / "bin" / "install-node")], capture_output=True, text=True)
    if found.returncode != 0:
        sys.exit(f"bench: no reference node: {found.stderr.strip()}")
    return found.stdout.strip()


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall, CPU = user + sys) seconds of one run of `cmd`."""
    import resource   # (os.times() counts in 10 ms ticks)

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# (label, the arguments after the runtime's name); issue 17's target for each: <= 1.0x node 24
STARTUP_PROGRAMS = [
    ("-e ''", ["-e", ""]),
    ("CJS hello world", [str(ROOT / "bin" / "bench" / "hello.cjs")]),
    ("ESM hello world", [str(ROOT / "bin" / "bench" / "hello.mjs")]),
]


def bench_startup(runs: int) -> None:
    node = reference_node()
    for label, args in STARTUP_PROGRAMS:
        ours, theirs = [], []
        timed(NODERUN + args)   # warm-up: caches written, as a user's second run finds them
        timed([node] + args)
        for _ in range(runs):   # alternated, so drift hits both alike
            ours.append(timed(NODERUN + args))
            theirs.append(timed([node] + args))
        o_wall, n_wall = (statistics.median(t[0] for t in ts) for ts in (ours, theirs))
        o_cpu, n_cpu = (statistics.median(t[1] for t in ts) for ts in (ours, theirs))
        print(f"startup {label:16} noderun {o_wall * 1000:6.1f} ms  node {n_wall * 1000:6.1f} ms  "
              f"ratio {o_wall / n_wall:4.2f}x (target <= 1.0x: {'met' if o_wall <= n_wall else 'NOT met'})  "
              f"[cpu: noderun {o_cpu * 1000:5.1f} ms, node {n_cpu * 1000:5.1f} ms]")


def bench_cpu(runs: int) -> tuple[float, float]:
    script = ROOT / "bin" / ".bench_cpu.js"
    script.write_text(
        "const t = performance.now();\n"
        f"{CPU_LOOP};\n"
        "process.stdout.write(String((performance.now() - t) / 1000));\n")
    bare = ("import quickjs, time; c = quickjs.Context(); t = time.perf_counter(); "
            f"c.eval({CPU_LOOP!r}); print(time.perf_counter() - t)")
    ours, theirs = [], []
    try:
        for _ in range(runs):
            ours.append(float(subprocess.run(NODERUN + [str(script)], capture_output=True, text=True,
                                             check=True).stdout))
            theirs.append(float(subprocess.run([sys.executable, "-c", bare], capture_output=True,
                                               text=True, check=True).stdout))
    finally:
        script.unlink()
    return statistics.median(ours), statistics.median(theirs)


# Worker benchmarks: bin/bench/<name>.js prints one number under node and under noderun.
# (name, what the number is, "lower" or "higher" is better, target ratio noderun / node)
WORKER_BENCHMARKS = [
    ("spawn", "ms from new Worker() to its first message", "lower", 0.5),
    # issue 17's message targets
    ("ping_pong", "ms per main <-> worker round trip of a small object made per message", "lower", 1.3),
    ("one_way", "small messages per ms, main -> worker", "higher", 0.6),
    ("atomics_ping_pong", "ms per SharedArrayBuffer + Atomics.wait/notify round trip", "lower", 1.3),
    ("atomics_add", "ms for 8 workers doing 1e6 Atomics.add each on one element", "lower", 2.0),
    ("message_storm", "ms for 1,000,000 small messages from 4 workers to the main thread", "lower", 2.0),
    ("object_round_trip", "ms per round trip of a 1,000-entry object with arrays, a Map, a Date", "lower", 2.5),
    ("transfer_64k", "64 KiB ArrayBuffers per ms moved main -> worker in a transfer list", "higher", 0.5),
    ("terminate_flood", "ms for terminate() of a worker flooding messages for 50 ms", "lower", 2.0),
    ("cpu_split", "speedup of 2 workers over 1 on CPU-bound work", "higher", 0.95),
    ("idle_workers_rss", "MB of resident memory per idle worker (50 workers)", "lower", 0.25),
    ("sqlite_run", "us per node:sqlite INSERT run()", "lower", 5.0),
    ("sqlite_all", "ms per node:sqlite all() of 20,000 rows", "lower", 5.0),
    ("intl_number", "us per Number.prototype.toLocaleString() (100,000 calls)", "lower", 5.0),
    ("intl_date", "us per Date.prototype.toLocaleString() (100,000 calls)", "lower", 5.0),
]

# I/O benchmarks, the same way (bin/bench/<name>.js), issue 12's targets.
IO_BENCHMARKS = [
    ("tcp_echo", "ms per TCP echo round trip of a small message on 127.0.0.1", "lower", 2.0),
    ("tcp_throughput", "MB/s of 100 MB sent one way over 127.0.0.1 in 64 KB writes", "higher", 0.5),
    ("spawn_true", "ms per child process: spawn('true') until 'close', one after another", "lower", 2.0),
    # issue 13: gzip of 50 MB (zlib streams on the thread pool)
    ("gzip_stream", "MB/s of 50 MB of text gzipped through a zlib stream in 64 KB writes", "higher", 0.33),
    ("gunzip_stream", "MB/s of output gunzipping the same 50 MB through a zlib stream", "higher", 0.33),
]


def bench_workers(runs: int, only: set[str] | None, benchmarks=WORKER_BENCHMARKS) -> None:
    node = reference_node()
    for name, what, better, target in benchmarks:
        if only and name not in only:
            continue
        script = str(ROOT / "bin" / "bench" / f"{name}.js")
        ours, theirs = [], []
        for _ in range(runs):   # alternated
            theirs.append(_number([node, script]))
            ours.append(_number(NODERUN + [script]))
        o, n = statistics.median(ours), statistics.median(theirs)
        ratio = o / n
        met = ratio <= target if better == "lower" else ratio >= target
        sign = "<=" if better == "lower" else ">="
        print(f"{name:18} noderun {o:9.3f}  node {n:9.3f}  ratio {ratio:5.2f}x "
              f"(target {sign} {target:.2f}x: {'met' if met else 'NOT met'})  [{what}; {_load_average()}]")


def _http_rate(server_cmd: list[str], node: str, connections: int = 8, over_tls: bool = False) -> float:
    """Requests/s the node 24 load generator (bin/bench/http_load.js) gets from the hello-world
    server `server_cmd` starts (it prints its port once it listens) in its own process."""
    server = subprocess.Popen(server_cmd, stdout=subprocess.PIPE, text=True)
    try:
        port = server.stdout.readline().strip()
        return _number([node, str(ROOT / "bin" / "bench" / "http_load.js"), port, "3", str(connections)]
                       + (["tls"] if over_tls else []))
    finally:
        server.terminate()
        server.wait()


def _load_average() -> str:
    """The machine's load when a figure was taken (the servers share its cores with whatever runs)."""
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def bench_http_cluster(runs: int) -> None:
    """Hello-world HTTP requests/s of a cluster of one worker per core against one process, both
    under noderun (and node's for reference), 16 keep-alive connections from node 24's load
    generator; issue 13's target: the cluster serves more than one process."""
    node = reference_node()
    bench = ROOT / "bin" / "bench"
    rates = {key: [] for key in ("noderun 1", "noderun cluster", "node 1", "node cluster")}
    for _ in range(runs):   # alternated
        for name, runtime in (("node", [node]), ("noderun", NODERUN)):
            rates[f"{name} 1"].append(_http_rate(runtime + [str(bench / "http_hello_server.js")], node, 16))
            rates[f"{name} cluster"].append(_http_rate(runtime + [str(bench / "http_cluster_server.js")], node, 16))
    median = {key: statistics.median(values) for key, values in rates.items()}
    ours = median["noderun cluster"] / median["noderun 1"]
    print(f"{'http_cluster':18} noderun {median['noderun cluster']:7.0f} vs {median['noderun 1']:7.0f} "
          f"one process: {ours:4.2f}x (target > 1: {'met' if ours > 1 else 'NOT met'});  node "
          f"{median['node cluster']:7.0f} vs {median['node 1']:7.0f}: "
          f"{median['node cluster'] / median['node 1']:4.2f}x  [requests/s, {os.cpu_count()} cores; {_load_average()}]")


def bench_http(runs: int) -> None:
    """Hello-world HTTP requests/s, keep-alive, 8 connections, server under node and noderun,
    the same client (node 24) in another process; issue 13's target is 0.33x of node's."""
    node = reference_node()
    ours, theirs = [], []
    for _ in range(runs):   # alternated
        server = str(ROOT / "bin" / "bench" / "http_hello_server.js")
        theirs.append(_http_rate([node, server], node))
        ours.append(_http_rate(NODERUN + [server], node))
    o, n = statistics.median(ours), statistics.median(theirs)
    ratio = o / n
    print(f"{'http_hello':18} noderun {o:9.0f}  node {n:9.0f}  ratio {ratio:5.2f}x "
          f"(target >= 0.33x: {'met' if ratio >= 0.33 else 'NOT met'})  "
          f"[requests/s, keep-alive, 8 connections; {_load_average()}]")


def bench_https(runs: int) -> None:
    """Hello-world HTTPS requests/s, keep-alive, 8 connections, as bench_http (a throw-away EC key
    and self-signed certificate made by openssl for the run; the handshakes fall in the warm-up)."""
    node = reference_node()
    server = str(ROOT / "bin" / "bench" / "https_hello_server.js")
    with tempfile.TemporaryDirectory(prefix="bench-https-") as folder:
        key, cert = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost"],
                       check=True, capture_output=True)
        ours, theirs = [], []
        for _ in range(runs):   # alternated
            theirs.append(_http_rate([node, server, key, cert], node, over_tls=True))
            ours.append(_http_rate(NODERUN + [server, key, cert], node, over_tls=True))
    o, n = statistics.median(ours), statistics.median(theirs)
    print(f"{'https_hello':18} noderun {o:9.0f}  node {n:9.0f}  ratio {o / n:5.2f}x  "
          f"[requests/s, keep-alive, 8 connections, TLS; {_load_average()}]")


BENCH_CACHE = ROOT / ".bench-cache"   # git-ignored: what the benchmarks download or generate


def large_program() -> tuple[Path, str]:
    """A script that loads a 9 MB CommonJS module: typescript from npm, else a generated one."""
    folder = BENCH_CACHE / "typescript"
    library = folder / "node_modules" / "typescript" / "lib" / "typescript.js"
    if not library.exists() and shutil.which("npm"):
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund", "--silent",
                        "typescript@5.9.3"], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if library.exists():
        script = folder / "load.js"
        script.write_text("console.log(require('typescript').version);\n")
        return script, "require('typescript') 5.9.3"
    folder = BENCH_CACHE / "generated"
    folder.mkdir(parents=True, exist_ok=True)
    module = folder / "big.js"
    if not module.exists():
        body = "".join(
            f"function f{i}(a, b) {{ const o = {{ a, b, c: [a, b, {i}] }}; if (a > b) return o.c.map((v) => v * 2 + {i}); "
            f"return 'text {i} ' + a + b; }}\nexports.f{i} = f{i};\n" for i in range(60000))
        module.write_text(body)
    script = folder / "load.js"
    script.write_text("console.log(Object.keys(require('./big.js')).length);\n")
    return script, f"a generated {module.stat().st_size / 1e6:.1f} MB module"


def bench_compile_cache(runs: int) -> None:
    """First and second run of a large program with NODE_COMPILE_CACHE set to a fresh directory."""
    node = reference_node()
    script, what = large_program()
    times = {("noderun", 1): [], ("noderun", 2): [], ("node", 1): [], ("node", 2): []}
    for _ in range(runs):
        for name, command in (("node", [node, str(script)]), ("noderun", NODERUN + [str(script)])):
            cache = tempfile.mkdtemp(prefix="bench-compile-cache-")
            env = dict(os.environ, NODE_COMPILE_CACHE=cache)
            try:
                for run in (1, 2):
                    start = time.perf_counter()
                    subprocess.run(command, env=env, cwd=script.parent, check=True, stdout=subprocess.DEVNULL)
                    times[(name, run)].append(time.perf_counter() - start)
            finally:
                shutil.rmtree(cache, ignore_errors=True)
    med = {key: statistics.median(values) for key, values in times.items()}
    print(f"compile cache: {what}, NODE_COMPILE_CACHE set, medians of {runs}")
    for run, label in ((1, "first run (cache empty)"), (2, "second run (cache filled)")):
        print(f"  {label:26} noderun {med[('noderun', run)] * 1000:8.0f} ms   node {med[('node', run)] * 1000:8.0f} ms"
              f"   ratio {med[('noderun', run)] / med[('node', run)]:5.2f}x")
    print(f"  second / first run: noderun {med[('noderun', 2)] / med[('noderun', 1)]:.2f}x, "
          f"node {med[('node', 2)] / med[('node', 1)]:.2f}x")


TEST_FILES = 200


def test_project() -> Path:
    """200 small node:test files (a suite, a few tests, an assertion each), generated once."""
    project = BENCH_CACHE / f"test-runner-{TEST_FILES}"
    if not (project / "test").is_dir():
        (project / "test").mkdir(parents=True, exist_ok=True)
        for i in range(TEST_FILES):
            (project / "test" / f"unit_{i:03}.test.js").write_text(
                "'use strict';\n"
                "const { describe, it } = require('node:test');\n"
                "const assert = require('node:assert');\n"
                f"describe('unit {i}', () => {{\n"
                f"  it('adds', () => assert.strictEqual({i} + 1, {i + 1}));\n"
                "  it('compares objects', () => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2] }));\n"
                "  it('waits', async () => { await new Promise((r) => setTimeout(r, 1)); });\n"
                "});\n")
    return project


def bench_test_runner(runs: int) -> None:
    """`--test` over 200 small test files: node, noderun with a process per file (node's model),
    noderun with a worker thread per file (--test-isolation=thread); medians of wall time."""
    node = reference_node()
    project = test_project()
    commands = {
        "node --test": [node, "--test"],
        "noderun --test (process per file)": NODERUN + ["--test"],
        "noderun --test (thread per file)": NODERUN + ["--test", "--test-isolation=thread"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):   # alternated, so drift hits all alike
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=project, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    med = {name: statistics.median(values) for name, values in times.items()}
    print(f"test runner: {TEST_FILES} test files of 3 tests, medians of {runs}")
    for name, value in med.items():
        print(f"  {name:36} {value:7.2f} s   ratio to node {value / med['node --test']:5.2f}x")


def _number(cmd: list[str]) -> float:
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=300).stdout
    return float(out.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--suite", default="startup,cpu,workers,compile_cache",
                        help="comma-separated: startup, cpu, workers, io, compile_cache, test_runner")
    parser.add_argument("--only", default="", help="comma-separated worker or io benchmark names (io: also http_hello, http_cluster, "
                        "https_hello)")
    args = parser.parse_args()
    suites = set(args.suite.split(","))
    os.chdir(ROOT)
    # An installed package has its modules byte-compiled (pip compiles them; otherwise Python writes
    # __pycache__ on the first run). Where PYTHONDONTWRITEBYTECODE=1 is set, as on our CI machines,
    # that never happens and every start would compile noderun from source: compile it once here.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "noderun")], check=True,
                   stdout=subprocess.DEVNULL)
    if "startup" in suites:
        bench_startup(args.runs)
    if "cpu" in suites:
        ours, bare = bench_cpu(max(3, args.runs // 2))
        print(f"cpu loop noderun {ours * 1000:7.1f} ms   bare quickjs-ng {bare * 1000:7.1f} ms   "
              f"ratio {ours / bare:.2f}x (target <= 1.05x)")
    if "workers" in suites:
        bench_workers(max(3, args.runs // 2), set(filter(None, args.only.split(","))) or None)
    if "io" in suites:
        only = set(filter(None, args.only.split(","))) or None
        bench_workers(max(3, args.runs // 2), only, IO_BENCHMARKS)
        if not only or "http_hello" in only:
            bench_http(max(3, args.runs // 2))
        if not only or "http_cluster" in only:
            bench_http_cluster(max(3, args.runs // 2))
        if not only or "https_hello" in only:
            bench_https(max(3, args.runs // 2))
    if "compile_cache" in suites:
        bench_compile_cache(max(3, args.runs // 4))
    if "test_runner" in suites:
        bench_test_runner(max(1, args.runs // 4))


if __name__ == "__main__":
    main()
