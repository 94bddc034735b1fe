from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ZapierTriggerCreate")


@_attrs_define
class ZapierTriggerCreate:
    trigger_type: str
    """ Type of the Zapier trigger. """
    trigger_id: str
    """ Trigger ID from Zapier. """
    api_key: str
    """ API key for the Zapier integration. """
    trigger_url: str
    """ Webhook URL for the trigger. """
    custom_trigger_name: str | Unset = UNSET
    """ Custom name for the trigger. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_type = self.trigger_type

        trigger_id = self.trigger_id

        api_key = self.api_key

        trigger_url = self.trigger_url

        custom_trigger_name = self.custom_trigger_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "triggerType": trigger_type,
                "triggerId": trigger_id,
                "apiKey": api_key,
                "triggerUrl": trigger_url,
            }
        )
        if custom_trigger_name is not UNSET:
            field_dict["customTriggerName"] = custom_trigger_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trigger_type = d.pop("triggerType")

        trigger_id = d.pop("triggerId")

        api_key = d.pop("apiKey")

        trigger_url = d.pop("triggerUrl")

        custom_trigger_name = d.pop("customTriggerName", UNSET)

        zapier_trigger_create = cls(
            trigger_type=trigger_type,
            trigger_id=trigger_id,
            api_key=api_key,
            trigger_url=trigger_url,
            custom_trigger_name=custom_trigger_name,
        )

        zapier_trigger_create.additional_properties = d
        return zapier_trigger_create

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
