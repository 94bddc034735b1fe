from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="StationUpdate")


@_attrs_define
class StationUpdate:
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
        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("StationUpdate", "name", _wire_name, unparsed, exc)

        _wire_outlet_id: Any = d.pop("outletId", UNSET)
        try:
            if _wire_outlet_id is None:
                raise TypeError("null")
            _fits = _wire_outlet_id is UNSET or (isinstance(_wire_outlet_id, str))
            if not _fits:
                raise TypeError("outletId")
            outlet_id = _wire_outlet_id
        except FIELD_ERRORS as exc:
            outlet_id = unfit("StationUpdate", "outletId", _wire_outlet_id, unparsed, exc)

        _wire_status: Any = d.pop("status", UNSET)
        try:
            if _wire_status is None:
                raise TypeError("null")
            _fits = _wire_status is UNSET or (isinstance(_wire_status, str))
            if not _fits:
                raise TypeError("status")
            status = _wire_status
        except FIELD_ERRORS as exc:
            status = unfit("StationUpdate", "status", _wire_status, unparsed, exc)

        _wire_device_id: Any = d.pop("deviceId", UNSET)
        try:
            if _wire_device_id is None:
                raise TypeError("null")
            _fits = _wire_device_id is UNSET or (isinstance(_wire_device_id, str))
            if not _fits:
                raise TypeError("deviceId")
            device_id = _wire_device_id
        except FIELD_ERRORS as exc:
            device_id = unfit("StationUpdate", "deviceId", _wire_device_id, unparsed, exc)

        _wire_device_name: Any = d.pop("deviceName", UNSET)
        try:
            if _wire_device_name is None:
                raise TypeError("null")
            _fits = _wire_device_name is UNSET or (isinstance(_wire_device_name, str))
            if not _fits:
                raise TypeError("deviceName")
            device_name = _wire_device_name
        except FIELD_ERRORS as exc:
            device_name = unfit("StationUpdate", "deviceName", _wire_device_name, unparsed, exc)

        _wire_stripe_terminal_id: Any = d.pop("stripeTerminalId", UNSET)
        try:
            if _wire_stripe_terminal_id is None:
                raise TypeError("null")
            _fits = _wire_stripe_terminal_id is UNSET or (isinstance(_wire_stripe_terminal_id, str))
            if not _fits:
                raise TypeError("stripeTerminalId")
            stripe_terminal_id = _wire_stripe_terminal_id
        except FIELD_ERRORS as exc:
            stripe_terminal_id = unfit("StationUpdate", "stripeTerminalId", _wire_stripe_terminal_id, unparsed, exc)

        _wire_serial_reader_id: Any = d.pop("serialReaderId", UNSET)
        try:
            if _wire_serial_reader_id is None:
                raise TypeError("null")
            _fits = _wire_serial_reader_id is UNSET or (isinstance(_wire_serial_reader_id, str))
            if not _fits:
                raise TypeError("serialReaderId")
            serial_reader_id = _wire_serial_reader_id
        except FIELD_ERRORS as exc:
            serial_reader_id = unfit("StationUpdate", "serialReaderId", _wire_serial_reader_id, unparsed, exc)

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
            sequence_number = unfit("StationUpdate", "sequenceNumber", _wire_sequence_number, unparsed, exc)

        _wire_is_virtual: Any = d.pop("isVirtual", UNSET)
        try:
            if _wire_is_virtual is None:
                raise TypeError("null")
            _fits = _wire_is_virtual is UNSET or (isinstance(_wire_is_virtual, bool))
            if not _fits:
                raise TypeError("isVirtual")
            is_virtual = _wire_is_virtual
        except FIELD_ERRORS as exc:
            is_virtual = unfit("StationUpdate", "isVirtual", _wire_is_virtual, unparsed, exc)

        station_update = cls(
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
            station_update.unparsed = unparsed
        station_update.additional_properties = d
        return station_update

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
