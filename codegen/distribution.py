"""The files that make `generated/` a pip-installable distribution, `finalpos-client`.

openapi-python-client runs with `--meta none` (package only); the metadata is ours, so the
version, dependencies, classifiers and `py.typed` are what we say and nothing carries a timestamp.

Written here: `pyproject.toml` (flit_core: it builds the wheel and sdist straight into pip's output
directory, so `pip install ./generated` leaves `generated/` byte-identical, unlike setuptools' in-tree
`build/` and `*.egg-info`), `README.md` (the user guide, rendered from
`codegen/templates/distribution/README.md.jinja`), `LICENSE` (the repository's own), `py.typed` and
`_version.py`. `api.md` is written by the surface stage beside the package (the sdist includes it) and
inside it (`finalpos/api.md`, so the wheel and an installed package carry it too).
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .provenance import write_headed
from .spec import DIST_NAME
from .version import version_module
from .workspace import CODEGEN_DIR, REPO_ROOT

__all__ = ["DIST_NAME", "LICENSE_EXPRESSION", "PROJECT_URLS", "SUPPORTED_PYTHONS", "write_distribution_files"]

SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13")
"""Every Python the package claims and `make test-pythons` runs the client tests on. 3.11 is the floor:
the generated code uses 3.11 features and openapi-python-client 0.29 (the generator) dropped 3.10."""
BUILD_BACKEND = "flit_core==4.2.0"
"""Pinned, like every tool; also in requirements.lock for offline builds (`--no-build-isolation`)."""
LICENSE_FILE = REPO_ROOT / "LICENSE"
LICENSE_EXPRESSION = "Apache-2.0"
"""SPDX expression of LICENSE (the repository's own); the package metadata's License-Expression."""
TEMPLATES_DIR = CODEGEN_DIR / "templates" / "distribution"

DOCUMENTATION_URL = "https://docs.finalpos.com"
REPOSITORY_URL = "https://github.com/finalpos/finalpos-client"
"""Assumed home of this repository: the API reference and Changelog Project-URLs point into it."""
PROJECT_URLS = {
    "Documentation": DOCUMENTATION_URL,
    "API reference": f"{REPOSITORY_URL}/blob/main/generated/api.md",
    "Changelog": f"{REPOSITORY_URL}/blob/main/CHANGELOG.md",
    "Source": REPOSITORY_URL,
}
KEYWORDS = ("finalpos", "final pos", "point of sale", "pos", "retail", "api", "client", "sdk", "openapi", "typed")
CLASSIFIERS = (
    "Development Status :: 4 - Beta",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    *(f"Programming Language :: Python :: {version}" for version in SUPPORTED_PYTHONS),
    "Topic :: Office/Business :: Financial :: Point-Of-Sale",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Typing :: Typed",
)


def _toml_list(items: tuple[str, ...] | list[str], indent: str = "    ") -> str:
    return "[\n" + "".join(f'{indent}"{item}",\n' for item in items) + "]"


def _pyproject(package: str, version: str, api_version: str) -> str:
    urls = "".join(f'"{name}" = "{url}"\n' for name, url in PROJECT_URLS.items())
    return f"""\
[build-system]
requires = ["{BUILD_BACKEND}"]
build-backend = "flit_core.buildapi"

[project]
name = "{DIST_NAME}"
version = "{version}"
description = "Typed Python client for the Final POS API {api_version}"
readme = "README.md"
# PEP 639: `License-Expression: Apache-2.0` in the metadata (flit_core ignores the old `{{ text = ... }}`
# table, which left the License field blank); a license classifier beside it is refused, so there is none.
license = "{LICENSE_EXPRESSION}"
license-files = ["LICENSE"]
requires-python = ">={SUPPORTED_PYTHONS[0]}"
keywords = {_toml_list(KEYWORDS)}
classifiers = {_toml_list(CLASSIFIERS)}
dependencies = [
    "httpx>=0.27,<0.29",
    "attrs>=23.1",
]

[project.urls]
{urls}
[tool.flit.module]
name = "{package}"

[tool.flit.sdist]
include = ["api.md"]

[tool.ruff]
line-length = 120

[tool.ruff.lint]
select = ["F", "I", "UP"]
"""


def render_readme(package: str, *, api_version: str, spec_sha256: str, reconstructed_notes: int = 0) -> str:
    """The user guide: what the package's index page (and a vendored copy) shows. No package version in it,
    so a guide change alone counts as a package change (`.postN`)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    return env.get_template("README.md.jinja").render(
        dist=DIST_NAME,
        package=package,
        api_version=api_version,
        spec_sha256=spec_sha256,
        pythons=SUPPORTED_PYTHONS,
        # Absolute: the guide is also the package's index page, where a relative link is dead.
        api_reference_url=PROJECT_URLS["API reference"],
        reconstructed_notes=reconstructed_notes,
    )


def write_distribution_files(
    dist_dir: Path, package: str, *, version: str, api_version: str, spec_sha256: str, reconstructed_notes: int = 0
) -> None:
    """Each file with its provenance header (the pipeline rewrites them after heading the tree); LICENSE verbatim.
    `reconstructed_notes`: the spec's `x-reconstructed` count, which the guide's spec status states."""
    write_headed(dist_dir, "pyproject.toml", package, _pyproject(package, version, api_version))
    readme = render_readme(
        package, api_version=api_version, spec_sha256=spec_sha256, reconstructed_notes=reconstructed_notes
    )
    write_headed(dist_dir, "README.md", package, readme)
    (dist_dir / "LICENSE").write_bytes(LICENSE_FILE.read_bytes())
    write_headed(dist_dir, f"{package}/py.typed", package, "")
    write_headed(dist_dir, f"{package}/_version.py", package, version_module(version, api_version, spec_sha256))
