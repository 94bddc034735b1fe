from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_summary import OrderSummary


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    id: str | Unset = UNSET
    """ Unique identifier for the Order. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Order was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Order was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Order. """
    currency: str | Unset = UNSET
    """ Currency of the Order. """
    receipt_id: str | Unset = UNSET
    """ Receipt ID of the Order. """
    status: str | Unset = UNSET
    """ Status of the Order. """
    customer_id: str | Unset = UNSET
    """ Customer ID of the Order. """
    source: str | Unset = UNSET
    """ Source of the Order. """
    session_id: str | Unset = UNSET
    """ Session ID of the Order. """
    balance: str | Unset = UNSET
    """ Balance amount of the Order. """
    external_id: str | Unset = UNSET
    """ External ID associated with the Order when synced from external source. If present, it will set fromFinal to
    true. """
    from_final: bool | Unset = UNSET
    customer_note: str | Unset = UNSET
    """ Customer note of the Order. """
    park_reduce_stock: str | Unset = UNSET
    """ When the order is parked, the stock will be reduced by this amount. If 0, the stock will not be reduced. """
    park_expiry_date: str | Unset = UNSET
    signature: str | Unset = UNSET
    summary: OrderSummary | Unset = UNSET
    """ Summary of the Order. """
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

        currency = self.currency

        receipt_id = self.receipt_id

        status = self.status

        customer_id = self.customer_id

        source = self.source

        session_id = self.session_id

        balance = self.balance

        external_id = self.external_id

        from_final = self.from_final

        customer_note = self.customer_note

        park_reduce_stock = self.park_reduce_stock

        park_expiry_date = self.park_expiry_date

        signature = self.signature

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

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
        if currency is not UNSET:
            field_dict["currency"] = currency
        if receipt_id is not UNSET:
            field_dict["receiptId"] = receipt_id
        if status is not UNSET:
            field_dict["status"] = status
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if source is not UNSET:
            field_dict["source"] = source
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if from_final is not UNSET:
            field_dict["fromFinal"] = from_final
        if customer_note is not UNSET:
            field_dict["customerNote"] = customer_note
        if park_reduce_stock is not UNSET:
            field_dict["parkReduceStock"] = park_reduce_stock
        if park_expiry_date is not UNSET:
            field_dict["parkExpiryDate"] = park_expiry_date
        if signature is not UNSET:
            field_dict["signature"] = signature
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_summary import OrderSummary  # noqa: PLC0415

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

        currency = d.pop("currency", UNSET)

        receipt_id = d.pop("receiptId", UNSET)

        status = d.pop("status", UNSET)

        customer_id = d.pop("customerId", UNSET)

        source = d.pop("source", UNSET)

        session_id = d.pop("sessionId", UNSET)

        balance = d.pop("balance", UNSET)

        external_id = d.pop("externalId", UNSET)

        from_final = d.pop("fromFinal", UNSET)

        customer_note = d.pop("customerNote", UNSET)

        park_reduce_stock = d.pop("parkReduceStock", UNSET)

        park_expiry_date = d.pop("parkExpiryDate", UNSET)

        signature = d.pop("signature", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: OrderSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = OrderSummary.from_dict(_summary)

        order = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            currency=currency,
            receipt_id=receipt_id,
            status=status,
            customer_id=customer_id,
            source=source,
            session_id=session_id,
            balance=balance,
            external_id=external_id,
            from_final=from_final,
            customer_note=customer_note,
            park_reduce_stock=park_reduce_stock,
            park_expiry_date=park_expiry_date,
            signature=signature,
            summary=summary,
        )

        order.additional_properties = d
        return order

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
