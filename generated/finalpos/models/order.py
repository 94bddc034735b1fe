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
    from ..models.order_billing import OrderBilling
    from ..models.order_cart_discount import OrderCartDiscount
    from ..models.order_cart_fees_item import OrderCartFeesItem
    from ..models.order_custom_sales_item import OrderCustomSalesItem
    from ..models.order_line_items_item import OrderLineItemsItem
    from ..models.order_metadata_item import OrderMetadataItem
    from ..models.order_notes_item import OrderNotesItem
    from ..models.order_pos_data import OrderPosData
    from ..models.order_shipping import OrderShipping
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
    """ Expiry date of the parked order. """
    signature: str | Unset = UNSET
    """ Signature of the Order in Base64 format. """
    summary: OrderSummary | Unset = UNSET
    """ Summary of the Order. """
    cart_discount: OrderCartDiscount | Unset = UNSET
    """ Cart discount of the Order. """
    cart_fees: list[OrderCartFeesItem] | Unset = UNSET
    """ Cart fees of the Order. """
    pos_data: OrderPosData | Unset = UNSET
    """ POS data of the order. """
    metadata: list[OrderMetadataItem] | Unset = UNSET
    """ Metadata associated with the Customer. """
    notes: list[OrderNotesItem] | Unset = UNSET
    """ Notes associated with the Order. """
    billing: OrderBilling | Unset = UNSET
    """ Billing address associated with the Order. """
    shipping: OrderShipping | Unset = UNSET
    """ Shipping address associated with the Order. """
    line_items: list[OrderLineItemsItem] | Unset = UNSET
    """ Line items associated with the Order. """
    custom_sales: list[OrderCustomSalesItem] | Unset = UNSET
    """ Custom sales associated with the Order. """
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

        cart_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_discount, Unset):
            cart_discount = self.cart_discount.to_dict()

        cart_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cart_fees, Unset):
            cart_fees = []
            for cart_fees_item_data in self.cart_fees:
                cart_fees_item = cart_fees_item_data.to_dict()
                cart_fees.append(cart_fees_item)

        pos_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pos_data, Unset):
            pos_data = self.pos_data.to_dict()

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        custom_sales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_sales, Unset):
            custom_sales = []
            for custom_sales_item_data in self.custom_sales:
                custom_sales_item = custom_sales_item_data.to_dict()
                custom_sales.append(custom_sales_item)

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
        if cart_discount is not UNSET:
            field_dict["cartDiscount"] = cart_discount
        if cart_fees is not UNSET:
            field_dict["cartFees"] = cart_fees
        if pos_data is not UNSET:
            field_dict["posData"] = pos_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notes is not UNSET:
            field_dict["notes"] = notes
        if billing is not UNSET:
            field_dict["billing"] = billing
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if custom_sales is not UNSET:
            field_dict["customSales"] = custom_sales

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_billing import OrderBilling  # noqa: PLC0415
        from ..models.order_cart_discount import OrderCartDiscount  # noqa: PLC0415
        from ..models.order_cart_fees_item import OrderCartFeesItem  # noqa: PLC0415
        from ..models.order_custom_sales_item import OrderCustomSalesItem  # noqa: PLC0415
        from ..models.order_line_items_item import OrderLineItemsItem  # noqa: PLC0415
        from ..models.order_metadata_item import OrderMetadataItem  # noqa: PLC0415
        from ..models.order_notes_item import OrderNotesItem  # noqa: PLC0415
        from ..models.order_pos_data import OrderPosData  # noqa: PLC0415
        from ..models.order_shipping import OrderShipping  # noqa: PLC0415
        from ..models.order_summary import OrderSummary  # noqa: PLC0415

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
            id = unfit("Order", "id", _wire_id, unparsed, exc)

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
            created_at = unfit("Order", "createdAt", _wire_created_at, unparsed, exc)

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
            updated_at = unfit("Order", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Order", "companyId", _wire_company_id, unparsed, exc)

        _wire_currency: Any = d.pop("currency", UNSET)
        try:
            if _wire_currency is None:
                raise TypeError("null")
            _fits = _wire_currency is UNSET or (isinstance(_wire_currency, str))
            if not _fits:
                raise TypeError("currency")
            currency = _wire_currency
        except FIELD_ERRORS as exc:
            currency = unfit("Order", "currency", _wire_currency, unparsed, exc)

        _wire_receipt_id: Any = d.pop("receiptId", UNSET)
        try:
            if _wire_receipt_id is None:
                raise TypeError("null")
            _fits = _wire_receipt_id is UNSET or (isinstance(_wire_receipt_id, str))
            if not _fits:
                raise TypeError("receiptId")
            receipt_id = _wire_receipt_id
        except FIELD_ERRORS as exc:
            receipt_id = unfit("Order", "receiptId", _wire_receipt_id, unparsed, exc)

        _wire_status: Any = d.pop("status", UNSET)
        try:
            if _wire_status is None:
                raise TypeError("null")
            _fits = _wire_status is UNSET or (isinstance(_wire_status, str))
            if not _fits:
                raise TypeError("status")
            status = _wire_status
        except FIELD_ERRORS as exc:
            status = unfit("Order", "status", _wire_status, unparsed, exc)

        _wire_customer_id: Any = d.pop("customerId", UNSET)
        try:
            if _wire_customer_id is None:
                raise TypeError("null")
            _fits = _wire_customer_id is UNSET or (isinstance(_wire_customer_id, str))
            if not _fits:
                raise TypeError("customerId")
            customer_id = _wire_customer_id
        except FIELD_ERRORS as exc:
            customer_id = unfit("Order", "customerId", _wire_customer_id, unparsed, exc)

        _wire_source: Any = d.pop("source", UNSET)
        try:
            if _wire_source is None:
                raise TypeError("null")
            _fits = _wire_source is UNSET or (isinstance(_wire_source, str))
            if not _fits:
                raise TypeError("source")
            source = _wire_source
        except FIELD_ERRORS as exc:
            source = unfit("Order", "source", _wire_source, unparsed, exc)

        _wire_session_id: Any = d.pop("sessionId", UNSET)
        try:
            if _wire_session_id is None:
                raise TypeError("null")
            _fits = _wire_session_id is UNSET or (isinstance(_wire_session_id, str))
            if not _fits:
                raise TypeError("sessionId")
            session_id = _wire_session_id
        except FIELD_ERRORS as exc:
            session_id = unfit("Order", "sessionId", _wire_session_id, unparsed, exc)

        _wire_balance: Any = d.pop("balance", UNSET)
        try:
            if _wire_balance is None:
                raise TypeError("null")
            _fits = _wire_balance is UNSET or (isinstance(_wire_balance, str))
            if not _fits:
                raise TypeError("balance")
            balance = _wire_balance
        except FIELD_ERRORS as exc:
            balance = unfit("Order", "balance", _wire_balance, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("Order", "externalId", _wire_external_id, unparsed, exc)

        _wire_from_final: Any = d.pop("fromFinal", UNSET)
        try:
            if _wire_from_final is None:
                raise TypeError("null")
            _fits = _wire_from_final is UNSET or (isinstance(_wire_from_final, bool))
            if not _fits:
                raise TypeError("fromFinal")
            from_final = _wire_from_final
        except FIELD_ERRORS as exc:
            from_final = unfit("Order", "fromFinal", _wire_from_final, unparsed, exc)

        _wire_customer_note: Any = d.pop("customerNote", UNSET)
        try:
            if _wire_customer_note is None:
                raise TypeError("null")
            _fits = _wire_customer_note is UNSET or (isinstance(_wire_customer_note, str))
            if not _fits:
                raise TypeError("customerNote")
            customer_note = _wire_customer_note
        except FIELD_ERRORS as exc:
            customer_note = unfit("Order", "customerNote", _wire_customer_note, unparsed, exc)

        _wire_park_reduce_stock: Any = d.pop("parkReduceStock", UNSET)
        try:
            if _wire_park_reduce_stock is None:
                raise TypeError("null")
            _fits = _wire_park_reduce_stock is UNSET or (isinstance(_wire_park_reduce_stock, str))
            if not _fits:
                raise TypeError("parkReduceStock")
            park_reduce_stock = _wire_park_reduce_stock
        except FIELD_ERRORS as exc:
            park_reduce_stock = unfit("Order", "parkReduceStock", _wire_park_reduce_stock, unparsed, exc)

        _wire_park_expiry_date: Any = d.pop("parkExpiryDate", UNSET)
        try:
            if _wire_park_expiry_date is None:
                raise TypeError("null")
            _fits = _wire_park_expiry_date is UNSET or (isinstance(_wire_park_expiry_date, str))
            if not _fits:
                raise TypeError("parkExpiryDate")
            park_expiry_date = _wire_park_expiry_date
        except FIELD_ERRORS as exc:
            park_expiry_date = unfit("Order", "parkExpiryDate", _wire_park_expiry_date, unparsed, exc)

        _wire_signature: Any = d.pop("signature", UNSET)
        try:
            if _wire_signature is None:
                raise TypeError("null")
            _fits = _wire_signature is UNSET or (isinstance(_wire_signature, str))
            if not _fits:
                raise TypeError("signature")
            signature = _wire_signature
        except FIELD_ERRORS as exc:
            signature = unfit("Order", "signature", _wire_signature, unparsed, exc)

        _wire_summary: Any = d.pop("summary", UNSET)
        try:
            if _wire_summary is None:
                raise TypeError("null")
            _fits = _wire_summary is UNSET or (isinstance(_wire_summary, dict))
            if not _fits:
                raise TypeError("summary")
            _summary = _wire_summary
            summary: OrderSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = OrderSummary.from_dict(_summary)

        except FIELD_ERRORS as exc:
            summary = unfit("Order", "summary", _wire_summary, unparsed, exc)

        _wire_cart_discount: Any = d.pop("cartDiscount", UNSET)
        try:
            if _wire_cart_discount is None:
                raise TypeError("null")
            _fits = _wire_cart_discount is UNSET or (isinstance(_wire_cart_discount, dict))
            if not _fits:
                raise TypeError("cartDiscount")
            _cart_discount = _wire_cart_discount
            cart_discount: OrderCartDiscount | Unset
            if isinstance(_cart_discount, Unset):
                cart_discount = UNSET
            else:
                cart_discount = OrderCartDiscount.from_dict(_cart_discount)

        except FIELD_ERRORS as exc:
            cart_discount = unfit("Order", "cartDiscount", _wire_cart_discount, unparsed, exc)

        _wire_cart_fees: Any = d.pop("cartFees", UNSET)
        try:
            if _wire_cart_fees is None:
                raise TypeError("null")
            _fits = _wire_cart_fees is UNSET or (
                isinstance(_wire_cart_fees, list) and all(isinstance(_item, dict) for _item in _wire_cart_fees)
            )
            if not _fits:
                raise TypeError("cartFees")
            _cart_fees = _wire_cart_fees
            cart_fees: list[OrderCartFeesItem] | Unset = UNSET
            if _cart_fees is not UNSET:
                cart_fees = []
                for cart_fees_item_data in _cart_fees:
                    cart_fees_item = OrderCartFeesItem.from_dict(cart_fees_item_data)

                    cart_fees.append(cart_fees_item)

        except FIELD_ERRORS as exc:
            cart_fees = unfit("Order", "cartFees", _wire_cart_fees, unparsed, exc)

        _wire_pos_data: Any = d.pop("posData", UNSET)
        try:
            if _wire_pos_data is None:
                raise TypeError("null")
            _fits = _wire_pos_data is UNSET or (isinstance(_wire_pos_data, dict))
            if not _fits:
                raise TypeError("posData")
            _pos_data = _wire_pos_data
            pos_data: OrderPosData | Unset
            if isinstance(_pos_data, Unset):
                pos_data = UNSET
            else:
                pos_data = OrderPosData.from_dict(_pos_data)

        except FIELD_ERRORS as exc:
            pos_data = unfit("Order", "posData", _wire_pos_data, unparsed, exc)

        _wire_metadata: Any = d.pop("metadata", UNSET)
        try:
            if _wire_metadata is None:
                raise TypeError("null")
            _fits = _wire_metadata is UNSET or (
                isinstance(_wire_metadata, list) and all(isinstance(_item, dict) for _item in _wire_metadata)
            )
            if not _fits:
                raise TypeError("metadata")
            _metadata = _wire_metadata
            metadata: list[OrderMetadataItem] | Unset = UNSET
            if _metadata is not UNSET:
                metadata = []
                for metadata_item_data in _metadata:
                    metadata_item = OrderMetadataItem.from_dict(metadata_item_data)

                    metadata.append(metadata_item)

        except FIELD_ERRORS as exc:
            metadata = unfit("Order", "metadata", _wire_metadata, unparsed, exc)

        _wire_notes: Any = d.pop("notes", UNSET)
        try:
            if _wire_notes is None:
                raise TypeError("null")
            _fits = _wire_notes is UNSET or (
                isinstance(_wire_notes, list) and all(isinstance(_item, dict) for _item in _wire_notes)
            )
            if not _fits:
                raise TypeError("notes")
            _notes = _wire_notes
            notes: list[OrderNotesItem] | Unset = UNSET
            if _notes is not UNSET:
                notes = []
                for notes_item_data in _notes:
                    notes_item = OrderNotesItem.from_dict(notes_item_data)

                    notes.append(notes_item)

        except FIELD_ERRORS as exc:
            notes = unfit("Order", "notes", _wire_notes, unparsed, exc)

        _wire_billing: Any = d.pop("billing", UNSET)
        try:
            if _wire_billing is None:
                raise TypeError("null")
            _fits = _wire_billing is UNSET or (isinstance(_wire_billing, dict))
            if not _fits:
                raise TypeError("billing")
            _billing = _wire_billing
            billing: OrderBilling | Unset
            if isinstance(_billing, Unset):
                billing = UNSET
            else:
                billing = OrderBilling.from_dict(_billing)

        except FIELD_ERRORS as exc:
            billing = unfit("Order", "billing", _wire_billing, unparsed, exc)

        _wire_shipping: Any = d.pop("shipping", UNSET)
        try:
            if _wire_shipping is None:
                raise TypeError("null")
            _fits = _wire_shipping is UNSET or (isinstance(_wire_shipping, dict))
            if not _fits:
                raise TypeError("shipping")
            _shipping = _wire_shipping
            shipping: OrderShipping | Unset
            if isinstance(_shipping, Unset):
                shipping = UNSET
            else:
                shipping = OrderShipping.from_dict(_shipping)

        except FIELD_ERRORS as exc:
            shipping = unfit("Order", "shipping", _wire_shipping, unparsed, exc)

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
            line_items: list[OrderLineItemsItem] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = OrderLineItemsItem.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

        except FIELD_ERRORS as exc:
            line_items = unfit("Order", "lineItems", _wire_line_items, unparsed, exc)

        _wire_custom_sales: Any = d.pop("customSales", UNSET)
        try:
            if _wire_custom_sales is None:
                raise TypeError("null")
            _fits = _wire_custom_sales is UNSET or (
                isinstance(_wire_custom_sales, list) and all(isinstance(_item, dict) for _item in _wire_custom_sales)
            )
            if not _fits:
                raise TypeError("customSales")
            _custom_sales = _wire_custom_sales
            custom_sales: list[OrderCustomSalesItem] | Unset = UNSET
            if _custom_sales is not UNSET:
                custom_sales = []
                for custom_sales_item_data in _custom_sales:
                    custom_sales_item = OrderCustomSalesItem.from_dict(custom_sales_item_data)

                    custom_sales.append(custom_sales_item)

        except FIELD_ERRORS as exc:
            custom_sales = unfit("Order", "customSales", _wire_custom_sales, unparsed, exc)

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
            cart_discount=cart_discount,
            cart_fees=cart_fees,
            pos_data=pos_data,
            metadata=metadata,
            notes=notes,
            billing=billing,
            shipping=shipping,
            line_items=line_items,
            custom_sales=custom_sales,
        )

        if unparsed:
            order.unparsed = unparsed
        order.additional_properties = d
        return order

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
