"""`make bench-regen`: how much the pipeline costs on top of the bare generator.

In one process, on the same spec (the committed openapi.json, normalised the same way):
  1. bare generator: `openapi-python-client generate` (its CLI, in a subprocess) into a temp dir;
  2. full regen: `python -m codegen --root TMP regen --force` on a temporary copy of the project
     (fetch from a file:// copy, validate, lint, normalise, generate, overlay, verify, swap);
  3. no-op regen: the same command again without --force, which must say "up to date";
     beside the wall times of 1 and 2, their CPU time (user + system, children included);
  3b. vendor bumps: in a copy of that workspace, regens of the spec with a description changed (new
     verdicts, the change report, the swap), as a user's checkout pays them;
  4. the size of what the full regen wrote: every `.py` line of the package per operation of the spec,
     and the lines of the module defining `Customer` (the model users read most);
  5. the impact check (`APP=`): a breaking bump (an operation removed, derived from openapi.json),
     regenerated with and without APP pointing at a ~5,000-line app (the sample app of
     tests/changes/impact_apps/checkout copied under new module names until it is that long); both
     stop at the gate, so the difference is the impact check's cost.
Each is run REPEAT times (default 3) and the median reported; the mypy cache and the kept validation and
lint results (`.regen/checks/`) are the temp workspace's own, so the first full regen (and the first
impact check) is cold, as a regen of a new spec is, and later ones warm, as FORCE=1 after a pipeline
change is.
Goals: full regen within 2.5x the bare generator; no-op under 1 s; at most 300 generated lines per
operation and 150 lines for `Customer` (code that reads like hand-written); the impact check adds
seconds, not minutes. Prints figures, asserts nothing (the machine may be shared: ratios are noisy).
"""

from __future__ import annotations

import ast
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from codegen.normalise import normalise  # noqa: E402
from codegen.spec import PACKAGE, load_naming, operations  # noqa: E402
from codegen.workspace import CONFIG_DIR  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
RATIO_GOAL = 2.5
LINES_PER_OPERATION_GOAL = 300
CUSTOMER_LINES_GOAL = 150
PIPELINE_ENV = ("SPEC_URL", "FORCE", "STRICT_FETCH", "REGEN_KILL_AT", "REGEN_MYPY_CACHE")


SAMPLE_APP = REPO / "tests" / "changes" / "impact_apps" / "checkout"
APP_LINES = 5000


