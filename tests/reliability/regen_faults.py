"""Regen faults: SIGKILL at every stage and inside the swap, and a read-only `generated/`.

Each case runs `python -m codegen --root TMP regen` on a temporary copy of this checkout's outputs
(`openapi.json`, its record, `generated/`) against a *changed* spec (`file://`, info.version bumped
and one summary edited), so there is something to swap. After each kill the workspace is
classified by content hashes:

- `old`: `openapi.json`, the record, CHANGELOG.md and `generated/` exactly as before the run;
- `new`: all of them from the new spec, consistent (the record's sha256s match the files), and no
  transaction left open;
- `pending`: killed after the COMMIT marker, before the roll-forward finished: files are old or
  mid-move, and the marker in `.regen/txn/` makes the next `codegen` command (regen or
  check-generated) finish the move;
- `mix`: anything else. Never allowed.

Then a plain rerun must exit 0 and leave `old` or `new` with no transaction left behind.
The pipeline's kill points: REGEN_KILL_AT=fetch|normalise|generate|overlay|verify|swap|commit
(codegen/pipeline.py) and swap:<step> inside the roll-forward (codegen/swap.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from codegen.fingerprint import tree_sha256
from codegen.record import read_record
from codegen.workspace import REPO_ROOT, Workspace, workspace_lock

from .table import CaseResult

__all__ = [
    "FaultArea",
    "PIPELINE_STAGES",
    "SWAP_STEPS",
    "FaultWorkspace",
    "RunOutcome",
    "WorkspaceState",
    "fault_area",
    "read_only_case",
    "kill_chain_case",
    "kill_then_rerun_case",
]

GROUP = "regen-faults"
PIPELINE_STAGES = ("fetch", "normalise", "generate", "overlay", "verify", "swap", "commit")
SWAP_STEPS = (
    "swap:committed",
    "swap:old-moved-away",
    "swap:new-moved-in",
    "swap:replaced-openapi.json",
    "swap:replaced-openapi.record.json",
    "swap:replaced-CHANGELOG.md",
    "swap:marker-removed",
)
NEW_API_VERSION = "1.2.5-reliability"
SUMMARY_SUFFIX = " (reliability probe)"
RUN_TIMEOUT_S = 180.0


@dataclass(frozen=True)
class WorkspaceState:
    spec: str
    record: str
    changelog: str
    generated: str

    @classmethod
    def of(cls, root: Path) -> WorkspaceState:
        def file_hash(path: Path) -> str:
            return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"

        return cls(
            spec=file_hash(root / "openapi.json"),
            record=file_hash(root / "openapi.record.json"),
            changelog=file_hash(root / "CHANGELOG.md"),
            generated=tree_sha256(root / "generated") if (root / "generated").is_dir() else "-",
        )


@dataclass(frozen=True)
class RunOutcome:
    returncode: int
    output: str
    elapsed_s: float

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


def changed_spec(spec_bytes: bytes) -> bytes:
    """The committed spec with info.version bumped and the first operation's summary edited."""
    document = json.loads(spec_bytes)
    document["info"]["version"] = NEW_API_VERSION
    first_path = next(iter(document["paths"].values()))
    first_op = next(iter(first_path.values()))
    first_op["summary"] = str(first_op.get("summary", "")) + SUMMARY_SUFFIX
    return (json.dumps(document, indent=2) + "\n").encode()


