from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_summary_tax import OrderSummaryTax
    from ..models.order_summary_tip import OrderSummaryTip


T = TypeVar("T", bound="OrderSummary")


@_attrs_define
class OrderSummary:
    """Summary of the Order."""

    discount_total: str | Unset = UNSET
    """ Total discount amount of the Order. """
    shipping_total: str | Unset = UNSET
    """ Total shipping amount of the Order. """
    total: str | Unset = UNSET
    """ Total amount of the Order. """
    total_taxes: str | Unset = UNSET
    is_tax_inclusive: bool | Unset = UNSET
    """ Flag to indicate if the order is tax inclusive. """
    sub_total: str | Unset = UNSET
    taxes: list[OrderSummaryTax] | Unset = UNSET
    """ Taxes associated with the Order. """
    tip: OrderSummaryTip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        discount_total = self.discount_total

        shipping_total = self.shipping_total

        total = self.total

        total_taxes = self.total_taxes

        is_tax_inclusive = self.is_tax_inclusive

        sub_total = self.sub_total

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        tip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip, Unset):
            tip = self.tip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if discount_total is not UNSET:
            field_dict["discountTotal"] = discount_total
        if shipping_total is not UNSET:
            field_dict["shippingTotal"] = shipping_total
        if total is not UNSET:
            field_dict["total"] = total
        if total_taxes is not UNSET:
            field_dict["totalTaxes"] = total_taxes
        if is_tax_inclusive is not UNSET:
            field_dict["isTaxInclusive"] = is_tax_inclusive
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if tip is not UNSET:
            field_dict["tip"] = tip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_summary_tax import OrderSummaryTax  # noqa: PLC0415
        from ..models.order_summary_tip import OrderSummaryTip  # noqa: PLC0415

        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_discount_total: Any = d.pop("discountTotal", UNSET)
        try:
            if _wire_discount_total is None:
                raise TypeError("null")
            _fits = _wire_discount_total is UNSET or (isinstance(_wire_discount_total, str))
            if not _fits:
                raise TypeError("discountTotal")
            discount_total = _wire_discount_total
        except FIELD_ERRORS as exc:
            discount_total = unfit("OrderSummary", "discountTotal", _wire_discount_total, unparsed, exc)

        _wire_shipping_total: Any = d.pop("shippingTotal", UNSET)
        try:
            if _wire_shipping_total is None:
                raise TypeError("null")
            _fits = _wire_shipping_total is UNSET or (isinstance(_wire_shipping_total, str))
            if not _fits:
                raise TypeError("shippingTotal")
            shipping_total = _wire_shipping_total
        except FIELD_ERRORS as exc:
            shipping_total = unfit("OrderSummary", "shippingTotal", _wire_shipping_total, unparsed, exc)

        _wire_total: Any = d.pop("total", UNSET)
        try:
            if _wire_total is None:
                raise TypeError("null")
            _fits = _wire_total is UNSET or (isinstance(_wire_total, str))
            if not _fits:
                raise TypeError("total")
            total = _wire_total
        except FIELD_ERRORS as exc:
            total = unfit("OrderSummary", "total", _wire_total, unparsed, exc)

        _wire_total_taxes: Any = d.pop("totalTaxes", UNSET)
        try:
            if _wire_total_taxes is None:
                raise TypeError("null")
            _fits = _wire_total_taxes is UNSET or (isinstance(_wire_total_taxes, str))
            if not _fits:
                raise TypeError("totalTaxes")
            total_taxes = _wire_total_taxes
        except FIELD_ERRORS as exc:
            total_taxes = unfit("OrderSummary", "totalTaxes", _wire_total_taxes, unparsed, exc)

        _wire_is_tax_inclusive: Any = d.pop("isTaxInclusive", UNSET)
        try:
            if _wire_is_tax_inclusive is None:
                raise TypeError("null")
            _fits = _wire_is_tax_inclusive is UNSET or (isinstance(_wire_is_tax_inclusive, bool))
            if not _fits:
                raise TypeError("isTaxInclusive")
            is_tax_inclusive = _wire_is_tax_inclusive
        except FIELD_ERRORS as exc:
            is_tax_inclusive = unfit("OrderSummary", "isTaxInclusive", _wire_is_tax_inclusive, unparsed, exc)

        _wire_sub_total: Any = d.pop("subTotal", UNSET)
        try:
            if _wire_sub_total is None:
                raise TypeError("null")
            _fits = _wire_sub_total is UNSET or (isinstance(_wire_sub_total, str))
            if not _fits:
                raise TypeError("subTotal")
            sub_total = _wire_sub_total
        except FIELD_ERRORS as exc:
            sub_total = unfit("OrderSummary", "subTotal", _wire_sub_total, unparsed, exc)

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
            taxes: list[OrderSummaryTax] | Unset = UNSET
            if _taxes is not UNSET:
                taxes = []
                for taxes_item_data in _taxes:
                    taxes_item = OrderSummaryTax.from_dict(taxes_item_data)

                    taxes.append(taxes_item)

        except FIELD_ERRORS as exc:
            taxes = unfit("OrderSummary", "taxes", _wire_taxes, unparsed, exc)

        _wire_tip: Any = d.pop("tip", UNSET)
        try:
            if _wire_tip is None:
                raise TypeError("null")
            _fits = _wire_tip is UNSET or (isinstance(_wire_tip, dict))
            if not _fits:
                raise TypeError("tip")
            _tip = _wire_tip
            tip: OrderSummaryTip | Unset
            if isinstance(_tip, Unset):
                tip = UNSET
            else:
                tip = OrderSummaryTip.from_dict(_tip)

        except FIELD_ERRORS as exc:
            tip = unfit("OrderSummary", "tip", _wire_tip, unparsed, exc)

        order_summary = cls(
            discount_total=discount_total,
            shipping_total=shipping_total,
            total=total,
            total_taxes=total_taxes,
            is_tax_inclusive=is_tax_inclusive,
            sub_total=sub_total,
            taxes=taxes,
            tip=tip,
        )

        if unparsed:
            order_summary.unparsed = unparsed
        order_summary.additional_properties = d
        return order_summary

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
