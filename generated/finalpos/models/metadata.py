from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    key: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_key: Any = d.pop("key", UNSET)
        try:
            if _wire_key is None:
                raise TypeError("null")
            _fits = _wire_key is UNSET or (isinstance(_wire_key, str))
            if not _fits:
                raise TypeError("key")
            key = _wire_key
        except FIELD_ERRORS as exc:
            key = unfit("Metadata", "key", _wire_key, unparsed, exc)

        _wire_value: Any = d.pop("value", UNSET)
        try:
            if _wire_value is None:
                raise TypeError("null")
            _fits = _wire_value is UNSET or (isinstance(_wire_value, str))
            if not _fits:
                raise TypeError("value")
            value = _wire_value
        except FIELD_ERRORS as exc:
            value = unfit("Metadata", "value", _wire_value, unparsed, exc)

        metadata = cls(
            key=key,
            value=value,
        )

        if unparsed:
            metadata.unparsed = unparsed
        metadata.additional_properties = d
        return metadata

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
