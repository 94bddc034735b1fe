"""The whole regen on a temporary copy: the up-to-date path with ETag/304 and YAML, a crash at
either side of the COMMIT marker, and determinism (two independent FORCE=1 regens, byte-identical).

The two full regens here are the expensive part of this folder (~4-8 s each with a shared mypy cache).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from codegen.fingerprint import tree_sha256
from codegen.record import read_record
from codegen.workspace import Workspace
from tests.local_server import LocalServer, Route
from tests.pipeline.conftest import RunRegen, disk_state, run_regen_subprocess


def test_unchanged_remote_costs_one_304_once_its_etag_is_recorded(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    url = spec_server.add("/openapi.json", Route(body=committed_spec, etag='"e1"'))
    before = disk_state(workspace)

    first = run_regen(workspace, url)
    assert first.code == 0 and first.out_lines[-1].startswith("up to date: Final POS API"), first
    assert (read_record(workspace.record_path).source_url, read_record(workspace.record_path).etag) == (url, '"e1"')

    second = run_regen(workspace, url)
    assert second.code == 0 and second.err == "", second
    assert second.out_lines[0] == f'fetch: {url} not modified (ETag "e1")'
    assert second.out_lines[1].startswith("up to date: ")
    seen = spec_server.requests_to("/openapi.json")
    assert len(seen) == 2 and seen[1].headers.get("if-none-match") == '"e1"'
    after = disk_state(workspace)
    assert (after["openapi.json"], after["generated/"]) == (before["openapi.json"], before["generated/"])


def test_yaml_spec_identical_to_the_snapshot_is_up_to_date(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    as_yaml = yaml.safe_dump(json.loads(committed_spec), sort_keys=False, allow_unicode=True).encode()
    url = spec_server.add("/openapi.yaml", Route(body=as_yaml, headers={"Content-Type": "application/yaml"}))
    before = disk_state(workspace)
    run = run_regen(workspace, url)
    assert run.code == 0 and run.out_lines[-1].startswith("up to date: "), run
    assert disk_state(workspace)["openapi.json"] == before["openapi.json"]


def test_crash_before_commit_leaves_everything_as_it_was(
    workspace: Workspace, spec_server: LocalServer, committed_spec: bytes
) -> None:
    url = spec_server.add("/openapi.json", Route(body=committed_spec))
    before = disk_state(workspace)
    killed = run_regen_subprocess(workspace, url, "--force", env={"REGEN_KILL_AT": "generate"})
    assert killed.code == -9, killed
    assert disk_state(workspace) == before


def test_two_forced_regens_are_byte_identical_and_a_crash_after_commit_is_rolled_forward(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes, pristine_root: Path
) -> None:
    url = spec_server.add("/openapi.json", Route(body=committed_spec))
    other = Workspace(workspace.root.parent / "other")
    shutil.copytree(pristine_root, other.root)

    # Regen 1, killed just after the COMMIT marker is on disk (swap.py's REGEN_KILL_AT=swap:committed).
    killed = run_regen_subprocess(workspace, url, "--force", env={"REGEN_KILL_AT": "swap:committed"})
    assert killed.code == -9, killed
    assert (workspace.scratch_dir / "txn" / "COMMIT").is_file()

    # The next regen finishes the swap first, and then finds everything up to date.
    resumed = run_regen(workspace, url)
    assert resumed.code == 0, resumed
    assert resumed.out_lines[0] == "recovered: finished an interrupted swap from the previous run"
    # (Fails if codegen/ changed between the two runs: then it is a real regen, not up to date.)
    assert resumed.out_lines[-1].startswith("up to date: "), resumed.out
    assert not (workspace.scratch_dir / "txn").exists()

    # Regen 2, independent, in a fresh copy: the same bytes everywhere.
    fresh = run_regen(other, url, "--force")
    assert fresh.code == 0, fresh
    assert tree_sha256(workspace.generated_dir) == tree_sha256(other.generated_dir)
    assert workspace.spec_path.read_bytes() == other.spec_path.read_bytes() == committed_spec
    assert workspace.record_path.read_bytes() == other.record_path.read_bytes()
    assert read_record(other.record_path).generated_sha256 == tree_sha256(other.generated_dir)
