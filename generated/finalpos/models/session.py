from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_closing_amounts import SessionClosingAmounts


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    id: str | Unset = UNSET
    """ Unique identifier for the Session. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Session was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Session was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Session. """
    station_id: str | Unset = UNSET
    """ Station ID where the session was opened. """
    session_number: str | Unset = UNSET
    """ Session number identifier. """
    opened_by: str | Unset = UNSET
    """ Name of the user who opened the session. """
    closed_by: str | Unset = UNSET
    """ Name of the user who closed the session. """
    open_time: datetime.datetime | Unset = UNSET
    """ Time when the session was opened. """
    close_time: datetime.datetime | Unset = UNSET
    """ Time when the session was closed. """
    opening_amount: str | Unset = UNSET
    """ Opening cash amount. """
    closing_amount: str | Unset = UNSET
    """ Closing cash amount. """
    closing_report_data: str | Unset = UNSET
    """ Closing report data in JSON format. """
    notes: list[str] | Unset = UNSET
    """ Notes for the session. """
    closing_amounts: SessionClosingAmounts | Unset = UNSET
    """ Closing amounts by payment method. """
    closing_note: str | Unset = UNSET
    """ Note when closing the session. """
    opening_note: str | Unset = UNSET
    """ Note when opening the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        station_id = self.station_id

        session_number = self.session_number

        opened_by = self.opened_by

        closed_by = self.closed_by

        open_time: str | Unset = UNSET
        if not isinstance(self.open_time, Unset):
            open_time = self.open_time.isoformat()

        close_time: str | Unset = UNSET
        if not isinstance(self.close_time, Unset):
            close_time = self.close_time.isoformat()

        opening_amount = self.opening_amount

        closing_amount = self.closing_amount

        closing_report_data = self.closing_report_data

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        closing_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closing_amounts, Unset):
            closing_amounts = self.closing_amounts.to_dict()

        closing_note = self.closing_note

        opening_note = self.opening_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if station_id is not UNSET:
            field_dict["stationId"] = station_id
        if session_number is not UNSET:
            field_dict["sessionNumber"] = session_number
        if opened_by is not UNSET:
            field_dict["openedBy"] = opened_by
        if closed_by is not UNSET:
            field_dict["closedBy"] = closed_by
        if open_time is not UNSET:
            field_dict["openTime"] = open_time
        if close_time is not UNSET:
            field_dict["closeTime"] = close_time
        if opening_amount is not UNSET:
            field_dict["openingAmount"] = opening_amount
        if closing_amount is not UNSET:
            field_dict["closingAmount"] = closing_amount
        if closing_report_data is not UNSET:
            field_dict["closingReportData"] = closing_report_data
        if notes is not UNSET:
            field_dict["notes"] = notes
        if closing_amounts is not UNSET:
            field_dict["closingAmounts"] = closing_amounts
        if closing_note is not UNSET:
            field_dict["closingNote"] = closing_note
        if opening_note is not UNSET:
            field_dict["openingNote"] = opening_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_closing_amounts import SessionClosingAmounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        company_id = d.pop("companyId", UNSET)

        station_id = d.pop("stationId", UNSET)

        session_number = d.pop("sessionNumber", UNSET)

        opened_by = d.pop("openedBy", UNSET)

        closed_by = d.pop("closedBy", UNSET)

        _open_time = d.pop("openTime", UNSET)
        open_time: datetime.datetime | Unset
        if isinstance(_open_time, Unset):
            open_time = UNSET
        else:
            open_time = datetime.datetime.fromisoformat(_open_time)

        _close_time = d.pop("closeTime", UNSET)
        close_time: datetime.datetime | Unset
        if isinstance(_close_time, Unset):
            close_time = UNSET
        else:
            close_time = datetime.datetime.fromisoformat(_close_time)

        opening_amount = d.pop("openingAmount", UNSET)

        closing_amount = d.pop("closingAmount", UNSET)

        closing_report_data = d.pop("closingReportData", UNSET)

        notes = cast(list[str], d.pop("notes", UNSET))

        _closing_amounts = d.pop("closingAmounts", UNSET)
        closing_amounts: SessionClosingAmounts | Unset
        if isinstance(_closing_amounts, Unset):
            closing_amounts = UNSET
        else:
            closing_amounts = SessionClosingAmounts.from_dict(_closing_amounts)

        closing_note = d.pop("closingNote", UNSET)

        opening_note = d.pop("openingNote", UNSET)

        session = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            station_id=station_id,
            session_number=session_number,
            opened_by=opened_by,
            closed_by=closed_by,
            open_time=open_time,
            close_time=close_time,
            opening_amount=opening_amount,
            closing_amount=closing_amount,
            closing_report_data=closing_report_data,
            notes=notes,
            closing_amounts=closing_amounts,
            closing_note=closing_note,
            opening_note=opening_note,
        )

        session.additional_properties = d
        return session

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
