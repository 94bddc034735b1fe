"""One view: the change report compares exactly the spec the build generated from."""

from __future__ import annotations

import copy
import json
from typing import Any

from codegen.changes import normalised_view
from codegen.pipeline import build
from codegen.record import read_record
from codegen.workspace import Workspace


def test_the_report_sees_what_the_build_generated_from(workspace: Workspace, committed_spec: bytes) -> None:
    # A bump the two used to see differently: the vendor fixes the envelope the way our override does.
    document: dict[str, Any] = json.loads(committed_spec)
    for item in document["paths"].values():
        for response in (item.get("delete") or {}).get("responses", {}).values():
            props = (response.get("content") or {}).get("application/json", {}).get("schema", {}).get("properties")
            if props and "statusCode" in props:
                props["statusCode"]["type"] = "integer"

    result = build(workspace, copy.deepcopy(document), "0" * 64, read_record(workspace.record_path))

    assert result.view, "the build keeps the view it generated from"
    assert normalised_view(document) == result.view
    assert result.view["components"]["schemas"]["DeleteResponse"]["properties"]["statusCode"]["type"] == "integer"
    # And for the committed spec, where the override does change the envelope:
    assert (
        normalised_view(json.loads(committed_spec))["components"]["schemas"]["DeleteResponse"]["properties"][
            "statusCode"
        ]["type"]
        == "integer"
    )
