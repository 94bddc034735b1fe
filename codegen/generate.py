"""Stage 4, generate: openapi-python-client, in-process, into a staging directory.

The generator's warnings mean a skipped endpoint or a degraded property, and it otherwise keeps
quiet about them; here each one fails the run, naming the endpoint, unless
`codegen/config/generator-allowlist.yaml` accepts it with a reason. Formatting (ruff) runs here
too, and a missing ruff is an error rather than the generator's silent "Skipping Integration".
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .content_types import binary_response_types, generic_request_bodies
from .errors import RegenError
from .spec import DYNAMIC_EXTENSION, PACKAGE
from .workspace import CODEGEN_DIR, CONFIG_DIR

__all__ = ["GenerateResult", "generate", "generator_config", "ruff_executable", "run_ruff"]

STAGE = "generate"
TEMPLATES_DIR = CODEGEN_DIR / "templates"


@dataclass
class GenerateResult:
    package_dir: Path
    data: Any  # openapi_python_client.parser.GeneratorData, kept for the later surface stage
    models: int
    operations: int
    allowed_warnings: list[str] = field(default_factory=list)


def ruff_executable() -> Path:
    """ruff beside this interpreter (the pinned one), or $RUFF."""
    configured = os.environ.get("RUFF")
    return Path(configured) if configured else Path(sys.executable).with_name("ruff")


def run_ruff(target: Path, stage: str = STAGE) -> None:
    ruff = ruff_executable()
    if not (ruff.is_file() and os.access(ruff, os.X_OK)):
        raise RegenError(
            stage, f"ruff not found at {ruff}", "run `make setup` (the generator would skip formatting silently)"
        )
    for args in (
        # Imports are rendered one line each and ruff drops the unused names: rejoining what stays
        # (no magic trailing comma for imports) keeps a short import on one line.
        ["check", "--fix-only", "--extend-select=I", "--config=lint.isort.split-on-trailing-comma=false"]
        + ["--quiet", "--no-cache", "."],
        ["format", "--quiet", "--no-cache", "."],
    ):
        done = subprocess.run([str(ruff), *args], cwd=target, capture_output=True, text=True)
        if done.returncode != 0:
            first = (done.stderr or done.stdout).strip().splitlines()[:1]
            raise RegenError(stage, f"ruff {args[0]} failed: {first[0] if first else done.returncode}", "")


def _allowlist() -> list[dict[str, str]]:
    entries = yaml.safe_load((CONFIG_DIR / "generator-allowlist.yaml").read_text()) or []
    return [e for e in entries if isinstance(e, dict) and e.get("match") and e.get("reason")]


def _describe(error: Any) -> str:
    detail = (error.detail or "").strip().replace("\n", " ")
    data = getattr(error, "data", None)
    where = ""
    if data is not None:
        op_id = getattr(data, "operationId", None)
        if op_id:
            where = f" in operation {op_id}"
    return f"{error.header.strip()} {detail}{where}".strip()


@contextmanager
def _untrusted_strings_as_text() -> Iterator[None]:
    """While the generator parses, its `UntrustedString` prints as its text: its warnings format
    spec values (a status code) with f-strings, which otherwise give `<...UntrustedString object at 0x...>`.
    Parsing writes no code, so nothing generated can pick the text up."""
    from openapi_python_client.schema.untrusted_string import UntrustedString

    cls: Any = UntrustedString  # patched for the parse only, and put back as it was
    saved = vars(cls).get("__str__")
    cls.__str__ = cls.get_untrusted_value
    try:
        yield
    finally:
        if saved is None:
            del cls.__str__
        else:
            cls.__str__ = saved


def generator_config(package_dir: Path) -> Any:
    """openapi-python-client's `Config` from `codegen/config/generator.yaml` (package only, no metadata)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType

    return Config.from_sources(
        ConfigFile.load_from_path(CONFIG_DIR / "generator.yaml"),
        MetaType.NONE,
        document_source=Path("openapi.json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )


UNUSED_MODULES = ("client.py", "errors.py")
"""The generator's low-level `Client`/`AuthenticatedClient` and `UnexpectedStatus`: the runtime sends,
retries and raises its own errors."""


def _keep_only_what_the_runtime_uses(package_dir: Path) -> None:
    """openapi-python-client always writes `api/` (a module per operation), `client.py` and `errors.py`;
    no option skips them. Each resource method builds its own request (runtime `_wire.request_kwargs`),
    so none of them is kept."""
    import shutil

    shutil.rmtree(package_dir / "api", ignore_errors=True)
    for name in UNUSED_MODULES:
        (package_dir / name).unlink(missing_ok=True)


def generate(spec: dict[str, Any], stage_dir: Path) -> GenerateResult:
    """Generate the `finalpos` package from a normalised spec into stage_dir/finalpos.

    A refusal carries every warning refused as its items (the pipeline lists them under `.regen/`).
    """
    try:
        from openapi_python_client import Project
        from openapi_python_client.parser import GeneratorData
        from openapi_python_client.parser.errors import ErrorLevel
    except ImportError as exc:  # pragma: no cover - a broken environment
        raise RegenError(STAGE, f"openapi-python-client is not importable ({exc})", "run `make setup`") from None

    package_dir = stage_dir / PACKAGE
    config = generator_config(package_dir)
    # Binary responses of any media type (application/pdf, image/png, */*) are bytes to the generator too,
    # and so is a request body it cannot build (application/xml, text/csv): sent as given.
    spec, raw_bodies = generic_request_bodies(spec)
    overrides = binary_response_types(spec) | raw_bodies
    config.content_type_overrides.update(dict.fromkeys(overrides, "application/octet-stream"))
    try:
        with _untrusted_strings_as_text():
            data = GeneratorData.from_dict(spec, config=config)
    except Exception as exc:  # the generator's own crash: report it as ours, in one line
        raise RegenError(
            STAGE, f"openapi-python-client crashed parsing the spec: {type(exc).__name__}: {exc}"[:300], ""
        ) from None
    if not isinstance(data, GeneratorData):
        raise RegenError(STAGE, f"openapi-python-client refused the spec: {_describe(data)}"[:400], "")

    try:
        with open(os.devnull, "w") as devnull:
            stdout, sys.stdout = sys.stdout, devnull  # Project.build() prints "Generating ..."
            try:
                project = Project(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
                # Our templates name the pipeline's own spec extensions from codegen.spec, never as literals.
                project.env.globals.update(dynamic_extension=DYNAMIC_EXTENSION)
                errors = list(project.build())
            finally:
                sys.stdout = stdout
    except Exception as exc:
        raise RegenError(STAGE, f"openapi-python-client crashed: {type(exc).__name__}: {exc}"[:300], "") from None

    allow = _allowlist()
    allowed: list[str] = []
    refused: list[str] = []
    for error in errors:
        text = _describe(error)
        if error.level == ErrorLevel.ERROR:
            refused.append(text)
        elif any(entry["match"] in text for entry in allow):
            allowed.append(text)
        else:
            refused.append(text)
    if refused:
        where = re.search(r"parsing ([A-Z]+ \S+)", refused[0])
        entry = f'`- match: "parsing {where.group(1)}"` with a `reason:`' if where else "an entry with a reason"
        raise RegenError(
            STAGE,
            f"the generator dropped or degraded part of the API: {refused[0][:300]}",
            "fix the spec (or codegen/normalise.py), "
            f"or accept it: add {entry} to codegen/config/generator-allowlist.yaml",
            items=refused,
        )

    _keep_only_what_the_runtime_uses(package_dir)
    operations = sum(len(c.endpoints) for c in data.endpoint_collections_by_tag.values())
    return GenerateResult(
        package_dir, data, models=len(data.models) + len(data.enums), operations=operations, allowed_warnings=allowed
    )
