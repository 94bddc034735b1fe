"""The distribution as a user meets it: built from `generated/` by pip and build (offline: flit_core from
.venv, `--no-build-isolation`), its metadata, its files, and `generated/` left byte-identical."""

from __future__ import annotations

import email.parser
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen.distribution import DIST_NAME, LICENSE_EXPRESSION, PROJECT_URLS, SUPPORTED_PYTHONS, render_readme
from codegen.spec import HTTP_METHODS, reconstructed_notes

REPO_ROOT = Path(__file__).resolve().parents[2]
GENERATED = REPO_ROOT / "generated"


def tree_state(root: Path) -> str:
    """Every file under root (ignored ones too) with its bytes, and every directory: one digest."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        if path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def git_status() -> str:
    done = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--", "generated"],
        cwd=REPO_ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


@dataclass
class Built:
    wheel: Path
    sdist: Path
    installed: Path
    before: tuple[str, str]
    after: tuple[str, str]


def pip(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("dist")
    before = (tree_state(GENERATED), git_status())
    pip("install", "--no-deps", "--no-build-isolation", "--target", str(out / "site"), "-q", str(GENERATED))
    pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(out), "-q", str(GENERATED))
    done = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(out), str(GENERATED)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = (tree_state(GENERATED), git_status())
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Built(wheel, sdist, out / "site", before, after)


def metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(archive.read(name).decode())


def test_installing_and_building_leave_generated_byte_identical(built: Built) -> None:
    assert built.after == built.before
    assert not (GENERATED / "build").exists() and not list(GENERATED.glob("*.egg-info"))


def test_metadata_declares_pythons_typing_license_urls_and_keywords(built: Built) -> None:
    meta = metadata(built.wheel)
    classifiers = meta.get_all("Classifier")
    for version in SUPPORTED_PYTHONS:
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert meta["License-Expression"] == LICENSE_EXPRESSION == "Apache-2.0"
    assert not [c for c in classifiers if c.startswith("License ::")], "PEP 639: no license classifier beside it"
    assert meta["Name"] == DIST_NAME and meta["Requires-Python"] == f">={SUPPORTED_PYTHONS[0]}"
    assert meta["License-File"] == "LICENSE"
    urls = dict(entry.split(", ", 1) for entry in meta.get_all("Project-URL"))
    assert urls["Documentation"] == "https://docs.finalpos.com"
    assert {"API reference", "Changelog"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
    assert "finalpos" in meta["Keywords"].split(",")
    assert meta["Description-Content-Type"] == "text/markdown"
    assert meta.get_payload().rstrip("\n") == (GENERATED / "README.md").read_text().rstrip("\n")


def test_wheel_holds_the_whole_package_and_the_license(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as archive:
        names = set(archive.namelist())
        (license_name,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert archive.read(license_name) == (REPO_ROOT / "LICENSE").read_bytes()
    package_files = {
        str(p.relative_to(GENERATED)) for p in (GENERATED / "finalpos").rglob("*") if p.is_file() and p.suffix != ".pyc"
    }
    assert {"finalpos/py.typed", "finalpos/testing/routes.json"} <= package_files
    assert package_files <= names, sorted(package_files - names)
    assert "finalpos/api.md" in names, "the wheel (and so an installed package) carries the API reference"
    with zipfile.ZipFile(built.wheel) as archive:
        shipped = archive.read("finalpos/api.md").decode()
    assert shipped.split("\n", 1)[1] == (GENERATED / "api.md").read_text().split("\n", 1)[1]


def test_sdist_ships_api_md_readme_license_and_pyproject(built: Built) -> None:
    with tarfile.open(built.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    top = {"api.md", "README.md", "LICENSE", "pyproject.toml"}
    assert top | {"finalpos/__init__.py", "finalpos/py.typed", "finalpos/testing/routes.json"} <= names


def test_installed_metadata_names_the_license(built: Built) -> None:
    """What `pip show finalpos-client` reads: the installed METADATA states the license (PEP 639 field)."""
    code = "import importlib.metadata as m; print(m.metadata('finalpos-client')['License-Expression'])"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        env={"PYTHONPATH": str(built.installed), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Apache-2.0"


def test_pip_install_gives_an_importable_typed_package(built: Built) -> None:
    code = "import finalpos; print(finalpos.__file__, finalpos.__version__)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=built.installed, capture_output=True, text=True, timeout=60,
        env={"PYTHONPATH": str(built.installed), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    location, version = done.stdout.split()
    assert Path(location).is_relative_to(built.installed)
    assert (built.installed / "finalpos" / "py.typed").is_file()
    pyproject = (GENERATED / "pyproject.toml").read_text()
    assert f'version = "{version}"' in pyproject


def test_the_installed_fake_serves_every_operation_from_its_packaged_route_table(built: Built) -> None:
    """`finalpos.testing` reads its route table from package data (`testing/routes.json`): installed from
    the wheel, outside the repository, the fake still knows every operation of the spec."""
    code = "from finalpos.testing import FakeFinalPOS as F; fake = F(); print(fake.api_version, len(fake.operations))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=built.installed, capture_output=True, text=True, timeout=60,
        env={"PYTHONPATH": str(built.installed), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    spec = json.loads((REPO_ROOT / "openapi.json").read_text())
    count = sum(1 for item in spec["paths"].values() for method in item if method in HTTP_METHODS)
    assert done.stdout.split() == [spec["info"]["version"], str(count)]


def test_license_files_match_the_repository_license() -> None:
    assert (GENERATED / "LICENSE").read_bytes() == (REPO_ROOT / "LICENSE").read_bytes()
    assert (REPO_ROOT / "LICENSE").read_text().lstrip().startswith("Apache License")


GUIDE_SECTIONS = (
    "Install",
    "Quickstart",
    "Authentication and environments",
    "Configuration errors",
    "Errors",
    "Retries and timeouts",
    "Pagination and prefetch",
    "Custom fields and a typed tenant Customer",
    "Raw responses",
    "Copies of a client, and endpoints the API description lacks",
    "Copying, caching and serialising models",
    "Uploads, downloads and public operations",
    "Extra headers, query and body",
    "Logging",
    "Async",
    "Lenient and strict responses",
    "Deprecations, enums and unions",
    "Model repr and equality",
    "Testing your integration: `finalpos.testing`",
    "Import cost",
    "Versioning",
)


def test_user_guide_has_every_section_and_links_api_md_absolutely() -> None:
    """The guide is the package's index page too, where a relative link is dead: every link is absolute."""
    guide = (GENERATED / "README.md").read_text()
    headings = re.findall(r"^## (.+)$", guide, flags=re.M)
    assert headings == list(GUIDE_SECTIONS)
    links = re.findall(r"\]\(([^)#]+)\)", guide)
    assert PROJECT_URLS["API reference"] in links and PROJECT_URLS["API reference"].endswith("/generated/api.md")
    for link in links:
        assert link.startswith("https://"), link
    assert "make customer-dto" in guide and "__api_version__" in guide and "__version__" in guide
    # Constructs a vendor file may carry that today's spec does not (server variables, deprecations, enum
    # names, page envelopes): the guide explains them.
    for construct in ("server_variables=", "FINALPOS_SERVER_<NAME>", "DeprecationWarning", "x-enumNames", "page.total"):
        assert construct in guide, construct
    assert "UnknownVariant" in guide and "<Entity>Page" in guide


