#!/usr/bin/env python3
"""The interface measured as an adviser feels it, on generated stores of 1k, 10k and 100k
actions: first frame, key -> redraw on each screen, switching screens, search (open, a
letter), a tick saved on disk, and peak memory. Not a test: it prints figures.

Each figure is the median of BATCHES batches (each batch: RUNS runs of PRESSES presses, its
own median), given with the range of the batch medians, the store's size and the command.

    cargo build --release && cargo build --release --example generate
    python3 scripts/bench_pty.py                 # 1k and 10k, 3 batches
    python3 scripts/bench_pty.py --sizes 100000  # 100k
    python3 scripts/bench_pty.py --only search   # one line of the table

It drives ../shared/tools/tui_latency.py (beside the project; --harness to point elsewhere).
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "jalons")
GENERATE = os.path.join(ROOT, "target", "release", "examples", "generate")
HARNESS = os.path.join(ROOT, "..", "shared", "tools", "tui_latency.py")

# name -> (keys sent before measuring, keys measured in turn, what is read off). Opening the
# search is measured by `cargo bench --bench search` (a pty cannot tell a lone Esc from Alt).
CASES = {
    "first frame": ("", ["j", "k"], "first_frame_ms"),
    "roadmap j/k": ("ll", ["j", "k"], "key_done_ms"),
    "delegations j/k": ("2", ["j", "k"], "key_done_ms"),
    "delegation detail j/k": ("2l", ["j", "k"], "key_done_ms"),
    "trips j/k": ("3", ["j", "k"], "key_done_ms"),
    "deadlines j/k": ("4", ["j", "k"], "key_done_ms"),
    "switch screens 1/2": ("", ["2", "1"], "key_done_ms"),
    "search a letter": ("/fo", ["r", "\\x7f"], "key_done_ms"),
    "Space answered (the tick drawn)": ("ll", [" "], "key_first_content_ms"),
    "Space saved and drawn": ("ll", [" "], "key_done_ms"),
    "peak memory browsing (MiB)": ("", ["j", "k"], "vmhwm_mib"),
    "peak memory ticking (MiB)": ("ll", [" "], "vmhwm_mib"),
}


def store(size, folder):
    path = os.path.join(folder, f"{size}.json")
    with open(path, "wb") as out:
        subprocess.run([GENERATE, str(size)], stdout=out, check=True)
    return path


def batch(args, path, pre, keys, field, work):
    # Each run ticks on its own copy: a batch never measures the store the last one left.
    copy = os.path.join(work, "roadmap.json")
    with open(path, "rb") as src, open(copy, "wb") as dst:
        dst.write(src.read())
    command = [
        sys.executable, args.harness, "--marker", "Feuille de route",
        "--presses", str(args.presses), "--runs", str(args.runs), "--warmup", "1",
        "--cols", "120", "--rows", "40", "-q",
        "--env", f"HOME={work}", "--env", "JALONS_LANG=fr",
    ]
    if pre:
        command += ["--pre", pre]
    if pre.startswith("/"):
        # Out of the search first; an Esc sent right before `q` would read as Alt-q.
        command += ["--quit", "\\x1b", "--quit", "q"]
    for key in keys:
        command += ["--key", key]
    command += ["--", BINARY, "--store", copy, "--today", "2014-09-16"]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return figures[field]["median"], figures[field].get("p95"), command


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--only", help="measure the cases whose name contains this")
    parser.add_argument("--harness", default=HARNESS)
    args = parser.parse_args()
    for needed in (BINARY, GENERATE, args.harness):
        if not os.path.exists(needed):
            sys.exit(f"bench_pty: {needed} is missing (see the docstring)")
    with tempfile.TemporaryDirectory() as work:
        for size in (int(s) for s in args.sizes.split(",")):
            path = store(size, work)
            mb = os.path.getsize(path) / 1e6
            print(f"\n## {size} actions ({mb:.1f} MB store)")
            print("| what | median | range of batch medians | p95 (median) |")
            print("|---|---:|---:|---:|")
            for name, (pre, keys, field) in CASES.items():
                if args.only and args.only not in name:
                    continue
                medians, p95s = [], []
                for _ in range(args.batches):
                    median, p95, command = batch(args, path, pre, keys, field, work)
                    medians.append(median)
                    if p95 is not None:
                        p95s.append(p95)
                p95 = f"{statistics.median(p95s):.2f}" if p95s and field != "vmhwm_mib" else ""
                print(
                    f"| {name} | {statistics.median(medians):.2f} | "
                    f"{min(medians):.2f}–{max(medians):.2f} | {p95} |",
                    flush=True,
                )
            print("\nlast command:", shlex.join(command))


if __name__ == "__main__":
    main()
