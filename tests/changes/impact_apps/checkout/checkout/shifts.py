"""Till shifts: open, close, look up."""

from typing import Any

from finalpos import FinalPOS

from .models import Session, SessionCreate

client = FinalPOS(api_key="key")


def open_shift(station_id: str, opened_by: str) -> Session:
    return client.sessions.create(  # impact: required_field
        station_id=station_id,
        session_number="1",
        opened_by=opened_by,
        open_time="2026-01-01T08:00:00Z",
        opening_amount="100.00",
        notes=[],
        closing_amounts={},
        opening_note="",
    )


def open_from_payload(payload: dict[str, Any]) -> Session:
    return client.sessions.create(**payload)  # not-checked: required_field


def draft(station_id: str) -> SessionCreate:
    return SessionCreate(  # impact: required_field
        station_id=station_id,
        session_number="1",
        opened_by="u1",
        open_time="2026-01-01T08:00:00Z",
        opening_amount="0",
        notes=[],
        closing_amounts={},  # type: ignore[arg-type]
        opening_note="",
    )


def close_shift(session_id: str, note: str) -> Session:
    return client.sessions.update(session_id, closed_by="u1", closing_note=note)  # impact: keyword_renamed


def count_cash(session_id: str) -> str:
    session = client.sessions.retrieve(session_id)
    return str(session.opening_amount)
