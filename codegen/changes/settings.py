"""Auth and environment changes between two specs, as change-report items judged by `RULES`.

What `spec_settings` reads (the auth scheme, the servers and their variables) compared old to new:
a new auth scheme, a moved default server, a server added, removed or moved, server variables added.
"""

from __future__ import annotations

from typing import Any

from ..errors import RegenError
from ..servers import server_templates, server_variable_env
from ..spec_settings import read_auth, read_environments
from .rules import Change, verdict

__all__ = ["settings_items"]


def settings_items(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    """Auth and environment changes, judged by `RULES` like every other item."""
    return [
        Change(kind, subject, detail, verdict(kind, set()))
        for kind, subject, detail in _settings_changes(old_spec, new_spec)
    ]


def _settings_changes(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(kind, subject, detail) for every auth and environment change; kinds are rows of `changes.RULES`."""
    found: list[tuple[str, str, str]] = []
    try:
        old_auth, new_auth = read_auth(old_spec), read_auth(new_spec)
        old_envs, old_default, _ = read_environments(old_spec)
        new_envs, new_default, _ = read_environments(new_spec)
    except RegenError:
        return found  # the build reports an unusable spec itself
    if (old_auth.kind, old_auth.location, old_auth.name) != (new_auth.kind, new_auth.location, new_auth.name):
        found.append(("auth changed", "authentication", f"{old_auth.describe()} -> {new_auth.describe()}"))
    if old_default != new_default:  # FinalPOS() with no base_url/environment now calls another server
        # A spec with no absolute server has no default (""): FinalPOS() then needs base_url=.
        old_side = f"{old_envs[old_default]} ({old_default})" if old_default else "no server (base_url= needed)"
        new_side = f"{new_envs[new_default]} ({new_default})" if new_default else "no server (base_url= needed)"
        detail = f"{old_side} -> {new_side}"
        found.append(("default server changed", "FinalPOS()", detail))
    old_vars = {k: v[1] for k, v in server_templates(old_spec, old_envs).items()}
    for name, (_, variables) in sorted(server_templates(new_spec, new_envs).items()):
        added = sorted(set(variables) - set(old_vars.get(name, {})))
        if added:  # settable now; the defaults give the URL compared below
            how = ", ".join(f"{v} (default {variables[v]['default']!r}, {server_variable_env(v)})" for v in added)
            found.append(("server variables added", f"environment {name!r}", f"{how}; set with server_variables="))
    for name in sorted(set(old_envs) | set(new_envs)):
        old_url, new_url = old_envs.get(name), new_envs.get(name)
        subject = f"environment {name!r}"
        if old_url is None:
            found.append(("server added", subject, str(new_url)))
        elif new_url is None:
            found.append(("server removed", subject, f"was {old_url}"))
        elif old_url != new_url:
            found.append(("server moved", subject, f"{old_url} -> {new_url}"))
    return found
