from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    id: str | Unset = UNSET
    """ Unique identifier for the Attachment. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Attachment was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Attachment was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Attachment. """
    account_id: str | Unset = UNSET
    """ Account ID associated with the attachment. """
    name: str | Unset = UNSET
    """ Name of the attachment. """
    mime_type: str | Unset = UNSET
    """ MIME type of the attachment. """
    original_url: str | Unset = UNSET
    """ Original URL of the attachment. """
    url: str | Unset = UNSET
    """ CDN URL of the attachment. """
    path: str | Unset = UNSET
    """ Storage path of the attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        account_id = self.account_id

        name = self.name

        mime_type = self.mime_type

        original_url = self.original_url

        url = self.url

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if name is not UNSET:
            field_dict["name"] = name
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if original_url is not UNSET:
            field_dict["originalUrl"] = original_url
        if url is not UNSET:
            field_dict["url"] = url
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        company_id = d.pop("companyId", UNSET)

        account_id = d.pop("accountId", UNSET)

        name = d.pop("name", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        original_url = d.pop("originalUrl", UNSET)

        url = d.pop("url", UNSET)

        path = d.pop("path", UNSET)

        attachment = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            account_id=account_id,
            name=name,
            mime_type=mime_type,
            original_url=original_url,
            url=url,
            path=path,
        )

        attachment.additional_properties = d
        return attachment

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
