"""The regen pipeline: runs the stages in order and owns the "nothing changes unless all passed" rule.

    fetch -> validate (+ lint) -> normalise (+ spec overrides) -> generate (+ hand-kept runtime, surface)
          -> overlay (code overrides) -> provenance headers -> verify -> swap -> report

Only `swap` writes to `openapi.json`, its record and `generated/`; every earlier stage works in
`.regen/stage/`. A failure anywhere before the swap raises `RegenError` and leaves them untouched.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import swap as swap_stage
from .errors import RegenError
from .fingerprint import inputs_sha256, sha256_bytes, tree_sha256
from .kill_points import kill_point
from .override_lock import DriftError, drift_error
from .pull import Pulled, canonical_json, load_committed, pull
from .record import Record, read_record, record_bytes, write_record
from .regen_summary import FileChanges, RegenSummary, diff_trees
from .spec import PACKAGE
from .validate import parse_document
from .workspace import Workspace, workspace_lock

if TYPE_CHECKING:
    from .changes import ChangeReport
    from .changes.app_check import App
    from .changes.impact import AppImpact
    from .spec_checks import SpecChecks

__all__ = ["RegenOptions", "BuildResult", "regen", "impact", "build", "check_generated"]

T = TypeVar("T")

# README.md (the user guide) carries no package version, so a guide change alone is a package change.
VERSION_FILES = frozenset({"pyproject.toml", f"{PACKAGE}/_version.py"})


@dataclass
class RegenOptions:
    url: str
    force: bool = False
    strict_fetch: bool = False
    strict_spec: bool = False
    """STRICT_SPEC=1: refuse the schema-level violations validation otherwise reports as findings."""
    allow_breaking: bool = False
    out: Callable[[str], None] = field(default=print)
    apps: tuple[App, ...] = ()
    """`APP=`: the user's apps, type-checked against the current and the candidate package."""


@dataclass
class BuildResult:
    dist_dir: Path
    package_version: str
    operations: int
    models: int
    notes: list[str]
    view: dict[str, Any] = field(default_factory=dict)
    """The spec as the generator received it (`spec_view.generator_view`)."""
    kept_names: dict[str, str] = field(default_factory=dict)
    """The model names it kept from the previous release (`spec_view.names_to_keep`)."""
    site_names: dict[str, str] = field(default_factory=dict)
    """The model names it gave, for the new record."""


def _content_hash(dist_dir: Path) -> str:
    """Hash of a generated tree, version-bearing files left out (so a version bump alone is no change)."""
    return tree_sha256(dist_dir, exclude=VERSION_FILES)


def build(
    ws: Workspace,
    document: dict[str, Any],
    spec_sha: str,
    previous: Record,
    checks: SpecChecks | None = None,
    *,
    collect: bool = True,
) -> BuildResult:
    """Every stage from normalise to verify, into `.regen/stage/`, beside the spec's checks (`spec_checks.py`;
    without them, lint alone); returns when they passed too, their report lines first. Touches nothing else.

    With `collect=False` the caller collects them later (after the change report, which needs no verdict)."""
    if checks is None:
        checks = _start_checks(ws, document, validate=False)
    result = _beside_checks(checks, lambda: _build(ws, document, spec_sha, previous))
    if collect:
        result.notes[:0] = checks.collect()
    return result


def _beside_checks(checks: SpecChecks, step: Callable[[], T]) -> T:
    """`step()` while the spec's checks may still run.

    Validation runs beside, not before: a spec it refuses can break a step that assumes a valid one (a
    KeyError as much as a RegenError). Its refusal, or a generation-breaking lint finding, explains the
    failure better, so it wins; with neither, the step's own error stands.
    """
    try:
        return step()
    except Exception:
        checks.collect()
        raise
    except BaseException:  # an interrupt: nobody waits for the verdicts
        checks.cancel()
        raise


def _start_checks(ws: Workspace, document: dict[str, Any], strict: bool = False, validate: bool = True) -> SpecChecks:
    from .spec_checks import SpecChecks

    return SpecChecks(ws, document, _checks_cache(ws), strict=strict, validate=validate)


