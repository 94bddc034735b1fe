"""Part of stage 4, generate: the package's `_spec_settings.py`, rendered from what `spec_settings` reads.

The runtime (`codegen/runtime/_base_client.py`) imports auth, environments, servers, the request-id
header and the error model from it; the template is `codegen/templates/settings/spec_settings.py.jinja`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from .servers import server_templates
from .spec import snake
from .spec_settings import (
    has_public_operations,
    read_auth,
    read_environments,
    read_error_model,
    read_request_id_header,
    security_schemes,
)
from .workspace import CODEGEN_DIR

__all__ = ["MODULE", "render_settings_module", "write_settings_module"]

MODULE = "_spec_settings.py"
TEMPLATE = CODEGEN_DIR / "templates" / "settings" / "spec_settings.py.jinja"


def render_settings_module(spec: dict[str, Any]) -> tuple[str, list[str]]:
    """The module's text and the report lines (what was read, and any server skipped or named)."""
    auth = read_auth(spec)
    environments, default, notes = read_environments(spec)
    templates = server_templates(spec, environments)
    error_model = read_error_model(spec)
    env = jinja2.Environment(
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    text = env.from_string(TEMPLATE.read_text()).render(
        auth=auth,
        public_operations=has_public_operations(spec),
        security_schemes=security_schemes(spec),
        environments=environments,
        default=default,
        server_templates={name: template for name, (template, _) in templates.items()},
        server_variables={name: variables for name, (_, variables) in templates.items()},
        request_id_header=read_request_id_header(),
        error_model=error_model,
        error_module=snake(error_model) if error_model else "",
    )
    summary = (
        f"settings: auth {auth.describe()}; environments {', '.join(environments)} (default {default}); "
        f"error model {error_model or 'none'}"
    )
    return text, [summary, *notes]


def write_settings_module(spec: dict[str, Any], package_dir: Path) -> list[str]:
    """Write `<package>/_spec_settings.py`; return its report lines."""
    text, notes = render_settings_module(spec)
    (package_dir / MODULE).write_text(text)
    return notes
