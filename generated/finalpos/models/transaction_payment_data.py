from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionPaymentData")


@_attrs_define
class TransactionPaymentData:
    """Payment processor data for the transaction.

    Example:
        {'processor': 'stripe', 'processorTransactionId': 'pi_123', 'device': 'terminal_001'}

    """

    processor: str | Unset = UNSET
    processor_transaction_id: str | Unset = UNSET
    device: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        processor = self.processor

        processor_transaction_id = self.processor_transaction_id

        device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if processor is not UNSET:
            field_dict["processor"] = processor
        if processor_transaction_id is not UNSET:
            field_dict["processorTransactionId"] = processor_transaction_id
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_processor: Any = d.pop("processor", UNSET)
        try:
            if _wire_processor is None:
                raise TypeError("null")
            _fits = _wire_processor is UNSET or (isinstance(_wire_processor, str))
            if not _fits:
                raise TypeError("processor")
            processor = _wire_processor
        except FIELD_ERRORS as exc:
            processor = unfit("TransactionPaymentData", "processor", _wire_processor, unparsed, exc)

        _wire_processor_transaction_id: Any = d.pop("processorTransactionId", UNSET)
        try:
            if _wire_processor_transaction_id is None:
                raise TypeError("null")
            _fits = _wire_processor_transaction_id is UNSET or (isinstance(_wire_processor_transaction_id, str))
            if not _fits:
                raise TypeError("processorTransactionId")
            processor_transaction_id = _wire_processor_transaction_id
        except FIELD_ERRORS as exc:
            processor_transaction_id = unfit(
                "TransactionPaymentData", "processorTransactionId", _wire_processor_transaction_id, unparsed, exc
            )

        _wire_device: Any = d.pop("device", UNSET)
        try:
            if _wire_device is None:
                raise TypeError("null")
            _fits = _wire_device is UNSET or (isinstance(_wire_device, str))
            if not _fits:
                raise TypeError("device")
            device = _wire_device
        except FIELD_ERRORS as exc:
            device = unfit("TransactionPaymentData", "device", _wire_device, unparsed, exc)

        transaction_payment_data = cls(
            processor=processor,
            processor_transaction_id=processor_transaction_id,
            device=device,
        )

        if unparsed:
            transaction_payment_data.unparsed = unparsed
        transaction_payment_data.additional_properties = d
        return transaction_payment_data

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