def _build(ws: Workspace, document: dict[str, Any], spec_sha: str, previous: Record) -> BuildResult:
    # Imported here, not at the top: the up-to-date path (`make regen` with nothing to do) needs none of them.
    from .code_overrides import apply_code_overrides, code_modules
    from .distribution import write_distribution_files
    from .fake import write_fake
    from .generate import generate, run_ruff
    from .hand_kept import copy_runtime
    from .provenance import head_tree, spec_origins
    from .settings_module import write_settings_module
    from .spec import reconstructed_notes
    from .spec_view import generator_view, names_to_keep
    from .surface import write_surface
    from .verify import check_custom_fields, verify
    from .version import package_version

    notes: list[str] = []
    stage_dir = ws.scratch_dir / "stage"
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    stage_dir.mkdir(parents=True)

    kill_point("normalise")
    # The same view the change report compares (spec_view): normalised, then the spec overrides.
    # Model names are sticky: each site keeps the one it had in the release this regen starts from.
    kept_names = names_to_keep(previous.model_names, _committed_document(ws, previous))
    view = generator_view(document, ws.overrides_dir, names=kept_names)
    normalised = view.spec
    notes.extend(view.notes)

    kill_point("generate")
    result = generate(normalised, stage_dir)
    notes.extend(f"generate: accepted warning: {w}" for w in result.allowed_warnings)
    # The hand-kept modules (codegen/runtime/) over the generator's; an override's own ship in overlay.
    copy_runtime(result.package_dir, skip=code_modules(ws.overrides_dir))
    notes.extend(write_surface(result.data, normalised, stage_dir, PACKAGE))
    notes.extend(write_settings_module(normalised, result.package_dir))
    notes.extend(write_fake(normalised, stage_dir, PACKAGE))  # finalpos.testing

    kill_point("overlay")
    notes.extend(apply_code_overrides(result.package_dir, ws.overrides_dir))
    api_version = str(document.get("info", {}).get("version", "0"))
    # Placeholder version files first, so headers, formatting and the content hash see the final file set.
    notes_count = reconstructed_notes(document)
    write_distribution_files(
        stage_dir, PACKAGE, version="0", api_version=api_version, spec_sha256=spec_sha, reconstructed_notes=notes_count
    )
    # Every file's first line: generated, from what, where to change it (the distribution files head their own).
    head_tree(stage_dir, PACKAGE, spec_origins(result.data, normalised))
    run_ruff(stage_dir)
    changed = _content_hash(stage_dir) != _content_hash(ws.generated_dir) if ws.generated_dir.exists() else True
    version = package_version(api_version, previous, content_changed=changed or previous.spec_sha256 != spec_sha)
    write_distribution_files(
        stage_dir,
        PACKAGE,
        version=version,
        api_version=api_version,
        spec_sha256=spec_sha,
        reconstructed_notes=notes_count,
    )

    kill_point("verify")
    check_custom_fields(result.package_dir, normalised)
    verify(stage_dir, PACKAGE, _mypy_cache(ws), _checks_cache(ws))
    return BuildResult(
        stage_dir, version, result.operations, result.models, notes, normalised, kept_names, view.site_names
    )


def _committed_document(ws: Workspace, previous: Record) -> dict[str, Any] | None:
    """The committed spec, only when the record has no model names to keep (then they come from it)."""
    if previous.model_names or not ws.spec_path.is_file():
        return None
    document: dict[str, Any] = json.loads(ws.spec_path.read_text())
    return document


def _checks_cache(ws: Workspace) -> Path:
    """Where validation, lint and verify keep their last result (`check_cache.py`)."""
    return ws.scratch_dir / "checks"


def _mypy_cache(ws: Workspace) -> Path:
    # Tests regenerate into many temporary workspaces; sharing one cache keeps each verify fast.
    shared = os.environ.get("REGEN_MYPY_CACHE")
    return Path(shared) if shared else ws.scratch_dir / "mypy-cache"


def _keep_pulled(ws: Workspace, spec_bytes: bytes) -> str:
    """Keep the spec regen stopped on, so `codegen overrides --accept` records what the next regen meets."""
    path = ws.pulled_spec_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(spec_bytes)
    return ws.shown(path)


def _forget_pulled(ws: Workspace) -> None:
    ws.pulled_spec_path.unlink(missing_ok=True)
    _pending_report(ws).unlink(missing_ok=True)


