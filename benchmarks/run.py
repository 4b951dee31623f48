#!/usr/bin/env python3
"""Times the nine course runs in Swift (`lessons`, release build) and in numpy
side by side on this machine, and prints medians and the speed-up.

  python3 benchmarks/run.py [--binary .build/release/lessons] [--repeat 3]

It builds nothing: point --binary at a release build of `lessons`.
For each repetition it runs the Swift side as

  lessons run benchmarks/course-runs.md --force --jobs 1 --quiet --output TMP

and reads each experiment's `seconds` and accuracies from TMP/course-runs.json
(one core per run: the per-run table), then once more at the default --jobs
(all cores; only the process's wall time is used), then runs benchmarks/course_numpy.py once over the same nine runs in a child
Python process.  Both sides get OPENBLAS_NUM_THREADS=1.  The numpy child also
runs without OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (set on some machines here
for old OpenBLAS builds; they only slow numpy's own current OpenBLAS down), and
reports which BLAS kernel it ended up with.
"""

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LESSON = os.path.join(HERE, "course-runs.md")
NUMPY_SCRIPT = os.path.join(HERE, "course_numpy.py")
COURSE_DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
TARGET = 30.0

sys.path.insert(0, HERE)
from course_numpy import RUN_NAMES  # noqa: E402  (imports numpy; runs nothing)

# The course's accuracies (train, test); None = no test set.  The
# regularization ones hold for the course's own data only.
COURSE_ACCURACY = {
    "init-zeros": (0.5, 0.5),
    "init-random": (0.83, 0.86),
    "init-he": (0.9933333333333333, 0.96),
    "reg-none": (0.9478672985781991, 0.915),
    "reg-l2": (0.9383886255924171, 0.93),
    "reg-dropout": (0.9289099526066351, 0.95),
    "opt-gd": (0.7966666666666666, None),
    "opt-momentum": (0.7966666666666666, None),
    "opt-adam": (0.94, None),
}


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        model = platform.processor() or "unknown"
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version()}


def numpy_env():
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    env.pop("OPENBLAS_L2_SIZE", None)
    env["OPENBLAS_NUM_THREADS"] = "1"
    return env


def swift_env():
    env = dict(os.environ)
    env["OPENBLAS_NUM_THREADS"] = "1"
    return env


