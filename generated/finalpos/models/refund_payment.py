from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundPayment")


@_attrs_define
class RefundPayment:
    payment_type: str | Unset = UNSET
    amount: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        payment_type = self.payment_type

        amount = self.amount

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_payment_type: Any = d.pop("paymentType", UNSET)
        try:
            if _wire_payment_type is None:
                raise TypeError("null")
            _fits = _wire_payment_type is UNSET or (isinstance(_wire_payment_type, str))
            if not _fits:
                raise TypeError("paymentType")
            payment_type = _wire_payment_type
        except FIELD_ERRORS as exc:
            payment_type = unfit("RefundPayment", "paymentType", _wire_payment_type, unparsed, exc)

        _wire_amount: Any = d.pop("amount", UNSET)
        try:
            if _wire_amount is None:
                raise TypeError("null")
            _fits = _wire_amount is UNSET or (isinstance(_wire_amount, str))
            if not _fits:
                raise TypeError("amount")
            amount = _wire_amount
        except FIELD_ERRORS as exc:
            amount = unfit("RefundPayment", "amount", _wire_amount, unparsed, exc)

        _wire_transaction_id: Any = d.pop("transactionId", UNSET)
        try:
            if _wire_transaction_id is None:
                raise TypeError("null")
            _fits = _wire_transaction_id is UNSET or (isinstance(_wire_transaction_id, str))
            if not _fits:
                raise TypeError("transactionId")
            transaction_id = _wire_transaction_id
        except FIELD_ERRORS as exc:
            transaction_id = unfit("RefundPayment", "transactionId", _wire_transaction_id, unparsed, exc)

        refund_payment = cls(
            payment_type=payment_type,
            amount=amount,
            transaction_id=transaction_id,
        )

        if unparsed:
            refund_payment.unparsed = unparsed
        refund_payment.additional_properties = d
        return refund_payment

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
