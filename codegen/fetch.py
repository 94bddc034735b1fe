"""Stage 1, fetch: bring the vendor's OpenAPI description in as bytes.

`http(s)://` and `file://` URLs. Remote fetches are bounded (timeouts, a size cap, a redirect
limit) and conditional: the ETag recorded last time goes out as `If-None-Match`, so an unchanged
remote costs one 304 and no download.

Failures split in two on purpose:
- `OfflineError`: nothing answered (DNS, refused, unreachable, connect/read timeout). The caller
  may fall back to the committed snapshot.
- `RegenError`: something answered, wrongly (an HTTP error status, too big, too many redirects).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx

from .errors import OfflineError, RegenError

__all__ = ["DEFAULT_SPEC_URL", "FetchResult", "fetch", "spec_url_from_env"]

# The vendor's "Download OpenAPI description" link could not be confirmed offline; Redocly sites
# serve it at /_bundle/<name>.yaml?download and this one mocks at /_mock/openapi. One setting.
DEFAULT_SPEC_URL = "https://docs.finalpos.com/_bundle/openapi.yaml?download"

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 30.0
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5


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


def spec_url_from_env() -> str:
    return os.environ.get("SPEC_URL") or DEFAULT_SPEC_URL


def fetch(
    url: str,
    *,
    etag: str | None = None,
    timeout: float = READ_TIMEOUT_S,
    connect_timeout: float = CONNECT_TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
) -> FetchResult:
    scheme = urlparse(url).scheme.lower()
    if scheme == "file":
        return _fetch_file(url, max_bytes=max_bytes)
    if scheme in ("http", "https"):
        return _fetch_http(url, etag=etag, timeout=timeout, connect_timeout=connect_timeout, max_bytes=max_bytes)
    raise RegenError("fetch", f"unsupported URL scheme in {url!r}", "use http://, https:// or file://")


def _fetch_file(url: str, *, max_bytes: int) -> FetchResult:
    parsed = urlparse(url)
    path = Path(unquote(parsed.path))
    if not path.is_file():
        raise RegenError("fetch", f"no file at {url}", "check SPEC_URL")
    size = path.stat().st_size
    if size > max_bytes:
        raise RegenError("fetch", f"{url} is {size} bytes, over the {max_bytes}-byte cap", "check SPEC_URL")
    content_type = "application/json" if path.suffix == ".json" else None
    return FetchResult(url=url, body=path.read_bytes(), content_type=content_type, final_url=url)


def _fetch_http(url: str, *, etag: str | None, timeout: float, connect_timeout: float, max_bytes: int) -> FetchResult:
    headers = {"Accept": "application/json, application/yaml;q=0.9, */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    limits = httpx.Timeout(timeout, connect=connect_timeout)
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=limits) as client:
            with client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return FetchResult(url=url, body=None, etag=etag, final_url=str(response.url))
                if response.status_code >= 400:
                    raise RegenError(
                        "fetch",
                        f"{url} answered HTTP {response.status_code} {response.reason_phrase}",
                        "check SPEC_URL or try again later",
                    )
                declared = response.headers.get("content-length")
                if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                    raise RegenError("fetch", f"{url} announces {declared} bytes, over the {max_bytes}-byte cap", "")
                chunks: list[bytes] = []
                received = 0
                for chunk in response.iter_bytes():
                    received += len(chunk)
                    if received > max_bytes:
                        raise RegenError("fetch", f"{url} sent more than the {max_bytes}-byte cap", "")
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "").split(";")[0].strip() or None
                return FetchResult(
                    url=url,
                    body=b"".join(chunks),
                    content_type=content_type,
                    etag=response.headers.get("etag"),
                    final_url=str(response.url),
                )
    except httpx.TooManyRedirects:
        raise RegenError("fetch", f"{url} redirected more than {MAX_REDIRECTS} times", "check SPEC_URL") from None
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise OfflineError(f"cannot reach {url} ({_reason(exc)})") from None
    except httpx.TimeoutException:
        raise RegenError(
            "fetch", f"{url} did not answer within {timeout:g}s", "try again later or raise the timeout"
        ) from None
    except httpx.TransportError as exc:
        raise RegenError("fetch", f"transfer from {url} failed ({_reason(exc)})", "try again later") from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
