from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_create_billing import OrderCreateBilling
    from ..models.order_create_cart_discount import OrderCreateCartDiscount
    from ..models.order_create_cart_fees_item import OrderCreateCartFeesItem
    from ..models.order_create_custom_sales_item import OrderCreateCustomSalesItem
    from ..models.order_create_line_items_item import OrderCreateLineItemsItem
    from ..models.order_create_metadata_item import OrderCreateMetadataItem
    from ..models.order_create_notes_item import OrderCreateNotesItem
    from ..models.order_create_pos_data import OrderCreatePosData
    from ..models.order_create_shipping import OrderCreateShipping
    from ..models.order_create_summary import OrderCreateSummary


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
    summary: OrderCreateSummary
    """ Summary of the Order. """
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
    """ Expiry date of the parked order. """
    signature: str | Unset = UNSET
    """ Signature of the Order in Base64 format. """
    cart_discount: OrderCreateCartDiscount | Unset = UNSET
    """ Cart discount of the Order. """
    cart_fees: list[OrderCreateCartFeesItem] | Unset = UNSET
    """ Cart fees of the Order. """
    pos_data: OrderCreatePosData | Unset = UNSET
    """ POS data of the order. """
    metadata: list[OrderCreateMetadataItem] | Unset = UNSET
    """ Metadata associated with the Customer. """
    notes: list[OrderCreateNotesItem] | Unset = UNSET
    """ Notes associated with the Order. """
    billing: OrderCreateBilling | Unset = UNSET
    """ Billing address associated with the Order. """
    shipping: OrderCreateShipping | Unset = UNSET
    """ Shipping address associated with the Order. """
    line_items: list[OrderCreateLineItemsItem] | Unset = UNSET
    """ Line items associated with the Order. """
    custom_sales: list[OrderCreateCustomSalesItem] | Unset = UNSET
    """ Custom sales associated with the Order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        receipt_id = self.receipt_id

        status = self.status

        source = self.source

        balance = self.balance

        summary = self.summary.to_dict()

        currency = self.currency

        customer_id = self.customer_id

        session_id = self.session_id

        external_id = self.external_id

        customer_note = self.customer_note

        park_reduce_stock = self.park_reduce_stock

        park_expiry_date = self.park_expiry_date

        signature = self.signature

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
        field_dict.update(
            {
                "receiptId": receipt_id,
                "status": status,
                "source": source,
                "balance": balance,
                "summary": summary,
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
        from ..models.order_create_billing import OrderCreateBilling  # noqa: PLC0415
        from ..models.order_create_cart_discount import OrderCreateCartDiscount  # noqa: PLC0415
        from ..models.order_create_cart_fees_item import OrderCreateCartFeesItem  # noqa: PLC0415
        from ..models.order_create_custom_sales_item import OrderCreateCustomSalesItem  # noqa: PLC0415
        from ..models.order_create_line_items_item import OrderCreateLineItemsItem  # noqa: PLC0415
        from ..models.order_create_metadata_item import OrderCreateMetadataItem  # noqa: PLC0415
        from ..models.order_create_notes_item import OrderCreateNotesItem  # noqa: PLC0415
        from ..models.order_create_pos_data import OrderCreatePosData  # noqa: PLC0415
        from ..models.order_create_shipping import OrderCreateShipping  # noqa: PLC0415
        from ..models.order_create_summary import OrderCreateSummary  # noqa: PLC0415

        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_receipt_id: Any = d.pop("receiptId", UNSET)
        try:
            if _wire_receipt_id is None:
                raise TypeError("null")
            if _wire_receipt_id is UNSET:
                raise KeyError("receiptId")
            _fits = isinstance(_wire_receipt_id, str)
            if not _fits:
                raise TypeError("receiptId")
            receipt_id = _wire_receipt_id
        except FIELD_ERRORS as exc:
            receipt_id = unfit("OrderCreate", "receiptId", _wire_receipt_id, unparsed, exc)

        _wire_status: Any = d.pop("status", UNSET)
        try:
            if _wire_status is None:
                raise TypeError("null")
            if _wire_status is UNSET:
                raise KeyError("status")
            _fits = isinstance(_wire_status, str)
            if not _fits:
                raise TypeError("status")
            status = _wire_status
        except FIELD_ERRORS as exc:
            status = unfit("OrderCreate", "status", _wire_status, unparsed, exc)

        _wire_source: Any = d.pop("source", UNSET)
        try:
            if _wire_source is None:
                raise TypeError("null")
            if _wire_source is UNSET:
                raise KeyError("source")
            _fits = isinstance(_wire_source, str)
            if not _fits:
                raise TypeError("source")
            source = _wire_source
        except FIELD_ERRORS as exc:
            source = unfit("OrderCreate", "source", _wire_source, unparsed, exc)

        _wire_balance: Any = d.pop("balance", UNSET)
        try:
            if _wire_balance is None:
                raise TypeError("null")
            if _wire_balance is UNSET:
                raise KeyError("balance")
            _fits = isinstance(_wire_balance, str)
            if not _fits:
                raise TypeError("balance")
            balance = _wire_balance
        except FIELD_ERRORS as exc:
            balance = unfit("OrderCreate", "balance", _wire_balance, unparsed, exc)

        _wire_summary: Any = d.pop("summary", UNSET)
        try:
            if _wire_summary is None:
                raise TypeError("null")
            if _wire_summary is UNSET:
                raise KeyError("summary")
            _fits = isinstance(_wire_summary, dict)
            if not _fits:
                raise TypeError("summary")
            summary = OrderCreateSummary.from_dict(_wire_summary)

        except FIELD_ERRORS as exc:
            summary = unfit("OrderCreate", "summary", _wire_summary, unparsed, exc)

        _wire_currency: Any = d.pop("currency", UNSET)
        try:
            if _wire_currency is None:
                raise TypeError("null")
            _fits = _wire_currency is UNSET or (isinstance(_wire_currency, str))
            if not _fits:
                raise TypeError("currency")
            currency = _wire_currency
        except FIELD_ERRORS as exc:
            currency = unfit("OrderCreate", "currency", _wire_currency, unparsed, exc)

        _wire_customer_id: Any = d.pop("customerId", UNSET)
        try:
            if _wire_customer_id is None:
                raise TypeError("null")
            _fits = _wire_customer_id is UNSET or (isinstance(_wire_customer_id, str))
            if not _fits:
                raise TypeError("customerId")
            customer_id = _wire_customer_id
        except FIELD_ERRORS as exc:
            customer_id = unfit("OrderCreate", "customerId", _wire_customer_id, unparsed, exc)

        _wire_session_id: Any = d.pop("sessionId", UNSET)
        try:
            if _wire_session_id is None:
                raise TypeError("null")
            _fits = _wire_session_id is UNSET or (isinstance(_wire_session_id, str))
            if not _fits:
                raise TypeError("sessionId")
            session_id = _wire_session_id
        except FIELD_ERRORS as exc:
            session_id = unfit("OrderCreate", "sessionId", _wire_session_id, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("OrderCreate", "externalId", _wire_external_id, unparsed, exc)

        _wire_customer_note: Any = d.pop("customerNote", UNSET)
        try:
            if _wire_customer_note is None:
                raise TypeError("null")
            _fits = _wire_customer_note is UNSET or (isinstance(_wire_customer_note, str))
            if not _fits:
                raise TypeError("customerNote")
            customer_note = _wire_customer_note
        except FIELD_ERRORS as exc:
            customer_note = unfit("OrderCreate", "customerNote", _wire_customer_note, unparsed, exc)

        _wire_park_reduce_stock: Any = d.pop("parkReduceStock", UNSET)
        try:
            if _wire_park_reduce_stock is None:
                raise TypeError("null")
            _fits = _wire_park_reduce_stock is UNSET or (isinstance(_wire_park_reduce_stock, str))
            if not _fits:
                raise TypeError("parkReduceStock")
            park_reduce_stock = _wire_park_reduce_stock
        except FIELD_ERRORS as exc:
            park_reduce_stock = unfit("OrderCreate", "parkReduceStock", _wire_park_reduce_stock, unparsed, exc)

        _wire_park_expiry_date: Any = d.pop("parkExpiryDate", UNSET)
        try:
            if _wire_park_expiry_date is None:
                raise TypeError("null")
            _fits = _wire_park_expiry_date is UNSET or (isinstance(_wire_park_expiry_date, str))
            if not _fits:
                raise TypeError("parkExpiryDate")
            park_expiry_date = _wire_park_expiry_date
        except FIELD_ERRORS as exc:
            park_expiry_date = unfit("OrderCreate", "parkExpiryDate", _wire_park_expiry_date, unparsed, exc)

        _wire_signature: Any = d.pop("signature", UNSET)
        try:
            if _wire_signature is None:
                raise TypeError("null")
            _fits = _wire_signature is UNSET or (isinstance(_wire_signature, str))
            if not _fits:
                raise TypeError("signature")
            signature = _wire_signature
        except FIELD_ERRORS as exc:
            signature = unfit("OrderCreate", "signature", _wire_signature, unparsed, exc)

        _wire_cart_discount: Any = d.pop("cartDiscount", UNSET)
        try:
            if _wire_cart_discount is None:
                raise TypeError("null")
            _fits = _wire_cart_discount is UNSET or (isinstance(_wire_cart_discount, dict))
            if not _fits:
                raise TypeError("cartDiscount")
            _cart_discount = _wire_cart_discount
            cart_discount: OrderCreateCartDiscount | Unset
            if isinstance(_cart_discount, Unset):
                cart_discount = UNSET
            else:
                cart_discount = OrderCreateCartDiscount.from_dict(_cart_discount)

        except FIELD_ERRORS as exc:
            cart_discount = unfit("OrderCreate", "cartDiscount", _wire_cart_discount, unparsed, exc)

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
            cart_fees: list[OrderCreateCartFeesItem] | Unset = UNSET
            if _cart_fees is not UNSET:
                cart_fees = []
                for cart_fees_item_data in _cart_fees:
                    cart_fees_item = OrderCreateCartFeesItem.from_dict(cart_fees_item_data)

                    cart_fees.append(cart_fees_item)

        except FIELD_ERRORS as exc:
            cart_fees = unfit("OrderCreate", "cartFees", _wire_cart_fees, unparsed, exc)

        _wire_pos_data: Any = d.pop("posData", UNSET)
        try:
            if _wire_pos_data is None:
                raise TypeError("null")
            _fits = _wire_pos_data is UNSET or (isinstance(_wire_pos_data, dict))
            if not _fits:
                raise TypeError("posData")
            _pos_data = _wire_pos_data
            pos_data: OrderCreatePosData | Unset
            if isinstance(_pos_data, Unset):
                pos_data = UNSET
            else:
                pos_data = OrderCreatePosData.from_dict(_pos_data)

        except FIELD_ERRORS as exc:
            pos_data = unfit("OrderCreate", "posData", _wire_pos_data, unparsed, exc)

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
            metadata: list[OrderCreateMetadataItem] | Unset = UNSET
            if _metadata is not UNSET:
                metadata = []
                for metadata_item_data in _metadata:
                    metadata_item = OrderCreateMetadataItem.from_dict(metadata_item_data)

                    metadata.append(metadata_item)

        except FIELD_ERRORS as exc:
            metadata = unfit("OrderCreate", "metadata", _wire_metadata, unparsed, exc)

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
            notes: list[OrderCreateNotesItem] | Unset = UNSET
            if _notes is not UNSET:
                notes = []
                for notes_item_data in _notes:
                    notes_item = OrderCreateNotesItem.from_dict(notes_item_data)

                    notes.append(notes_item)

        except FIELD_ERRORS as exc:
            notes = unfit("OrderCreate", "notes", _wire_notes, unparsed, exc)

        _wire_billing: Any = d.pop("billing", UNSET)
        try:
            if _wire_billing is None:
                raise TypeError("null")
            _fits = _wire_billing is UNSET or (isinstance(_wire_billing, dict))
            if not _fits:
                raise TypeError("billing")
            _billing = _wire_billing
            billing: OrderCreateBilling | Unset
            if isinstance(_billing, Unset):
                billing = UNSET
            else:
                billing = OrderCreateBilling.from_dict(_billing)

        except FIELD_ERRORS as exc:
            billing = unfit("OrderCreate", "billing", _wire_billing, unparsed, exc)

        _wire_shipping: Any = d.pop("shipping", UNSET)
        try:
            if _wire_shipping is None:
                raise TypeError("null")
            _fits = _wire_shipping is UNSET or (isinstance(_wire_shipping, dict))
            if not _fits:
                raise TypeError("shipping")
            _shipping = _wire_shipping
            shipping: OrderCreateShipping | Unset
            if isinstance(_shipping, Unset):
                shipping = UNSET
            else:
                shipping = OrderCreateShipping.from_dict(_shipping)

        except FIELD_ERRORS as exc:
            shipping = unfit("OrderCreate", "shipping", _wire_shipping, unparsed, exc)

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
            line_items: list[OrderCreateLineItemsItem] | Unset = UNSET
            if _line_items is not UNSET:
                line_items = []
                for line_items_item_data in _line_items:
                    line_items_item = OrderCreateLineItemsItem.from_dict(line_items_item_data)

                    line_items.append(line_items_item)

        except FIELD_ERRORS as exc:
            line_items = unfit("OrderCreate", "lineItems", _wire_line_items, unparsed, exc)

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
            custom_sales: list[OrderCreateCustomSalesItem] | Unset = UNSET
            if _custom_sales is not UNSET:
                custom_sales = []
                for custom_sales_item_data in _custom_sales:
                    custom_sales_item = OrderCreateCustomSalesItem.from_dict(custom_sales_item_data)

                    custom_sales.append(custom_sales_item)

        except FIELD_ERRORS as exc:
            custom_sales = unfit("OrderCreate", "customSales", _wire_custom_sales, unparsed, exc)

        order_create = cls(
            receipt_id=receipt_id,
            status=status,
            source=source,
            balance=balance,
            summary=summary,
            currency=currency,
            customer_id=customer_id,
            session_id=session_id,
            external_id=external_id,
            customer_note=customer_note,
            park_reduce_stock=park_reduce_stock,
            park_expiry_date=park_expiry_date,
            signature=signature,
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
            order_create.unparsed = unparsed
        order_create.additional_properties = d
        return order_create

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
