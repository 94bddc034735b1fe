from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundSummary")


@_attrs_define
class RefundSummary:
    """Summary of the refund amounts.

    Example:
        {'total': '100.00', 'subTotal': '90.00', 'totalTaxes': '10.00'}

    """

    total: str | Unset = UNSET
    sub_total: str | Unset = UNSET
    total_taxes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        sub_total = self.sub_total

        total_taxes = self.total_taxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not UNSET:
            field_dict["total"] = total
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total
        if total_taxes is not UNSET:
            field_dict["totalTaxes"] = total_taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        sub_total = d.pop("subTotal", UNSET)

        total_taxes = d.pop("totalTaxes", UNSET)

        refund_summary = cls(
            total=total,
            sub_total=sub_total,
            total_taxes=total_taxes,
        )

        refund_summary.additional_properties = d
        return refund_summary

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
