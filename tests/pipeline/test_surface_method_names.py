"""Method names by rule when a tag is not one REST collection (issue 23): several operations of one resource
wanting one CRUD name do not stop the regen; the one on the collection's own path keeps it, the others
take their operationId. Specs derived from `openapi.json` by code, surfaced the way the build does."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import RegenError
from codegen.normalise import normalise
from codegen.spec import load_naming_config
from codegen.surface.collect import collect
from codegen.surface.naming import ResourceMap, load_resource_map
from tests.pipeline import generator_patterns as patterns


def _methods(spec: dict[str, Any], names: ResourceMap | None = None) -> dict[str, list[str]]:
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    view, _ = normalise(spec, load_naming_config())
    config = Config.from_sources(
        ConfigFile(),
        MetaType.NONE,
        document_source=Path("openapi.json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=None,
    )
    data = GeneratorData.from_dict(copy.deepcopy(view), config=config)
    resources, _ = collect(data, view, names or load_resource_map())
    return {r.attr: sorted(m.name for m in r.methods) for r in resources}


def _customer_action(doc: dict[str, Any], segment: str) -> None:
    """POST /v1/api/customer/<segment>, the create body and response, tag `Customer`."""
    create = copy.deepcopy(doc["paths"][patterns.CUSTOMER]["post"])
    create["operationId"] = f"CustomerController_{segment}"
    doc["paths"][f"{patterns.CUSTOMER}/{segment}"] = {"post": create}


def test_the_collections_own_path_keeps_create_and_deeper_actions_take_their_operation_id() -> None:
    spec = patterns.derived(lambda d: _customer_action(d, "import"), lambda d: _customer_action(d, "merge"))
    customers = _methods(spec)["customers"]
    assert "create" in customers
    assert {"customer_controller_import", "customer_controller_merge"} <= set(customers)


def test_actions_that_tie_all_take_their_operation_ids_and_a_mapped_one_keeps_its_name() -> None:
    def tied(doc: dict[str, Any]) -> None:
        for segment in ("import", "merge"):
            _customer_action(doc, segment)
        # The create itself moves one level down too: no operation is the collection now.
        doc["paths"][f"{patterns.CUSTOMER}/new"] = doc["paths"].pop(patterns.CUSTOMER)

    customers = _methods(patterns.derived(tied))["customers"]
    assert "create" not in customers
    assert {"customer_controller_create", "customer_controller_import", "customer_controller_merge"} <= set(customers)
    mapped = load_resource_map()
    mapped = ResourceMap(mapped.resources, {**mapped.methods, "CustomerController_merge": "merge"})
    assert "merge" in _methods(patterns.derived(tied), mapped)["customers"]


def test_names_still_clashing_stop_once_listing_every_entry_to_add() -> None:
    def clash(doc: dict[str, Any]) -> None:
        for segment in ("import", "merge"):
            _customer_action(doc, segment)

    mapped = load_resource_map()
    same = ResourceMap(
        mapped.resources, {**mapped.methods, "CustomerController_import": "bulk", "CustomerController_merge": "bulk"}
    )
    with pytest.raises(RegenError) as caught:
        _methods(patterns.derived(clash), same)
    assert len(caught.value.items) == 1 and 'methods: {"CustomerController_merge": <name>}' in caught.value.items[0]
