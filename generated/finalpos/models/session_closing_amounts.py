from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        cash = self.cash

        card = self.card

        oliver_pay = self.oliver_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_cash: Any = d.pop("cash", UNSET)
        try:
            if _wire_cash is None:
                raise TypeError("null")
            _fits = _wire_cash is UNSET or (isinstance(_wire_cash, str))
            if not _fits:
                raise TypeError("cash")
            cash = _wire_cash
        except FIELD_ERRORS as exc:
            cash = unfit("SessionClosingAmounts", "cash", _wire_cash, unparsed, exc)

        _wire_card: Any = d.pop("card", UNSET)
        try:
            if _wire_card is None:
                raise TypeError("null")
            _fits = _wire_card is UNSET or (isinstance(_wire_card, str))
            if not _fits:
                raise TypeError("card")
            card = _wire_card
        except FIELD_ERRORS as exc:
            card = unfit("SessionClosingAmounts", "card", _wire_card, unparsed, exc)

        _wire_oliver_pay: Any = d.pop("oliverPay", UNSET)
        try:
            if _wire_oliver_pay is None:
                raise TypeError("null")
            _fits = _wire_oliver_pay is UNSET or (isinstance(_wire_oliver_pay, str))
            if not _fits:
                raise TypeError("oliverPay")
            oliver_pay = _wire_oliver_pay
        except FIELD_ERRORS as exc:
            oliver_pay = unfit("SessionClosingAmounts", "oliverPay", _wire_oliver_pay, unparsed, exc)

        session_closing_amounts = cls(
            cash=cash,
            card=card,
            oliver_pay=oliver_pay,
        )

        if unparsed:
            session_closing_amounts.unparsed = unparsed
        session_closing_amounts.additional_properties = d
        return session_closing_amounts

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
