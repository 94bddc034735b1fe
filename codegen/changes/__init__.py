"""API change report and breaking-change gate for version bumps.

When a pulled spec differs from the committed `openapi.json`, `compare()` says what changed *for code
that uses `finalpos`*: operations, parameters, request bodies, responses and model fields added,
removed, made required or optional, changed in type or enum, and models renamed. Each item is judged
breaking or not by `RULES` (the same table is in docs/versioning.md).

Three sources, each used for what it does well:

- a structural diff of the *normalised* specs (`diff`, reading them through `usage`): it knows the
  model names the client has and whether a model is sent (request), received (response) or both,
  which decides the verdict (`rules`); a site whose model name moved is one item naming the site, the
  old and the new name (`names`); auth and servers are compared beside it (`settings`);
- `redocly diff` (`redocly`): the server-side semver view, reported beside ours;
- griffe (`python_surface`): the old vs new generated package's public Python API (removed modules,
  functions, classes, attributes; changed signatures), folded to one item per user-facing object.
  What it finds is breaking.

`report` gathers them (`compare()`) and formats the report; `gate` stops a breaking regen before the
swap; `changelog` writes the report into CHANGELOG.md. The modules import one another in that order
(rules, usage, settings, diff, names, python_surface, redocly, report, gate, changelog), never back.

With `APP=` (and in `make impact`), `impact` says which lines of the user's app the bump breaks:
`app_check` type-checks the app against the current and the candidate package, `app_scan` finds the
calls types cannot see; the lines ride on the report (`ChangeReport.impact`), console only.

The pipeline calls `compare()` only when the spec changed (or the package output changed), never on
the up-to-date path.
"""

from __future__ import annotations

from ..spec_view import normalised_view
from .changelog import changelog_bytes
from .diff import diff_specs
from .gate import GATE_HINT, check_version_order, gate, write_pending
from .python_surface import FoldedSurface, SurfaceFinding, fold, python_surface
from .redocly import redocly_diff
from .report import ChangeReport, compare, spec_only_report
from .rules import RULES, Change
from .settings import settings_items

__all__ = [
    "GATE_HINT",
    "RULES",
    "Change",
    "ChangeReport",
    "FoldedSurface",
    "SurfaceFinding",
    "changelog_bytes",
    "check_version_order",
    "compare",
    "diff_specs",
    "fold",
    "gate",
    "normalised_view",
    "python_surface",
    "redocly_diff",
    "settings_items",
    "spec_only_report",
    "write_pending",
]
