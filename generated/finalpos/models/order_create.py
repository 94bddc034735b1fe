from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_summary import OrderSummary


T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    receipt_id: str
    """ Receipt ID of the Order. """
    status: str
    """ Status of the Order. """
    source: str
    """ Source of the Order. """
    balance: str
    """ Balance amount of the Order. """
    currency: str | Unset = UNSET
    """ Currency of the Order. """
    customer_id: str | Unset = UNSET
    """ Customer ID of the Order. """
    session_id: str | Unset = UNSET
    """ Session ID of the Order. """
    external_id: str | Unset = UNSET
    """ External ID associated with the Order when synced from external source. If present, it will set fromFinal to
    true. """
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
        receipt_id = self.receipt_id

        status = self.status

        source = self.source

        balance = self.balance

        currency = self.currency

        customer_id = self.customer_id

        session_id = self.session_id

        external_id = self.external_id

        customer_note = self.customer_note

        park_reduce_stock = self.park_reduce_stock

        park_expiry_date = self.park_expiry_date

        signature = self.signature

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiptId": receipt_id,
                "status": status,
                "source": source,
                "balance": balance,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
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
        receipt_id = d.pop("receiptId")

        status = d.pop("status")

        source = d.pop("source")

        balance = d.pop("balance")

        currency = d.pop("currency", UNSET)

        customer_id = d.pop("customerId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        external_id = d.pop("externalId", UNSET)

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

        order_create = cls(
            receipt_id=receipt_id,
            status=status,
            source=source,
            balance=balance,
            currency=currency,
            customer_id=customer_id,
            session_id=session_id,
            external_id=external_id,
            customer_note=customer_note,
            park_reduce_stock=park_reduce_stock,
            park_expiry_date=park_expiry_date,
            signature=signature,
            summary=summary,
        )

        order_create.additional_properties = d
        return order_create

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