class FaultWorkspace:
    """A temporary project root holding copies of this checkout's outputs, plus the changed spec."""

    def __init__(self, parent: Path, name: str, template: Path, env: dict[str, str] | None = None) -> None:
        self.env = dict(env or {})
        self.outputs: list[str] = []
        """Everything each regen printed (the change report among it), for the secrets scan."""
        self.root = parent / name
        shutil.copytree(template, self.root, symlinks=True)
        self.new_spec_path = parent / f"{name}.new-openapi.json"
        self.new_spec_path.write_bytes(changed_spec((self.root / "openapi.json").read_bytes()))
        self.old = WorkspaceState.of(self.root)
        self.new_spec_sha = hashlib.sha256(
            (json.dumps(json.loads(self.new_spec_path.read_bytes()), indent=2, ensure_ascii=False) + "\n").encode()
        ).hexdigest()

    @property
    def new_spec_url(self) -> str:
        return self.new_spec_path.as_uri()

    def regen(
        self, kill_at: str | None = None, env: dict[str, str] | None = None, wrap: list[str] | None = None
    ) -> RunOutcome:
        run_env = {k: v for k, v in os.environ.items() if k not in ("REGEN_KILL_AT", "FORCE", "STRICT_FETCH")}
        run_env.update(self.env)
        run_env.update(env or {})
        if kill_at:
            run_env["REGEN_KILL_AT"] = kill_at
        command = [sys.executable, "-m", "codegen", "--root", str(self.root), "regen", "--url", self.new_spec_url]
        started = time.monotonic()
        proc = subprocess.run(
            (wrap or []) + command,
            cwd=REPO_ROOT,
            env=run_env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
        )
        self.outputs.append(proc.stdout + proc.stderr)
        return RunOutcome(proc.returncode, proc.stdout + proc.stderr, time.monotonic() - started)

    def is_consistent_new(self) -> bool:
        """The workspace holds the new spec and the record vouches for every file."""
        record = read_record(self.root / "openapi.record.json")
        spec = self.root / "openapi.json"
        return (
            spec.is_file()
            and hashlib.sha256(spec.read_bytes()).hexdigest() == self.new_spec_sha == record.spec_sha256
            and record.info_version == NEW_API_VERSION
            and (self.root / "generated").is_dir()
            and tree_sha256(self.root / "generated") == record.generated_sha256
        )

    def committed_txn(self) -> bool:
        return (self.root / ".regen" / "txn" / "COMMIT").is_file()

    def classify(self) -> str:
        # The marker goes only after the last file is in place: while it is there, the move is unfinished.
        if self.committed_txn():
            return "pending"
        if WorkspaceState.of(self.root) == self.old:
            return "old"
        if self.is_consistent_new():
            return "new"
        return "mix"

    def leftovers(self) -> list[str]:
        """Scratch a finished run must not leave: a transaction, a staged tree, write probes."""
        found = [p.name for p in (self.root / ".regen").glob("*") if p.name in ("txn", "stage")]
        found += [p.name for p in self.root.glob(".regen-write-probe-*")]
        found += [p.name for p in (self.root / "generated").glob(".regen-write-probe-*")]
        return found


def snapshot_outputs(destination: Path) -> Path:
    """Copy this checkout's outputs under the regen lock, so no other regen swaps them mid-copy."""
    destination.mkdir(parents=True, exist_ok=True)
    with workspace_lock(Workspace.default()):
        for name in ("openapi.json", "openapi.record.json", "CHANGELOG.md"):
            if (REPO_ROOT / name).is_file():
                shutil.copy2(REPO_ROOT / name, destination / name)
        shutil.copytree(
            REPO_ROOT / "generated",
            destination / "generated",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache"),
        )
    return destination


@dataclass
class FaultArea:
    """A temp folder with a template copy of the outputs; every workspace made from it is kept
    (with what its regens printed) until the area is closed, so the secrets scan can read them."""

    parent: Path
    template: Path
    env: dict[str, str]
    workspaces: list[FaultWorkspace]

    def workspace(self, name: str) -> FaultWorkspace:
        fw = FaultWorkspace(self.parent, name, self.template, self.env)
        self.workspaces.append(fw)
        return fw

    @property
    def outputs(self) -> list[str]:
        return [text for fw in self.workspaces for text in fw.outputs]


@contextmanager
def fault_area(env: dict[str, str] | None = None) -> Iterator[FaultArea]:
    """`env` goes to every regen (e.g. FINALPOS_API_KEY=<canary>, REGEN_MYPY_CACHE)."""
    parent = Path(tempfile.mkdtemp(prefix="finalpos-regen-faults-"))
    try:
        yield FaultArea(parent, snapshot_outputs(parent / "template"), dict(env or {}), [])
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def _check_after_kill(result: CaseResult, fw: FaultWorkspace, kill_at: str, outcome: RunOutcome) -> str:
    result.check(outcome.killed, f"{kill_at}: expected SIGKILL, got exit {outcome.returncode}: {outcome.output[-300:]}")
    state = fw.classify()
    if state == "mix":
        result.lose(f"{kill_at}: killed run left a mix of old and new files")
    return state


def _check_recovered(result: CaseResult, fw: FaultWorkspace, label: str, outcome: RunOutcome, want: str) -> str:
    state = fw.classify()
    result.check(outcome.returncode == 0, f"{label}: rerun exited {outcome.returncode}: {outcome.output[-300:]}")
    result.check(state == want, f"{label}: after the rerun the workspace is {state}, expected {want}")
    if state == "mix":
        result.lose(f"{label}: rerun left a mix")
    leftovers = fw.leftovers()
    if leftovers:
        result.leak(f"{label}: rerun left scratch behind: {leftovers}")
    return state


