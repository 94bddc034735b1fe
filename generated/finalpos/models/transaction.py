from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

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
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_id: Any = d.pop("id", UNSET)
        try:
            if _wire_id is None:
                raise TypeError("null")
            _fits = _wire_id is UNSET or (isinstance(_wire_id, str))
            if not _fits:
                raise TypeError("id")
            id = _wire_id
        except FIELD_ERRORS as exc:
            id = unfit("Transaction", "id", _wire_id, unparsed, exc)

        _wire_created_at: Any = d.pop("createdAt", UNSET)
        try:
            if _wire_created_at is None:
                raise TypeError("null")
            _fits = _wire_created_at is UNSET or (isinstance(_wire_created_at, str))
            if not _fits:
                raise TypeError("createdAt")
            _created_at = _wire_created_at
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except FIELD_ERRORS as exc:
            created_at = unfit("Transaction", "createdAt", _wire_created_at, unparsed, exc)

        _wire_updated_at: Any = d.pop("updatedAt", UNSET)
        try:
            if _wire_updated_at is None:
                raise TypeError("null")
            _fits = _wire_updated_at is UNSET or (isinstance(_wire_updated_at, str))
            if not _fits:
                raise TypeError("updatedAt")
            _updated_at = _wire_updated_at
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except FIELD_ERRORS as exc:
            updated_at = unfit("Transaction", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Transaction", "companyId", _wire_company_id, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("Transaction", "externalId", _wire_external_id, unparsed, exc)

        _wire_payment_method: Any = d.pop("paymentMethod", UNSET)
        try:
            if _wire_payment_method is None:
                raise TypeError("null")
            _fits = _wire_payment_method is UNSET or (isinstance(_wire_payment_method, str))
            if not _fits:
                raise TypeError("paymentMethod")
            payment_method = _wire_payment_method
        except FIELD_ERRORS as exc:
            payment_method = unfit("Transaction", "paymentMethod", _wire_payment_method, unparsed, exc)

        _wire_amount: Any = d.pop("amount", UNSET)
        try:
            if _wire_amount is None:
                raise TypeError("null")
            _fits = _wire_amount is UNSET or (isinstance(_wire_amount, str))
            if not _fits:
                raise TypeError("amount")
            amount = _wire_amount
        except FIELD_ERRORS as exc:
            amount = unfit("Transaction", "amount", _wire_amount, unparsed, exc)

        _wire_currency: Any = d.pop("currency", UNSET)
        try:
            if _wire_currency is None:
                raise TypeError("null")
            _fits = _wire_currency is UNSET or (isinstance(_wire_currency, str))
            if not _fits:
                raise TypeError("currency")
            currency = _wire_currency
        except FIELD_ERRORS as exc:
            currency = unfit("Transaction", "currency", _wire_currency, unparsed, exc)

        _wire_type_: Any = d.pop("type", UNSET)
        try:
            if _wire_type_ is None:
                raise TypeError("null")
            _fits = _wire_type_ is UNSET or (isinstance(_wire_type_, str))
            if not _fits:
                raise TypeError("type")
            type_ = _wire_type_
        except FIELD_ERRORS as exc:
            type_ = unfit("Transaction", "type", _wire_type_, unparsed, exc)

        _wire_notes: Any = d.pop("notes", UNSET)
        try:
            if _wire_notes is None:
                raise TypeError("null")
            _fits = _wire_notes is UNSET or (isinstance(_wire_notes, str))
            if not _fits:
                raise TypeError("notes")
            notes = _wire_notes
        except FIELD_ERRORS as exc:
            notes = unfit("Transaction", "notes", _wire_notes, unparsed, exc)

        _wire_employee: Any = d.pop("employee", UNSET)
        try:
            if _wire_employee is None:
                raise TypeError("null")
            _fits = _wire_employee is UNSET or (isinstance(_wire_employee, str))
            if not _fits:
                raise TypeError("employee")
            employee = _wire_employee
        except FIELD_ERRORS as exc:
            employee = unfit("Transaction", "employee", _wire_employee, unparsed, exc)

        _wire_balance: Any = d.pop("balance", UNSET)
        try:
            if _wire_balance is None:
                raise TypeError("null")
            _fits = _wire_balance is UNSET or (isinstance(_wire_balance, str))
            if not _fits:
                raise TypeError("balance")
            balance = _wire_balance
        except FIELD_ERRORS as exc:
            balance = unfit("Transaction", "balance", _wire_balance, unparsed, exc)

        _wire_session_id: Any = d.pop("sessionId", UNSET)
        try:
            if _wire_session_id is None:
                raise TypeError("null")
            _fits = _wire_session_id is UNSET or (isinstance(_wire_session_id, str))
            if not _fits:
                raise TypeError("sessionId")
            session_id = _wire_session_id
        except FIELD_ERRORS as exc:
            session_id = unfit("Transaction", "sessionId", _wire_session_id, unparsed, exc)

        _wire_payment_data: Any = d.pop("paymentData", UNSET)
        try:
            if _wire_payment_data is None:
                raise TypeError("null")
            _fits = _wire_payment_data is UNSET or (isinstance(_wire_payment_data, dict))
            if not _fits:
                raise TypeError("paymentData")
            _payment_data = _wire_payment_data
            payment_data: TransactionPaymentData | Unset
            if isinstance(_payment_data, Unset):
                payment_data = UNSET
            else:
                payment_data = TransactionPaymentData.from_dict(_payment_data)

        except FIELD_ERRORS as exc:
            payment_data = unfit("Transaction", "paymentData", _wire_payment_data, unparsed, exc)

        _wire_order_id: Any = d.pop("orderId", UNSET)
        try:
            if _wire_order_id is None:
                raise TypeError("null")
            _fits = _wire_order_id is UNSET or (isinstance(_wire_order_id, str))
            if not _fits:
                raise TypeError("orderId")
            order_id = _wire_order_id
        except FIELD_ERRORS as exc:
            order_id = unfit("Transaction", "orderId", _wire_order_id, unparsed, exc)

        _wire_refund_id: Any = d.pop("refundId", UNSET)
        try:
            if _wire_refund_id is None:
                raise TypeError("null")
            _fits = _wire_refund_id is UNSET or (isinstance(_wire_refund_id, str))
            if not _fits:
                raise TypeError("refundId")
            refund_id = _wire_refund_id
        except FIELD_ERRORS as exc:
            refund_id = unfit("Transaction", "refundId", _wire_refund_id, unparsed, exc)

        _wire_outlet_id: Any = d.pop("outletId", UNSET)
        try:
            if _wire_outlet_id is None:
                raise TypeError("null")
            _fits = _wire_outlet_id is UNSET or (isinstance(_wire_outlet_id, str))
            if not _fits:
                raise TypeError("outletId")
            outlet_id = _wire_outlet_id
        except FIELD_ERRORS as exc:
            outlet_id = unfit("Transaction", "outletId", _wire_outlet_id, unparsed, exc)

        _wire_receipt_id: Any = d.pop("receiptId", UNSET)
        try:
            if _wire_receipt_id is None:
                raise TypeError("null")
            _fits = _wire_receipt_id is UNSET or (isinstance(_wire_receipt_id, str))
            if not _fits:
                raise TypeError("receiptId")
            receipt_id = _wire_receipt_id
        except FIELD_ERRORS as exc:
            receipt_id = unfit("Transaction", "receiptId", _wire_receipt_id, unparsed, exc)

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

        if unparsed:
            transaction.unparsed = unparsed
        transaction.additional_properties = d
        return transaction

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
