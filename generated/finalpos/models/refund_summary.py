from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        sub_total = self.sub_total

        total_taxes = self.total_taxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_total: Any = d.pop("total", UNSET)
        try:
            if _wire_total is None:
                raise TypeError("null")
            _fits = _wire_total is UNSET or (isinstance(_wire_total, str))
            if not _fits:
                raise TypeError("total")
            total = _wire_total
        except FIELD_ERRORS as exc:
            total = unfit("RefundSummary", "total", _wire_total, unparsed, exc)

        _wire_sub_total: Any = d.pop("subTotal", UNSET)
        try:
            if _wire_sub_total is None:
                raise TypeError("null")
            _fits = _wire_sub_total is UNSET or (isinstance(_wire_sub_total, str))
            if not _fits:
                raise TypeError("subTotal")
            sub_total = _wire_sub_total
        except FIELD_ERRORS as exc:
            sub_total = unfit("RefundSummary", "subTotal", _wire_sub_total, unparsed, exc)

        _wire_total_taxes: Any = d.pop("totalTaxes", UNSET)
        try:
            if _wire_total_taxes is None:
                raise TypeError("null")
            _fits = _wire_total_taxes is UNSET or (isinstance(_wire_total_taxes, str))
            if not _fits:
                raise TypeError("totalTaxes")
            total_taxes = _wire_total_taxes
        except FIELD_ERRORS as exc:
            total_taxes = unfit("RefundSummary", "totalTaxes", _wire_total_taxes, unparsed, exc)

        refund_summary = cls(
            total=total,
            sub_total=sub_total,
            total_taxes=total_taxes,
        )

        if unparsed:
            refund_summary.unparsed = unparsed
        refund_summary.additional_properties = d
        return refund_summary

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