CPU_SECONDS: dict[str, list[float]] = {}
"""CPU time (user + system, the command and its children) per labelled run: steadier than wall time
on a shared machine, where the full regen's parallel checks wait for cores the bare generator never needs."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(
    command: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,), label: str = ""
) -> tuple[float, subprocess.CompletedProcess[str]]:
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    CPU_SECONDS.setdefault(label, []).append(_children_cpu() - cpu)
    if done.returncode not in ok:
        sys.exit(
            f"bench-regen: {' '.join(command[:4])}... failed ({done.returncode}): {(done.stderr or done.stdout)[-500:]}"
        )
    return elapsed, done


def main() -> None:
    env = {k: v for k, v in os.environ.items() if k not in PIPELINE_ENV}
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp_name:
        tmp = Path(tmp_name)
        spec = json.loads((REPO / "openapi.json").read_text())
        naming = load_naming(json.loads((CONFIG_DIR / "naming.json").read_text()))
        normalised_path = tmp / "normalised.json"
        normalised_path.write_text(json.dumps(normalise(spec, naming)[0]))
        source = tmp / "source" / "openapi.json"
        source.parent.mkdir()
        shutil.copy(REPO / "openapi.json", source)

        bare: list[float] = []
        for i in range(REPEAT):
            out = tmp / f"bare-{i}"
            elapsed, _ = timed(
                [
                    str(bin_dir / "openapi-python-client"), "generate", "--path", str(normalised_path),
                    "--config", str(CONFIG_DIR / "generator.yaml"), "--meta", "none", "--output-path", str(out),
                ],
                env,
                label="bare",
            )  # fmt: skip
            bare.append(elapsed)

        root = tmp / "project"
        root.mkdir()
        shutil.copy(REPO / "openapi.json", root / "openapi.json")
        shutil.copy(REPO / "openapi.record.json", root / "openapi.record.json")
        shutil.copytree(
            REPO / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info")
        )
        regen = [sys.executable, "-m", "codegen", "--root", str(root), "regen", "--url", source.as_uri()]
        full: list[float] = []
        for _ in range(REPEAT):
            elapsed, _ = timed([*regen, "--force"], env, label="full")
            full.append(elapsed)
        noop: list[float] = []
        for _ in range(REPEAT):
            elapsed, done = timed(regen, env)
            if "up to date" not in done.stdout:
                sys.exit(f"bench-regen: the second regen was not up to date:\n{done.stdout[-800:]}")
            noop.append(elapsed)
        size = package_size(root / "generated" / PACKAGE, len(list(operations(spec, sort=False))))
        bumps = bump_regens(tmp, root, env)

        alone, with_app, cold, lines = impact_cost(tmp, root, regen, env)
        step_cold, step_warm = impact_step(tmp, root, regen, env)

    bare_s, full_s, noop_s = statistics.median(bare), statistics.median(full), statistics.median(noop)
    ratio = full_s / bare_s
    print(f"bare openapi-python-client generate: {bare_s:6.2f} s  (median of {REPEAT}: {_list(bare)})")
    print(f"full regen (FORCE=1):                {full_s:6.2f} s  (median of {REPEAT}: {_list(full)}; 1st cold)")
    print(
        f"ratio full / bare:                   {ratio:6.2f} x  "
        f"(goal <= {RATIO_GOAL}x: {'met' if ratio <= RATIO_GOAL else 'NOT met'})"
    )
    # The 1st full regen validates and lints afresh, as a regen of a new spec does; later ones reuse the kept
    # verdicts (`.regen/checks/`), so the median alone would flatter the cost a vendor bump pays.
    cold_ratio = full[0] / bare_s
    print(
        f"ratio 1st full (new spec) / bare:    {cold_ratio:6.2f} x  "
        f"(checks and mypy cold, CPU {CPU_SECONDS['full'][0]:.2f} s; "
        f"goal <= {RATIO_GOAL}x: {'met' if cold_ratio <= RATIO_GOAL else 'NOT met'})"
    )
    bump_s = statistics.median(bumps)
    print(
        f"vendor bump (new spec, warm checkout): {bump_s:5.2f} s  ({bump_s / bare_s:.2f}x bare; median of {REPEAT}: "
        f"{_list(bumps)}; CPU {statistics.median(CPU_SECONDS['bump']):.2f} s; checks, change report, swap)"
    )
    cpu_full, cpu_bare = statistics.median(CPU_SECONDS["full"]), statistics.median(CPU_SECONDS["bare"])
    print(
        f"CPU time full / bare:                {cpu_full / cpu_bare:6.2f} x  (median CPU s: full {cpu_full:.2f}, "
        f"bare {cpu_bare:.2f}; steadier than wall time on a shared machine)"
    )
    print(f"no-op regen (up to date):            {noop_s:6.2f} s  (goal < 1 s: {'met' if noop_s < 1 else 'NOT met'})")
    print(size)
    added = statistics.median(with_app) - statistics.median(alone)
    print(
        f"impact check, {lines:,}-line app:     {added:+6.2f} s  per bump regen (median of {REPEAT}: "
        f"{_list(alone)} s alone, {_list(with_app)} s with APP; cold cache: {cold - statistics.median(alone):+.2f} s)"
    )
    print(
        f"impact check step alone:            {statistics.median(step_warm):6.2f} s  (warm, median of {REPEAT}: "
        f"{_list(step_warm)}; cold cache: {step_cold:.2f} s; two mypy runs side by side, report items, AST scan)"
    )


def bump_regens(tmp: Path, root: Path, env: dict[str, str]) -> list[float]:
    """Vendor bumps as a user's checkout meets them: each regen pulls the spec with one more description
    changed, so validation, lint and verify run afresh, the change report is written and the swap happens,
    in a copy of the workspace the full regens left (mypy's cache as after the last regen)."""
    project = tmp / "bumped"
    shutil.copytree(root, project)
    spec = json.loads((REPO / "openapi.json").read_text())
    times: list[float] = []
    for i in range(REPEAT):
        spec["info"]["description"] = f"{spec['info'].get('description', '')} (bump {i})"
        source = tmp / f"vendor-bump-{i}.json"
        source.write_text(json.dumps(spec, indent=2))
        command = [sys.executable, "-m", "codegen", "--root", str(project), "regen", "--url", source.as_uri()]
        times.append(timed(command, env, label="bump")[0])
    return times


def package_size(package: Path, operation_count: int) -> str:
    """Two rows: generated `.py` lines per operation, and the lines of the module defining `Customer`."""
    modules = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    lines = {p: len(p.read_text().splitlines()) for p in modules}
    per_operation = sum(lines.values()) / operation_count
    rows = [
        f"generated lines per operation:       {per_operation:6.0f}    ({sum(lines.values()):,} lines in "
        f"{len(modules)} .py files / {operation_count} operations; goal <= {LINES_PER_OPERATION_GOAL}: "
        f"{'met' if per_operation <= LINES_PER_OPERATION_GOAL else 'NOT met'})"
    ]
    for path in modules:
        tree = ast.parse(path.read_text())
        found = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Customer"]
        if found:
            node = found[0]
            span = (node.end_lineno or node.lineno) - min([node.lineno] + [d.lineno for d in node.decorator_list]) + 1
            rows.append(
                f"Customer model lines:                {lines[path]:6d}    ({path.relative_to(package.parent)}; "
                f"the class itself {span}; goal <= {CUSTOMER_LINES_GOAL}: "
                f"{'met' if lines[path] <= CUSTOMER_LINES_GOAL else 'NOT met'})"
            )
            break
    else:
        rows.append("Customer model lines:                no module defines class Customer")
    return "\n".join(rows)


def impact_step(tmp: Path, root: Path, regen: list[str], env: dict[str, str]) -> tuple[float, list[float]]:
    """The impact step in-process, without the build around it: the bump accepted into a copy gives the
    candidate package; `app_impact` then checks the app against both, cold (a new cache) and warm."""
    from codegen.changes.impact import app_impact, find_apps
    from codegen.changes.report import ChangeReport

    accepted = tmp / "accepted"
    shutil.copytree(root, accepted, ignore=shutil.ignore_patterns(".regen", "__pycache__"))
    command = [*regen[: regen.index("--root") + 1], str(accepted), "regen", "--url", (tmp / "bump.json").as_uri()]
    timed(command, {**env, "ALLOW_BREAKING": "1"})
    apps = find_apps([str(tmp / "shop")])
    specs = (json.loads((root / "openapi.json").read_text()), json.loads((tmp / "bump.json").read_text()))
    cache = tmp / "impact-step-cache"

    def step() -> float:
        start = time.perf_counter()
        app_impact(apps, root / "generated", accepted / "generated", ChangeReport(), specs, None, cache)
        return time.perf_counter() - start

    cold = step()
    return cold, [step() for _ in range(REPEAT)]


def impact_cost(
    tmp: Path, root: Path, regen: list[str], env: dict[str, str]
) -> tuple[list[float], list[float], float, int]:
    """Regen times of one breaking bump without and with APP (both stop at the gate), and the app's size."""
    app, lines = tmp / "shop", 0
    package = app / "shop"
    package.mkdir(parents=True)
    shutil.copy(SAMPLE_APP / "mypy.ini", app / "mypy.ini")
    for name in ("__init__.py", "models.py"):
        shutil.copy(SAMPLE_APP / "checkout" / name, package / name)
    modules = [p for p in sorted((SAMPLE_APP / "checkout").glob("*.py")) if p.name not in ("__init__.py", "models.py")]
    copy = 0
    while lines < APP_LINES:
        for module in modules:
            text = module.read_text()
            (package / f"{module.stem}_{copy}.py").write_text(text)
            lines += len(text.splitlines())
        copy += 1
    bump = json.loads((REPO / "openapi.json").read_text())
    del bump["paths"]["/v1/api/zapier-triggers/{id}"]
    bump["info"]["version"] = "9.0.0"
    (tmp / "bump.json").write_text(json.dumps(bump))
    command = [*regen[: regen.index("--url")], "--url", (tmp / "bump.json").as_uri()]
    cold, _ = timed([*command, "--app", str(app)], env, ok=(1,))  # the first check fills .regen's mypy cache
    alone: list[float] = []
    with_app: list[float] = []
    for _ in range(REPEAT):
        alone.append(timed(command, env, ok=(1,))[0])
        elapsed, done = timed([*command, "--app", str(app)], env, ok=(1,))
        if "impact: " not in done.stdout:
            sys.exit(f"bench-regen: the regen with APP printed no impact summary:\n{done.stdout[-800:]}")
        with_app.append(elapsed)
    return alone, with_app, cold, lines


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    main()
