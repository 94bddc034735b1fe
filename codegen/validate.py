"""Stage 2, validate: is what arrived an OpenAPI 3.0/3.1 description we can generate from?

Refuses, naming what arrived: an HTML page, an empty or truncated body, Swagger 2.0, any other
JSON/YAML document, an unresolvable `$ref`, or an OpenAPI file that fails openapi-spec-validator in a
way the generator cannot read either (its own model of the document refuses it too). The violations
the generator tolerates (a misplaced `title`, a 3.1 keyword such as `const` in a 3.0 file, a default
of the wrong type) are findings: every one listed in the report and kept in `.regen/`, not a stop,
since vendor files carry such slips and refusing all for one leaves the user with nothing.
`STRICT_SPEC=1` refuses them again. Linting with Redocly
(rules picked for code generation) lives in `lint.py`: findings are reported, and only those that
break generation stop the run. With a cache dir (the pipeline's `.regen/`), the validator's verdict on
a spec it has seen is reused (`check_cache.py`): the same findings, without the second of work.
The pipeline runs it beside the build (`ValidationJob`, in a child process), its verdict gating the swap.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from .background import start_beside_build
from .check_cache import cached_check, check_key, keep_result, kept_result
from .errors import RegenError

__all__ = ["parse_document", "validate_spec", "ValidationJob", "FINDINGS_FILE"]

STAGE = "validate"
FINDINGS_FILE = "spec-findings.txt"
"""Under `.regen/`: every finding of the last regen's validation, one a line."""


def _describe(body: bytes) -> str:
    head = body[:80].decode("utf-8", "replace").strip().replace("\n", " ")
    return repr(head[:60] + ("..." if len(head) > 60 else ""))


def parse_document(body: bytes, content_type: str | None = None) -> dict[str, Any]:
    """JSON or YAML bytes -> a mapping, or a refusal that names what arrived."""
    if not body or not body.strip():
        raise RegenError(STAGE, "the spec body is empty", "check SPEC_URL")
    stripped = body.lstrip()
    if stripped[:1] == b"<":
        # Sniff the body, not the Content-Type: servers mislabel JSON as text/html and vice versa.
        lowered = stripped[:1024].lower()
        kind = "an HTML page" if b"<html" in lowered or b"<!doctype html" in lowered else "XML or other markup"
        hint = f" (Content-Type {content_type})" if content_type else ""
        raise RegenError(
            STAGE, f"got {kind}{hint}, not an OpenAPI description (starts {_describe(body)})", "check SPEC_URL"
        )
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegenError(
            STAGE, f"the spec is not UTF-8 text ({exc.reason} at byte {exc.start})", "check SPEC_URL"
        ) from None
    document: Any
    if stripped[:1] in (b"{", b"["):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RegenError(
                STAGE,
                f"the spec is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}; truncated download?)",
                "check SPEC_URL or try again",
            ) from None
    else:
        try:
            document = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            raise RegenError(STAGE, f"the spec is neither JSON nor valid YAML{where}", "check SPEC_URL") from None
    if isinstance(document, str | int | float):
        raise RegenError(
            STAGE, f"got plain text, not a JSON or YAML document (starts {_describe(body)})", "check SPEC_URL"
        )
    if not isinstance(document, dict):
        kind = "a JSON/YAML list" if isinstance(document, list) else f"a {type(document).__name__}"
        raise RegenError(STAGE, f"the spec is {kind}, not an object (starts {_describe(body)})", "check SPEC_URL")
    return document


# What the verdict depends on besides the spec and this module: the validator and the generator's model.
VERDICT_TOOLS = ("openapi-spec-validator", "jsonschema-path", "jsonschema", "openapi-python-client", "pydantic")


def validate_spec(document: dict[str, Any], strict: bool = False, cache_dir: Path | None = None) -> list[str]:
    """Must be OpenAPI 3.0.x/3.1.x with paths that the generator can read; returns the findings.

    A finding is a violation of the OpenAPI schema that the generator tolerates; `strict` refuses it.
    """
    version = _check_kind(document)
    verdict = cached_check(
        cache_dir, "validate", _verdict_key(json.dumps(document)), lambda: _verdict(document, version)
    )
    return _judge(verdict, version, strict)


def _verdict_key(spec_text: str) -> str:
    return check_key([spec_text, Path(__file__).read_bytes(), *(f"{t}=={metadata.version(t)}" for t in VERDICT_TOOLS)])


