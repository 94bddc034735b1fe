from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mime_type = self.mime_type

        original_url = self.original_url

        url = self.url

        path = self.path

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            if _wire_name is UNSET:
                raise KeyError("name")
            _fits = isinstance(_wire_name, str)
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("AttachmentCreate", "name", _wire_name, unparsed, exc)

        _wire_mime_type: Any = d.pop("mimeType", UNSET)
        try:
            if _wire_mime_type is None:
                raise TypeError("null")
            if _wire_mime_type is UNSET:
                raise KeyError("mimeType")
            _fits = isinstance(_wire_mime_type, str)
            if not _fits:
                raise TypeError("mimeType")
            mime_type = _wire_mime_type
        except FIELD_ERRORS as exc:
            mime_type = unfit("AttachmentCreate", "mimeType", _wire_mime_type, unparsed, exc)

        _wire_original_url: Any = d.pop("originalUrl", UNSET)
        try:
            if _wire_original_url is None:
                raise TypeError("null")
            if _wire_original_url is UNSET:
                raise KeyError("originalUrl")
            _fits = isinstance(_wire_original_url, str)
            if not _fits:
                raise TypeError("originalUrl")
            original_url = _wire_original_url
        except FIELD_ERRORS as exc:
            original_url = unfit("AttachmentCreate", "originalUrl", _wire_original_url, unparsed, exc)

        _wire_url: Any = d.pop("url", UNSET)
        try:
            if _wire_url is None:
                raise TypeError("null")
            if _wire_url is UNSET:
                raise KeyError("url")
            _fits = isinstance(_wire_url, str)
            if not _fits:
                raise TypeError("url")
            url = _wire_url
        except FIELD_ERRORS as exc:
            url = unfit("AttachmentCreate", "url", _wire_url, unparsed, exc)

        _wire_path: Any = d.pop("path", UNSET)
        try:
            if _wire_path is None:
                raise TypeError("null")
            if _wire_path is UNSET:
                raise KeyError("path")
            _fits = isinstance(_wire_path, str)
            if not _fits:
                raise TypeError("path")
            path = _wire_path
        except FIELD_ERRORS as exc:
            path = unfit("AttachmentCreate", "path", _wire_path, unparsed, exc)

        _wire_account_id: Any = d.pop("accountId", UNSET)
        try:
            if _wire_account_id is None:
                raise TypeError("null")
            _fits = _wire_account_id is UNSET or (isinstance(_wire_account_id, str))
            if not _fits:
                raise TypeError("accountId")
            account_id = _wire_account_id
        except FIELD_ERRORS as exc:
            account_id = unfit("AttachmentCreate", "accountId", _wire_account_id, unparsed, exc)

        attachment_create = cls(
            name=name,
            mime_type=mime_type,
            original_url=original_url,
            url=url,
            path=path,
            account_id=account_id,
        )

        if unparsed:
            attachment_create.unparsed = unparsed
        attachment_create.additional_properties = d
        return attachment_create

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
