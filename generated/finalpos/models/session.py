from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

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
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_id: Any = d.pop("id", UNSET)
        try:
            if _wire_id is None:
                raise TypeError("null")
            _fits = _wire_id is UNSET or (isinstance(_wire_id, str))
            if not _fits:
                raise TypeError("id")
            id = _wire_id
        except FIELD_ERRORS as exc:
            id = unfit("Session", "id", _wire_id, unparsed, exc)

        _wire_created_at: Any = d.pop("createdAt", UNSET)
        try:
            if _wire_created_at is None:
                raise TypeError("null")
            _fits = _wire_created_at is UNSET or (isinstance(_wire_created_at, str))
            if not _fits:
                raise TypeError("createdAt")
            _created_at = _wire_created_at
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except FIELD_ERRORS as exc:
            created_at = unfit("Session", "createdAt", _wire_created_at, unparsed, exc)

        _wire_updated_at: Any = d.pop("updatedAt", UNSET)
        try:
            if _wire_updated_at is None:
                raise TypeError("null")
            _fits = _wire_updated_at is UNSET or (isinstance(_wire_updated_at, str))
            if not _fits:
                raise TypeError("updatedAt")
            _updated_at = _wire_updated_at
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except FIELD_ERRORS as exc:
            updated_at = unfit("Session", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Session", "companyId", _wire_company_id, unparsed, exc)

        _wire_station_id: Any = d.pop("stationId", UNSET)
        try:
            if _wire_station_id is None:
                raise TypeError("null")
            _fits = _wire_station_id is UNSET or (isinstance(_wire_station_id, str))
            if not _fits:
                raise TypeError("stationId")
            station_id = _wire_station_id
        except FIELD_ERRORS as exc:
            station_id = unfit("Session", "stationId", _wire_station_id, unparsed, exc)

        _wire_session_number: Any = d.pop("sessionNumber", UNSET)
        try:
            if _wire_session_number is None:
                raise TypeError("null")
            _fits = _wire_session_number is UNSET or (isinstance(_wire_session_number, str))
            if not _fits:
                raise TypeError("sessionNumber")
            session_number = _wire_session_number
        except FIELD_ERRORS as exc:
            session_number = unfit("Session", "sessionNumber", _wire_session_number, unparsed, exc)

        _wire_opened_by: Any = d.pop("openedBy", UNSET)
        try:
            if _wire_opened_by is None:
                raise TypeError("null")
            _fits = _wire_opened_by is UNSET or (isinstance(_wire_opened_by, str))
            if not _fits:
                raise TypeError("openedBy")
            opened_by = _wire_opened_by
        except FIELD_ERRORS as exc:
            opened_by = unfit("Session", "openedBy", _wire_opened_by, unparsed, exc)

        _wire_closed_by: Any = d.pop("closedBy", UNSET)
        try:
            if _wire_closed_by is None:
                raise TypeError("null")
            _fits = _wire_closed_by is UNSET or (isinstance(_wire_closed_by, str))
            if not _fits:
                raise TypeError("closedBy")
            closed_by = _wire_closed_by
        except FIELD_ERRORS as exc:
            closed_by = unfit("Session", "closedBy", _wire_closed_by, unparsed, exc)

        _wire_open_time: Any = d.pop("openTime", UNSET)
        try:
            if _wire_open_time is None:
                raise TypeError("null")
            _fits = _wire_open_time is UNSET or (isinstance(_wire_open_time, str))
            if not _fits:
                raise TypeError("openTime")
            _open_time = _wire_open_time
            open_time: datetime.datetime | Unset
            if isinstance(_open_time, Unset):
                open_time = UNSET
            else:
                open_time = datetime.datetime.fromisoformat(_open_time)

        except FIELD_ERRORS as exc:
            open_time = unfit("Session", "openTime", _wire_open_time, unparsed, exc)

        _wire_close_time: Any = d.pop("closeTime", UNSET)
        try:
            if _wire_close_time is None:
                raise TypeError("null")
            _fits = _wire_close_time is UNSET or (isinstance(_wire_close_time, str))
            if not _fits:
                raise TypeError("closeTime")
            _close_time = _wire_close_time
            close_time: datetime.datetime | Unset
            if isinstance(_close_time, Unset):
                close_time = UNSET
            else:
                close_time = datetime.datetime.fromisoformat(_close_time)

        except FIELD_ERRORS as exc:
            close_time = unfit("Session", "closeTime", _wire_close_time, unparsed, exc)

        _wire_opening_amount: Any = d.pop("openingAmount", UNSET)
        try:
            if _wire_opening_amount is None:
                raise TypeError("null")
            _fits = _wire_opening_amount is UNSET or (isinstance(_wire_opening_amount, str))
            if not _fits:
                raise TypeError("openingAmount")
            opening_amount = _wire_opening_amount
        except FIELD_ERRORS as exc:
            opening_amount = unfit("Session", "openingAmount", _wire_opening_amount, unparsed, exc)

        _wire_closing_amount: Any = d.pop("closingAmount", UNSET)
        try:
            if _wire_closing_amount is None:
                raise TypeError("null")
            _fits = _wire_closing_amount is UNSET or (isinstance(_wire_closing_amount, str))
            if not _fits:
                raise TypeError("closingAmount")
            closing_amount = _wire_closing_amount
        except FIELD_ERRORS as exc:
            closing_amount = unfit("Session", "closingAmount", _wire_closing_amount, unparsed, exc)

        _wire_closing_report_data: Any = d.pop("closingReportData", UNSET)
        try:
            if _wire_closing_report_data is None:
                raise TypeError("null")
            _fits = _wire_closing_report_data is UNSET or (isinstance(_wire_closing_report_data, str))
            if not _fits:
                raise TypeError("closingReportData")
            closing_report_data = _wire_closing_report_data
        except FIELD_ERRORS as exc:
            closing_report_data = unfit("Session", "closingReportData", _wire_closing_report_data, unparsed, exc)

        _wire_notes: Any = d.pop("notes", UNSET)
        try:
            if _wire_notes is None:
                raise TypeError("null")
            _fits = _wire_notes is UNSET or (
                isinstance(_wire_notes, list) and all(isinstance(_item, str) for _item in _wire_notes)
            )
            if not _fits:
                raise TypeError("notes")
            notes = cast(list[str], _wire_notes)

        except FIELD_ERRORS as exc:
            notes = unfit("Session", "notes", _wire_notes, unparsed, exc)

        _wire_closing_amounts: Any = d.pop("closingAmounts", UNSET)
        try:
            if _wire_closing_amounts is None:
                raise TypeError("null")
            _fits = _wire_closing_amounts is UNSET or (isinstance(_wire_closing_amounts, dict))
            if not _fits:
                raise TypeError("closingAmounts")
            _closing_amounts = _wire_closing_amounts
            closing_amounts: SessionClosingAmounts | Unset
            if isinstance(_closing_amounts, Unset):
                closing_amounts = UNSET
            else:
                closing_amounts = SessionClosingAmounts.from_dict(_closing_amounts)

        except FIELD_ERRORS as exc:
            closing_amounts = unfit("Session", "closingAmounts", _wire_closing_amounts, unparsed, exc)

        _wire_closing_note: Any = d.pop("closingNote", UNSET)
        try:
            if _wire_closing_note is None:
                raise TypeError("null")
            _fits = _wire_closing_note is UNSET or (isinstance(_wire_closing_note, str))
            if not _fits:
                raise TypeError("closingNote")
            closing_note = _wire_closing_note
        except FIELD_ERRORS as exc:
            closing_note = unfit("Session", "closingNote", _wire_closing_note, unparsed, exc)

        _wire_opening_note: Any = d.pop("openingNote", UNSET)
        try:
            if _wire_opening_note is None:
                raise TypeError("null")
            _fits = _wire_opening_note is UNSET or (isinstance(_wire_opening_note, str))
            if not _fits:
                raise TypeError("openingNote")
            opening_note = _wire_opening_note
        except FIELD_ERRORS as exc:
            opening_note = unfit("Session", "openingNote", _wire_opening_note, unparsed, exc)

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

        if unparsed:
            session.unparsed = unparsed
        session.additional_properties = d
        return session

    def __repr__(self) -> str:
        return model_repr(self)

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
