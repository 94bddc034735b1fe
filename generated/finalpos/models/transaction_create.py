from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_payment_data import TransactionPaymentData


T = TypeVar("T", bound="TransactionCreate")


@_attrs_define
class TransactionCreate:
    payment_method: str
    """ Payment method used for the transaction. """
    amount: str
    """ Amount of the transaction. """
    currency: str
    """ Currency of the transaction. """
    type_: str
    """ Type of the transaction. """
    balance: str
    """ Balance after the transaction. """
    session_id: str
    """ Session ID associated with the transaction. """
    external_id: str | Unset = UNSET
    """ External ID of the transaction. """
    notes: str | Unset = UNSET
    """ Notes for the transaction. """
    employee: str | Unset = UNSET
    """ Employee ID who processed the transaction. """
    payment_data: TransactionPaymentData | Unset = UNSET
    """ Payment processor data for the transaction. """
    order_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    outlet_id: str | Unset = UNSET
    receipt_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method

        amount = self.amount

        currency = self.currency

        type_ = self.type_

        balance = self.balance

        session_id = self.session_id

        external_id = self.external_id

        notes = self.notes

        employee = self.employee

        payment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_data, Unset):
            payment_data = self.payment_data.to_dict()

        order_id = self.order_id

        refund_id = self.refund_id

        outlet_id = self.outlet_id

        receipt_id = self.receipt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethod": payment_method,
                "amount": amount,
                "currency": currency,
                "type": type_,
                "balance": balance,
                "sessionId": session_id,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if employee is not UNSET:
            field_dict["employee"] = employee
        if payment_data is not UNSET:
            field_dict["paymentData"] = payment_data
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if outlet_id is not UNSET:
            field_dict["outletId"] = outlet_id
        if receipt_id is not UNSET:
            field_dict["receiptId"] = receipt_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_payment_data import TransactionPaymentData  # noqa: PLC0415

        d = dict(src_dict)
        payment_method = d.pop("paymentMethod")

        amount = d.pop("amount")

        currency = d.pop("currency")

        type_ = d.pop("type")

        balance = d.pop("balance")

        session_id = d.pop("sessionId")

        external_id = d.pop("externalId", UNSET)

        notes = d.pop("notes", UNSET)

        employee = d.pop("employee", UNSET)

        _payment_data = d.pop("paymentData", UNSET)
        payment_data: TransactionPaymentData | Unset
        if isinstance(_payment_data, Unset):
            payment_data = UNSET
        else:
            payment_data = TransactionPaymentData.from_dict(_payment_data)

        order_id = d.pop("orderId", UNSET)

        refund_id = d.pop("refundId", UNSET)

        outlet_id = d.pop("outletId", UNSET)

        receipt_id = d.pop("receiptId", UNSET)

        transaction_create = cls(
            payment_method=payment_method,
            amount=amount,
            currency=currency,
            type_=type_,
            balance=balance,
            session_id=session_id,
            external_id=external_id,
            notes=notes,
            employee=employee,
            payment_data=payment_data,
            order_id=order_id,
            refund_id=refund_id,
            outlet_id=outlet_id,
            receipt_id=receipt_id,
        )

        transaction_create.additional_properties = d
        return transaction_create

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
