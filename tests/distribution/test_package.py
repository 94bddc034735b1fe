"""The distribution as a user meets it: built from `generated/` by pip and build (offline: flit_core from
.venv, `--no-build-isolation`), its metadata, its files, and `generated/` left byte-identical."""

from __future__ import annotations

import email.parser
import hashlib
import re
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen.distribution import DIST_NAME, SUPPORTED_PYTHONS

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
    assert "License :: OSI Approved :: Apache Software License" in classifiers
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
    assert "finalpos/py.typed" in package_files
    assert package_files <= names, sorted(package_files - names)


def test_sdist_ships_api_md_readme_license_and_pyproject(built: Built) -> None:
    with tarfile.open(built.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"api.md", "README.md", "LICENSE", "pyproject.toml", "finalpos/__init__.py", "finalpos/py.typed"} <= names


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
    "Uploads, downloads and public operations",
    "Extra headers, query and body",
    "Logging",
    "Async",
    "Lenient and strict responses",
    "Model repr and equality",
    "Testing your integration: `finalpos.testing`",
    "Import cost",
    "Versioning",
)


def test_user_guide_has_every_section_and_links_api_md_beside_it() -> None:
    guide = (GENERATED / "README.md").read_text()
    headings = re.findall(r"^## (.+)$", guide, flags=re.M)
    assert headings == list(GUIDE_SECTIONS)
    links = re.findall(r"\]\(([^)#]+)\)", guide)
    assert "api.md" in links
    for link in links:
        assert link.startswith("https://") or (GENERATED / link).is_file(), link
    assert "make customer-dto" in guide and "__api_version__" in guide and "__version__" in guide


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
