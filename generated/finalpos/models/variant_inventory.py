from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariantInventory")


@_attrs_define
class VariantInventory:
    stock: float | Unset = UNSET
    outlet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        stock = self.stock

        outlet_id = self.outlet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if stock is not UNSET:
            field_dict["stock"] = stock
        if outlet_id is not UNSET:
            field_dict["outletId"] = outlet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_stock: Any = d.pop("stock", UNSET)
        try:
            if _wire_stock is None:
                raise TypeError("null")
            _fits = _wire_stock is UNSET or (
                isinstance(_wire_stock, (int, float)) and not isinstance(_wire_stock, bool)
            )
            if not _fits:
                raise TypeError("stock")
            stock = _wire_stock
        except FIELD_ERRORS as exc:
            stock = unfit("VariantInventory", "stock", _wire_stock, unparsed, exc)

        _wire_outlet_id: Any = d.pop("outletId", UNSET)
        try:
            if _wire_outlet_id is None:
                raise TypeError("null")
            _fits = _wire_outlet_id is UNSET or (isinstance(_wire_outlet_id, str))
            if not _fits:
                raise TypeError("outletId")
            outlet_id = _wire_outlet_id
        except FIELD_ERRORS as exc:
            outlet_id = unfit("VariantInventory", "outletId", _wire_outlet_id, unparsed, exc)

        variant_inventory = cls(
            stock=stock,
            outlet_id=outlet_id,
        )

        if unparsed:
            variant_inventory.unparsed = unparsed
        variant_inventory.additional_properties = d
        return variant_inventory

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
