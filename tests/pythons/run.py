"""`make test-pythons`: the client-facing tests on every supported Python, against the built wheel.

    python -m tests.pythons.run [--pythons 3.11,3.12,3.13] [--serial]

1. Find each Python of `codegen.distribution.SUPPORTED_PYTHONS` under pyenv (`$PYENV_ROOT/versions/X.Y.N`,
   the highest N). A missing one fails the run, named, before anything else: never a silent skip.
2. Build the wheel once from `generated/` (`pip wheel --no-build-isolation`, flit_core from .venv).
3. Per Python, a venv in `.test-pythons/X.Y/` (kept while `tests/pythons/requirements.txt` and
   `requirements.lock` are unchanged) with the pinned test tools and the wheel, reinstalled each run;
   uv (pinned, from .venv) makes and fills the venvs.
4. Per venv, in parallel: pytest over tests/client, tests/contract and tests/testing (the fake, whose
   route table is package data, `testing/routes.json`) -m "not fuzz" (without
   test_surface.py, which tests the generator, and test_mock_server.py, which tests the Prism fixture;
   CONTRACT_EXAMPLES=1 generated input per operation, MOCK=prism), with `generated/` off the path
   (FINALPOS_TEST_PACKAGE=installed; the root conftest refuses a run whose `finalpos` is not the
   venv's); then the reliability smoke (hostile and load groups at the bounded scale). A file
   missing from the wheel fails here.

Prints one summary line per Python; exit status 0 only if every Python passed. Logs: `.test-pythons/X.Y.log`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from codegen.distribution import SUPPORTED_PYTHONS

REPO_ROOT = Path(__file__).resolve().parents[2]
WORK_DIR = REPO_ROOT / ".test-pythons"
REQUIREMENTS = REPO_ROOT / "tests" / "pythons" / "requirements.txt"
LOCK = REPO_ROOT / "requirements.lock"
# uv from .venv (pinned in requirements.lock): a venv's install takes seconds, pip's about 45 s.
UV = Path(sys.executable).with_name("uv")
PYTEST_ARGS = (
    "tests/client",
    "tests/contract",
    "tests/testing",
    "-m",
    "not fuzz",
    # Not the client: the generator's surface tests and the Prism fixture's own lifecycle tests.
    "--deselect",
    "tests/client/test_surface.py",
    "--deselect",
    "tests/contract/test_mock_server.py",
    # generated/ off the path: the package comes from the venv's site-packages.
    "-o",
    "pythonpath=.",
    "-p",
    "no:cacheprovider",
    "-q",
)
SMOKE_ARGS = ("-m", "tests.reliability.run", "--bounded", "--groups", "hostile,load")


class PythonsError(Exception):
    """One line saying what went wrong and what to do."""


@dataclass
class Outcome:
    version: str
    ok: bool
    summary: str
    seconds: float


def pyenv_root() -> Path:
    if os.environ.get("PYENV_ROOT"):
        return Path(os.environ["PYENV_ROOT"])
    found = shutil.which("pyenv")
    if found:
        done = subprocess.run([found, "root"], capture_output=True, text=True)
        if done.returncode == 0 and done.stdout.strip():
            return Path(done.stdout.strip())
    return Path.home() / ".pyenv"


def find_interpreter(version: str, root: Path) -> Path | None:
    """The highest X.Y.N build of `version` under pyenv (no -dev, no free-threaded `t` builds)."""
    candidates = []
    for path in (root / "versions").glob(f"{version}.*"):
        match = re.fullmatch(re.escape(version) + r"\.(\d+)", path.name)
        executable = path / "bin" / f"python{version}"
        if match and executable.is_file():
            candidates.append((int(match.group(1)), executable))
    return max(candidates)[1] if candidates else None


def find_interpreters(versions: tuple[str, ...]) -> dict[str, Path]:
    root = pyenv_root()
    found = {v: find_interpreter(v, root) for v in versions}
    missing = [v for v, path in found.items() if path is None]
    if missing:
        raise PythonsError(
            f"Python {', '.join(missing)} not found under {root}/versions: "
            f"install with `pyenv install {' '.join(missing)}` (every supported Python is tested)"
        )
    return {v: path for v, path in found.items() if path is not None}


def run(
    cmd: list[str], log: Path | None = None, cwd: Path | str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env)
    if log is not None:
        with log.open("a") as out:
            out.write(f"$ {' '.join(cmd)}\n{done.stdout}{done.stderr}\n")
    return done


def build_wheel() -> Path:
    out = WORK_DIR / "wheel"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out)]
    done = run([*cmd, str(REPO_ROOT / "generated")])
    wheels = sorted(out.glob("*.whl"))
    if done.returncode != 0 or len(wheels) != 1:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no wheel"]
        raise PythonsError(f"building the wheel from generated/ failed: {detail[0]} (run `make setup`)")
    return wheels[0]


def _stamp(interpreter: Path) -> str:
    digest = hashlib.sha256(str(interpreter).encode())
    for path in (REQUIREMENTS, LOCK):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def uv_pip_install(python: Path, *args: str) -> list[str]:
    return [str(UV), "--quiet", "pip", "install", "--compile-bytecode", "--python", str(python), *args]


def prepare_venv(version: str, interpreter: Path, wheel: Path, log: Path) -> Path:
    """A venv with the pinned test tools (reused while their pins are unchanged) and this run's wheel."""
    venv = WORK_DIR / version
    python = venv / "bin" / "python"
    stamp_file = venv / ".installed"
    stamp = _stamp(interpreter)
    if not (python.is_file() and stamp_file.is_file() and stamp_file.read_text() == stamp):
        shutil.rmtree(venv, ignore_errors=True)
        steps = [
            [str(UV), "venv", "--quiet", "--python", str(interpreter), str(venv)],
            uv_pip_install(python, "-r", str(REQUIREMENTS), "-c", str(LOCK), str(wheel)),
        ]
        for cmd in steps:
            if run(cmd, log).returncode != 0:
                raise PythonsError(f"Python {version}: `{' '.join(cmd[:4])} ...` failed; see {log}")
        stamp_file.write_text(stamp)
    # This run's wheel, always (the venv may hold the previous one); its dependencies are already pinned.
    cmd = uv_pip_install(python, "--no-deps", "--reinstall", "--refresh-package", "finalpos-client", str(wheel))
    if run(cmd, log).returncode != 0:
        raise PythonsError(f"Python {version}: installing {wheel.name} failed; see {log}")
    return python


