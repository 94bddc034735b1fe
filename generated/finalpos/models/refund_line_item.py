from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_line_item_discount import RefundLineItemDiscount
    from ..models.refund_line_item_tax import RefundLineItemTax


T = TypeVar("T", bound="RefundLineItem")


@_attrs_define
class RefundLineItem:
    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: str | Unset = UNSET
    total: str | Unset = UNSET
    product_id: str | Unset = UNSET
    """ Product ID of the line item. """
    variant_id: str | Unset = UNSET
    """ Variant ID of the line item. """
    taxes: list[RefundLineItemTax] | Unset = UNSET
    """ Taxes applied to the line item. """
    discount: RefundLineItemDiscount | Unset = UNSET
    """ Discount applied to the line item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        price = self.price

        total = self.total

        product_id = self.product_id

        variant_id = self.variant_id

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if total is not UNSET:
            field_dict["total"] = total
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refund_line_item_discount import RefundLineItemDiscount  # noqa: PLC0415
        from ..models.refund_line_item_tax import RefundLineItemTax  # noqa: PLC0415

        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("RefundLineItem", "name", _wire_name, unparsed, exc)

        _wire_quantity: Any = d.pop("quantity", UNSET)
        try:
            if _wire_quantity is None:
                raise TypeError("null")
            _fits = _wire_quantity is UNSET or (
                isinstance(_wire_quantity, (int, float)) and not isinstance(_wire_quantity, bool)
            )
            if not _fits:
                raise TypeError("quantity")
            quantity = _wire_quantity
        except FIELD_ERRORS as exc:
            quantity = unfit("RefundLineItem", "quantity", _wire_quantity, unparsed, exc)

        _wire_price: Any = d.pop("price", UNSET)
        try:
            if _wire_price is None:
                raise TypeError("null")
            _fits = _wire_price is UNSET or (isinstance(_wire_price, str))
            if not _fits:
                raise TypeError("price")
            price = _wire_price
        except FIELD_ERRORS as exc:
            price = unfit("RefundLineItem", "price", _wire_price, unparsed, exc)

        _wire_total: Any = d.pop("total", UNSET)
        try:
            if _wire_total is None:
                raise TypeError("null")
            _fits = _wire_total is UNSET or (isinstance(_wire_total, str))
            if not _fits:
                raise TypeError("total")
            total = _wire_total
        except FIELD_ERRORS as exc:
            total = unfit("RefundLineItem", "total", _wire_total, unparsed, exc)

        _wire_product_id: Any = d.pop("productId", UNSET)
        try:
            if _wire_product_id is None:
                raise TypeError("null")
            _fits = _wire_product_id is UNSET or (isinstance(_wire_product_id, str))
            if not _fits:
                raise TypeError("productId")
            product_id = _wire_product_id
        except FIELD_ERRORS as exc:
            product_id = unfit("RefundLineItem", "productId", _wire_product_id, unparsed, exc)

        _wire_variant_id: Any = d.pop("variantId", UNSET)
        try:
            if _wire_variant_id is None:
                raise TypeError("null")
            _fits = _wire_variant_id is UNSET or (isinstance(_wire_variant_id, str))
            if not _fits:
                raise TypeError("variantId")
            variant_id = _wire_variant_id
        except FIELD_ERRORS as exc:
            variant_id = unfit("RefundLineItem", "variantId", _wire_variant_id, unparsed, exc)

        _wire_taxes: Any = d.pop("taxes", UNSET)
        try:
            if _wire_taxes is None:
                raise TypeError("null")
            _fits = _wire_taxes is UNSET or (
                isinstance(_wire_taxes, list) and all(isinstance(_item, dict) for _item in _wire_taxes)
            )
            if not _fits:
                raise TypeError("taxes")
            _taxes = _wire_taxes
            taxes: list[RefundLineItemTax] | Unset = UNSET
            if _taxes is not UNSET:
                taxes = []
                for taxes_item_data in _taxes:
                    taxes_item = RefundLineItemTax.from_dict(taxes_item_data)

                    taxes.append(taxes_item)

        except FIELD_ERRORS as exc:
            taxes = unfit("RefundLineItem", "taxes", _wire_taxes, unparsed, exc)

        _wire_discount: Any = d.pop("discount", UNSET)
        try:
            if _wire_discount is None:
                raise TypeError("null")
            _fits = _wire_discount is UNSET or (isinstance(_wire_discount, dict))
            if not _fits:
                raise TypeError("discount")
            _discount = _wire_discount
            discount: RefundLineItemDiscount | Unset
            if isinstance(_discount, Unset):
                discount = UNSET
            else:
                discount = RefundLineItemDiscount.from_dict(_discount)

        except FIELD_ERRORS as exc:
            discount = unfit("RefundLineItem", "discount", _wire_discount, unparsed, exc)

        refund_line_item = cls(
            name=name,
            quantity=quantity,
            price=price,
            total=total,
            product_id=product_id,
            variant_id=variant_id,
            taxes=taxes,
            discount=discount,
        )

        if unparsed:
            refund_line_item.unparsed = unparsed
        refund_line_item.additional_properties = d
        return refund_line_item

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
