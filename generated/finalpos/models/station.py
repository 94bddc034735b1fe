from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Station")


@_attrs_define
class Station:
    id: str | Unset = UNSET
    """ Unique identifier for the Station. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Station was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Station was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Station. """
    name: str | Unset = UNSET
    """ Name of the station. """
    outlet_id: str | Unset = UNSET
    """ ID of the outlet this station belongs to. """
    status: str | Unset = UNSET
    """ Status of the station. """
    device_id: str | Unset = UNSET
    """ Device ID of the station. """
    device_name: str | Unset = UNSET
    """ Name of the device. """
    stripe_terminal_id: str | Unset = UNSET
    """ Stripe terminal ID of the station. """
    serial_reader_id: str | Unset = UNSET
    """ Serial reader ID of the station. """
    sequence_number: float | Unset = UNSET
    """ Sequence number of the station. """
    is_virtual: bool | Unset = UNSET
    """ Whether the station is virtual. """
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

        name = self.name

        outlet_id = self.outlet_id

        status = self.status

        device_id = self.device_id

        device_name = self.device_name

        stripe_terminal_id = self.stripe_terminal_id

        serial_reader_id = self.serial_reader_id

        sequence_number = self.sequence_number

        is_virtual = self.is_virtual

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
        if name is not UNSET:
            field_dict["name"] = name
        if outlet_id is not UNSET:
            field_dict["outletId"] = outlet_id
        if status is not UNSET:
            field_dict["status"] = status
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if device_name is not UNSET:
            field_dict["deviceName"] = device_name
        if stripe_terminal_id is not UNSET:
            field_dict["stripeTerminalId"] = stripe_terminal_id
        if serial_reader_id is not UNSET:
            field_dict["serialReaderId"] = serial_reader_id
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if is_virtual is not UNSET:
            field_dict["isVirtual"] = is_virtual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            id = unfit("Station", "id", _wire_id, unparsed, exc)

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
            created_at = unfit("Station", "createdAt", _wire_created_at, unparsed, exc)

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
            updated_at = unfit("Station", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Station", "companyId", _wire_company_id, unparsed, exc)

        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("Station", "name", _wire_name, unparsed, exc)

        _wire_outlet_id: Any = d.pop("outletId", UNSET)
        try:
            if _wire_outlet_id is None:
                raise TypeError("null")
            _fits = _wire_outlet_id is UNSET or (isinstance(_wire_outlet_id, str))
            if not _fits:
                raise TypeError("outletId")
            outlet_id = _wire_outlet_id
        except FIELD_ERRORS as exc:
            outlet_id = unfit("Station", "outletId", _wire_outlet_id, unparsed, exc)

        _wire_status: Any = d.pop("status", UNSET)
        try:
            if _wire_status is None:
                raise TypeError("null")
            _fits = _wire_status is UNSET or (isinstance(_wire_status, str))
            if not _fits:
                raise TypeError("status")
            status = _wire_status
        except FIELD_ERRORS as exc:
            status = unfit("Station", "status", _wire_status, unparsed, exc)

        _wire_device_id: Any = d.pop("deviceId", UNSET)
        try:
            if _wire_device_id is None:
                raise TypeError("null")
            _fits = _wire_device_id is UNSET or (isinstance(_wire_device_id, str))
            if not _fits:
                raise TypeError("deviceId")
            device_id = _wire_device_id
        except FIELD_ERRORS as exc:
            device_id = unfit("Station", "deviceId", _wire_device_id, unparsed, exc)

        _wire_device_name: Any = d.pop("deviceName", UNSET)
        try:
            if _wire_device_name is None:
                raise TypeError("null")
            _fits = _wire_device_name is UNSET or (isinstance(_wire_device_name, str))
            if not _fits:
                raise TypeError("deviceName")
            device_name = _wire_device_name
        except FIELD_ERRORS as exc:
            device_name = unfit("Station", "deviceName", _wire_device_name, unparsed, exc)

        _wire_stripe_terminal_id: Any = d.pop("stripeTerminalId", UNSET)
        try:
            if _wire_stripe_terminal_id is None:
                raise TypeError("null")
            _fits = _wire_stripe_terminal_id is UNSET or (isinstance(_wire_stripe_terminal_id, str))
            if not _fits:
                raise TypeError("stripeTerminalId")
            stripe_terminal_id = _wire_stripe_terminal_id
        except FIELD_ERRORS as exc:
            stripe_terminal_id = unfit("Station", "stripeTerminalId", _wire_stripe_terminal_id, unparsed, exc)

        _wire_serial_reader_id: Any = d.pop("serialReaderId", UNSET)
        try:
            if _wire_serial_reader_id is None:
                raise TypeError("null")
            _fits = _wire_serial_reader_id is UNSET or (isinstance(_wire_serial_reader_id, str))
            if not _fits:
                raise TypeError("serialReaderId")
            serial_reader_id = _wire_serial_reader_id
        except FIELD_ERRORS as exc:
            serial_reader_id = unfit("Station", "serialReaderId", _wire_serial_reader_id, unparsed, exc)

        _wire_sequence_number: Any = d.pop("sequenceNumber", UNSET)
        try:
            if _wire_sequence_number is None:
                raise TypeError("null")
            _fits = _wire_sequence_number is UNSET or (
                isinstance(_wire_sequence_number, (int, float)) and not isinstance(_wire_sequence_number, bool)
            )
            if not _fits:
                raise TypeError("sequenceNumber")
            sequence_number = _wire_sequence_number
        except FIELD_ERRORS as exc:
            sequence_number = unfit("Station", "sequenceNumber", _wire_sequence_number, unparsed, exc)

        _wire_is_virtual: Any = d.pop("isVirtual", UNSET)
        try:
            if _wire_is_virtual is None:
                raise TypeError("null")
            _fits = _wire_is_virtual is UNSET or (isinstance(_wire_is_virtual, bool))
            if not _fits:
                raise TypeError("isVirtual")
            is_virtual = _wire_is_virtual
        except FIELD_ERRORS as exc:
            is_virtual = unfit("Station", "isVirtual", _wire_is_virtual, unparsed, exc)

        station = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            name=name,
            outlet_id=outlet_id,
            status=status,
            device_id=device_id,
            device_name=device_name,
            stripe_terminal_id=stripe_terminal_id,
            serial_reader_id=serial_reader_id,
            sequence_number=sequence_number,
            is_virtual=is_virtual,
        )

        if unparsed:
            station.unparsed = unparsed
        station.additional_properties = d
        return station

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