def installed_location(python: Path) -> str:
    """Where the venv imports `finalpos` from, asked from a directory with no `finalpos` in it."""
    with tempfile.TemporaryDirectory() as empty:
        done = run([str(python), "-c", "import finalpos; print(finalpos.__file__)"], cwd=empty)
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def _last_line(text: str, pattern: str) -> str:
    lines = [line.strip() for line in text.splitlines() if re.search(pattern, line)]
    return lines[-1] if lines else "no summary"


def check_one(version: str, interpreter: Path, wheel: Path) -> Outcome:
    started = time.monotonic()
    log = WORK_DIR / f"{version}.log"
    log.write_text("")
    try:
        python = prepare_venv(version, interpreter, wheel, log)
    except PythonsError as exc:
        return Outcome(version, False, str(exc), time.monotonic() - started)
    setup_s = time.monotonic() - started
    location = installed_location(python)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["FINALPOS_TEST_PACKAGE"] = "installed"
    # One schemathesis-generated input per operation besides the spec's examples (make test runs 3 on 3.11).
    env.setdefault("CONTRACT_EXAMPLES", "1")
    # One mock: the client on every Python is the point here; make test covers Steady and the prefix.
    env.setdefault("MOCK", "prism")
    tests = run([str(python), "-m", "pytest", *PYTEST_ARGS], log, cwd=REPO_ROOT, env=env)
    smoke_out = WORK_DIR / f"{version}-reliability.txt"
    smoke = run([str(python), *SMOKE_ARGS, "--out", str(smoke_out)], log, cwd=REPO_ROOT, env=env)
    groups = re.findall(r"^\s+(hostile|load)\s+(\d+)\s+(\d+)\s", smoke.stdout, flags=re.M)
    summary = (
        f"pytest: {_last_line(tests.stdout, r' in [0-9.]+s')}; "
        f"reliability smoke: {', '.join(f'{g} {ok}/{n} cases' for g, n, ok in groups) or 'no table'}; "
        f"setup {setup_s:.0f}s; finalpos from {location}"
    )
    return Outcome(version, tests.returncode == 0 and smoke.returncode == 0, summary, time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.pythons.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pythons", default=",".join(SUPPORTED_PYTHONS), help="comma-separated X.Y versions")
    parser.add_argument("--serial", action="store_true", help="one Python at a time (default: all at once)")
    args = parser.parse_args(argv)
    versions = tuple(v.strip() for v in args.pythons.split(",") if v.strip())
    started = time.monotonic()
    try:
        interpreters = find_interpreters(versions)
        WORK_DIR.mkdir(exist_ok=True)
        wheel = build_wheel()
    except PythonsError as exc:
        print(f"test-pythons: {exc}", file=sys.stderr)
        return 2
    print(f"test-pythons: {wheel.name} on " + ", ".join(f"{v} ({p})" for v, p in interpreters.items()), flush=True)
    with ThreadPoolExecutor(max_workers=1 if args.serial else len(versions)) as pool:
        outcomes = list(pool.map(lambda v: check_one(v, interpreters[v], wheel), versions))
    for outcome in outcomes:
        verdict = "ok  " if outcome.ok else "FAIL"
        print(f"  {verdict} Python {outcome.version} ({outcome.seconds:.0f}s): {outcome.summary}")
    failed = [o.version for o in outcomes if not o.ok]
    total = time.monotonic() - started
    if failed:
        logs = ", ".join(str(WORK_DIR / f"{v}.log") for v in failed)
        print(f"test-pythons: failed on Python {', '.join(failed)} ({total:.0f}s); logs: {logs}", file=sys.stderr)
        return 1
    print(f"test-pythons: {len(outcomes)}/{len(outcomes)} Pythons passed in {total:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
