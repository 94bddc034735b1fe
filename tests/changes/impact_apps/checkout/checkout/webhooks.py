"""Zapier triggers for the back office, and how their errors are read."""

from typing import Any

from finalpos import APIStatusError, FinalPOS

from .models import ErrorKind, ErrorResponse


def register(client: FinalPOS, url: str) -> Any:
    return client.zapier_triggers.create(trigger_type="order", trigger_id="t1", api_key="k", trigger_url=url)


def move(client: FinalPOS, trigger_id: str, url: str) -> Any:
    return client.zapier_triggers.update(trigger_id, trigger_url=url)  # impact: operation_removed


def run(client: FinalPOS, action: str, trigger_id: str) -> Any:
    return getattr(client.zapier_triggers, action)(trigger_id)  # not-checked: operation_removed


def is_conflict(exc: APIStatusError) -> bool:
    if not isinstance(exc.body, dict):
        return False
    body = ErrorResponse.from_dict(exc.body)
    return body.error is ErrorKind.CONFLICT  # impact: enum_value_removed
