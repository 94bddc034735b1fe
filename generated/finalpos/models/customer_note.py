from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNote")


@_attrs_define
class CustomerNote:
    created_at: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_created_at: Any = d.pop("createdAt", UNSET)
        try:
            if _wire_created_at is None:
                raise TypeError("null")
            _fits = _wire_created_at is UNSET or (isinstance(_wire_created_at, str))
            if not _fits:
                raise TypeError("createdAt")
            created_at = _wire_created_at
        except FIELD_ERRORS as exc:
            created_at = unfit("CustomerNote", "createdAt", _wire_created_at, unparsed, exc)

        _wire_message: Any = d.pop("message", UNSET)
        try:
            if _wire_message is None:
                raise TypeError("null")
            _fits = _wire_message is UNSET or (isinstance(_wire_message, str))
            if not _fits:
                raise TypeError("message")
            message = _wire_message
        except FIELD_ERRORS as exc:
            message = unfit("CustomerNote", "message", _wire_message, unparsed, exc)

        customer_note = cls(
            created_at=created_at,
            message=message,
        )

        if unparsed:
            customer_note.unparsed = unparsed
        customer_note.additional_properties = d
        return customer_note

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
