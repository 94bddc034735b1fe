from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_payment_data import TransactionPaymentData


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    id: str | Unset = UNSET
    """ Unique identifier for the Transactions. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Transactions was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Transactions was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Transactions. """
    external_id: str | Unset = UNSET
    """ External ID of the transaction. """
    payment_method: str | Unset = UNSET
    """ Payment method used for the transaction. """
    amount: str | Unset = UNSET
    """ Amount of the transaction. """
    currency: str | Unset = UNSET
    """ Currency of the transaction. """
    type_: str | Unset = UNSET
    """ Type of the transaction. """
    notes: str | Unset = UNSET
    """ Notes for the transaction. """
    employee: str | Unset = UNSET
    """ Employee ID who processed the transaction. """
    balance: str | Unset = UNSET
    """ Balance after the transaction. """
    session_id: str | Unset = UNSET
    """ Session ID associated with the transaction. """
    payment_data: TransactionPaymentData | Unset = UNSET
    """ Payment processor data for the transaction. """
    order_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    outlet_id: str | Unset = UNSET
    receipt_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        external_id = self.external_id

        payment_method = self.payment_method

        amount = self.amount

        currency = self.currency

        type_ = self.type_

        notes = self.notes

        employee = self.employee

        balance = self.balance

        session_id = self.session_id

        payment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_data, Unset):
            payment_data = self.payment_data.to_dict()

        order_id = self.order_id

        refund_id = self.refund_id

        outlet_id = self.outlet_id

        receipt_id = self.receipt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notes is not UNSET:
            field_dict["notes"] = notes
        if employee is not UNSET:
            field_dict["employee"] = employee
        if balance is not UNSET:
            field_dict["balance"] = balance
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
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
        id = d.pop("id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        company_id = d.pop("companyId", UNSET)

        external_id = d.pop("externalId", UNSET)

        payment_method = d.pop("paymentMethod", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        type_ = d.pop("type", UNSET)

        notes = d.pop("notes", UNSET)

        employee = d.pop("employee", UNSET)

        balance = d.pop("balance", UNSET)

        session_id = d.pop("sessionId", UNSET)

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

        transaction = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            external_id=external_id,
            payment_method=payment_method,
            amount=amount,
            currency=currency,
            type_=type_,
            notes=notes,
            employee=employee,
            balance=balance,
            session_id=session_id,
            payment_data=payment_data,
            order_id=order_id,
            refund_id=refund_id,
            outlet_id=outlet_id,
            receipt_id=receipt_id,
        )

        transaction.additional_properties = d
        return transaction

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
