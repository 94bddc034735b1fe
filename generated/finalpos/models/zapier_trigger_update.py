from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ZapierTriggerUpdate")


@_attrs_define
class ZapierTriggerUpdate:
    trigger_type: str | Unset = UNSET
    """ Type of the Zapier trigger. """
    trigger_id: str | Unset = UNSET
    """ Trigger ID from Zapier. """
    api_key: str | Unset = UNSET
    """ API key for the Zapier integration. """
    trigger_url: str | Unset = UNSET
    """ Webhook URL for the trigger. """
    custom_trigger_name: str | Unset = UNSET
    """ Custom name for the trigger. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        trigger_type = self.trigger_type

        trigger_id = self.trigger_id

        api_key = self.api_key

        trigger_url = self.trigger_url

        custom_trigger_name = self.custom_trigger_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if trigger_type is not UNSET:
            field_dict["triggerType"] = trigger_type
        if trigger_id is not UNSET:
            field_dict["triggerId"] = trigger_id
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if trigger_url is not UNSET:
            field_dict["triggerUrl"] = trigger_url
        if custom_trigger_name is not UNSET:
            field_dict["customTriggerName"] = custom_trigger_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_trigger_type: Any = d.pop("triggerType", UNSET)
        try:
            if _wire_trigger_type is None:
                raise TypeError("null")
            _fits = _wire_trigger_type is UNSET or (isinstance(_wire_trigger_type, str))
            if not _fits:
                raise TypeError("triggerType")
            trigger_type = _wire_trigger_type
        except FIELD_ERRORS as exc:
            trigger_type = unfit("ZapierTriggerUpdate", "triggerType", _wire_trigger_type, unparsed, exc)

        _wire_trigger_id: Any = d.pop("triggerId", UNSET)
        try:
            if _wire_trigger_id is None:
                raise TypeError("null")
            _fits = _wire_trigger_id is UNSET or (isinstance(_wire_trigger_id, str))
            if not _fits:
                raise TypeError("triggerId")
            trigger_id = _wire_trigger_id
        except FIELD_ERRORS as exc:
            trigger_id = unfit("ZapierTriggerUpdate", "triggerId", _wire_trigger_id, unparsed, exc)

        _wire_api_key: Any = d.pop("apiKey", UNSET)
        try:
            if _wire_api_key is None:
                raise TypeError("null")
            _fits = _wire_api_key is UNSET or (isinstance(_wire_api_key, str))
            if not _fits:
                raise TypeError("apiKey")
            api_key = _wire_api_key
        except FIELD_ERRORS as exc:
            api_key = unfit("ZapierTriggerUpdate", "apiKey", _wire_api_key, unparsed, exc)

        _wire_trigger_url: Any = d.pop("triggerUrl", UNSET)
        try:
            if _wire_trigger_url is None:
                raise TypeError("null")
            _fits = _wire_trigger_url is UNSET or (isinstance(_wire_trigger_url, str))
            if not _fits:
                raise TypeError("triggerUrl")
            trigger_url = _wire_trigger_url
        except FIELD_ERRORS as exc:
            trigger_url = unfit("ZapierTriggerUpdate", "triggerUrl", _wire_trigger_url, unparsed, exc)

        _wire_custom_trigger_name: Any = d.pop("customTriggerName", UNSET)
        try:
            if _wire_custom_trigger_name is None:
                raise TypeError("null")
            _fits = _wire_custom_trigger_name is UNSET or (isinstance(_wire_custom_trigger_name, str))
            if not _fits:
                raise TypeError("customTriggerName")
            custom_trigger_name = _wire_custom_trigger_name
        except FIELD_ERRORS as exc:
            custom_trigger_name = unfit(
                "ZapierTriggerUpdate", "customTriggerName", _wire_custom_trigger_name, unparsed, exc
            )

        zapier_trigger_update = cls(
            trigger_type=trigger_type,
            trigger_id=trigger_id,
            api_key=api_key,
            trigger_url=trigger_url,
            custom_trigger_name=custom_trigger_name,
        )

        if unparsed:
            zapier_trigger_update.unparsed = unparsed
        zapier_trigger_update.additional_properties = d
        return zapier_trigger_update

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
