from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_closing_amounts import SessionClosingAmounts


T = TypeVar("T", bound="SessionUpdate")


@_attrs_define
class SessionUpdate:
    """Update body of PUT /v1/api/session/{id}; same fields as SessionCreate, none required (as shown on the seed page (the
    vendor's Redocly page for the Session tag, read whole)).

    """

    station_id: str | Unset = UNSET
    """ Station ID where the session was opened. """
    session_number: str | Unset = UNSET
    """ Session number identifier. """
    opened_by: str | Unset = UNSET
    """ Name of the user who opened the session. """
    closed_by: str | Unset = UNSET
    """ Name of the user who closed the session. """
    open_time: str | Unset = UNSET
    """ Time when the session was opened. """
    close_time: str | Unset = UNSET
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
        station_id = self.station_id

        session_number = self.session_number

        opened_by = self.opened_by

        closed_by = self.closed_by

        open_time = self.open_time

        close_time = self.close_time

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
        _wire_station_id: Any = d.pop("stationId", UNSET)
        try:
            if _wire_station_id is None:
                raise TypeError("null")
            _fits = _wire_station_id is UNSET or (isinstance(_wire_station_id, str))
            if not _fits:
                raise TypeError("stationId")
            station_id = _wire_station_id
        except FIELD_ERRORS as exc:
            station_id = unfit("SessionUpdate", "stationId", _wire_station_id, unparsed, exc)

        _wire_session_number: Any = d.pop("sessionNumber", UNSET)
        try:
            if _wire_session_number is None:
                raise TypeError("null")
            _fits = _wire_session_number is UNSET or (isinstance(_wire_session_number, str))
            if not _fits:
                raise TypeError("sessionNumber")
            session_number = _wire_session_number
        except FIELD_ERRORS as exc:
            session_number = unfit("SessionUpdate", "sessionNumber", _wire_session_number, unparsed, exc)

        _wire_opened_by: Any = d.pop("openedBy", UNSET)
        try:
            if _wire_opened_by is None:
                raise TypeError("null")
            _fits = _wire_opened_by is UNSET or (isinstance(_wire_opened_by, str))
            if not _fits:
                raise TypeError("openedBy")
            opened_by = _wire_opened_by
        except FIELD_ERRORS as exc:
            opened_by = unfit("SessionUpdate", "openedBy", _wire_opened_by, unparsed, exc)

        _wire_closed_by: Any = d.pop("closedBy", UNSET)
        try:
            if _wire_closed_by is None:
                raise TypeError("null")
            _fits = _wire_closed_by is UNSET or (isinstance(_wire_closed_by, str))
            if not _fits:
                raise TypeError("closedBy")
            closed_by = _wire_closed_by
        except FIELD_ERRORS as exc:
            closed_by = unfit("SessionUpdate", "closedBy", _wire_closed_by, unparsed, exc)

        _wire_open_time: Any = d.pop("openTime", UNSET)
        try:
            if _wire_open_time is None:
                raise TypeError("null")
            _fits = _wire_open_time is UNSET or (isinstance(_wire_open_time, str))
            if not _fits:
                raise TypeError("openTime")
            open_time = _wire_open_time
        except FIELD_ERRORS as exc:
            open_time = unfit("SessionUpdate", "openTime", _wire_open_time, unparsed, exc)

        _wire_close_time: Any = d.pop("closeTime", UNSET)
        try:
            if _wire_close_time is None:
                raise TypeError("null")
            _fits = _wire_close_time is UNSET or (isinstance(_wire_close_time, str))
            if not _fits:
                raise TypeError("closeTime")
            close_time = _wire_close_time
        except FIELD_ERRORS as exc:
            close_time = unfit("SessionUpdate", "closeTime", _wire_close_time, unparsed, exc)

        _wire_opening_amount: Any = d.pop("openingAmount", UNSET)
        try:
            if _wire_opening_amount is None:
                raise TypeError("null")
            _fits = _wire_opening_amount is UNSET or (isinstance(_wire_opening_amount, str))
            if not _fits:
                raise TypeError("openingAmount")
            opening_amount = _wire_opening_amount
        except FIELD_ERRORS as exc:
            opening_amount = unfit("SessionUpdate", "openingAmount", _wire_opening_amount, unparsed, exc)

        _wire_closing_amount: Any = d.pop("closingAmount", UNSET)
        try:
            if _wire_closing_amount is None:
                raise TypeError("null")
            _fits = _wire_closing_amount is UNSET or (isinstance(_wire_closing_amount, str))
            if not _fits:
                raise TypeError("closingAmount")
            closing_amount = _wire_closing_amount
        except FIELD_ERRORS as exc:
            closing_amount = unfit("SessionUpdate", "closingAmount", _wire_closing_amount, unparsed, exc)

        _wire_closing_report_data: Any = d.pop("closingReportData", UNSET)
        try:
            if _wire_closing_report_data is None:
                raise TypeError("null")
            _fits = _wire_closing_report_data is UNSET or (isinstance(_wire_closing_report_data, str))
            if not _fits:
                raise TypeError("closingReportData")
            closing_report_data = _wire_closing_report_data
        except FIELD_ERRORS as exc:
            closing_report_data = unfit("SessionUpdate", "closingReportData", _wire_closing_report_data, unparsed, exc)

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
            notes = unfit("SessionUpdate", "notes", _wire_notes, unparsed, exc)

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
            closing_amounts = unfit("SessionUpdate", "closingAmounts", _wire_closing_amounts, unparsed, exc)

        _wire_closing_note: Any = d.pop("closingNote", UNSET)
        try:
            if _wire_closing_note is None:
                raise TypeError("null")
            _fits = _wire_closing_note is UNSET or (isinstance(_wire_closing_note, str))
            if not _fits:
                raise TypeError("closingNote")
            closing_note = _wire_closing_note
        except FIELD_ERRORS as exc:
            closing_note = unfit("SessionUpdate", "closingNote", _wire_closing_note, unparsed, exc)

        _wire_opening_note: Any = d.pop("openingNote", UNSET)
        try:
            if _wire_opening_note is None:
                raise TypeError("null")
            _fits = _wire_opening_note is UNSET or (isinstance(_wire_opening_note, str))
            if not _fits:
                raise TypeError("openingNote")
            opening_note = _wire_opening_note
        except FIELD_ERRORS as exc:
            opening_note = unfit("SessionUpdate", "openingNote", _wire_opening_note, unparsed, exc)

        session_update = cls(
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
            session_update.unparsed = unparsed
        session_update.additional_properties = d
        return session_update

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
