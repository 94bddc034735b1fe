from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_line_item import RefundLineItem
    from ..models.refund_payment import RefundPayment
    from ..models.refund_summary import RefundSummary


T = TypeVar("T", bound="RefundUpdate")


@_attrs_define
class RefundUpdate:
    order_id: str | Unset = UNSET
    """ Order ID associated with the refund. """
    session_id: str | Unset = UNSET
    """ Session ID associated with the refund. """
    external_id: str | Unset = UNSET
    """ External ID of the refund. """
    currency: str | Unset = UNSET
    """ Currency of the refund. """
    line_items: list[RefundLineItem] | Unset = UNSET
    """ Line items included in the refund. """
    reason: str | Unset = UNSET
    refunded_by: str | Unset = UNSET
    refunded_by_external_id: str | Unset = UNSET
    summary: RefundSummary | Unset = UNSET
    """ Summary of the refund amounts. """
    payment: list[RefundPayment] | Unset = UNSET
    """ Payment details for the refund. """
    balance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        session_id = self.session_id

        external_id = self.external_id

        currency = self.currency

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

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
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
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
        unparsed: dict[str, Any] = {}
        _wire_order_id: Any = d.pop("orderId", UNSET)
        try:
            if _wire_order_id is None:
                raise TypeError("null")
            _fits = _wire_order_id is UNSET or (isinstance(_wire_order_id, str))
            if not _fits:
                raise TypeError("orderId")
            order_id = _wire_order_id
        except FIELD_ERRORS as exc:
            order_id = unfit("RefundUpdate", "orderId", _wire_order_id, unparsed, exc)

        _wire_session_id: Any = d.pop("sessionId", UNSET)
        try:
            if _wire_session_id is None:
                raise TypeError("null")
            _fits = _wire_session_id is UNSET or (isinstance(_wire_session_id, str))
            if not _fits:
                raise TypeError("sessionId")
            session_id = _wire_session_id
        except FIELD_ERRORS as exc:
            session_id = unfit("RefundUpdate", "sessionId", _wire_session_id, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("RefundUpdate", "externalId", _wire_external_id, unparsed, exc)

        _wire_currency: Any = d.pop("currency", UNSET)
        try:
            if _wire_currency is None:
                raise TypeError("null")
            _fits = _wire_currency is UNSET or (isinstance(_wire_currency, str))
            if not _fits:
                raise TypeError("currency")
            currency = _wire_currency
        except FIELD_ERRORS as exc:
            currency = unfit("RefundUpdate", "currency", _wire_currency, unparsed, exc)

        _wire_line_items: Any = d.pop("lineItems", UNSET)
        try:
            if _wire_line_items is None:
                raise TypeError("null")
            _fits = _wire_line_items is UNSET or (
                isinstance(_wire_line_items, list) and all(isinstance(_item, dict) for _item in _wire_line_items)
            )
            if not _fits:
                raise TypeError("lineItems")
            _line_items = _wire_line_items
            line_items: list[RefundLineItem] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = RefundLineItem.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

        except FIELD_ERRORS as exc:
            line_items = unfit("RefundUpdate", "lineItems", _wire_line_items, unparsed, exc)

        _wire_reason: Any = d.pop("reason", UNSET)
        try:
            if _wire_reason is None:
                raise TypeError("null")
            _fits = _wire_reason is UNSET or (isinstance(_wire_reason, str))
            if not _fits:
                raise TypeError("reason")
            reason = _wire_reason
        except FIELD_ERRORS as exc:
            reason = unfit("RefundUpdate", "reason", _wire_reason, unparsed, exc)

        _wire_refunded_by: Any = d.pop("refundedBy", UNSET)
        try:
            if _wire_refunded_by is None:
                raise TypeError("null")
            _fits = _wire_refunded_by is UNSET or (isinstance(_wire_refunded_by, str))
            if not _fits:
                raise TypeError("refundedBy")
            refunded_by = _wire_refunded_by
        except FIELD_ERRORS as exc:
            refunded_by = unfit("RefundUpdate", "refundedBy", _wire_refunded_by, unparsed, exc)

        _wire_refunded_by_external_id: Any = d.pop("refundedByExternalId", UNSET)
        try:
            if _wire_refunded_by_external_id is None:
                raise TypeError("null")
            _fits = _wire_refunded_by_external_id is UNSET or (isinstance(_wire_refunded_by_external_id, str))
            if not _fits:
                raise TypeError("refundedByExternalId")
            refunded_by_external_id = _wire_refunded_by_external_id
        except FIELD_ERRORS as exc:
            refunded_by_external_id = unfit(
                "RefundUpdate", "refundedByExternalId", _wire_refunded_by_external_id, unparsed, exc
            )

        _wire_summary: Any = d.pop("summary", UNSET)
        try:
            if _wire_summary is None:
                raise TypeError("null")
            _fits = _wire_summary is UNSET or (isinstance(_wire_summary, dict))
            if not _fits:
                raise TypeError("summary")
            _summary = _wire_summary
            summary: RefundSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = RefundSummary.from_dict(_summary)

        except FIELD_ERRORS as exc:
            summary = unfit("RefundUpdate", "summary", _wire_summary, unparsed, exc)

        _wire_payment: Any = d.pop("payment", UNSET)
        try:
            if _wire_payment is None:
                raise TypeError("null")
            _fits = _wire_payment is UNSET or (
                isinstance(_wire_payment, list) and all(isinstance(_item, dict) for _item in _wire_payment)
            )
            if not _fits:
                raise TypeError("payment")
            _payment = _wire_payment
            payment: list[RefundPayment] | Unset = UNSET
            if _payment is not UNSET:
                payment = []
                for payment_item_data in _payment:
                    payment_item = RefundPayment.from_dict(payment_item_data)

                    payment.append(payment_item)

        except FIELD_ERRORS as exc:
            payment = unfit("RefundUpdate", "payment", _wire_payment, unparsed, exc)

        _wire_balance: Any = d.pop("balance", UNSET)
        try:
            if _wire_balance is None:
                raise TypeError("null")
            _fits = _wire_balance is UNSET or (isinstance(_wire_balance, str))
            if not _fits:
                raise TypeError("balance")
            balance = _wire_balance
        except FIELD_ERRORS as exc:
            balance = unfit("RefundUpdate", "balance", _wire_balance, unparsed, exc)

        refund_update = cls(
            order_id=order_id,
            session_id=session_id,
            external_id=external_id,
            currency=currency,
            line_items=line_items,
            reason=reason,
            refunded_by=refunded_by,
            refunded_by_external_id=refunded_by_external_id,
            summary=summary,
            payment=payment,
            balance=balance,
        )

        if unparsed:
            refund_update.unparsed = unparsed
        refund_update.additional_properties = d
        return refund_update

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
