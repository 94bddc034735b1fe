"""Stage 1's policy: which spec a regen works on. `fetch.py` talks to the server; this decides what stands in.

The spec at SPEC_URL, stored in canonical form (`canonical_json`). The committed `openapi.json` stands in
when the server answers 304 to the recorded ETag, or when the network is down, but only for the URL the
snapshot came from (or the default one): a SPEC_URL the user typed with a wrong host or port must not end
in "up to date". STRICT_FETCH=1 turns the offline fallback off.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import OfflineError, RegenError
from .fetch import DEFAULT_SPEC_URL, FetchResult, fetch, redact_url
from .fingerprint import sha256_bytes
from .record import Record
from .validate import parse_document
from .workspace import Workspace

__all__ = ["Pulled", "canonical_json", "load_committed", "pull"]


def canonical_json(document: dict[str, Any]) -> bytes:
    """How the snapshot is stored: JSON, 2-space indent, the vendor's key order, trailing newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


@dataclass(frozen=True)
class Pulled:
    """The spec this regen works on, in its stored form, and where it came from."""

    document: dict[str, Any]
    spec_bytes: bytes
    spec_sha: str
    source_url: str
    """Redacted: SPEC_URL may hold a token, and the record is committed."""
    etag: str | None
    fresh: bool
    """Fetched anew (not a 304, not the committed snapshot standing in for it)."""


def pull(
    ws: Workspace, url: str, previous: Record, *, strict_fetch: bool, out: Callable[[str], None] = print
) -> Pulled:
    """Fetch the spec; the committed snapshot stands in when the server says 304 or (allowed) is offline."""
    source_url = redact_url(url)
    fetched = _fetch_or_offline(url, previous, source_url, strict_fetch, out)
    content_type = None
    if fetched is None or fetched.not_modified:
        if fetched is not None:
            out(f"fetch: {source_url} not modified (ETag {previous.etag})")
        body = load_committed(ws)
        source_url, etag = previous.source_url or source_url, previous.etag
    else:
        assert fetched.body is not None
        body, etag, content_type = fetched.body, fetched.etag, fetched.content_type
    document = parse_document(body, content_type)
    spec_bytes = canonical_json(document)
    fresh = fetched is not None and not fetched.not_modified
    return Pulled(document, spec_bytes, sha256_bytes(spec_bytes), source_url, etag, fresh)


def _fetch_or_offline(
    url: str, previous: Record, source_url: str, strict_fetch: bool, out: Callable[[str], None]
) -> FetchResult | None:
    """The fetch result, or None when offline and the committed snapshot may stand in for this URL."""
    try:
        return fetch(url, etag=previous.etag if source_url == previous.source_url else None)
    except OfflineError as exc:
        if strict_fetch:
            raise RegenError(
                "fetch", exc.message, "STRICT_FETCH=1 is set, so there is no fallback to the committed openapi.json"
            ) from None
        if url != DEFAULT_SPEC_URL and source_url != previous.source_url:
            raise RegenError(
                "fetch",
                exc.message,
                "check the host and port in SPEC_URL (the fallback to the committed openapi.json is only for "
                "the default URL and the one the snapshot came from)",
            ) from None
        out(f"fetch: offline, {exc.message}; continuing with the committed openapi.json (STRICT_FETCH=1 to fail)")
        return None


def load_committed(ws: Workspace) -> bytes:
    """The committed snapshot's bytes (a stand-in for the server, and `check-generated`'s input)."""
    if not ws.spec_path.is_file():
        raise RegenError(
            "fetch", "offline and there is no committed openapi.json to fall back on", "retry with network"
        )
    return ws.spec_path.read_bytes()