def _pending_report(ws: Workspace) -> Path:
    """The full change report of a regen the gate stopped (nothing else is written then)."""
    return ws.scratch_dir / "pending-changes.md"


STOP_LISTING = "stopped-{stage}.txt"
"""Under `.regen/`: every item of the last stop that had several, one a line."""


def regen(ws: Workspace, opts: RegenOptions) -> int:
    with workspace_lock(ws):
        for old in ws.scratch_dir.glob(STOP_LISTING.format(stage="*")):
            old.unlink()
        try:
            return _regen(ws, opts)
        except RegenError as exc:
            _list_items(ws, exc)
            raise


def _list_items(ws: Workspace, exc: RegenError) -> None:
    """A stop about several items lists them all in a file and points there (its line shows the first)."""
    if len(exc.items) < 2 or exc.listing:
        return
    path = ws.scratch_dir / STOP_LISTING.format(stage=exc.stage)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{item}\n" for item in exc.items))
    exc.listing = ws.shown(path)


def _regen(ws: Workspace, opts: RegenOptions) -> int:
    if swap_stage.recover(ws):
        opts.out("recovered: finished an interrupted swap from the previous run")
    previous = read_record(ws.record_path)

    kill_point("fetch")
    pulled = pull(ws, opts.url, previous, strict_fetch=opts.strict_fetch, out=opts.out)
    inputs = inputs_sha256(ws.overrides_dir)
    if not opts.force and _up_to_date(ws, previous, pulled, inputs):
        _remember_source(ws, previous, pulled)
        opts.out(
            f"up to date: {pulled.document.get('info', {}).get('title')} {previous.info_version} "
            f"(sha256 {pulled.spec_sha[:16]}...), package {previous.package_version}; FORCE=1 regenerates anyway"
        )
        _forget_pulled(ws)
        return 0

    swap_stage.assert_writable(ws)  # fail fast on a read-only checkout, not after a full build
    old_document = json.loads(ws.spec_path.read_text()) if ws.spec_path.is_file() else None
    spec_changed = not _is_committed(ws, pulled.spec_bytes)
    checks = _start_checks(ws, pulled.document, opts.strict_spec)  # beside the build, gating what follows it
    try:
        result = _build_or_explain(ws, opts, previous, pulled, checks, old_document, spec_changed)
        # The change report and gate: only when the spec or the package output changed. The report is
        # computed while the checks may still run (on a bump they are slower than a warm build); their
        # verdicts come in before the gate prints or anything is swapped.
        files, changes = _beside_checks(
            checks, lambda: _files_and_report(ws, opts, previous, result, old_document, pulled.document, spec_changed)
        )
        result.notes[:0] = checks.collect()
        if changes is not None:
            _gate(ws, opts, changes)
        record = _new_record(pulled, result, inputs)
        if record == previous and not files.any and _is_committed(ws, pulled.spec_bytes):
            opts.out("up to date: regenerated output is identical to generated/")
            _forget_pulled(ws)
            return 0
        _swap(ws, opts, result, record, pulled.spec_bytes, changes, files)
    finally:
        swap_stage.discard(ws)
        _clean_scratch(ws)

    notes = result.notes + (changes.lines() if changes else [])
    opts.out(_regen_summary(record, result, files, notes).render())
    return 0


def _is_committed(ws: Workspace, spec_bytes: bytes) -> bool:
    return ws.spec_path.is_file() and ws.spec_path.read_bytes() == spec_bytes


def _up_to_date(ws: Workspace, previous: Record, pulled: Pulled, inputs: str) -> bool:
    """Same spec, same pipeline inputs, and generated/ as the record left it: nothing to build."""
    return (
        previous.spec_sha256 == pulled.spec_sha
        and previous.inputs_sha256 == inputs
        and _is_committed(ws, pulled.spec_bytes)
        and previous.generated_sha256 == tree_sha256(ws.generated_dir)
    )


def _remember_source(ws: Workspace, previous: Record, pulled: Pulled) -> None:
    """Same spec with a new ETag: remember it and its URL, so the next fetch can be a 304.

    Without an ETag (a `file://` URL, a server that sends none) there is nothing a next fetch could reuse,
    so an up-to-date regen leaves the committed record (and `git status`) alone.
    """
    if pulled.fresh and pulled.etag and (pulled.source_url, pulled.etag) != (previous.source_url, previous.etag):
        write_record(ws.record_path, replace(previous, source_url=pulled.source_url, etag=pulled.etag))


