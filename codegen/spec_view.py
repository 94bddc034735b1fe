"""The generator's view of a spec: normalised, then the spec overrides applied.

One function, used by the build (`pipeline`), the change report (`changes`) and `customer-dto`, so
each reads exactly what the generator generates from. Overrides run *after* normalisation because
they select our stable component names (`Customer`, `DeleteResponse`), not the vendor's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .normalise import normalise
from .overlay import OverlayCheck, check_overrides, drift_error
from .spec import NamingConfig, load_naming_config
from .workspace import OVERRIDES_DIR

__all__ = ["SpecView", "generator_view", "generator_view_unchecked", "normalised_view"]


@dataclass
class SpecView:
    spec: dict[str, Any]
    """What openapi-python-client receives."""
    notes: list[str]
    """The normaliser's and the overlay's report lines."""


def generator_view_unchecked(
    document: dict[str, Any], overrides_dir: Path = OVERRIDES_DIR, naming: NamingConfig | None = None
) -> OverlayCheck:
    """The view plus what the overrides' drift check found, without refusing on drift."""
    naming = naming or load_naming_config()
    normalised, report = normalise(document, naming)
    check = check_overrides(normalised, naming, overrides_dir)
    check.notes[:0] = report.lines()
    return check


def generator_view(
    document: dict[str, Any], overrides_dir: Path = OVERRIDES_DIR, naming: NamingConfig | None = None
) -> SpecView:
    """The view the build generates from; refuses (stage overlay) when the spec moved under an override."""
    check = generator_view_unchecked(document, overrides_dir, naming)
    if check.drifted:
        raise drift_error(check.drifted, unmatched=check.unmatched)
    return SpecView(check.patched, check.notes)


def normalised_view(document: dict[str, Any], overrides_dir: Path | None = None) -> dict[str, Any]:
    """The view's spec alone, for readers of a spec the build may not be generating from right now.

    Drift is not refused here: the overlay stage reports it for the pulled spec, and the committed
    spec may predate an accepted lock (the change report compares both; customer-dto reads the latter).
    """
    return generator_view_unchecked(document, overrides_dir or OVERRIDES_DIR).patched
