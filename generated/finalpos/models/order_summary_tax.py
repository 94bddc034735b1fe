from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSummaryTax")


@_attrs_define
class OrderSummaryTax:
    name: str | Unset = UNSET
    percentage: float | Unset = UNSET
    amount: str | Unset = UNSET
    tax_table_name: str | Unset = UNSET
    compounding: bool | Unset = UNSET
    priority: float | Unset = UNSET
    tax_table_id: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        percentage = self.percentage

        amount = self.amount

        tax_table_name = self.tax_table_name

        compounding = self.compounding

        priority = self.priority

        tax_table_id = self.tax_table_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if name is not UNSET:
            field_dict["name"] = name
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_table_name is not UNSET:
            field_dict["taxTableName"] = tax_table_name
        if compounding is not UNSET:
            field_dict["compounding"] = compounding
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tax_table_id is not UNSET:
            field_dict["taxTableId"] = tax_table_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            name = unfit("OrderSummaryTax", "name", _wire_name, unparsed, exc)

        _wire_percentage: Any = d.pop("percentage", UNSET)
        try:
            if _wire_percentage is None:
                raise TypeError("null")
            _fits = _wire_percentage is UNSET or (
                isinstance(_wire_percentage, (int, float)) and not isinstance(_wire_percentage, bool)
            )
            if not _fits:
                raise TypeError("percentage")
            percentage = _wire_percentage
        except FIELD_ERRORS as exc:
            percentage = unfit("OrderSummaryTax", "percentage", _wire_percentage, unparsed, exc)

        _wire_amount: Any = d.pop("amount", UNSET)
        try:
            if _wire_amount is None:
                raise TypeError("null")
            _fits = _wire_amount is UNSET or (isinstance(_wire_amount, str))
            if not _fits:
                raise TypeError("amount")
            amount = _wire_amount
        except FIELD_ERRORS as exc:
            amount = unfit("OrderSummaryTax", "amount", _wire_amount, unparsed, exc)

        _wire_tax_table_name: Any = d.pop("taxTableName", UNSET)
        try:
            if _wire_tax_table_name is None:
                raise TypeError("null")
            _fits = _wire_tax_table_name is UNSET or (isinstance(_wire_tax_table_name, str))
            if not _fits:
                raise TypeError("taxTableName")
            tax_table_name = _wire_tax_table_name
        except FIELD_ERRORS as exc:
            tax_table_name = unfit("OrderSummaryTax", "taxTableName", _wire_tax_table_name, unparsed, exc)

        _wire_compounding: Any = d.pop("compounding", UNSET)
        try:
            if _wire_compounding is None:
                raise TypeError("null")
            _fits = _wire_compounding is UNSET or (isinstance(_wire_compounding, bool))
            if not _fits:
                raise TypeError("compounding")
            compounding = _wire_compounding
        except FIELD_ERRORS as exc:
            compounding = unfit("OrderSummaryTax", "compounding", _wire_compounding, unparsed, exc)

        _wire_priority: Any = d.pop("priority", UNSET)
        try:
            if _wire_priority is None:
                raise TypeError("null")
            _fits = _wire_priority is UNSET or (
                isinstance(_wire_priority, (int, float)) and not isinstance(_wire_priority, bool)
            )
            if not _fits:
                raise TypeError("priority")
            priority = _wire_priority
        except FIELD_ERRORS as exc:
            priority = unfit("OrderSummaryTax", "priority", _wire_priority, unparsed, exc)

        _wire_tax_table_id: Any = d.pop("taxTableId", UNSET)
        try:
            if _wire_tax_table_id is None:
                raise TypeError("null")
            _fits = _wire_tax_table_id is UNSET or (isinstance(_wire_tax_table_id, str))
            if not _fits:
                raise TypeError("taxTableId")
            tax_table_id = _wire_tax_table_id
        except FIELD_ERRORS as exc:
            tax_table_id = unfit("OrderSummaryTax", "taxTableId", _wire_tax_table_id, unparsed, exc)

        _wire_id: Any = d.pop("id", UNSET)
        try:
            if _wire_id is None:
                raise TypeError("null")
            _fits = _wire_id is UNSET or (isinstance(_wire_id, str))
            if not _fits:
                raise TypeError("id")
            id = _wire_id
        except FIELD_ERRORS as exc:
            id = unfit("OrderSummaryTax", "id", _wire_id, unparsed, exc)

        order_summary_tax = cls(
            name=name,
            percentage=percentage,
            amount=amount,
            tax_table_name=tax_table_name,
            compounding=compounding,
            priority=priority,
            tax_table_id=tax_table_id,
            id=id,
        )

        if unparsed:
            order_summary_tax.unparsed = unparsed
        order_summary_tax.additional_properties = d
        return order_summary_tax

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
