from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentCreate")


@_attrs_define
class AttachmentCreate:
    name: str
    """ Name of the attachment. """
    mime_type: str
    """ MIME type of the attachment. """
    original_url: str
    """ Original URL of the attachment. """
    url: str
    """ CDN URL of the attachment. """
    path: str
    """ Storage path of the attachment. """
    account_id: str | Unset = UNSET
    """ Account ID associated with the attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mime_type = self.mime_type

        original_url = self.original_url

        url = self.url

        path = self.path

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "mimeType": mime_type,
                "originalUrl": original_url,
                "url": url,
                "path": path,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        mime_type = d.pop("mimeType")

        original_url = d.pop("originalUrl")

        url = d.pop("url")

        path = d.pop("path")

        account_id = d.pop("accountId", UNSET)

        attachment_create = cls(
            name=name,
            mime_type=mime_type,
            original_url=original_url,
            url=url,
            path=path,
            account_id=account_id,
        )

        attachment_create.additional_properties = d
        return attachment_create

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
