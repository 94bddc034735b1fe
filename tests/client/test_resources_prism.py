"""Every resource method, sync and async, against Prism serving openapi.json.

The methods are enumerated from the same data the pipeline generates them from (codegen.surface), so
an operation a new spec adds is called here too. Bodies come from the spec's request examples;
results are compared with the spec's response examples, which Prism serves.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import finalpos
import finalpos.models
import pytest
from finalpos import AsyncFinalPOS, FinalPOS

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi.json").read_text())
KEY = "prism-accepts-any-key"


def _collected() -> list[Any]:
    from openapi_python_client.parser import GeneratorData

    from codegen.generate import generator_config
    from codegen.spec import load_naming
    from codegen.spec_view import generator_view
    from codegen.surface import collect, load_resource_map
    from codegen.workspace import CONFIG_DIR

    # The view codegen.pipeline.build generates from: normalised, then the spec overrides.
    naming = load_naming(json.loads((CONFIG_DIR / "naming.json").read_text()))
    spec = generator_view(json.loads(json.dumps(SPEC)), naming=naming).spec
    config = generator_config(Path("unused"))
    resources, _ = collect(GeneratorData.from_dict(spec, config=config), spec, load_resource_map())
    return resources


RESOURCES = _collected()
CASES = [(r, m) for r in RESOURCES for m in r.methods]


def _example(method: Any, resource: Any) -> dict[str, Any] | None:
    """The method's request example, else (an update) the create example of the same resource."""
    for candidate in [method] + [m for m in resource.methods if m.name == "create"]:
        media = SPEC["paths"][candidate.path][candidate.http_method.lower()].get("requestBody", {})
        example = media.get("content", {}).get("application/json", {}).get("example")
        if example is not None:
            return example
    return None


def _arguments(resource: Any, method: Any) -> dict[str, Any]:
    args: dict[str, Any] = {p.name: "o1p2q3r4s5t6u7v8w9x0y1z2" for p in method.path_params}
    args.update({p.name: "o1p2q3r4s5t6u7v8w9x0y1z2" for p in method.query_params if p.required})
    if method.body_class:
        body_model = getattr(finalpos.models, method.body_class)
        body = body_model.from_dict(_example(method, resource) or {})
        args.update({p.name: getattr(body, p.target or p.name) for p in method.body_fields})
    return args


def _expected(method: Any) -> Any:
    responses = SPEC["paths"][method.path][method.http_method.lower()]["responses"]
    for status in sorted(responses):
        if status.startswith("2"):
            return responses[status].get("content", {}).get("application/json", {}).get("example")
    return None


def _check(method: Any, result: Any) -> None:
    expected = _expected(method)
    if method.paged:
        assert isinstance(result, list)
        item_model = getattr(finalpos.models, method.item_type, None)
        if item_model is not None:
            assert result and all(isinstance(item, item_model) for item in result)
            if expected is not None:
                assert [item.to_dict() for item in result] == [item_model.from_dict(e).to_dict() for e in expected]
        return
    model = getattr(finalpos.models, method.return_type, None)
    if model is None:
        assert result is None or isinstance(result, (dict, list))
        return
    assert isinstance(result, model)
    if expected is not None:
        assert result.to_dict() == model.from_dict(expected).to_dict()


def test_every_operation_has_a_method() -> None:
    operation_ids = {
        op["operationId"] for item in SPEC["paths"].values() for verb, op in item.items() if isinstance(op, dict)
    }
    assert {m.operation_id for _, m in CASES} == operation_ids and len(CASES) == 48
    client = FinalPOS(api_key=KEY, base_url="http://127.0.0.1:1")
    for resource, method in CASES:
        assert callable(getattr(getattr(client, resource.attr), method.name))
        assert callable(getattr(getattr(client, resource.attr).with_raw_response, method.name))


def test_grouped_resources() -> None:
    names = {r.attr: sorted(m.name for m in r.methods) for r in RESOURCES}
    assert names["customers"] == ["create", "list", "update"]
    assert names["sessions"] == ["create", "delete", "retrieve", "update"]
    assert names["custom_tables"] == ["list", "list_fields"]
    assert names["custom_table_rows"] == ["create", "list", "list_values", "retrieve"]


@pytest.mark.parametrize(("resource", "method"), CASES, ids=[f"{r.attr}.{m.name}" for r, m in CASES])
def test_method_against_prism(mock_base_url: str, resource: Any, method: Any) -> None:
    args = _arguments(resource, method)
    with FinalPOS(api_key=KEY, base_url=mock_base_url, max_retries=0) as client:
        result = getattr(getattr(client, resource.attr), method.name)(**args)
        if method.paged:
            result = list(result)
        _check(method, result)
        raw = getattr(getattr(client, resource.attr).with_raw_response, method.name)(**args)
        assert 200 <= raw.status_code < 300 and raw.retries_taken == 0

    async def run_async() -> Any:
        async with AsyncFinalPOS(api_key=KEY, base_url=mock_base_url, max_retries=0) as aclient:
            called = getattr(getattr(aclient, resource.attr), method.name)(**args)
            if method.paged:
                return [item async for item in called]
            return await called

    _check(method, asyncio.run(run_async()))


def test_prism_rejects_a_missing_key_as_authentication_error(mock_base_url: str) -> None:
    with FinalPOS(api_key=KEY, base_url=mock_base_url, max_retries=0) as client:
        client._http.headers.pop("x-api-key")
        with pytest.raises(finalpos.AuthenticationError):
            client.sessions.retrieve("o1p2q3r4s5t6u7v8w9x0y1z2")
