"""Models survive copying: `UNSET` is one object across `copy`, `deepcopy`, `pickle` and processes, so
a model a user caches (Redis, Celery, multiprocessing, their own `deepcopy`) comes back equal to
itself, `to_dict()` never holds a sentinel, and the copy goes back into a call as the original would.

Property test over every model class in `finalpos.models` (found by introspection): instances drawn
from each field's annotation, and instances parsed leniently from arbitrary JSON.
"""

from __future__ import annotations

import copy
import datetime
import enum
import inspect
import json
import multiprocessing
import pickle
import types
import typing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs
import finalpos._models as _models
import finalpos.models as models
import pytest
from finalpos import FinalPOS
from finalpos.models import Address, Customer
from finalpos.types import UNSET, Unset
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import CANARY_KEY, LocalServer, Reply

MODELS = sorted(
    (cls for name in models.__all__ if inspect.isclass(cls := getattr(models, name)) and attrs.has(cls)),
    key=lambda cls: cls.__name__,
)
COPIES: dict[str, Callable[[Any], Any]] = {
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "pickle": lambda value: pickle.loads(pickle.dumps(value)),
}
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


def _hints(cls: type) -> dict[str, Any]:
    # The fields every model inherits are annotated in finalpos/_models.py; the rest in the model's module.
    return typing.get_type_hints(cls, globalns={**vars(_models), **vars(models), **vars(inspect.getmodule(cls))})


def strategy_for(tp: Any) -> st.SearchStrategy[Any]:
    """Values of an annotation as the generated models declare them."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is Unset:
        return st.just(UNSET)
    if tp is type(None):
        return st.none()
    if origin in (typing.Union, types.UnionType):
        return st.one_of([strategy_for(arg) for arg in args])
    if origin is list:
        return st.lists(strategy_for(args[0]), max_size=2)
    if origin is dict or tp is Any:
        return st.dictionaries(st.text(max_size=5), JSON, max_size=2) if origin is dict else JSON
    if origin is typing.Literal:
        return st.sampled_from(args)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(-(2**40), 2**40)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if tp is str:
        return st.text(max_size=8)
    if tp is datetime.datetime:
        return st.datetimes(timezones=st.just(datetime.UTC))
    if tp is datetime.date:
        return st.dates()
    if inspect.isclass(tp) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if attrs.has(tp):
        return st.deferred(lambda: instances(tp))
    raise AssertionError(f"no strategy for {tp!r}")


def instances(cls: type) -> st.SearchStrategy[Any]:
    hints = _hints(cls)
    fields = {f.alias: strategy_for(hints[f.name]) for f in attrs.fields(cls) if f.init and f.alias != "custom_fields"}
    return st.builds(cls, **fields)


def sentinels(value: Any) -> list[Any]:
    """Every Unset object anywhere in a to_dict() result."""
    if isinstance(value, Unset):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in sentinels(item)]
    if isinstance(value, list):
        return [s for item in value for s in sentinels(item)]
    return []


def _wire_names(cls: type) -> list[str]:
    # The keys from_dict reads are the declared wire names: what the API sends.
    return sorted({field.wire for field in cls._declare()})  # type: ignore[attr-defined]


SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_model_is_covered() -> None:
    assert len(MODELS) > 50 and Customer in MODELS and Address in MODELS


def test_unset_is_one_object() -> None:
    for name, copier in COPIES.items():
        assert copier(UNSET) is UNSET, name
    assert Unset() is UNSET and pickle.loads(pickle.dumps([UNSET, UNSET], protocol=0)) == [UNSET, UNSET]


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
@SETTINGS
@given(data=st.data())
def test_a_model_survives_copy_deepcopy_and_pickle(cls: type, data: st.DataObject) -> None:
    model = data.draw(instances(cls), label="built")
    wire = data.draw(st.fixed_dictionaries({}, optional={n: JSON for n in _wire_names(cls)}), label="wire")
    parsed = cls.from_dict(wire)  # type: ignore[attr-defined]  # lenient: whatever does not fit is kept
    for value in (model, parsed):
        expected = value.to_dict()
        assert sentinels(expected) == []
        assert json.loads(value.to_json()) == expected
        for name, copier in COPIES.items():
            again = copier(value)
            assert again == value, name
            assert again.to_dict() == expected, name
    assert parsed.to_dict() == {**parsed.unparsed, **parsed.to_dict()}


def _through_a_child_process(customer: Customer) -> tuple[dict[str, Any], bool]:
    return customer.to_dict(), customer.email is UNSET


def test_a_model_crosses_processes() -> None:
    customer = Customer.from_dict({"id": "c1", "firstName": "Ann", "billing": None, "tier": "gold"})
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        sent, email_unset = pool.submit(_through_a_child_process, customer).result(timeout=120)
    assert sent == {"id": "c1", "firstName": "Ann", "billing": None, "tier": "gold"} and email_unset


@pytest.mark.parametrize("how", sorted(COPIES))
def test_a_copied_model_goes_back_into_a_call(how: str, client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, {"id": "c1", "billing": {"city": "Hamburg"}}))
    billing = COPIES[how](Address(city="Hamburg"))
    assert billing.to_dict() == {"city": "Hamburg"}
    updated = client.customers.update("c1", billing=billing)
    assert json.loads(server.seen[-1].body) == {"billing": {"city": "Hamburg"}}
    assert COPIES[how](updated) == updated and updated.billing == Address(city="Hamburg")
    assert server.seen[-1].headers["x-api-key"] == CANARY_KEY
