"""Server URLs with variables (`https://{tenant}.finalpos.com`, `servers[].variables`).

A templated server is the environment its *default* URL names (every variable at its spec default),
so a vendor that templates today's host (`{tenant}` defaulting to `api`) keeps `production` and
changes nothing for users who set nothing. The template and its variables go to the generated
`_spec_settings.py`; the runtime (`codegen/runtime/_servers.py`) fills them from
`FinalPOS(server_variables={...})`, else `FINALPOS_SERVER_<NAME>`, else the default.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["ServerVariable", "expand_server", "server_templates", "server_variable_env"]

VARIABLE = re.compile(r"\{([^{}]+)\}")

ServerVariable = dict[str, Any]  # {"default": str, "enum": [str, ...] (optional)}


def expand_server(server: dict[str, Any]) -> tuple[str, str, dict[str, ServerVariable]]:
    """(the URL with every variable at its default, the template, its variables) for one server."""
    template = str(server.get("url", "")).rstrip("/")
    declared: dict[str, Any] = server["variables"] if isinstance(server.get("variables"), dict) else {}
    variables: dict[str, ServerVariable] = {}
    for name in VARIABLE.findall(template):
        spec: dict[str, Any] = declared[name] if isinstance(declared.get(name), dict) else {}
        variable: ServerVariable = {"default": str(spec.get("default", ""))}
        if isinstance(spec.get("enum"), list) and spec["enum"]:
            variable["enum"] = [str(v) for v in spec["enum"]]
        variables[name] = variable
    url = VARIABLE.sub(lambda m: variables[m.group(1)]["default"], template)
    return url, template, variables


def server_templates(
    spec: dict[str, Any], environments: dict[str, str]
) -> dict[str, tuple[str, dict[str, ServerVariable]]]:
    """Environment name -> (template, variables), for the environments whose server has variables."""
    by_url = {url: name for name, url in environments.items()}
    found: dict[str, tuple[str, dict[str, ServerVariable]]] = {}
    for server in spec.get("servers") or []:
        url, template, variables = expand_server(server or {})
        name = by_url.get(url)
        if variables and name is not None and name not in found:
            found[name] = (template, variables)
    return found


def server_variable_env(name: str) -> str:
    """The environment variable the runtime reads for a server variable (as `_servers.py` spells it)."""
    return "FINALPOS_SERVER_" + re.sub(r"[^0-9A-Za-z]+", "_", name).upper()
