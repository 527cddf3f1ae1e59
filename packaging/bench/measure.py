#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Side-by-side launch and typing measurements, run by side-by-side.sh inside the benchmark root.

For every Markdown file and every program, interleaved over N runs (the order rotates each run):
  window   time from exec to the first mapped top-level window (MapNotify on the root window)
  ready    time to the first paint of the editor (--report-ready: copydesk and the bare Qt program)
  idle     time until the process goes idle: the last moment its CPU time grew, followed by
           300 ms in which it grew by less than 3 ms (/proc/PID/task/*/schedstat)
  cpu      CPU time used until then (utime + stime of every thread, /proc/PID/stat)
  rss      peak resident memory (VmHWM), and pss: proportional set size at idle (smaps_rollup)
Every figure covers the program's whole session: the processes it starts count too (ghostwriter's
QtWebEngine renderers); their peaks are summed, so rss is an upper bound there.
Typing (--typing): keys sent with XTEST into the window once idle; per-key latency is the time
until the window's contents change (a DAMAGE event), and CPU per key over the whole run.
Prints min and median of each as a table, and every sample as JSON with --json.
"""
import argparse
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import time

from Xlib import X, display
from Xlib.ext import xtest

try:
    from Xlib.ext import damage
except ImportError:  # an older python-xlib: typing falls back to CPU per key
    damage = None

SIZES = {"6k": 6 * 1024, "100k": 100 * 1024, "1m": 1024 * 1024, "5m": 5 * 1024 * 1024}
WORK = "/tmp/bench"
DISPLAY = ":77"
QUIET_MS = 300
QUIET_CPU_MS = 3.0
TICK = os.sysconf("SC_CLK_TCK")


def now_ms():
    return time.monotonic_ns() / 1e6


def session_pids(sid):
    """The program and every process it started (QtWebEngine's renderers, KDE's helpers): its session."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[3]) == sid:
                        pids.append(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                pass
    return pids


def cpu_ns_live(pids):
    """CPU time of the live threads, in ns: fine-grained, for telling when the programs are idle."""
    total = 0
    for pid in pids:
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                try:
                    with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                        total += int(f.read().split()[0])
                except (FileNotFoundError, ProcessLookupError):
                    pass
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def cpu_ms_total(pids):
    """utime + stime (dead threads included) and waited-for children's, summed over `pids`."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += sum(int(v) for v in fields[11:15])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total * 1000.0 / TICK


def memory_mb(pids, path, key):
    return sum(proc_kb(f"/proc/{pid}/{path}", key) for pid in pids) / 1024


def proc_kb(path, key):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except FileNotFoundError:
        pass
    return 0


class Programs:
    def __init__(self, build):
        self.build = os.path.abspath(build)
        self.copydesk = f"{self.build}/app/copydesk"
        self.floor = f"{self.build}/tests/bench/bench_plaintext"

    def command(self, name, size, ready=False):
        path = f"{WORK}/article-{size}.md"
        flag = ["--report-ready"] if ready else []
        if name == "copydesk":
            db = f"{WORK}/run.db"
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            shutil.copy(f"{WORK}/template-{size}.db", db)
            return [self.copydesk, "--database", db, *flag, path]
        if name == "qt-floor":
            return [self.floor, *flag, path]
        if name == "kwrite":
            return ["kwrite", path]
        if name == "ghostwriter":
            return ["ghostwriter", path]
        raise ValueError(name)

    def env(self, name):
        home = f"{WORK}/home-{name}"
        runtime = f"{WORK}/runtime-{name}"
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        if name == "ghostwriter":
            # The preview on, as a journalist would have it; no session to restore.
            for folder in ("kde.org", "ghostwriter"):
                os.makedirs(f"{home}/.config/{folder}", exist_ok=True)
                with open(f"{home}/.config/{folder}/ghostwriter.conf", "w") as f:
                    f.write("[Preview]\nhtmlPreviewOpen=true\n[Session]\nrestoreSession=false\n"
                            "[Spelling]\nliveSpellCheck=true\n")
        os.makedirs(home, exist_ok=True)
        # QtWebEngine (ghostwriter's preview) refuses root without this; the benchmark runs as root.
        return {"QTWEBENGINE_DISABLE_SANDBOX": "1", "PATH": os.environ["PATH"], "HOME": home, "DISPLAY": DISPLAY, "LANG": "en_GB.UTF-8",
                "LC_ALL": "C.UTF-8", "XDG_RUNTIME_DIR": runtime, "QT_QPA_PLATFORM": "xcb", "USER": "bench"}


def prepare(programs, sizes):
    os.makedirs(WORK, exist_ok=True)
    for size in sizes:
        path = f"{WORK}/article-{size}.md"
        subprocess.run([f"{programs.build}/tests/bench/bench_article", str(SIZES[size]), path], check=True)
        db = f"{WORK}/template-{size}.db"
        if not os.path.exists(db):
            subprocess.run([programs.copydesk, "--database", db, "import", path], check=True,
                           stdout=subprocess.DEVNULL, env={**programs.env("copydesk"), "QT_QPA_PLATFORM": "offscreen"})


def start_xvfb():
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            return server, display.Display(DISPLAY)
        except Exception:
            time.sleep(0.05)
    sys.exit("Xvfb did not start")


def drain(d):
    while d.pending_events():
        d.next_event()


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def launch(d, programs, name, size, timeout_s=90, keep=False):
    """One launch; returns the sample, and the process and its window when `keep`."""
    root = d.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    d.sync()
    drain(d)
    command = programs.command(name, size)
    start = now_ms()
    log = f"{WORK}/stderr-{name}.log"
    with open(log, "w") as errors:
        proc = subprocess.Popen(command, env=programs.env(name), stdout=subprocess.DEVNULL, stderr=errors,
                                start_new_session=True)
    mapped = window = None
    pids, listed = [proc.pid], start
    samples = []  # (ms, live cpu ns)
    last_busy = start
    result = {"program": name, "size": size}
    while True:
        readable, _, _ = select.select([d.fileno()], [], [], 0.005)
        t = now_ms()
        while d.pending_events():
            event = d.next_event()
            if event.type == X.MapNotify and mapped is None and not event.override:
                mapped, window = t, event.window
        if proc.poll() is not None:
            with open(log) as errors:
                result["error"] = f"exited with {proc.returncode}: " + errors.read()[-400:].replace("\n", " ")
            return result, None, None
        if t - listed > 100:
            pids, listed = session_pids(proc.pid) or [proc.pid], t
        cpu = cpu_ns_live(pids)
        if samples and cpu - samples[-1][1] > 0.5e6:
            last_busy = t
        samples.append((t, cpu))
        if mapped is not None and t - max(last_busy, mapped) >= QUIET_MS:
            window_start = next(c for (s, c) in samples if s >= t - QUIET_MS)
            if (cpu - window_start) / 1e6 < QUIET_CPU_MS:
                break
        if t - start > timeout_s * 1000:
            result["error"] = "never idle"
            break
    pids = session_pids(proc.pid) or [proc.pid]
    result.update({
        "window_ms": mapped - start if mapped else None,
        "idle_ms": max(last_busy, mapped or last_busy) - start,
        "cpu_ms": cpu_ms_total(pids),
        "rss_mb": memory_mb(pids, "status", "VmHWM"),
        "pss_mb": memory_mb(pids, "smaps_rollup", "Pss"),
        "processes": len(pids),
    })
    if keep:
        return result, proc, window
    stop(proc)
    return result, None, None


def ready(programs, name, size):
    """Time to the first paint of the editor, as the program itself reports it (--report-ready)."""
    command = programs.command(name, size, ready=True)
    start = time.monotonic_ns()
    try:
        proc = subprocess.run(command, env=programs.env(name), capture_output=True, text=True, timeout=90,
                              start_new_session=True)
    except subprocess.TimeoutExpired:
        return {"program": name, "size": size, "error": "no first paint within 90 s"}
    for line in proc.stdout.splitlines():
        if line.startswith("ready "):
            return {"program": name, "size": size, "ready_ms": (int(line.split()[1]) - start) / 1e6}
    return {"program": name, "size": size, "error": "no ready line"}


KEYS = "the council said it would look again at the plan next week "


def typing(d, programs, name, size, keys, interval_ms):
    """Keys into the window once the program is idle: latency to the next change of its pixels."""
    sample, proc, window = launch(d, programs, name, size, keep=True)
    if proc is None or window is None:
        return {"program": name, "size": size, "error": sample.get("error", "no window")}
    result = {"program": name, "size": size, "latency_ms": [], "timeouts": 0}
    try:
        window.set_input_focus(X.RevertToParent, X.CurrentTime)
        d.sync()
        time.sleep(0.2)
        codes = {c: d.keysym_to_keycode(ord(c) if c != " " else 0x20) for c in set(KEYS)}
        # Into the middle of the text: Ctrl+End, then up a few hundred lines, in every program alike.
        ctrl = d.keysym_to_keycode(0xffe3)
        end, up = d.keysym_to_keycode(0xff57), d.keysym_to_keycode(0xff52)
        xtest.fake_input(d, X.KeyPress, ctrl)
        for code in (end,):
            xtest.fake_input(d, X.KeyPress, code)
            xtest.fake_input(d, X.KeyRelease, code)
        xtest.fake_input(d, X.KeyRelease, ctrl)
        for _ in range(40):
            xtest.fake_input(d, X.KeyPress, up)
            xtest.fake_input(d, X.KeyRelease, up)
        d.sync()
        time.sleep(1.5)
        watched = None
        if damage is not None:
            d.damage_query_version()  # the server wants the version agreed first
            watched = window.damage_create(damage.DamageReportNonEmpty)
        drain(d)
        pids = session_pids(proc.pid) or [proc.pid]
        cpu_before = cpu_ms_total(pids)
        for i in range(keys):
            code = codes[KEYS[i % len(KEYS)]]
            if watched is not None:
                d.damage_subtract(watched, 0, 0)
                d.sync()
                drain(d)
            sent = now_ms()
            xtest.fake_input(d, X.KeyPress, code)
            xtest.fake_input(d, X.KeyRelease, code)
            d.sync()
            if watched is not None:
                changed = None
                while changed is None and now_ms() - sent < 1000:
                    select.select([d.fileno()], [], [], 0.002)
                    while d.pending_events():
                        event = d.next_event()
                        if type(event).__name__ == "DamageNotify" and changed is None:  # a class made per display
                            changed = now_ms()
                if changed is None:
                    result["timeouts"] += 1
                else:
                    result["latency_ms"].append(changed - sent)
            time.sleep(max(0.0, (sent + interval_ms - now_ms()) / 1000))
        result["cpu_per_key_ms"] = (cpu_ms_total(pids) - cpu_before) / keys
    finally:
        stop(proc)
    return result


def median(values):
    return statistics.median(values) if values else None


def pct(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def fmt(value, digits=0):
    return "—" if value is None else f"{value:,.{digits}f}"


def table(samples, programs, sizes):
    print("\nLaunch, min / median over the runs (ms; MB):")
    print(f"| program | file | window shown | first paint | idle | CPU | peak RSS | PSS |")
    print("|---|---|--:|--:|--:|--:|--:|--:|")
    for size in sizes:
        for name in programs:
            mine = [s for s in samples if s["program"] == name and s["size"] == size and "error" not in s]

            def cell(key, digits=0):
                values = [s[key] for s in mine if s.get(key) is not None]
                return f"{fmt(min(values) if values else None, digits)} / {fmt(median(values), digits)}"

            failures = len([s for s in samples if s["program"] == name and s["size"] == size and "error" in s])
            note = f" ({failures} failed)" if failures else ""
            print(f"| {name}{note} | {size} | {cell('window_ms')} | {cell('ready_ms')} | {cell('idle_ms')} | "
                  f"{cell('cpu_ms')} | {cell('rss_mb')} | {cell('pss_mb')} |")


def typing_table(results):
    print("\nTyping, per key (ms):")
    print("| program | file | keys | p50 | p95 | p99 | max | no change seen | CPU per key |")
    print("|---|---|--:|--:|--:|--:|--:|--:|--:|")
    for r in results:
        if "error" in r:
            print(f"| {r['program']} | {r['size']} | failed: {r['error']} |")
            continue
        lat = r["latency_ms"]
        print(f"| {r['program']} | {r['size']} | {len(lat) + r['timeouts']} | {fmt(pct(lat, 50), 1)} | "
              f"{fmt(pct(lat, 95), 1)} | {fmt(pct(lat, 99), 1)} | {fmt(pct(lat, 100), 1)} | {r['timeouts']} | "
              f"{fmt(r['cpu_per_key_ms'], 2)} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="6k 100k 1m 5m")
    parser.add_argument("--programs", default="qt-floor copydesk kwrite ghostwriter")
    parser.add_argument("--typing", action="store_true", help="also the typing benchmark, on the 1 MB file")
    parser.add_argument("--typing-only", action="store_true")
    parser.add_argument("--typing-keys", type=int, default=200)
    parser.add_argument("--typing-interval", type=int, default=100, help="ms between keys")
    parser.add_argument("--json", help="every sample, one JSON object a line")
    args = parser.parse_args()
    sizes = args.sizes.split()
    names = args.programs.split()
    programs = Programs(args.build)
    prepare(programs, sizes)
    server, d = start_xvfb()
    samples, typed = [], []
    try:
        if not args.typing_only:
            for size in sizes:  # a first launch of each warms the page cache and writes first-run configs
                for name in names:
                    launch(d, programs, name, size)
            for run in range(args.runs):
                order = names[run % len(names):] + names[:run % len(names)]
                for size in sizes:
                    for name in order:
                        sample, _, _ = launch(d, programs, name, size)
                        samples.append(sample)
                        if name in ("copydesk", "qt-floor"):
                            samples.append(ready(programs, name, size))
                print(f"run {run + 1} of {args.runs} done", file=sys.stderr, flush=True)
            for s in samples:
                if "error" in s:
                    print(f"{s['program']} {s['size']}: {s['error']}", file=sys.stderr)
            table(samples, names, sizes)
        if args.typing or args.typing_only:
            for name in names:
                typed.append(typing(d, programs, name, "1m", args.typing_keys, args.typing_interval))
            typing_table(typed)
    finally:
        server.terminate()
        server.wait()
    if args.json:
        with open(args.json, "w") as f:
            for s in samples + typed:
                f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
