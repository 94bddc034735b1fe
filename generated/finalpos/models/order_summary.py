from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSummary")


@_attrs_define
class OrderSummary:
    """Summary of the Order."""

    discount_total: str | Unset = UNSET
    shipping_total: str | Unset = UNSET
    total: str | Unset = UNSET
    total_taxes: str | Unset = UNSET
    is_tax_inclusive: bool | Unset = UNSET
    """ Flag to indicate if the order is tax inclusive. """
    sub_total: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_total = self.discount_total

        shipping_total = self.shipping_total

        total = self.total

        total_taxes = self.total_taxes

        is_tax_inclusive = self.is_tax_inclusive

        sub_total = self.sub_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if shipping_total is not UNSET:
            field_dict["shippingTotal"] = shipping_total
        if total is not UNSET:
            field_dict["total"] = total
        if total_taxes is not UNSET:
            field_dict["totalTaxes"] = total_taxes
        if is_tax_inclusive is not UNSET:
            field_dict["isTaxInclusive"] = is_tax_inclusive
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discount_total = d.pop("discountTotal", UNSET)

        shipping_total = d.pop("shippingTotal", UNSET)

        total = d.pop("total", UNSET)

        total_taxes = d.pop("totalTaxes", UNSET)

        is_tax_inclusive = d.pop("isTaxInclusive", UNSET)

        sub_total = d.pop("subTotal", UNSET)

        order_summary = cls(
            discount_total=discount_total,
            shipping_total=shipping_total,
            total=total,
            total_taxes=total_taxes,
            is_tax_inclusive=is_tax_inclusive,
            sub_total=sub_total,
        )

        order_summary.additional_properties = d
        return order_summary

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
