from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSummaryTip")


@_attrs_define
class OrderSummaryTip:
    percentage: float | Unset = UNSET
    amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        percentage = self.percentage

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_percentage: Any = d.pop("percentage", UNSET)
        try:
            if _wire_percentage is None:
                raise TypeError("null")
            _fits = _wire_percentage is UNSET or (
                isinstance(_wire_percentage, (int, float)) and not isinstance(_wire_percentage, bool)
            )
            if not _fits:
                raise TypeError("percentage")
            percentage = _wire_percentage
        except FIELD_ERRORS as exc:
            percentage = unfit("OrderSummaryTip", "percentage", _wire_percentage, unparsed, exc)

        _wire_amount: Any = d.pop("amount", UNSET)
        try:
            if _wire_amount is None:
                raise TypeError("null")
            _fits = _wire_amount is UNSET or (isinstance(_wire_amount, str))
            if not _fits:
                raise TypeError("amount")
            amount = _wire_amount
        except FIELD_ERRORS as exc:
            amount = unfit("OrderSummaryTip", "amount", _wire_amount, unparsed, exc)

        order_summary_tip = cls(
            percentage=percentage,
            amount=amount,
        )

        if unparsed:
            order_summary_tip.unparsed = unparsed
        order_summary_tip.additional_properties = d
        return order_summary_tip

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
