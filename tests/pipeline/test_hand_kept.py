"""The one home of hand-kept package code: `codegen/runtime/` mirrors `finalpos/`, copied verbatim.

A module an override declares (`code:` in overrides/overrides.yaml) lives there too but ships only with
its override (the overlay stage), so retiring the override drops the module from the package.
"""

from __future__ import annotations

from pathlib import Path

from codegen.code_overrides import apply_code_overrides, code_modules
from codegen.hand_kept import RUNTIME_DIR, copy_runtime, runtime_modules
from codegen.override_manifest import load_overrides

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = REPO_ROOT / "generated" / "finalpos"


def test_every_hand_kept_module_is_copied_verbatim_at_its_package_path(tmp_path: Path) -> None:
    claimed = code_modules()
    copied = copy_runtime(tmp_path, skip=claimed)
    assert {"__init__.py", "types.py", "_base_client.py", "testing/_fake.py"} <= set(copied)
    for name in copied:
        assert (tmp_path / name).read_bytes() == (RUNTIME_DIR / name).read_bytes(), name
    for name in claimed:
        assert not (tmp_path / name).exists(), f"{name} ships only with its override"


def test_an_override_ships_its_code_module_from_the_same_home(tmp_path: Path) -> None:
    declared = {name for override in load_overrides() for name in override.code}
    assert declared == {"_custom_fields.py"} == code_modules()
    assert set(runtime_modules()) >= declared
    (tmp_path / "models").mkdir()
    notes = apply_code_overrides(tmp_path)
    assert notes == ["overlay: customer-dynamic-fields -> " + tmp_path.name + "/_custom_fields.py"]
    assert (tmp_path / "_custom_fields.py").read_bytes() == (RUNTIME_DIR / "_custom_fields.py").read_bytes()


def test_the_package_holds_every_hand_kept_module() -> None:
    for name in runtime_modules():
        assert (PACKAGE_DIR / name).is_file(), f"codegen/runtime/{name} is missing from generated/finalpos/"
