from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductAttribute")


@_attrs_define
class ProductAttribute:
    name: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values

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
            name = unfit("ProductAttribute", "name", _wire_name, unparsed, exc)

        _wire_values: Any = d.pop("values", UNSET)
        try:
            if _wire_values is None:
                raise TypeError("null")
            _fits = _wire_values is UNSET or (
                isinstance(_wire_values, list) and all(isinstance(_item, str) for _item in _wire_values)
            )
            if not _fits:
                raise TypeError("values")
            values = cast(list[str], _wire_values)

        except FIELD_ERRORS as exc:
            values = unfit("ProductAttribute", "values", _wire_values, unparsed, exc)

        product_attribute = cls(
            name=name,
            values=values,
        )

        if unparsed:
            product_attribute.unparsed = unparsed
        product_attribute.additional_properties = d
        return product_attribute

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
