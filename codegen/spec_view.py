"""The generator's view of a spec: normalised, then the spec overrides applied.

One function, used by the build (`pipeline`), the change report (`changes`) and `customer-dto`, so
each reads exactly what the generator generates from. Overrides run *after* normalisation because
they select our stable component names (`Customer`, `DeleteResponse`), not the vendor's.

Model names are sticky (`codegen/sticky_names.py`): `names` is each site's model name in the release
the view regenerates from (the record's `model_names`, else `names_to_keep` derives them from the
committed `openapi.json`). The view returns the names it gave, for the next record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .normalise import NormaliseReport, normalise
from .override_lock import drift_error
from .spec import NamingConfig, load_naming_config
from .spec_overrides import OverlayCheck, check_overrides
from .workspace import OVERRIDES_DIR

__all__ = [
    "SpecView",
    "generator_view",
    "generator_view_unchecked",
    "named_view",
    "names_to_keep",
    "normalised_view",
]


@dataclass
class SpecView:
    spec: dict[str, Any]
    """What openapi-python-client receives."""
    notes: list[str]
    """The normaliser's and the overlay's report lines."""
    site_names: dict[str, str] = field(default_factory=dict)
    """Each site's model name (recorded in openapi.record.json as `model_names`)."""
    moved: list[str] = field(default_factory=list)
    """Sites whose model name differs from `names` (`<site>: Old -> New`)."""


def _checked(
    document: dict[str, Any], overrides_dir: Path, naming: NamingConfig | None, names: dict[str, str] | None
) -> tuple[OverlayCheck, NormaliseReport]:
    naming = naming or load_naming_config()
    normalised, report = normalise(document, naming, names)
    check = check_overrides(normalised, naming, overrides_dir)
    check.notes[:0] = report.lines()
    return check, report


def generator_view_unchecked(
    document: dict[str, Any],
    overrides_dir: Path = OVERRIDES_DIR,
    naming: NamingConfig | None = None,
    names: dict[str, str] | None = None,
) -> OverlayCheck:
    """The view plus what the overrides' drift check found, without refusing on drift."""
    return _checked(document, overrides_dir, naming, names)[0]


def named_view(
    document: dict[str, Any],
    overrides_dir: Path = OVERRIDES_DIR,
    naming: NamingConfig | None = None,
    names: dict[str, str] | None = None,
) -> SpecView:
    """The view and the names it gave, without refusing on drift (for the change report)."""
    return _view(*_checked(document, overrides_dir, naming, names))


def _view(check: OverlayCheck, report: NormaliseReport) -> SpecView:
    return SpecView(check.patched, check.notes, dict(sorted(report.site_names.items())), report.moved)


def generator_view(
    document: dict[str, Any],
    overrides_dir: Path = OVERRIDES_DIR,
    naming: NamingConfig | None = None,
    names: dict[str, str] | None = None,
) -> SpecView:
    """The view the build generates from; refuses (stage overlay) when the spec moved under an override."""
    check, report = _checked(document, overrides_dir, naming, names)
    if check.drifted:
        raise drift_error(check.drifted, unmatched=check.unmatched)
    return _view(check, report)


def normalised_view(
    document: dict[str, Any], overrides_dir: Path | None = None, names: dict[str, str] | None = None
) -> dict[str, Any]:
    """The view's spec alone, for readers of a spec the build may not be generating from right now.

    Drift is not refused here: the overlay stage reports it for the pulled spec, and the committed
    spec may predate an accepted lock (the change report compares both; customer-dto reads the latter).
    """
    return generator_view_unchecked(document, overrides_dir or OVERRIDES_DIR, names=names).patched


def names_to_keep(recorded: dict[str, str], committed: dict[str, Any] | None) -> dict[str, str]:
    """The names a regen keeps: the record's, else (a record from before names were recorded) the ones
    the committed spec gives on its own; none for a first snapshot."""
    if recorded or committed is None:
        return dict(recorded)
    return normalise(committed, load_naming_config())[1].site_names