def test_user_guide_is_stable_under_ruff_format(tmp_path: Path) -> None:
    """regen runs `ruff format` over the stage, which formats Markdown code blocks too, and then writes the
    guide again: a template whose code ruff would reformat makes every check-generated see a change."""
    copy = tmp_path / "README.md"
    copy.write_bytes((GENERATED / "README.md").read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--no-cache", "--diff", str(copy)], capture_output=True, text=True
    )
    assert done.returncode == 0, (
        "format the code blocks in codegen/templates/distribution/README.md.jinja:\n" + done.stdout
    )


def test_every_method_the_user_guide_calls_exists() -> None:
    from finalpos import AsyncFinalPOS, FinalPOS

    guide = (GENERATED / "README.md").read_text()
    calls = set(re.findall(r"\b(client|async_client)\.(\w+)\.(?:with_raw_response\.)?(\w+)\(", guide))
    assert len(calls) >= 5
    clients = {
        "client": FinalPOS(api_key="k", base_url="http://127.0.0.1:9"),
        "async_client": AsyncFinalPOS(api_key="k", base_url="http://127.0.0.1:9"),
    }
    for name, resource, method in sorted(calls):
        assert callable(getattr(getattr(clients[name], resource), method, None)), f"{name}.{resource}.{method}"


def test_guide_and_readme_say_the_committed_spec_is_a_reconstruction() -> None:
    """The spec's status in plain words: the guide counts the snapshot's `x-reconstructed` notes and says
    what pulling the published file does; a description without notes is called the vendor's file."""
    notes = reconstructed_notes(json.loads((REPO_ROOT / "openapi.json").read_text()))
    assert notes > 0
    guide = (GENERATED / "README.md").read_text()
    status = guide.split("**Status of the API description:**", 1)[1].split("\n## ", 1)[0]
    assert "reconstruction" in status and f"{notes} `x-reconstructed` notes" in status
    assert "published file" in status and "CHANGELOG.md" in status
    vendor = render_readme("finalpos", api_version="2.0.0", spec_sha256="0" * 64, reconstructed_notes=0)
    assert "generated from the vendor's published OpenAPI file" in vendor and "reconstruction" not in vendor
    readme = (REPO_ROOT / "README.md").read_text()
    assert "## The spec's status" in readme and "reconstruction" in readme and f"{notes} `x-reconstructed`" in readme
