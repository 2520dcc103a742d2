#!/usr/bin/env python3
"""Batch throughput and memory: ``syndicate batch`` with 1 and 2 workers, the Dask
local cluster, and peak memory with 1,000 vs 10,000 inputs.

  python bench/batch_bench.py [CORPUS_ROOT...] [--workers 1,2] [--no-dask]
                              [--memory 1000,10000] [--json OUT]

CORPUS_ROOT defaults to ../shared/corpus (every ``*.html``/``*.html.gz`` page under it).
Each run is a fresh ``python -m syndicate batch`` process; the figures are
wall-clock pages/s, the CPU time of the whole process tree (so a figure that does
not depend on what else the machine runs: the parallel overhead), the load average
of the machine during the run, and the peak RSS summed over the process tree
(sampled every 50 ms with psutil). The memory runs convert a folder of N symlinks
cycling over the corpus pages.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def pages_under(roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        found += [p.resolve() for p in sorted(root.rglob("*")) if p.is_file() and p.name.endswith(PAGE_SUFFIXES)]
    return found


def measure(cmd: list[str]) -> dict:
    """Run ``cmd``; wall time, CPU time of the tree, peak summed RSS, load average."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    load0 = os.getloadavg()[0]
    start = time.perf_counter()
    proc = psutil.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = peak_main = peak_child = 0
    while True:
        # wait4 gives the CPU time of the process and of every descendant it waited for
        # (the pool's workers): exact, whatever else the machine runs.
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        rss = 0
        for p in [proc, *proc.children(recursive=True)]:
            try:
                one = p.memory_info().rss
            except psutil.Error:
                continue
            rss += one
            if p is proc:
                peak_main = max(peak_main, one)
            else:
                peak_child = max(peak_child, one)
        peak = max(peak, rss)
        time.sleep(0.05)
    wall = time.perf_counter() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_rss_mb": peak / 2**20,
            "peak_main_mb": peak_main / 2**20, "peak_worker_mb": peak_child / 2**20,
            "load_before": load0, "load_after": os.getloadavg()[0],
            "rc": os.waitstatus_to_exitcode(status), "stdout": out.strip(),
            "summary": err.strip().splitlines()[-1:]}


def batch_cmd(inputs: list[str], out: str, workers: int) -> list[str]:
    return [sys.executable, "-m", "syndicate", "batch", *inputs, "-o", out,
            "--workers", str(workers)]


