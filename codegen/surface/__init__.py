"""Part of stage 4: the typed resource layer (`FinalPOS`, `AsyncFinalPOS`) over the generated modules.

Runs right after openapi-python-client, on its parsed `GeneratorData`, in three steps, one module each:
name (`naming.py`: tag -> resource, operation -> method name, from `codegen/config/resources.yaml`),
collect (`collect.py`: endpoints -> resources -> methods, the data model in `model.py`) and render
(`render.py`: that data through the Jinja templates in `codegen/templates/surface/`). Writes, into the
staged package: `resources/<resource>.py`, `resources/__init__.py`, `_client.py`, and `api.md` beside
the package (the hand-kept runtime is copied by `codegen/hand_kept.py`).

Each operation is one method (sync and async) stating its verb and path; it builds its request with
the runtime's `_wire.request_kwargs(...)` and parses a 2xx with the documented model, whatever the 2xx
code. Its `with_raw_response` (and, for a download, `with_streaming_response`) twin wraps it
(`_twins.py`). A model-typed argument also takes a dict of the model's fields (`as_model`), and
building the request runs inside `building_request(...)`, so bad arguments raise
`InvalidArgumentError` before anything is sent. A list response marked
`x-finalpos-documented-without-content` by the normaliser reads an empty body as an empty page; any
other typed response must carry JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .collect import collect
from .naming import ResourceMap, load_resource_map, method_name_for, plural, plural_resource_name
from .render import render_surface

__all__ = [
    "write_surface",
    "collect",
    "load_resource_map",
    "ResourceMap",
    "plural_resource_name",
    "plural",
    "method_name_for",
]


def write_surface(data: Any, spec: dict[str, Any], dist_dir: Path, package: str) -> list[str]:
    """Write the resource layer into dist_dir/package and api.md into dist_dir; return report lines."""
    package_dir = dist_dir / package
    resources, notes = collect(data, spec, load_resource_map())
    render_surface(resources, package_dir, dist_dir)
    methods = sum(len(r.methods) for r in resources)
    return [f"surface: {len(resources)} resources, {methods} methods", *notes]
