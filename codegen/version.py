"""The distribution version, from the spec's `info.version`.

`1.2.4` for the first package built from API 1.2.4; `1.2.4.post1`, `.post2`, ... when a later regen
changes the package without a new API version (a pipeline change, or a re-published spec).
"""

from __future__ import annotations

import re

from .record import Record

__all__ = ["package_version", "version_module"]


def _pep440(api_version: str) -> str:
    cleaned = re.sub(r"[^0-9A-Za-z.+-]", "", api_version.strip().lstrip("vV")) or "0"
    return cleaned if re.match(r"^\d+(\.\d+)*$", cleaned) else f"0+{re.sub(r'[^0-9A-Za-z.]', '.', cleaned)}"


def package_version(api_version: str, previous: Record, content_changed: bool) -> str:
    base = _pep440(api_version)
    if previous.info_version != api_version or not previous.package_version:
        return base
    if not content_changed:
        return previous.package_version
    match = re.match(r"^(.*)\.post(\d+)$", previous.package_version)
    post = int(match.group(2)) + 1 if match and match.group(1) == base else 1
    return f"{base}.post{post}"


def version_module(package_version: str, api_version: str, spec_sha256: str) -> str:
    return (
        '"""Versions of this package and of the API description it was generated from."""\n\n'
        f"__version__ = {package_version!r}\n"
        f"__api_version__ = {api_version!r}\n"
        f"__spec_sha256__ = {spec_sha256!r}\n"
    )