def _build_or_explain(
    ws: Workspace,
    opts: RegenOptions,
    previous: Record,
    pulled: Pulled,
    checks: SpecChecks,
    old_document: dict[str, Any] | None,
    spec_changed: bool,
) -> BuildResult:
    """`build()`; on override drift, the API changes are printed beside it and the pulled spec kept."""
    try:
        return build(ws, pulled.document, pulled.spec_sha, previous, checks, collect=False)
    except RegenError as exc:
        if exc.stage == "overlay" and spec_changed:
            # Override drift: show the API changes beside it, so both are reviewed in one place.
            from . import changes as api_changes
            from .spec_view import names_to_keep

            kept = names_to_keep(previous.model_names, old_document)
            drift_report = api_changes.spec_only_report(old_document, pulled.document, ws.overrides_dir, kept)
            pending = _pending_report(ws)
            full_list = api_changes.write_pending(drift_report, pending, str(pending.relative_to(ws.root)))
            for line in drift_report.lines(full_list):
                opts.out(line)
        if isinstance(exc, DriftError):
            raise drift_error(
                exc.drifted, pulled=_keep_pulled(ws, pulled.spec_bytes), unmatched=exc.unmatched
            ) from None
        raise


def _files_and_report(
    ws: Workspace,
    opts: RegenOptions,
    previous: Record,
    result: BuildResult,
    old_document: dict[str, Any] | None,
    document: dict[str, Any],
    spec_changed: bool,
) -> tuple[FileChanges, ChangeReport | None]:
    """What the build changes in generated/, and the change report when the spec or the package changed."""
    files = diff_trees(ws.generated_dir, result.dist_dir)
    if not (spec_changed or files.any):
        return files, None
    changes = _compare(ws, previous, result, old_document, document, spec_changed)
    if opts.apps:  # printed with the report (the gate's too), never written to CHANGELOG.md
        changes.impact = _app_impact(ws, opts, result, changes, old_document, document).lines
    return files, changes


def _gate(ws: Workspace, opts: RegenOptions, changes: ChangeReport) -> None:
    """Stops on a breaking change (unless ALLOW_BREAKING=1), printing the report."""
    from . import changes as api_changes

    pending = _pending_report(ws)
    api_changes.gate(changes, opts.allow_breaking, opts.out, pending, str(pending.relative_to(ws.root)))


def _compare(
    ws: Workspace,
    previous: Record,
    result: BuildResult,
    old_document: dict[str, Any] | None,
    document: dict[str, Any],
    spec_changed: bool,
) -> ChangeReport:
    """The change report of a build against the committed spec and package (regen and impact alike),
    with the model names the build kept, and the package version's order checked."""
    from . import changes as api_changes

    changes = api_changes.compare(
        old_document,
        document,
        ws.generated_dir,
        result.dist_dir,
        ws.scratch_dir,
        spec_changed=spec_changed,
        overrides_dir=ws.overrides_dir,
        names=result.kept_names,
    )
    api_changes.check_version_order(changes, previous.package_version, result.package_version)
    return changes


def _app_impact(
    ws: Workspace,
    opts: RegenOptions,
    result: BuildResult,
    changes: ChangeReport,
    old_document: dict[str, Any] | None,
    document: dict[str, Any],
) -> AppImpact:
    from .changes.impact import app_impact

    specs = (old_document, document)
    cache = _mypy_cache(ws) / "impact"
    return app_impact(list(opts.apps), ws.generated_dir, result.dist_dir, changes, specs, ws.overrides_dir, cache)


def impact(ws: Workspace, opts: RegenOptions) -> int:
    """`make impact`: the change report and what it breaks in APP, changing nothing (no swap, no
    CHANGELOG.md, no version). Exit 1 when a line of APP breaks, so an app's CI can run it."""
    with workspace_lock(ws):
        return _impact(ws, opts)


