"""Type-check a user's app against one `finalpos` package (mypy), reading the app and writing nothing in it.

An app is a folder or a `.py` file (`APP=`). Its Python files are checked with the app's own mypy
config when its folder has one (`mypy.ini`, `.mypy.ini`, `pyproject.toml` with `[tool.mypy]`,
`setup.cfg` with `[mypy]`), else with `codegen/config/impact-mypy.ini`. `finalpos` resolves to the
package under test through `MYPYPATH`, which mypy searches before the app's folders and installed
packages, so a vendored or installed copy never stands in for it. The cache lives under `.regen/`
(one folder per package side and config, so each stays warm from bump to bump).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from configparser import ConfigParser
from dataclasses import dataclass
from pathlib import Path

from ..errors import RegenError
from ..spec import PACKAGE
from ..workspace import CONFIG_DIR

__all__ = ["App", "AppError", "CheckJob", "find_app"]

STAGE = "impact"
DEFAULT_CONFIG = CONFIG_DIR / "impact-mypy.ini"
# Folders that are never the app's own code: environments, caches, and a vendored copy of the package.
SKIP_DIRS = frozenset({PACKAGE, "__pycache__", "node_modules", "site-packages", "venv", "build", "dist"})
_ERROR_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$")


@dataclass(frozen=True)
class App:
    """One `APP=` entry: as the user wrote it, its root folder, its Python files and its mypy config."""

    label: str
    root: Path
    files: tuple[Path, ...]
    config: Path

    def shown(self, path: Path) -> str:
        """A path as the user would type it: under the APP they gave."""
        if self.root == path:
            return self.label
        if len(self.files) == 1 and self.files[0] == path and self.label.endswith(".py"):
            return self.label
        return os.path.join(self.label, os.path.relpath(path, self.root))


@dataclass(frozen=True, order=True)
class AppError:
    path: Path
    line: int
    message: str


def find_app(label: str, cwd: Path | None = None) -> App:
    """The app behind one `APP=` entry; a missing or unreadable one is a `RegenError` (one line)."""
    where = (cwd or Path.cwd()) / label
    try:
        if where.is_file() and where.suffix == ".py":
            where.read_bytes()
            root = where.parent.resolve()
            return App(label, root, (where.resolve(),), _config(root))
        if where.is_dir():
            root = where.resolve()
            files = tuple(sorted(_python_files(root)))
            for path in files:
                with open(path, "rb"):
                    pass
            if files:
                return App(label, root, files, _config(root))
            problem = "has no .py files"
        elif where.exists():
            problem = "is neither a folder nor a .py file"
        else:
            problem = "does not exist"
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or exc})"
    raise RegenError(STAGE, f"APP={label} {problem}", 'set APP to your app\'s folder or .py file (several: APP="a b")')


def _python_files(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, onerror=_raise):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
        yield from (Path(folder) / f for f in files if f.endswith(".py"))


def _raise(error: OSError) -> None:
    raise error


def _config(root: Path) -> Path:
    """The app's own mypy config in its folder, else ours."""
    for name in ("mypy.ini", ".mypy.ini"):
        if (root / name).is_file():
            return root / name
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            if "mypy" in tomllib.loads(pyproject.read_text()).get("tool", {}):
                return pyproject
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            pass
    setup_cfg = root / "setup.cfg"
    if setup_cfg.is_file():
        parser = ConfigParser()
        try:
            parser.read(setup_cfg)
        except Exception:  # noqa: BLE001 (an unparseable setup.cfg is not a mypy config)
            return DEFAULT_CONFIG
        if parser.has_section("mypy"):
            return setup_cfg
    return DEFAULT_CONFIG


class CheckJob:
    """One mypy run (a subprocess, started at once) of some apps sharing a config, against one package."""

    def __init__(self, apps: list[App], package_parent: Path, cache_root: Path, side: str) -> None:
        self.apps = apps
        config = apps[0].config
        key = hashlib.sha256(str(config).encode() + config.read_bytes()).hexdigest()[:12]
        cache = cache_root / f"{side}-{key}"
        cache.mkdir(parents=True, exist_ok=True)
        files = sorted({f for app in apps for f in app.files})
        command = [
            sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(cache),
            "--show-absolute-path", "--show-error-codes", "--no-error-summary", "--no-pretty",
            "--hide-error-context", "--no-color-output", "--soft-error-limit=-1", *map(str, files),
        ]  # fmt: skip
        env = {**os.environ, "MYPYPATH": str(package_parent), "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("MYPY_CACHE_DIR", None)
        self._files = set(files)
        # cwd: the app's folder, so relative paths in its own config mean what they mean to the app.
        self._proc = subprocess.Popen(
            command, cwd=apps[0].root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def errors(self) -> set[AppError]:
        """The errors mypy reports in the app's own files (not in `finalpos`, not in what it imports)."""
        out, err = self._proc.communicate()
        if self._proc.returncode not in (0, 1):
            first = (err.strip() or out.strip() or "(no output)").splitlines()[-1][:300]
            raise RegenError(STAGE, f"mypy could not check the app: {first}", "check APP's mypy config")
        found = set()
        for line in out.splitlines():
            match = _ERROR_LINE.match(line)
            if match and Path(match["path"]) in self._files:
                found.add(AppError(Path(match["path"]), int(match["line"]), match["message"].strip()))
        return found

    def kill(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