def kill_then_rerun_case(area: FaultArea, kill_at: str) -> CaseResult:
    """One kill on a fresh copy, then one plain rerun that must finish the job (state `new`)."""
    result = CaseResult(GROUP, f"kill at {kill_at}, rerun")
    fw = area.workspace(f"ws-{kill_at.replace(':', '-')}")
    killed = fw.regen(kill_at=kill_at)
    after_kill = _check_after_kill(result, fw, kill_at, killed)
    rerun = fw.regen()
    _check_recovered(result, fw, kill_at, rerun, "new")
    result.figures = f"after kill: {after_kill}; rerun {rerun.elapsed_s:.1f}s -> {fw.classify()}"
    return result


def kill_chain_case(area: FaultArea, kill_points: tuple[str, ...]) -> CaseResult:
    """Kill successive runs at successive points on one workspace, then let one run finish.

    Each run must start from whatever the previous kill left (stale stage, uncommitted or half-done
    transaction) and get past it: the cheap way to cover every kill point in the bounded suite.
    """
    result = CaseResult(GROUP, f"kill chain x{len(kill_points)}, rerun")
    fw = area.workspace("ws-chain")
    states: list[str] = []
    for point in kill_points:
        states.append(_check_after_kill(result, fw, point, fw.regen(kill_at=point)))
        if point in PIPELINE_STAGES:
            result.check(
                states[-1] == "old", f"{point}: before the point of no return the state must stay old, is {states[-1]}"
            )
    final = fw.regen()
    _check_recovered(result, fw, "chain", final, "new")
    result.figures = "states " + ",".join(s[0] for s in states) + f" -> {fw.classify()} (o=old p=pending n=new)"
    return result


def _mounted_under(path: Path) -> bool:
    return str(path) in Path("/proc/self/mountinfo").read_text()


def read_only_case(area: FaultArea, rerun: bool) -> CaseResult:
    """`generated/` on a read-only bind mount (private mount namespace): regen must refuse, intact."""
    result = CaseResult(GROUP, "read-only generated/" + (", rerun" if rerun else ""))
    fw = area.workspace("ws-read-only")
    generated = fw.root / "generated"
    unshare = shutil.which("unshare")
    if unshare is None:
        result.check(False, "unshare(1) not found: cannot make generated/ read-only here")
        return result
    # Exit 98: the mount failed; 99: the mount did not stop a write. Either way nothing was tested.
    script = (
        'mount --bind "$0" "$0" || exit 98; mount -o remount,bind,ro "$0" || exit 98; '
        'if touch "$0/.probe" 2>/dev/null; then exit 99; fi; exec "$@"'
    )
    outcome = fw.regen(wrap=[unshare, "--mount", "--propagation", "private", "sh", "-c", script, str(generated)])
    if outcome.returncode in (98, 99):
        why = (
            "could not bind-mount generated/ read-only"
            if outcome.returncode == 98
            else "read-only mount accepted a write"
        )
        result.check(False, f"{why}: {outcome.output.strip()[-200:]}")
        return result
    lines = [line for line in outcome.output.strip().splitlines() if line.strip()]
    result.check(outcome.returncode == 1, f"regen on read-only generated/ exited {outcome.returncode}")
    result.check(
        len(lines) == 1 and lines[0].startswith("regen stopped at swap:") and "not changed" in lines[0],
        f"expected one 'regen stopped at swap: ...' line, got: {outcome.output.strip()[-300:]}",
    )
    state = fw.classify()
    result.check(state == "old", f"after the refusal the workspace is {state}, expected old")
    if state != "old":
        result.lose(f"read-only refusal changed the workspace ({state})")
    if fw.leftovers():
        result.leak(f"refusal left scratch behind: {fw.leftovers()}")
    result.check(not _mounted_under(generated), "the read-only mount outlived its namespace")
    figures = f"refused in {outcome.elapsed_s:.1f}s: {lines[0][:60] if lines else ''}..."
    if rerun:
        again = fw.regen()
        _check_recovered(result, fw, "read-only then writable", again, "new")
        figures += f"; writable rerun -> {fw.classify()}"
    result.figures = figures
    return result
