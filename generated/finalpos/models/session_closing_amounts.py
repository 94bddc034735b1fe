from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionClosingAmounts")


@_attrs_define
class SessionClosingAmounts:
    """Closing amounts by payment method.

    Example:
        {'cash': '500.00', 'card': '1500.00', 'oliverPay': '200.00'}

    """

    cash: str | Unset = UNSET
    """ Cash closing amount. """
    card: str | Unset = UNSET
    """ Card closing amount. """
    oliver_pay: str | Unset = UNSET
    """ Oliver Pay closing amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash = self.cash

        card = self.card

        oliver_pay = self.oliver_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cash is not UNSET:
            field_dict["cash"] = cash
        if card is not UNSET:
            field_dict["card"] = card
        if oliver_pay is not UNSET:
            field_dict["oliverPay"] = oliver_pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cash = d.pop("cash", UNSET)

        card = d.pop("card", UNSET)

        oliver_pay = d.pop("oliverPay", UNSET)

        session_closing_amounts = cls(
            cash=cash,
            card=card,
            oliver_pay=oliver_pay,
        )

        session_closing_amounts.additional_properties = d
        return session_closing_amounts

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
