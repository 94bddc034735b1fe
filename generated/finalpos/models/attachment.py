from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

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
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_id: Any = d.pop("id", UNSET)
        try:
            if _wire_id is None:
                raise TypeError("null")
            _fits = _wire_id is UNSET or (isinstance(_wire_id, str))
            if not _fits:
                raise TypeError("id")
            id = _wire_id
        except FIELD_ERRORS as exc:
            id = unfit("Attachment", "id", _wire_id, unparsed, exc)

        _wire_created_at: Any = d.pop("createdAt", UNSET)
        try:
            if _wire_created_at is None:
                raise TypeError("null")
            _fits = _wire_created_at is UNSET or (isinstance(_wire_created_at, str))
            if not _fits:
                raise TypeError("createdAt")
            _created_at = _wire_created_at
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except FIELD_ERRORS as exc:
            created_at = unfit("Attachment", "createdAt", _wire_created_at, unparsed, exc)

        _wire_updated_at: Any = d.pop("updatedAt", UNSET)
        try:
            if _wire_updated_at is None:
                raise TypeError("null")
            _fits = _wire_updated_at is UNSET or (isinstance(_wire_updated_at, str))
            if not _fits:
                raise TypeError("updatedAt")
            _updated_at = _wire_updated_at
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except FIELD_ERRORS as exc:
            updated_at = unfit("Attachment", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Attachment", "companyId", _wire_company_id, unparsed, exc)

        _wire_account_id: Any = d.pop("accountId", UNSET)
        try:
            if _wire_account_id is None:
                raise TypeError("null")
            _fits = _wire_account_id is UNSET or (isinstance(_wire_account_id, str))
            if not _fits:
                raise TypeError("accountId")
            account_id = _wire_account_id
        except FIELD_ERRORS as exc:
            account_id = unfit("Attachment", "accountId", _wire_account_id, unparsed, exc)

        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("Attachment", "name", _wire_name, unparsed, exc)

        _wire_mime_type: Any = d.pop("mimeType", UNSET)
        try:
            if _wire_mime_type is None:
                raise TypeError("null")
            _fits = _wire_mime_type is UNSET or (isinstance(_wire_mime_type, str))
            if not _fits:
                raise TypeError("mimeType")
            mime_type = _wire_mime_type
        except FIELD_ERRORS as exc:
            mime_type = unfit("Attachment", "mimeType", _wire_mime_type, unparsed, exc)

        _wire_original_url: Any = d.pop("originalUrl", UNSET)
        try:
            if _wire_original_url is None:
                raise TypeError("null")
            _fits = _wire_original_url is UNSET or (isinstance(_wire_original_url, str))
            if not _fits:
                raise TypeError("originalUrl")
            original_url = _wire_original_url
        except FIELD_ERRORS as exc:
            original_url = unfit("Attachment", "originalUrl", _wire_original_url, unparsed, exc)

        _wire_url: Any = d.pop("url", UNSET)
        try:
            if _wire_url is None:
                raise TypeError("null")
            _fits = _wire_url is UNSET or (isinstance(_wire_url, str))
            if not _fits:
                raise TypeError("url")
            url = _wire_url
        except FIELD_ERRORS as exc:
            url = unfit("Attachment", "url", _wire_url, unparsed, exc)

        _wire_path: Any = d.pop("path", UNSET)
        try:
            if _wire_path is None:
                raise TypeError("null")
            _fits = _wire_path is UNSET or (isinstance(_wire_path, str))
            if not _fits:
                raise TypeError("path")
            path = _wire_path
        except FIELD_ERRORS as exc:
            path = unfit("Attachment", "path", _wire_path, unparsed, exc)

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

        if unparsed:
            attachment.unparsed = unparsed
        attachment.additional_properties = d
        return attachment

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
