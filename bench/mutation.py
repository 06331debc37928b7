"""Mutation testing of five modules with mutmut: how many small changes to the code the tests notice.

What it does
    1. For each module it copies the checkout's ``kg/``, ``queries/``, ``data/``,
       ``scripts/``, ``tests/`` and ``pyproject.toml`` into a work folder of its own
       (``<--workdir>/<module>``, default ``/tmp/kg-mutation/store`` and so on), adds a
       ``[tool.mutmut]`` section to the copied ``pyproject.toml`` (the checkout's own
       file is not touched) and links ``shared`` beside it to the checkout's
       ``../shared``, as the tests expect.
    2. It runs ``mutmut run`` there, which writes ``mutants/`` (a copy of the package
       in which every function of the module carries its mutants behind a switch), runs
       the module's tests once to learn which tests call which function, then runs, for
       each mutant, only the tests that call its function, stopping at the first
       failure, in children of a fork server. The modules, in the order of a run:

           kg/store.py, kg/extraction/qualifiers.py, kg/interop.py, kg/viz.py, kg/server.py

       Every other module of ``kg`` is copied unmutated. The tests of each module are
       listed in ``MODULES`` below, plus ``tests/test_mutants_<module>*.py`` (left out
       by ``--baseline``); no module runs ``tests/test_browser.py`` (headless Chromium),
       the accuracy files over whole corpora, or ``tests/test_names.py`` (it reads the
       source's top-level names, which mutmut's trampolines add to).
    3. The tests import the MUTATED copy: mutmut puts ``mutants/`` first on
       ``sys.path`` (the editable install's finder comes after it), and this script
       sets ``PYTHONPATH`` to ``mutants/`` so that subprocesses (``kg`` run by a test,
       the server's query processes) import it too. ``--check`` shows where a
       subprocess imports ``kg`` from.
    4. It prints, per module, the mutants run, killed, survived, timed out, "no
       tests" (no chosen test calls the function), not run (``--sample``, a stopped
       run) and the score, killed plus timed out over the mutants run, then the overall
       score, and lists every surviving mutant as ``file:line`` with the line before
       and after.

How to run (from the repository root; mutmut is in the ``mutation`` extra)::

    pip install 'mutmut==3.8.1'          # or: pip install -e '.[mutation]'
    python bench/mutation.py --baseline        # every mutant, without tests/test_mutants_*
    python bench/mutation.py                   # every mutant, 2 children
    python bench/mutation.py --max-children 1  # gentler on a shared machine
    python bench/mutation.py --module kg/viz.py --sample 40   # a seeded sample of one module
    python bench/mutation.py --survivors       # after new tests: only what was not killed
    python bench/mutation.py --report --recheck-timeouts      # figures; timeouts re-run in plain pytest
    python bench/mutation.py --only 'kg.viz.x_select*'        # some mutants again

How long: there are 4,101 mutants (viz 1,503, interop 1,026, server 706, qualifiers 497,
store 369). On 2 cores shared with another test run (2026-12-03) a child got through 6
to 13 mutants a minute (the qualifiers fastest, the server slowest: each of its tests
starts a server and its query processes), so a whole run takes about 4 to 5 hours with
``--max-children 2``, plus a minute or two per module for mutmut to map tests to
functions. All 497 qualifier mutants took 38 minutes with one child. ``--sample N`` and
``--survivors`` make a run fit in minutes. ``--fresh`` throws away the work folders and
their results. The run is not part of CI.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: the order of a run: the quick ones first, the server (each test starts a server and
#: its 4 query processes) last, so that a run stopped early has whole modules
RUN_ORDER = ["kg/store.py", "kg/extraction/qualifiers.py", "kg/interop.py", "kg/viz.py", "kg/server.py"]

#: Each module with the test files that exercise it (mutmut narrows them further: a
#: mutant runs only the tests that call its function). Left out everywhere:
#: tests/test_browser.py (headless Chromium), the accuracy files over whole corpora
#: (test_eval*, test_petrarch_actors, test_lexicon_words) and tests/test_names.py (it
#: reads the source's top-level names, which mutmut's trampolines add to).
MODULES = {
    "kg/store.py": ["tests/test_store.py", "tests/test_query.py", "tests/test_saved_queries.py",
                    "tests/test_summary.py", "tests/test_interop.py"],
    "kg/extraction/qualifiers.py": ["tests/test_sentences.py", "tests/test_coordination.py", "tests/test_seed.py",
                                 "tests/test_components.py"],
    "kg/interop.py": ["tests/test_interop.py", "tests/test_validate.py", "tests/test_analyze.py",
                      "tests/test_summary.py"],
    "kg/viz.py": ["tests/test_viz.py", "tests/test_commands_agree.py", "tests/test_cli.py"],
    "kg/server.py": ["tests/test_server.py", "tests/test_hostile.py", "tests/test_actors.py"],
}
# new test files written to kill a module's mutants join its run by their name
TEST_GLOB = {"kg/store.py": "test_mutants_store*.py", "kg/extraction/qualifiers.py": "test_mutants_qualifiers*.py",
             "kg/interop.py": "test_mutants_interop*.py", "kg/viz.py": "test_mutants_viz*.py",
             "kg/server.py": "test_mutants_server*.py"}
TIMEOUT_CONSTANT = {"kg/store.py": 15.0, "kg/extraction/qualifiers.py": 4.0, "kg/interop.py": 15.0,
                    "kg/viz.py": 15.0, "kg/server.py": 20.0}
# load and soak tests of 4 s or more each: a surviving mutant would repeat them (they
# guard memory, stalls and signals, not values); test_9 also measures the memory of the
# server's process tree, which mutmut's own imports raise
DESELECTED = [
    "tests/test_hostile.py::test_7_loading_a_200_mb_n_triples_file_peaks_under_1_gb",
    "tests/test_hostile.py::test_11_a_hundred_clients_for_ten_seconds_without_a_stall",
    "tests/test_hostile.py::test_12_ctrl_c_stops_an_ingest_within_a_second_and_the_store_stays_whole",
    "tests/test_hostile.py::test_12_ctrl_c_stops_a_long_kg_query_within_a_second",
    "tests/test_hostile.py::test_9_a_runaway_query_is_stopped_at_the_timeout_and_its_memory_returned",
    "tests/test_hostile.py::test_4_a_worker_killed_by_the_kernel_ends_the_run_with_every_article",
]

COPIED = ["kg", "queries", "data", "scripts", "tests", "pyproject.toml"]

STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
          36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout", None: "not checked"}


BASELINE = False  # --baseline: leave out the tests written to kill mutants (tests/test_mutants_*)


def test_files(mod: str) -> list[str]:
    if BASELINE:
        return list(MODULES[mod])
    extra = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob(TEST_GLOB[mod]))
    return MODULES[mod] + [t for t in extra if t not in MODULES[mod]]


def workdir_of(base: Path, mod: str) -> Path:
    return base / Path(mod).stem


def config_section(mod: str) -> str:
    q = lambda items: "[" + ", ".join(json.dumps(i) for i in items) + "]"  # noqa: E731
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["kg"]\n'
        f"only_mutate = {q([mod])}\n"
        f"pytest_add_cli_args_test_selection = {q(test_files(mod))}\n"
        'also_copy = ["queries", "data", "scripts"]\n'
        # a mutant whose tests run past (estimate + C) x 1.5 wall seconds is a timeout.
        # mutmut's estimate counts the tests' calls, not pytest's start nor the fixtures
        # (the sample store is ingested with spaCy, a server spawns 4 query processes): on
        # 2 busy cores they take 10 to 20 s, so C is 20 s for the server, 15 s for the
        # other modules and 4 s for the qualifiers, whose tests need only the parser.
        # mutmut's default, (estimate + 1 s) x 15, took minutes for every hanging mutant
        f"timeout_constant = {TIMEOUT_CONSTANT[mod]}\n"
        # each mutant's tests in a child of a clean fork server: forked straight from
        # mutmut's main process (its default), a failing test of the store hung until the
        # timeout, so that every mutant looked like a timeout
        'process_isolation = "forkserver"\n'
        "timeout_multiplier = 1.5\n"
        f"pytest_add_cli_args = {q(['-p', 'no:cacheprovider', '-q'] + [f'--deselect={t}' for t in DESELECTED])}\n"
    )


def copy_tree(src: Path, dst: Path) -> None:
    if src.is_dir():
        shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    else:
        shutil.copy2(src, dst)


def prepare(work: Path, mod: str, fresh: bool) -> None:
    if fresh and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        copy_tree(ROOT / name, work / name)
    (work / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text() + config_section(mod))
    shared = (ROOT.parent / "shared").resolve()
    link = work / "shared"
    if shared.exists() and not link.exists():
        link.symlink_to(shared)
    # the tests read ../shared beside their checkout: mutants/ is that checkout
    mlink = work / "mutants" / ".." / "shared"
    assert mlink.resolve() == link.resolve() or not shared.exists()
    # mutmut 3.8.1 copies the package into mutants/ while it starts, and a fresh
    # mutants/ then fails to import kg.extraction in the stats run; a copy made beforehand
    # (same mtimes, so mutmut still mutates the five modules) avoids it
    if not (work / "mutants").exists():
        copy_tree(work / "kg", work / "mutants" / "kg")
    # tests changed since the last run: mutmut copies tests only into a new mutants/
    if (work / "mutants").exists():
        for name in ("tests", "queries", "data", "scripts"):
            copy_tree(ROOT / name, work / "mutants" / name)
        # mutmut brings the package's Python files up to date, not its data
        for name in ("data", "templates"):
            copy_tree(ROOT / "kg" / name, work / "mutants" / "kg" / name)
        shutil.copy2(work / "pyproject.toml", work / "mutants" / "pyproject.toml")


def env_for(work: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(work / "mutants")
    return env


def mutmut(work: Path, *args: str) -> int:
    return subprocess.call([sys.executable, "-m", "mutmut", *args], cwd=work, env=env_for(work))


def load_results(base: Path) -> dict[str, dict[str, int | None]]:
    """mutmut's exit code per mutant, with the timeouts rechecked by ``recheck`` replaced
    by what the plain pytest run gave (1 killed, 0 survived, 36 timeout again)."""
    out = {}
    for mod in MODULES:
        work = workdir_of(base, mod)
        meta = work / "mutants" / (mod + ".meta")
        out[mod] = json.loads(meta.read_text())["exit_code_by_key"] if meta.exists() else {}
        kept = work / KEPT
        if kept.exists():  # kills of the run before --survivors (mutmut forgets them when the tests change)
            for key, code in json.loads(kept.read_text()).items():
                if key in out[mod] and out[mod][key] is None:
                    out[mod][key] = code
        rechecked = work / RECHECKED
        if rechecked.exists():
            for key, code in json.loads(rechecked.read_text()).items():
                if key in out[mod] and STATUS.get(out[mod][key]) == "timeout":
                    out[mod][key] = code
    return out


RECHECKED = "timeouts-rechecked.json"
KEPT = "kills-kept.json"


def recheck(base: Path, mod: str, seconds: float = 180.0) -> None:
    """Run each timed-out mutant's tests again in a plain ``python -m pytest`` (not in a
    child forked by mutmut, where a failing test of the store or the server can hang on a
    lock the parent held), with mutmut's switch set to that mutant, and a long timeout:
    a failure is a kill, a pass a survivor, a run still going after ``seconds`` a timeout."""
    work = workdir_of(base, mod)
    stats = json.loads((work / "mutants" / "mutmut-stats.json").read_text())
    tests_of, duration = stats["tests_by_mangled_function_name"], stats["duration_by_test"]
    path = work / RECHECKED
    done = json.loads(path.read_text()) if path.exists() else {}
    codes = json.loads((work / "mutants" / (mod + ".meta")).read_text())["exit_code_by_key"]
    for key, code in codes.items():
        if STATUS.get(code) != "timeout" or key in done:
            continue
        tests = sorted(tests_of.get(key.partition("__mutmut_")[0], []), key=lambda t: duration.get(t, 0))
        env = env_for(work) | {"MUTANT_UNDER_TEST": key}
        cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *tests]
        try:
            r = subprocess.run(cmd, cwd=work / "mutants", env=env, capture_output=True, timeout=seconds)
            done[key] = 0 if r.returncode == 0 else 1
        except subprocess.TimeoutExpired:
            done[key] = 36
        print(f"{key}: {STATUS[done[key]]}", flush=True)
        path.write_text(json.dumps(done, indent=1))


def _function_span(tree: ast.Module, name: str, cls: str | None) -> tuple[int, int]:
    body = tree.body
    if cls:
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == cls:
                body = node.body
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return node.lineno, node.end_lineno or node.lineno
    return 1, 10**9


_CONFIGURED: Path | None = None


def _diff(work: Path, key: str) -> str:
    """mutmut's diff of one mutant (as ``mutmut show`` prints it), read in this process."""
    here = os.getcwd()
    os.chdir(work)  # mutmut reads its configuration from the current folder, once
    try:
        import mutmut.__main__ as mm
        from mutmut.configuration import reset_config

        global _CONFIGURED
        if _CONFIGURED != work:
            reset_config()
            _CONFIGURED = work

        return mm.get_diff_for_mutant(key, path=mm.find_mutant(key).path)
    finally:
        os.chdir(here)