def _impact(ws: Workspace, opts: RegenOptions) -> int:

    previous = read_record(ws.record_path)
    pulled = pull(ws, opts.url, previous, strict_fetch=opts.strict_fetch, out=opts.out)
    if _up_to_date(ws, previous, pulled, inputs_sha256(ws.overrides_dir)):
        labels = " ".join(app.label for app in opts.apps)
        opts.out(f"impact: the spec is the one generated/ was built from; nothing changed for {labels}")
        return 0
    old_document = json.loads(ws.spec_path.read_text()) if ws.spec_path.is_file() else None
    spec_changed = not _is_committed(ws, pulled.spec_bytes)
    checks = _start_checks(ws, pulled.document, opts.strict_spec)  # beside the build, gating what follows it
    try:
        result = build(ws, pulled.document, pulled.spec_sha, previous, checks)
        changes = _compare(ws, previous, result, old_document, pulled.document, spec_changed)
        found = _app_impact(ws, opts, result, changes, old_document, pulled.document)
    finally:
        _clean_scratch(ws)
    changes.impact = found.lines
    for line in changes.lines(""):
        opts.out(line)
    return 1 if found.broken_lines else 0


def _new_record(pulled: Pulled, result: BuildResult, inputs: str) -> Record:
    info = pulled.document.get("info", {})
    return Record(
        source_url=pulled.source_url,
        etag=pulled.etag,
        info_title=str(info.get("title", "")),
        info_version=str(info.get("version", "")),
        spec_sha256=pulled.spec_sha,
        package_version=result.package_version,
        inputs_sha256=inputs,
        generated_sha256=tree_sha256(result.dist_dir),
        model_names=result.site_names,
    )


def _swap(
    ws: Workspace,
    opts: RegenOptions,
    result: BuildResult,
    record: Record,
    spec_bytes: bytes,
    changes: ChangeReport | None,
    files: FileChanges,
) -> None:
    """openapi.json, its record, CHANGELOG.md and generated/ in one transaction (`swap.py`)."""
    swap_stage.assert_writable(ws)
    kill_point("swap")
    swap_files = {"openapi.json": spec_bytes, "openapi.record.json": record_bytes(record)}
    if changes is not None:
        from . import changes as api_changes

        swap_files["CHANGELOG.md"] = api_changes.changelog_bytes(ws.changelog_path, record, changes, files)
    swap_stage.stage_transaction(ws, result.dist_dir, swap_files)
    kill_point("commit")
    swap_stage.commit(ws)
    _forget_pulled(ws)


def _clean_scratch(ws: Workspace) -> None:
    shutil.rmtree(ws.scratch_dir / "stage", ignore_errors=True)
    shutil.rmtree(ws.scratch_dir / "lint", ignore_errors=True)
    shutil.rmtree(ws.scratch_dir / "validate", ignore_errors=True)


def _regen_summary(record: Record, result: BuildResult, files: FileChanges, notes: list[str]) -> RegenSummary:
    return RegenSummary(
        title=record.info_title,
        api_version=record.info_version,
        package_version=record.package_version,
        spec_sha256=record.spec_sha256,
        source_url=record.source_url,
        operations=result.operations,
        models=result.models,
        files=files,
        notes=notes,
    )


def check_generated(ws: Workspace, out: Callable[[str], None] = print) -> int:
    """Regenerate from the committed snapshot into `.regen/stage/`; fail if `generated/` differs."""
    with workspace_lock(ws):
        return _check_generated(ws, out)


def _check_generated(ws: Workspace, out: Callable[[str], None]) -> int:
    swap_stage.recover(ws)
    previous = read_record(ws.record_path)
    document = parse_document(load_committed(ws), "application/json")
    spec_sha = sha256_bytes(canonical_json(document))
    try:
        result = build(ws, document, spec_sha, previous)
        files = diff_trees(ws.generated_dir, result.dist_dir)
    finally:
        _clean_scratch(ws)
    if files.any:
        listed = ", ".join((files.added + files.removed + files.changed)[:8])
        out(
            f"check-generated: generated/ differs from a fresh regen ({len(files.added)} added, "
            f"{len(files.removed)} removed, {len(files.changed)} changed: {listed}); run `make regen` and commit"
        )
        return 1
    out(
        "check-generated: generated/ matches a fresh regen of openapi.json "
        f"({result.operations} operations, {result.models} models)"
    )
    return 0
