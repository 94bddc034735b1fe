"""Auth and environments read from the spec: `components.securitySchemes` + `security`, and `servers`.

The runtime (`codegen/runtime/_base_client.py`) reads them from a generated module,
`finalpos/_spec_settings.py` (rendered by `settings_module.py`), so a vendor switching to `http bearer`
or moving a server changes the client on the next regen, and the change report says so
(`changes/settings.py`).

Supported auth: `apiKey` in a header or the query (with its name), and `http` `bearer`. The scheme is
the first one of the top-level `security` requirement (else of the operations' requirements, else
the only declared scheme); a spec whose operations need an unsupported one stops the regen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import yaml

from .errors import RegenError
from .servers import expand_server
from .spec import component_of, json_schema, operations
from .workspace import CONFIG_DIR

__all__ = [
    "Auth",
    "has_public_operations",
    "has_public_security",
    "operation_security",
    "read_auth",
    "read_environments",
    "read_error_model",
    "read_request_id_header",
    "read_scheme",
    "security_schemes",
]

STAGE = "generate"


@dataclass(frozen=True)
class Auth:
    kind: str
    """`apiKey`, `bearer`, or `none` (the spec declares no security)."""
    location: str = ""
    """`header` or `query` for an apiKey; `header` for bearer."""
    name: str = ""
    """The header or query parameter carrying the key (`Authorization` for bearer)."""
    scheme: str = ""
    """The scheme's key in `components.securitySchemes`."""

    def describe(self) -> str:
        if self.kind == "none":
            return "no authentication"
        if self.kind == "bearer":
            return "HTTP bearer token (Authorization: Bearer <key>)"
        return f"API key in {self.location} `{self.name}`"


def _first_requirement(spec: dict[str, Any]) -> str | None:
    candidates = [spec.get("security")] + [op.get("security") for _, _, op in operations(spec, sort=False)]
    for security in candidates:
        for requirement in security or []:
            if isinstance(requirement, dict) and requirement:
                return str(next(iter(requirement)))
    return None


def read_auth(spec: dict[str, Any]) -> Auth:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    name = _first_requirement(spec)
    if name is None and len(schemes) == 1:
        name = next(iter(schemes))
    if name is None:
        return Auth("none")
    return read_scheme(spec, name)


def read_scheme(spec: dict[str, Any], name: str) -> Auth:
    """One scheme of `components.securitySchemes`, or a RegenError when the runtime cannot send it."""
    scheme = ((spec.get("components") or {}).get("securitySchemes") or {}).get(name)
    if not isinstance(scheme, dict):
        raise RegenError(STAGE, f"security requirement {name!r} names no scheme in components.securitySchemes", "")
    kind = scheme.get("type")
    if kind == "apiKey" and scheme.get("in") in ("header", "query") and scheme.get("name"):
        return Auth("apiKey", str(scheme["in"]), str(scheme["name"]), name)
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return Auth("bearer", "header", "Authorization", name)
    detail = f"type {kind}" + (f", in {scheme.get('in')}" if scheme.get("in") else "")
    detail += f", scheme {scheme.get('scheme')}" if scheme.get("scheme") else ""
    raise RegenError(
        STAGE,
        f"security scheme {name} ({detail}) is not supported by the runtime (apiKey in header/query, http bearer)",
        "extend codegen/spec_settings.py and codegen/runtime/_base_client.py for it",
    )


def has_public_security(op: dict[str, Any]) -> bool:
    """The operation declares `security: []` (or an empty alternative): callable without a key."""
    security = op.get("security")
    return isinstance(security, list) and (not security or any(not req for req in security))


def operation_security(spec: dict[str, Any], op: dict[str, Any]) -> tuple[tuple[str, ...], ...] | None:
    """The operation's own requirements (alternatives, each the schemes sent together) when they differ
    from the API's default scheme alone; None when the default key in its usual place is what it needs.
    Every named scheme must be one the runtime can send (`read_scheme`)."""
    security = op.get("security")
    if not isinstance(security, list) or has_public_security(op):
        return None
    requirements = tuple(tuple(sorted(str(name) for name in req)) for req in security if isinstance(req, dict))
    default = read_auth(spec).scheme
    if requirements in ((), ((default,),)):
        return None
    for requirement in requirements:
        for name in requirement:
            read_scheme(spec, name)
    return requirements


def security_schemes(spec: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """name -> (kind, location, parameter) of every scheme an operation names besides the default."""
    found: dict[str, tuple[str, str, str]] = {}
    for _path, _method, op in operations(spec):
        for requirement in operation_security(spec, op) or ():
            for name in requirement:
                auth = read_scheme(spec, name)
                found[name] = (auth.kind, auth.location, auth.name)
    return dict(sorted(found.items()))


def has_public_operations(spec: dict[str, Any]) -> bool:
    """Any operation callable without a key (`has_public_security`)."""
    return any(has_public_security(op) for _path, _method, op in operations(spec, sort=False))


def _config() -> dict[str, Any]:
    data = yaml.safe_load((CONFIG_DIR / "environments.yaml").read_text()) or {}
    return data if isinstance(data, dict) else {}


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "_".join(w for w in words if w not in ("server", "api", "the"))[:30] or "server"


def read_environments(spec: dict[str, Any]) -> tuple[dict[str, str], str, list[str]]:
    """Environment name -> base URL, the default environment's name, and report notes."""
    hosts: dict[str, str] = dict((_config().get("hosts") or {}).items())
    by_host = {str(host).lower(): name for name, host in hosts.items()}
    environments: dict[str, str] = {}
    notes: list[str] = []
    for server in spec.get("servers") or []:
        url = expand_server(server or {})[0]  # a templated URL: the environment its defaults name
        if not url.startswith(("http://", "https://")):
            notes.append(f"settings: server {url or '?'} skipped (not an absolute http(s) URL)")
            continue
        name = by_host.get((urlsplit(url).hostname or "").lower())
        if name is None:
            name = _slug(str(server.get("description") or urlsplit(url).hostname or "server"))
            notes.append(
                f"settings: server {url} is environment {name!r} (no host in codegen/config/environments.yaml)"
            )
        if name in environments:
            notes.append(f"settings: server {url} skipped (environment {name!r} is {environments[name]})")
            continue
        environments[name] = url
    if not environments:
        # Not a stop: the client works with base_url= / FINALPOS_BASE_URL, and says so when neither is set.
        notes.append(
            "settings: the spec lists no absolute http(s) server; FinalPOS() needs base_url= or FINALPOS_BASE_URL"
        )
        return {}, "", notes
    default = str(_config().get("default") or "")
    if default not in environments:
        default = next(iter(environments))
    return environments, default, notes


def read_request_id_header() -> str:
    data = yaml.safe_load((CONFIG_DIR / "headers.yaml").read_text()) or {}
    header = data.get("request_id") if isinstance(data, dict) else None
    if not isinstance(header, str) or not header.strip():
        raise RegenError(STAGE, "codegen/config/headers.yaml needs `request_id: <header name>`", "")
    return header.strip().lower()


def read_error_model(spec: dict[str, Any]) -> str | None:
    """The component most 4xx/5xx responses return (ties: by name): `APIStatusError.error` parses it."""
    counts: dict[str, int] = {}
    for _, _, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if str(status)[:1] in ("4", "5") or str(status) == "default":
                name = component_of(json_schema(response))
                if name:
                    counts[name] = counts.get(name, 0) + 1
    return min(counts, key=lambda name: (-counts[name], name)) if counts else None