def lesson_text(scale, football, workdir):
    """course-runs.md, with the epochs scaled (quick checks) and, for the
    course-data check, football swapped for the course's CSVs."""
    text = open(LESSON).read()
    if scale != 1.0:
        text = re.sub(r"(?m)^epochs: (\d+)$",
                      lambda m: "epochs: %d" % max(1, round(int(m.group(1)) * scale)), text)
    if football == "course":
        # Copies, not links: `lessons` only reads data inside the lesson's folder
        # (it resolves links), and paths are relative to the lesson file.
        for part in ("train_X", "train_Y", "test_X", "test_Y"):
            shutil.copyfile(os.path.join(COURSE_DATA, part + ".csv"),
                            os.path.join(workdir, "course_%s.csv" % part))
        text = re.sub(r"(?m)^dataset: football$", "dataset: {csv: course}", text)
    return text


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_swift(binary, lesson_path, outdir, jobs=1):
    """One `lessons run` of the nine experiments; `jobs=None` leaves `--jobs`
    at its default (the number of cores)."""
    cmd = [binary, "run", lesson_path, "--force", "--quiet", "--output", outdir]
    if jobs is not None:
        cmd[4:4] = ["--jobs", str(jobs)]
    start, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.run(cmd, env=swift_env(), cwd=ROOT, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    json_path = os.path.join(outdir, os.path.splitext(os.path.basename(lesson_path))[0] + ".json")
    if not os.path.exists(json_path):
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("swift: %s wrote no %s (exit %d)" % (" ".join(cmd), json_path, proc.returncode))
    with open(json_path) as f:
        doc = json.load(f)
    runs = {}
    for e in doc.get("experiments", []):
        metrics = e.get("metrics") or {}
        runs[e["name"]] = {
            "seconds": e.get("seconds"),
            "status": e.get("status"),
            "error": e.get("error"),
            "train_accuracy": metrics.get("train_accuracy"),
            "test_accuracy": metrics.get("test_accuracy"),
        }
    return {"wall": wall, "cpu": cpu, "exit": proc.returncode, "runs": runs,
            "environment": doc.get("environment", {})}


def run_numpy(scale, football):
    cmd = [sys.executable, NUMPY_SCRIPT, "--json", "--scale", repr(scale), "--football", football,
           "--course-data", COURSE_DATA]
    start, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.run(cmd, env=numpy_env(), cwd=ROOT, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit("numpy: %s failed (exit %d)" % (" ".join(cmd), proc.returncode))
    doc = json.loads(proc.stdout)
    return {"wall": wall, "cpu": cpu, "environment": doc["environment"],
            "runs": {r["name"]: r for r in doc["runs"]}}


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= 1e-12


def fmt_acc(train, test):
    def one(x):
        return "-" if x is None else ("%.4f" % x if isinstance(x, float) else str(x))
    return "%s/%s" % (one(train), one(test))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", "--lessons", dest="binary", default=os.path.join(".build", "release", "lessons"),
                    help="the Swift lessons release binary (default .build/release/lessons)")
    ap.add_argument("--repeat", type=int, default=3, help="repetitions of each side (default 3)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="fraction of the course's iterations/epochs; 1 for the real benchmark")
    ap.add_argument("--football", choices=("football", "course"), default="football",
                    help="regularization data: the generated stand-in (benchmarks/football.py,"
                         " the benchmark) or the course's data.mat CSVs from ../shared/data"
                         " (fidelity check only)")
    ap.add_argument("--no-swift", action="store_true", help="time numpy only")
    ap.add_argument("--json", metavar="FILE", help="also write all timings to FILE")
    args = ap.parse_args(argv)

    if args.football == "football" and not os.path.exists(os.path.join(HERE, "football.py")):
        raise SystemExit("benchmarks/football.py is missing: the regularization runs need the"
                         " football generator (or use --football course for a check on the"
                         " course's data)")
    binary = None
    if not args.no_swift:
        binary = args.binary if os.path.isabs(args.binary) else os.path.join(ROOT, args.binary)
        if not os.access(binary, os.X_OK):
            raise SystemExit("no Swift binary at %s: build it with `swift build -c release`,"
                             " pass --binary PATH, or use --no-swift" % binary)

    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    work = tempfile.mkdtemp(prefix="lessons-bench-")
    try:
        lesson_path = LESSON
        if args.scale != 1.0 or args.football != "football":
            lesson_path = os.path.join(work, "course-runs.md")
            with open(lesson_path, "w") as f:
                f.write(lesson_text(args.scale, args.football, work))
        swift_reps, parallel_reps, numpy_reps = [], [], []
        for rep in range(args.repeat):
            if binary:
                outdir = os.path.join(work, "out%d" % rep)
                swift_reps.append(run_swift(binary, lesson_path, outdir))
                parallel_reps.append(run_swift(binary, lesson_path, outdir + "-parallel", jobs=None))
                print("repetition %d/%d: swift %.2f s wall (--jobs 1), %.2f s (all cores)" % (
                    rep + 1, args.repeat, swift_reps[-1]["wall"], parallel_reps[-1]["wall"]),
                      file=sys.stderr, flush=True)
            numpy_reps.append(run_numpy(args.scale, args.football))
            print("repetition %d/%d: numpy %.2f s wall" % (rep + 1, args.repeat,
                                                           numpy_reps[-1]["wall"]),
                  file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    m = machine()
    npenv = numpy_reps[0]["environment"]
    print("machine: %d cores, %s; Python %s" % (m["nproc"], m["cpu"], m["python"]))
    print("numpy %s, BLAS %s, kernel %s, %s thread(s)" % (
        npenv.get("numpy"), npenv.get("blas"), npenv.get("blas_kernel"), npenv.get("blas_threads")))
    if swift_reps:
        senv = swift_reps[0]["environment"]
        print("swift: %s" % ", ".join("%s %s" % kv for kv in sorted(senv.items())))
    print("repetitions: %d, epochs scaled by %g, regularization data: %s" % (
        args.repeat, args.scale, args.football))
    if load_before is not None:
        print("load average (1 min) before / after: %.2f / %.2f%s" % (
            load_before, os.getloadavg()[0],
            "  (busy machine: timings are noisy)" if max(load_before, os.getloadavg()[0]) > 1.5
            else ""))
    print()

    rows = []
    header = ("run", "numpy s", "swift s", "ratio", "accuracy numpy", "accuracy swift", "equal",
              "course")
    total_np, total_sw = 0.0, 0.0
    all_equal = True
    failures = []
    for name in RUN_NAMES:
        np_runs = [r["runs"][name] for r in numpy_reps]
        np_med = statistics.median(r["seconds"] for r in np_runs)
        np_acc = (np_runs[0]["train_accuracy"], np_runs[0]["test_accuracy"])
        total_np += np_med
        sw_med, sw_acc, ratio, equal = None, None, None, None
        if swift_reps:
            sw_runs = [r["runs"].get(name) for r in swift_reps]
            if all(r and r["status"] == "ok" and r["seconds"] is not None for r in sw_runs):
                sw_med = statistics.median(r["seconds"] for r in sw_runs)
                sw_acc = (sw_runs[0]["train_accuracy"], sw_runs[0]["test_accuracy"])
                total_sw += sw_med
                ratio = np_med / sw_med if sw_med > 0 else float("inf")
                # No test set (moons): only the training accuracies compare.
                pairs = zip(np_acc, sw_acc) if np_acc[1] is not None else [(np_acc[0], sw_acc[0])]
                equal = all(same(a, b) for a, b in pairs)
            else:
                bad = next((r for r in sw_runs if not r or r["status"] != "ok"), None)
                failures.append("%s: %s" % (name, (bad or {}).get("error") or "missing from the results"))
                sw_acc = ("failed", None)
                equal = False
            all_equal = all_equal and equal
        course_ok = "-"
        if args.scale == 1.0 and (not name.startswith("reg-") or args.football == "course"):
            course_ok = "yes" if all(same(a, b) for a, b in zip(np_acc, COURSE_ACCURACY[name])) else "NO"
        rows.append((name, "%.3f" % np_med,
                     "-" if sw_med is None else "%.4f" % sw_med,
                     "-" if ratio is None else "%.1f×" % ratio,
                     fmt_acc(*np_acc),
                     "-" if sw_acc is None else (sw_acc[0] if isinstance(sw_acc[0], str)
                                                 else fmt_acc(*sw_acc)),
                     "-" if equal is None else ("yes" if equal else "NO"),
                     course_ok))
    total_ratio = (total_np / total_sw) if swift_reps and total_sw > 0 and not failures else None
    rows.append(("total", "%.3f" % total_np, "-" if total_ratio is None else "%.4f" % total_sw,
                 "-" if total_ratio is None else "%.1f×" % total_ratio, "", "",
                 "-" if not swift_reps else ("yes" if all_equal else "NO"), ""))
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    def line(r):
        return "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    print(line(header))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))
    print()
    for f in failures:
        print("swift failed: %s" % f)
    if failures:
        print()
    if total_ratio is not None and not failures:
        verdict = "meets" if total_ratio >= TARGET else "misses"
        print("total: numpy %.3f s / swift %.4f s = %.1f× (target %g×: %s)%s" % (
            total_np, total_sw, total_ratio, TARGET, verdict,
            "" if all_equal else "; accuracies differ"))
        sw_wall = statistics.median(r["wall"] for r in swift_reps)
        np_wall = statistics.median(r["wall"] for r in numpy_reps)
        sw_cpu = statistics.median(r["cpu"] for r in swift_reps)
        np_cpu = statistics.median(r["cpu"] for r in numpy_reps)
        print("whole processes (median), wall: lessons %.3f s, numpy child %.3f s (%.1f×)" % (
            sw_wall, np_wall, np_wall / sw_wall))
        print("whole processes (median), CPU user+sys: lessons %.3f s, numpy child %.3f s (%.1f×)"
              " — steadier than wall on a busy machine" % (sw_cpu, np_cpu, np_cpu / sw_cpu))
        # The same nine runs as a user gets them: `lessons run` at its default
        # --jobs (every core, one experiment per core) against the numpy
        # child, which runs them one after another as the notebooks do.
        par_wall = statistics.median(r["wall"] for r in parallel_reps)
        par_ratio = np_wall / par_wall
        print("all %d cores, wall: lessons run (default --jobs) %.3f s, numpy child %.3f s = %.1f×"
              " (target %g×: %s)" % (m["nproc"], par_wall, np_wall, par_ratio, TARGET,
                                     "meets" if par_ratio >= TARGET else "misses"))
    else:
        print("total: numpy %.3f s (%s)" % (
            total_np, "Swift side not run" if not swift_reps else "no Swift total: runs failed"))
    np_cpu_total = sum(statistics.median(r["runs"][n]["cpu_seconds"] for r in numpy_reps)
                       for n in RUN_NAMES)
    print("numpy CPU time of the nine runs (sum of medians): %.3f s" % np_cpu_total)

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": m, "numpy_environment": npenv, "repeat": args.repeat,
                       "scale": args.scale, "football": args.football,
                       "numpy": numpy_reps, "swift": swift_reps,
                       "swift_all_cores": parallel_reps}, f, indent=1)
    if swift_reps and not all_equal:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