def dask_run(pages: list[Path], out: str, workers: int) -> dict:
    """The same pages through syndicate.dask_bag on a LocalCluster of ``workers`` processes."""
    code = f"""
import json, sys, time
sys.path.insert(0, {str(ROOT / 'src')!r})
from distributed import Client, LocalCluster
import syndicate.dask_bag as sdb
paths = json.load(open({out + '.paths'!r}))
import dask
# The workers' statistical profiler samples every compute thread 100 times a second: off.
dask.config.set({{"distributed.worker.profile.enabled": False}})
t0 = time.perf_counter()
with LocalCluster(n_workers={workers}, threads_per_worker=1, processes=True,
                  dashboard_address=None) as cluster, Client(cluster):
    t1 = time.perf_counter()
    # a few partitions per worker, as batch keeps a few records per worker in flight
    sdb.write_jsonl(sdb.convert_files(paths, npartitions={workers * 8}), {out!r})
    t2 = time.perf_counter()
print(json.dumps({{"startup": t1 - t0, "convert": t2 - t1}}))
"""
    Path(out + ".paths").write_text(json.dumps([str(p) for p in pages]))
    result = measure([sys.executable, "-c", code])
    result.update(json.loads(result["stdout"].splitlines()[-1]) if result["stdout"] else {})
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--memory", default="1000,10000", help="input counts for the memory runs ('' for none)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    pages = pages_under(args.roots)
    if not pages:
        print(f"no pages under {args.roots}", file=sys.stderr)
        return 2
    print(f"{len(pages)} pages, {sum(p.stat().st_size for p in pages) / 2**20:.1f} MiB on disk; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    report: dict = {"pages": len(pages), "runs": {}}
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        listing = Path(tmp) / "pages"
        listing.mkdir()
        for i, page in enumerate(pages):  # one flat folder of links: the same input for every run
            (listing / f"{i:05d}-{page.name}").symlink_to(page)
        for w in [int(x) for x in args.workers.split(",") if x]:
            r = measure(batch_cmd([str(listing)], f"{tmp}/w{w}.jsonl", w))
            r["pages_per_s"] = len(pages) / r["wall"]
            r["cpu_ms_per_page"] = 1000 * r["cpu"] / len(pages)
            report["runs"][f"batch --workers {w}"] = r
            print(f"batch --workers {w}: {r['pages_per_s']:.1f} pages/s (wall {r['wall']:.1f} s), "
                  f"CPU {r['cpu']:.1f} s ({r['cpu_ms_per_page']:.1f} ms/page), "
                  f"peak RSS {r['peak_rss_mb']:.0f} MiB, load {r['load_before']:.2f}->{r['load_after']:.2f}; "
                  f"{' '.join(r['summary'])}")
        runs = report["runs"]
        if "batch --workers 1" in runs and "batch --workers 2" in runs:
            one, two = runs["batch --workers 1"], runs["batch --workers 2"]
            speedup = one["wall"] / two["wall"]
            # On an otherwise idle 2-core machine each worker gets a core: the wall time is
            # then the CPU time over 2 (plus the imbalance at the tail, included in cpu).
            cpu_speedup = one["cpu"] / (two["cpu"] / 2)
            report["speedup_wall"], report["speedup_cpu"] = speedup, cpu_speedup
            print(f"speed-up 2 vs 1 worker: {speedup:.2f}x wall-clock; {cpu_speedup:.2f}x from CPU time "
                  "(1-worker CPU / (2-worker CPU / 2): what an idle 2-core machine gives)")
        if not args.no_dask:
            idle = dask_run([], f"{tmp}/dask-idle", 2)  # start-up and shut-down alone
            report["runs"]["dask LocalCluster, no pages"] = idle
            r = dask_run(pages, f"{tmp}/dask", 2)
            r["pages_per_s"] = len(pages) / r["wall"]
            report["runs"]["dask LocalCluster 2 processes"] = r
            r["pages_per_s_after_startup"] = len(pages) / r["convert"]
            print(f"dask LocalCluster(2 processes): {r['pages_per_s']:.1f} pages/s (wall {r['wall']:.1f} s "
                  f"incl. {r['startup']:.1f} s cluster start-up; {r['pages_per_s_after_startup']:.1f} "
                  f"pages/s after it), CPU {r['cpu']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MiB, "
                  f"load {r['load_before']:.2f}->{r['load_after']:.2f}")
            if "batch --workers 2" in runs:
                pool = runs["batch --workers 2"]["wall"]
                report["dask_vs_pool"] = pool / r["wall"]
                report["dask_vs_pool_after_startup"] = pool / r["convert"]
                print(f"dask / process pool throughput: {pool / r['wall']:.2f} with cluster start-up, "
                      f"{pool / r['convert']:.2f} without")
                # CPU-based, so independent of the machine's load: the cluster's own start-up
                # (CPU of a run with no pages) taken out, CPU per page against the pool's.
                pool_cpu = runs["batch --workers 2"]["cpu"]
                dask_cpu = r["cpu"] - idle["cpu"]
                report["dask_vs_pool_cpu"] = pool_cpu / dask_cpu
                print(f"dask cluster start-up alone: CPU {idle['cpu']:.1f} s, wall {idle['wall']:.1f} s; "
                      f"per-page CPU dask {1000 * dask_cpu / len(pages):.1f} ms vs pool "
                      f"{1000 * pool_cpu / len(pages):.1f} ms: dask / pool throughput from CPU time "
                      f"{pool_cpu / dask_cpu:.2f} (after start-up)")
        for n in [int(x) for x in args.memory.split(",") if x]:
            folder = Path(tmp) / f"mem{n}"
            folder.mkdir()
            for i in range(n):
                page = pages[i % len(pages)]
                (folder / f"{i:06d}-{page.name}").symlink_to(page)
            r = measure(batch_cmd([str(folder)], f"{tmp}/mem{n}.jsonl", 2))
            report["runs"][f"memory {n} inputs"] = r
            print(f"{n:,} inputs, 2 workers: peak RSS of the tree {r['peak_rss_mb']:.0f} MiB "
                  f"(batch process {r['peak_main_mb']:.0f} MiB, largest worker {r['peak_worker_mb']:.0f} MiB), "
                  f"{n / r['wall']:.1f} pages/s, load {r['load_before']:.2f}->{r['load_after']:.2f}")
            os.unlink(f"{tmp}/mem{n}.jsonl")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