def describe(work: Path, mod: str, key: str) -> tuple[int, str, str]:
    """(line in the original file, original line(s), mutated line(s)) of mutant ``key``."""
    diff = _diff(work, key)
    minus = [ln[1:] for ln in diff.splitlines() if ln.startswith("-") and not ln.startswith("---")]
    plus = [ln[1:] for ln in diff.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    fn = key.rpartition("__mutmut_")[0].rpartition(".")[2]
    cls = None
    if "ǁ" in fn:
        _, cls, name = fn.split("ǁ")
    else:
        name = fn[2:]
    source = (ROOT / mod).read_text()
    start, end = _function_span(ast.parse(source), name, cls)
    lines = source.splitlines()
    line = start
    if minus:
        # the hunk says where in the function the change is; the line is checked against
        # the file, and searched for in the function when it does not match
        hunk = re.search(r"^@@ -(\d+)", diff, re.M)
        body = diff.splitlines()
        first = next(i for i, ln in enumerate(body) if ln.startswith("-") and not ln.startswith("---"))
        at = next(i for i, ln in enumerate(body) if ln.startswith("@@"))
        offset = sum(1 for ln in body[at + 1:first] if not ln.startswith("+"))
        guess = start + int(hunk.group(1)) - 1 + offset if hunk else 0
        if 0 < guess <= len(lines) and lines[guess - 1].strip() == minus[0].strip():
            line = guess
        else:
            for i in range(start - 1, min(end, len(lines))):
                if lines[i].strip() == minus[0].strip():
                    line = i + 1
                    break
    return line, " / ".join(m.strip() for m in minus), " / ".join(p.strip() for p in plus)


def report(base: Path, show_survivors: bool = True) -> dict:
    results = load_results(base)
    totals = Counter()
    rows = []
    for mod, codes in results.items():
        c = Counter(STATUS.get(v, "suspicious") for v in codes.values())
        n = len(codes) - c["not checked"]  # a sampled or stopped run: the score of those run
        caught = c["killed"] + c["timeout"]
        rows.append((mod, n, c["killed"], c["survived"], c["timeout"], c["no tests"], c["not checked"],
                     100 * caught / n if n else 0.0))
        totals.update(c)
        totals["mutants"] += n
    print(f"{'module':26} {'mutants':>7} {'killed':>7} {'survived':>8} {'timeout':>7} {'no tests':>8} "
          f"{'not run':>7} {'score':>6}")
    for mod, n, k, s, t, nt, nr, score in rows:
        print(f"{mod:26} {n:7} {k:7} {s:8} {t:7} {nt:8} {nr:7} {score:5.1f}%")
    n = totals["mutants"]
    overall = 100 * (totals["killed"] + totals["timeout"]) / n if n else 0.0
    print(f"{'overall':26} {n:7} {totals['killed']:7} {totals['survived']:8} {totals['timeout']:7} "
          f"{totals['no tests']:8} {totals['not checked']:7} {overall:5.1f}%")
    print("(score: killed and timed out over the mutants run; 'not run': left out by --sample or a stopped run)")
    if show_survivors:
        print("\nsurviving mutants (and those no chosen test reaches):")
        for mod, codes in results.items():
            for key, code in sorted(codes.items(), key=lambda kv: kv[0]):
                status = STATUS.get(code, "suspicious")
                if status in ("survived", "no tests", "suspicious"):
                    line, before, after = describe(workdir_of(base, mod), mod, key)
                    tag = "" if status == "survived" else f" [{status}]"
                    print(f"{mod}:{line}: {before}  ->  {after}   ({key}){tag}")
    return {"rows": rows, "overall": overall}


def check(work: Path, mod: str) -> int:
    """Sanity check: a subprocess started as the tests start theirs imports ``kg`` from
    ``mutants/``, the mutated copy, not from the checkout or the editable install."""
    module = mod[:-3].replace("/", ".")
    probe = f"import kg, {module} as m; print(kg.__file__); print(m.__file__)"
    out = subprocess.run([sys.executable, "-c", probe], cwd=work / "mutants" / "tests", env=env_for(work),
                         capture_output=True, text=True).stdout
    print(out.strip())
    ok = bool(out.split()) and all(line.startswith(str(work / "mutants")) for line in out.split())
    ok = ok and "__mutmut_1" in (work / "mutants" / mod).read_text()  # the mutants are in it
    print("tests import the mutated copy" if ok else "WRONG: tests import another copy of kg")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="A whole run takes 4 to 5 hours on 2 cores (2 children): see the module docstring.")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-mutation"),
                    help="where each module's copy and mutants/ live (one folder per module)")
    ap.add_argument("--module", action="append", choices=list(MODULES), help="only this module (repeatable)")
    ap.add_argument("--max-children", type=int, default=2, help="parallel test processes (default 2)")
    ap.add_argument("--fresh", action="store_true", help="start from new work folders (forget earlier results)")
    ap.add_argument("--only", nargs="*", help="mutmut names or globs to run again (e.g. 'kg.viz.x_select*')")
    ap.add_argument("--sample", type=int, metavar="N",
                    help="run N mutants of each module drawn at random (seeded) instead of all of them")
    ap.add_argument("--seed", type=int, default=18, help="the seed of --sample (default 18)")
    ap.add_argument("--survivors", action="store_true",
                    help="run again only the mutants the last run did not kill (after adding tests)")
    ap.add_argument("--report", action="store_true", help="only print the figures of the last run")
    ap.add_argument("--no-survivors", action="store_true", help="print the table without the list of survivors")
    ap.add_argument("--baseline", action="store_true",
                    help="without the tests written to kill mutants (tests/test_mutants_*): the score before them")
    ap.add_argument("--recheck-timeouts", action="store_true",
                    help="run each timed-out mutant's tests again in a plain pytest (see recheck)")
    ap.add_argument("--check", action="store_true", help="only check that the tests import the mutated copy")
    args = ap.parse_args(argv)
    base = args.workdir.resolve()
    global BASELINE
    BASELINE = args.baseline
    if args.report:
        if args.recheck_timeouts:
            for mod in args.module or RUN_ORDER:
                if (workdir_of(base, mod) / "mutants" / "mutmut-stats.json").exists():
                    recheck(base, mod)
        report(base, not args.no_survivors)
        return 0
    started = time.monotonic()
    code = 0
    for mod in [m for m in RUN_ORDER if not args.module or m in args.module]:
        work = workdir_of(base, mod)
        prepare(work, mod, args.fresh)
        if args.check:
            code = check(work, mod) if (work / "mutants").exists() else 1
            continue
        names = []
        if args.only:
            import fnmatch

            names = [k for k in load_results(base)[mod] if any(fnmatch.fnmatch(k, p) for p in args.only)]
            if not names:
                continue
        if args.survivors:
            # after new tests: a killed mutant stays killed (tests were only added), so only
            # the others of the last run are run again
            last = load_results(base)[mod]
            names = [k for k, v in last.items() if STATUS.get(v, "suspicious") not in ("killed", "not checked")]
            if not names:
                continue
            (work / KEPT).write_text(json.dumps({k: v for k, v in last.items() if STATUS.get(v) == "killed"}))
        if args.sample and not names:
            import random

            if not (work / "mutants" / (mod + ".meta")).exists():  # mutants made, no mutant run
                mutmut(work, "run", "--max-children", str(args.max_children), "none-such-mutant")
            every = sorted(load_results(base)[mod])
            names = sorted(random.Random(args.seed).sample(every, min(args.sample, len(every))))
        print(f"\n=== {mod}", flush=True)
        code = mutmut(work, "run", "--max-children", str(args.max_children), *names) or code
        if args.recheck_timeouts:
            recheck(base, mod)
    if args.check:
        return code
    print(f"\nmutmut ran for {time.monotonic() - started:.0f} s (exit {code})\n")
    report(base, not args.no_survivors)
    return code


if __name__ == "__main__":
    sys.exit(main())