def _judge(verdict: dict[str, Any], version: str, strict: bool) -> list[str]:
    """The findings of a verdict, or the refusal it means."""
    reasons: list[str] = verdict["reasons"]
    if not reasons:
        return []
    unresolvable = [r for r in reasons if r.endswith(" does not exist")]
    if unresolvable or strict or not verdict["generator_reads"]:
        first = (unresolvable or reasons)[0]
        more = f" (+{len(reasons) - 1} more)" if len(reasons) > 1 and strict else ""
        hint = "STRICT_SPEC=1 is set; unset it to go on with these as findings" if strict else ""
        raise RegenError(STAGE, f"invalid OpenAPI {version}: {first}{more}", hint)
    return reasons


_WORKER = (
    f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r}); "
    "from codegen.validate import verdict_main; verdict_main()"
)


class ValidationJob:
    """`validate_spec` beside the build, as the pipeline runs it.

    What is no OpenAPI 3 document at all is refused at once, and a verdict kept for this spec is reused;
    otherwise openapi-spec-validator (0.3-0.9 s of CPU on a vendor-sized spec) runs in a child process:
    in a thread it would only take turns with the build for the interpreter lock. `result()` waits for
    the verdict; the pipeline asks for it before anything outside `.regen/` is written.
    """

    def __init__(self, document: dict[str, Any], work_dir: Path, cache_dir: Path | None = None) -> None:
        self._version = _check_kind(document)
        text = json.dumps(document)
        self._key = _verdict_key(text)
        self._cache_dir = cache_dir
        self._verdict: dict[str, Any] | None = kept_result(cache_dir, "validate", self._key)
        self._process: subprocess.Popen[str] | None = None
        self._input = work_dir / "validate-input.json"
        if self._verdict is None:
            work_dir.mkdir(parents=True, exist_ok=True)
            self._input.write_text(text)
            self._process = start_beside_build(
                [sys.executable, "-c", _WORKER, str(self._input)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )

    def result(self, strict: bool = False) -> list[str]:
        """The findings, or the refusal (`validate_spec`'s, word for word)."""
        if self._verdict is None:
            self._verdict = self._collect()
            keep_result(self._cache_dir, "validate", self._key, self._verdict)
        return _judge(self._verdict, self._version, strict)

    def cancel(self) -> None:
        """Stop the child, if any, and wait for it (no orphans): nobody will read its verdict."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
        self._collect_quietly()

    def _collect_quietly(self) -> None:
        if self._process is not None:
            self._process.communicate()
        self._input.unlink(missing_ok=True)

    def _collect(self) -> dict[str, Any]:
        process = self._process
        if process is None:  # pragma: no cover - only reached without a kept verdict, which starts one
            raise RegenError(STAGE, "validation never started", "")
        out, err = process.communicate()
        self._input.unlink(missing_ok=True)
        try:
            verdict = json.loads(out)
            if isinstance(verdict, dict) and isinstance(verdict.get("reasons"), list):
                return verdict
        except ValueError:
            pass
        last = (err.strip().splitlines() or [f"exit {process.returncode}"])[-1][:200]
        raise RegenError(STAGE, f"openapi-spec-validator gave no verdict ({last})", "run `make setup`")


def verdict_main() -> None:
    """`ValidationJob`'s child process: the verdict on the spec file named by argv[1], as JSON on stdout."""
    document = json.loads(Path(sys.argv[1]).read_text())
    print(json.dumps(_verdict(document, _check_kind(document))))


def _verdict(document: dict[str, Any], version: str) -> dict[str, Any]:
    """The validator's reasons and, when there are some, whether the generator reads the spec anyway."""
    reasons = _validator_reasons(document, version)
    return {"reasons": reasons, "generator_reads": _generator_reads(document) if reasons else True}


def _check_kind(document: dict[str, Any]) -> str:
    """The document's OpenAPI version, or a refusal naming what arrived instead."""
    if "swagger" in document:
        raise RegenError(
            STAGE,
            f"got Swagger {document.get('swagger')} (OpenAPI 2.0); only OpenAPI 3.0 and 3.1 are supported",
            "convert it to OpenAPI 3 or point SPEC_URL at the OpenAPI 3 description",
        )
    version = document.get("openapi")
    if isinstance(version, int | float):
        raise RegenError(STAGE, f"'openapi' is the number {version}, not a version string", "quote it in the YAML")
    if not isinstance(version, str):
        keys = ", ".join(sorted(map(str, document))[:6]) or "none"
        raise RegenError(
            STAGE, f"the document has no 'openapi' version field (top-level keys: {keys})", "check SPEC_URL"
        )
    if not version.startswith(("3.0.", "3.1.")) and version not in ("3.0", "3.1"):
        raise RegenError(STAGE, f"OpenAPI {version} is not supported (3.0.x or 3.1.x only)", "")
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise RegenError(STAGE, "the OpenAPI document has no paths", "check SPEC_URL")
    return version


def _validator_reasons(document: dict[str, Any], version: str) -> list[str]:
    """Every openapi-spec-validator error as `reason at place`, in its order, without repeats."""
    # Imported late: slow, and only needed here.
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.shortcuts import get_validator_cls

    reasons: list[str] = []
    try:
        validator = get_validator_cls(document)(SchemaPath.from_dict(document))
        for error in validator.iter_errors():
            reason = _reason(error)
            if reason not in reasons:
                reasons.append(reason)
    except Exception as exc:  # an unresolvable $ref, or very broken input, raises instead of yielding
        reasons.insert(0, _short(str(getattr(exc, "message", exc))))
    return reasons


def _reason(error: Any) -> str:
    """One error as `reason at place`; a value with no place (a default) is named by its schema's title."""
    where = _where([str(p) for p in getattr(error, "absolute_path", None) or getattr(error, "path", []) or []])
    if not where:
        schema = getattr(error, "schema", None)
        title = schema.get("title") if isinstance(schema, dict) else None
        where = f"a value checked against schema '{title}'" if title else "a default or example value"
    reason = _short(str(getattr(error, "message", error)))
    if "is not valid under any of the schemas" in reason:
        # The validator cannot say which member it meant; a 3.1-only keyword in a 3.0 file is the usual cause.
        keywords = sorted(_keys_in(getattr(error, "instance", None)) & OPENAPI_31_ONLY)
        if keywords:
            reason += f" (it uses {', '.join(keywords)}, an OpenAPI 3.1 keyword)"
    return f"{reason} at {where}"


# JSON Schema keywords OpenAPI 3.0's schema object lacks (3.1 has them).
OPENAPI_31_ONLY = frozenset({"const", "prefixItems", "if", "then", "dependentRequired", "unevaluatedProperties"})


def _keys_in(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = set(map(str, node))
        for value in node.values():
            found |= _keys_in(value)
        return found
    if isinstance(node, list):
        return set().union(*(_keys_in(v) for v in node)) if node else set()
    return set()


def _generator_reads(document: dict[str, Any]) -> bool:
    """Whether openapi-python-client's own model of an OpenAPI document accepts it."""
    from openapi_python_client.schema import OpenAPI

    try:
        OpenAPI.model_validate(document)
    except Exception:
        return False
    return True


MAX_REASON = 200
MAX_QUOTED = 40


def _short(message: str) -> str:
    """The validator's reason as one readable, bounded line.

    It quotes the offending value in full (`{'content': {...}} is not valid under ...`) and, for a
    missing `$ref`, the whole document ("... does not exist within {...}"): long quoted values become
    `{...}` and the line is cut at a word, never mid-word.
    """
    first = (message.strip().splitlines() or [""])[0]
    first = first.split(" within {", 1)[0]
    return _cut_at_word(_abbreviate_brackets(first), MAX_REASON)


def _abbreviate_brackets(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "{[":
            end = _closing(text, i)
            if end is not None and end - i + 1 > MAX_QUOTED:
                out.append(ch + "..." + text[end])
                i = end + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _closing(text: str, start: int) -> int | None:
    """Index of the bracket closing the one at `start` (quoted text skipped), or None if unbalanced."""
    depth, quote, escaped = 0, "", False
    for j in range(start, len(text)):
        ch = text[j]
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return j
    return None


def _cut_at_word(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 3].rsplit(" ", 1)[0].rstrip(" ,;:") + "..."


def _where(parts: list[str]) -> str:
    """A validator path as a reader says it: `POST /v1/api/customer responses/200`."""
    if (
        len(parts) >= 3
        and parts[0] == "paths"
        and parts[2] in ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    ):
        return " ".join([parts[2].upper(), parts[1], "/".join(parts[3:])]).strip()
    return "/".join(parts)
