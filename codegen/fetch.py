"""Stage 1, fetch: bring the vendor's OpenAPI description in as bytes.

`http(s)://` and `file://` URLs. Remote fetches are bounded (timeouts, a size cap, a redirect
limit) and conditional: the ETag recorded last time goes out as `If-None-Match`, so an unchanged
remote costs one 304 and no download.

Failures split in two on purpose:
- `OfflineError`: nothing answered. The name did not resolve, the connection was refused or
  unreachable, or the connect timed out. This is what "no network" looks like, so the caller may
  fall back to the committed snapshot (unless STRICT_FETCH=1).
- `RegenError`: something answered, wrongly: an HTTP error status, a read timeout after the
  connection was made, a dropped or truncated transfer, a body over the cap, too many redirects.
  Falling back there would hide a broken or moved spec, so it is a refusal.

Limits come from the environment so a test (or a slow link) can set them: FETCH_TIMEOUT (seconds
to wait for data once connected, default 30), FETCH_CONNECT_TIMEOUT (default 10), FETCH_MAX_BYTES
(default 20 MiB).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse, urlsplit, urlunsplit

from .errors import OfflineError, RegenError

__all__ = ["DEFAULT_SPEC_URL", "FetchLimits", "FetchResult", "fetch", "spec_url_from_env"]

STAGE = "fetch"

# The vendor's "Download OpenAPI description" link could not be confirmed offline; Redocly sites
# serve it at /_bundle/<name>.yaml?download and this one mocks at /_mock/openapi. One setting.
DEFAULT_SPEC_URL = "https://docs.finalpos.com/_bundle/openapi.yaml?download"

READ_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 10.0
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchLimits:
    read_timeout: float = READ_TIMEOUT_S
    connect_timeout: float = CONNECT_TIMEOUT_S
    max_bytes: int = MAX_BYTES

    @classmethod
    def from_env(cls) -> FetchLimits:
        return cls(
            read_timeout=_positive_env("FETCH_TIMEOUT", READ_TIMEOUT_S, float),
            connect_timeout=_positive_env("FETCH_CONNECT_TIMEOUT", CONNECT_TIMEOUT_S, float),
            max_bytes=int(_positive_env("FETCH_MAX_BYTES", MAX_BYTES, int)),
        )


def _positive_env(name: str, default: float, kind: type[float] | type[int]) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise RegenError(STAGE, f"{name}={raw!r} is not a positive {kind.__name__}", f"unset {name} or fix it")
    return value


@dataclass(frozen=True)
class FetchResult:
    url: str
    """The URL asked for (the one recorded), not the final one after redirects."""
    body: bytes | None
    """None when the server said 304 Not Modified."""
    content_type: str | None = None
    etag: str | None = None
    final_url: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.body is None


_SECRET_QUERY = re.compile(r"key|token|secret|sig|password|passwd|auth|credential", re.IGNORECASE)


def redact_url(url: str) -> str:
    """The URL as we print and record it: no password in the userinfo, no value of a secret-looking
    query parameter (`?token=...`, `?api_key=...`). SPEC_URL may carry credentials; the record is committed."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:***@{host}" if ":" in userinfo else f"***@{host}"
    query = "&".join(
        f"{name}=***" if sep and _SECRET_QUERY.search(name) else f"{name}{sep}{value}"
        for name, sep, value in (pair.partition("=") for pair in parts.query.split("&") if pair)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def spec_url_from_env() -> str:
    return os.environ.get("SPEC_URL") or DEFAULT_SPEC_URL


def fetch(url: str, *, etag: str | None = None, limits: FetchLimits | None = None) -> FetchResult:
    """Fetch `url`; `etag` (from the record) makes an http(s) fetch conditional. Limits default to the env."""
    limits = limits or FetchLimits.from_env()
    scheme = urlparse(url).scheme.lower()
    if scheme == "file":
        return _fetch_file(url, max_bytes=limits.max_bytes)
    if scheme in ("http", "https"):
        return _fetch_http(url, etag=etag, limits=limits)
    raise RegenError(STAGE, f"unsupported URL scheme in {redact_url(url)!r}", "use http://, https:// or file://")


def _fetch_file(url: str, *, max_bytes: int) -> FetchResult:
    path = Path(unquote(urlparse(url).path))
    if not path.is_file():
        raise RegenError(STAGE, f"no file at {redact_url(url)}", "check SPEC_URL")
    size = path.stat().st_size
    if size > max_bytes:
        raise RegenError(
            STAGE,
            f"{redact_url(url)} is {size} bytes, over the {max_bytes}-byte cap",
            "check SPEC_URL or raise FETCH_MAX_BYTES",
        )
    content_type = "application/json" if path.suffix == ".json" else None
    return FetchResult(url=url, body=path.read_bytes(), content_type=content_type, final_url=url)


def _fetch_http(url: str, *, etag: str | None, limits: FetchLimits) -> FetchResult:
    import httpx  # here, not at the top: importing it costs ~0.3 s, and file:// fetches never need it

    headers = {"Accept": "application/json, application/yaml;q=0.9, */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    cap = limits.max_bytes
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout) as client:
            with client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return FetchResult(url=url, body=None, etag=etag, final_url=str(response.url))
                if response.status_code >= 300:
                    # >= 400, or a 3xx without a usable Location (httpx follows the others).
                    raise RegenError(
                        STAGE,
                        f"{redact_url(url)} answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                        "check SPEC_URL or try again later",
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise RegenError(
                        STAGE,
                        f"{redact_url(url)} announces {declared} bytes, over the {cap}-byte cap",
                        "raise FETCH_MAX_BYTES if that is expected",
                    )
                chunks: list[bytes] = []
                received = 0
                for chunk in response.iter_bytes():
                    received += len(chunk)
                    if received > cap:
                        raise RegenError(
                            STAGE,
                            f"{redact_url(url)} sent more than the {cap}-byte cap",
                            "raise FETCH_MAX_BYTES if that is expected",
                        )
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "").split(";")[0].strip() or None
                return FetchResult(
                    url=url,
                    body=b"".join(chunks),
                    content_type=content_type,
                    etag=response.headers.get("etag"),
                    final_url=str(response.url),
                )
    except httpx.InvalidURL as exc:
        raise RegenError(STAGE, f"{redact_url(url)!r} is not a valid URL ({_reason(exc)})", "check SPEC_URL") from None
    except httpx.TooManyRedirects:
        raise RegenError(
            STAGE, f"{redact_url(url)} redirected more than {MAX_REDIRECTS} times", "check SPEC_URL"
        ) from None
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise OfflineError(f"cannot reach {redact_url(url)} ({_reason(exc)})") from None
    except httpx.TimeoutException:
        raise RegenError(
            STAGE,
            f"{redact_url(url)} accepted the connection but sent nothing for {limits.read_timeout:g}s",
            "try again later or raise FETCH_TIMEOUT",
        ) from None
    except httpx.TransportError as exc:
        raise RegenError(STAGE, f"transfer from {redact_url(url)} failed ({_reason(exc)})", "try again later") from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
