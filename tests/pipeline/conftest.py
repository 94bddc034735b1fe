"""Fixtures for the pipeline tests: a temporary project root holding copies of the committed outputs,
a loopback spec server, and ways to run `python -m codegen regen` against them.

Every regen here runs on a copy (`Workspace(tmp)`), never on this checkout's `openapi.json` or
`generated/`; the pipeline code, config and overrides still come from the checkout, as in real use.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from codegen.__main__ import main
from codegen.fingerprint import inputs_sha256, sha256_bytes, tree_sha256
from codegen.pull import canonical_json
from codegen.record import read_record, record_bytes
from codegen.workspace import REPO_ROOT, Workspace
from tests.local_server import LocalServer, serve

# Settings the CLI reads from the environment; a test sets the ones it means, nothing leaks in.
PIPELINE_ENV = (
    "SPEC_URL", "FORCE", "STRICT_FETCH", "STRICT_SPEC", "ALLOW_BREAKING", "REGEN_KILL_AT",
    "FETCH_TIMEOUT", "FETCH_CONNECT_TIMEOUT", "FETCH_MAX_BYTES", "RUFF", "REDOCLY",
)  # fmt: skip
# What `pip install ./generated` or an interpreter may leave behind; not part of the package.
STRAY = shutil.ignore_patterns("__pycache__", "build", "*.egg-info", ".mypy_cache", ".ruff_cache")


@pytest.fixture(autouse=True)
def clean_pipeline_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PIPELINE_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def committed_spec() -> bytes:
    """The repo's snapshot, as committed (canonical JSON)."""
    return (REPO_ROOT / "openapi.json").read_bytes()


@pytest.fixture(scope="session")
def pristine_root(tmp_path_factory: pytest.TempPathFactory, committed_spec: bytes) -> Path:
    """openapi.json + generated/ copied once per session, with a record that matches them.

    The record is rewritten so this copy is "up to date" with the pipeline as it is now (its inputs
    hash and the copied tree's hash), whatever state other work left the checkout's record in.
    """
    root = tmp_path_factory.mktemp("pristine")
    (root / "openapi.json").write_bytes(committed_spec)
    shutil.copytree(REPO_ROOT / "generated", root / "generated", ignore=STRAY)
    assert canonical_json(json.loads(committed_spec)) == committed_spec, "openapi.json is not canonical JSON"
    record = replace(
        read_record(REPO_ROOT / "openapi.record.json"),
        source_url="",
        etag=None,
        spec_sha256=sha256_bytes(committed_spec),
        inputs_sha256=inputs_sha256(),
        generated_sha256=tree_sha256(root / "generated"),
    )
    (root / "openapi.record.json").write_bytes(record_bytes(record))
    return root


@pytest.fixture
def workspace(pristine_root: Path, tmp_path: Path) -> Workspace:
    root = tmp_path / "project"
    shutil.copytree(pristine_root, root)
    return Workspace(root)


def disk_state(ws: Workspace) -> dict[str, str]:
    """What must not change on a refusal: the snapshot, its record and every file under generated/."""
    return {
        "openapi.json": sha256_bytes(ws.spec_path.read_bytes()),
        "openapi.record.json": sha256_bytes(ws.record_path.read_bytes()),
        "generated/": tree_sha256(ws.generated_dir),
    }


@pytest.fixture
def spec_server() -> Iterator[LocalServer]:
    with serve() as server:
        yield server


@dataclass
class CliRun:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    @property
    def out_lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line.strip()]


RunRegen = Callable[..., CliRun]


@pytest.fixture
def run_regen(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> RunRegen:
    """`python -m codegen --root WS regen --url URL [args]`, in this process (the CLI's own `main`)."""

    def run(ws: Workspace, url: str, *args: str, env: dict[str, str] | None = None) -> CliRun:
        with monkeypatch.context() as patch:
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            capsys.readouterr()
            code = main(["--root", str(ws.root), "regen", "--url", url, *args])
            captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


def run_regen_subprocess(ws: Workspace, url: str, *args: str, env: dict[str, str] | None = None) -> CliRun:
    """The same, as a user runs it: a separate `python -m codegen` process."""
    full_env = {k: v for k, v in os.environ.items() if k not in PIPELINE_ENV}
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(ws.root), "regen", "--url", url, *args],
        cwd=REPO_ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    return CliRun(done.returncode, done.stdout, done.stderr)
