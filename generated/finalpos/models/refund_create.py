from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_line_item import RefundLineItem
    from ..models.refund_payment import RefundPayment
    from ..models.refund_summary import RefundSummary


T = TypeVar("T", bound="RefundCreate")


@_attrs_define
class RefundCreate:
    order_id: str
    """ Order ID associated with the refund. """
    line_items: list[RefundLineItem]
    """ Line items included in the refund. """
    session_id: str | Unset = UNSET
    """ Session ID associated with the refund. """
    external_id: str | Unset = UNSET
    """ External ID of the refund. """
    currency: str | Unset = UNSET
    """ Currency of the refund. """
    reason: str | Unset = UNSET
    refunded_by: str | Unset = UNSET
    refunded_by_external_id: str | Unset = UNSET
    summary: RefundSummary | Unset = UNSET
    """ Summary of the refund amounts. """
    payment: list[RefundPayment] | Unset = UNSET
    """ Payment details for the refund. """
    balance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        session_id = self.session_id

        external_id = self.external_id

        currency = self.currency

        reason = self.reason

        refunded_by = self.refunded_by

        refunded_by_external_id = self.refunded_by_external_id

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        payment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = []
            for payment_item_data in self.payment:
                payment_item = payment_item_data.to_dict()
                payment.append(payment_item)

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "lineItems": line_items,
            }
        )
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if reason is not UNSET:
            field_dict["reason"] = reason
        if refunded_by is not UNSET:
            field_dict["refundedBy"] = refunded_by
        if refunded_by_external_id is not UNSET:
            field_dict["refundedByExternalId"] = refunded_by_external_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if payment is not UNSET:
            field_dict["payment"] = payment
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refund_line_item import RefundLineItem  # noqa: PLC0415
        from ..models.refund_payment import RefundPayment  # noqa: PLC0415
        from ..models.refund_summary import RefundSummary  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("orderId")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = RefundLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        session_id = d.pop("sessionId", UNSET)

        external_id = d.pop("externalId", UNSET)

        currency = d.pop("currency", UNSET)

        reason = d.pop("reason", UNSET)

        refunded_by = d.pop("refundedBy", UNSET)

        refunded_by_external_id = d.pop("refundedByExternalId", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: RefundSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = RefundSummary.from_dict(_summary)

        _payment = d.pop("payment", UNSET)
        payment: list[RefundPayment] | Unset = UNSET
        if _payment is not UNSET:
            payment = []
            for payment_item_data in _payment:
                payment_item = RefundPayment.from_dict(payment_item_data)

                payment.append(payment_item)

        balance = d.pop("balance", UNSET)

        refund_create = cls(
            order_id=order_id,
            line_items=line_items,
            session_id=session_id,
            external_id=external_id,
            currency=currency,
            reason=reason,
            refunded_by=refunded_by,
            refunded_by_external_id=refunded_by_external_id,
            summary=summary,
            payment=payment,
            balance=balance,
        )

        refund_create.additional_properties = d
        return refund_create

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
