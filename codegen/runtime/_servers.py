"""Server URLs with variables (`https://{tenant}.finalpos.com`): the spec's template for an
environment, filled from `server_variables=`, else `FINALPOS_SERVER_<NAME>` (the variable's name
upper-cased, non-alphanumerics as `_`), else the spec's default. A variable the spec lists values
for (`enum`) takes only those; an unknown variable name is refused, naming the known ones."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from ._exceptions import InvalidArgumentError
from ._spec_settings import ENVIRONMENTS, SERVER_TEMPLATES, SERVER_VARIABLES

__all__ = ["server_url", "server_variable_env"]


def server_variable_env(name: str) -> str:
    """The environment variable setting one server variable: `tenant` -> `FINALPOS_SERVER_TENANT`."""
    return "FINALPOS_SERVER_" + re.sub(r"[^0-9A-Za-z]+", "_", name).upper()


def server_url(environment: str, server_variables: Mapping[str, str] | None) -> str:
    """The base URL of `environment`, its template filled in (see the module docstring)."""
    template = SERVER_TEMPLATES.get(environment)
    declared = SERVER_VARIABLES.get(environment, {})
    given = dict(server_variables or {})
    unknown = sorted(set(given) - set(declared))
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise InvalidArgumentError(
            f"server_variables: unknown {', '.join(map(repr, unknown))} for environment {environment!r}"
            f" (its server's variables: {known})",
            argument="server_variables",
        )
    if template is None:
        return ENVIRONMENTS[environment]
    url = template
    for name, variable in declared.items():
        source = "server_variables" if name in given else server_variable_env(name)
        value = given.get(name, os.environ.get(server_variable_env(name)) or variable["default"])
        if not isinstance(value, str) or not value:
            raise InvalidArgumentError(f"{source}[{name!r}] must be a non-empty str", argument="server_variables")
        allowed = variable.get("enum")
        if allowed and value not in allowed:
            raise InvalidArgumentError(
                f"{source}: {name!r} must be one of {', '.join(map(repr, allowed))}, not {value!r}",
                argument="server_variables",
            )
        url = url.replace("{" + name + "}", value)
    return url
