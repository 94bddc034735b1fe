from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        processor = self.processor

        processor_transaction_id = self.processor_transaction_id

        device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        processor = d.pop("processor", UNSET)

        processor_transaction_id = d.pop("processorTransactionId", UNSET)

        device = d.pop("device", UNSET)

        transaction_payment_data = cls(
            processor=processor,
            processor_transaction_id=processor_transaction_id,
            device=device,
        )

        transaction_payment_data.additional_properties = d
        return transaction_payment_data

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
