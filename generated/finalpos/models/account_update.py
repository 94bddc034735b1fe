from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUpdate")


@_attrs_define
class AccountUpdate:
    email: str | Unset = UNSET
    """ Email address of the account. """
    name: str | Unset = UNSET
    """ Name of the account. """
    phone: str | Unset = UNSET
    """ Phone number of the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_email: Any = d.pop("email", UNSET)
        try:
            if _wire_email is None:
                raise TypeError("null")
            _fits = _wire_email is UNSET or (isinstance(_wire_email, str))
            if not _fits:
                raise TypeError("email")
            email = _wire_email
        except FIELD_ERRORS as exc:
            email = unfit("AccountUpdate", "email", _wire_email, unparsed, exc)

        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("AccountUpdate", "name", _wire_name, unparsed, exc)

        _wire_phone: Any = d.pop("phone", UNSET)
        try:
            if _wire_phone is None:
                raise TypeError("null")
            _fits = _wire_phone is UNSET or (isinstance(_wire_phone, str))
            if not _fits:
                raise TypeError("phone")
            phone = _wire_phone
        except FIELD_ERRORS as exc:
            phone = unfit("AccountUpdate", "phone", _wire_phone, unparsed, exc)

        account_update = cls(
            email=email,
            name=name,
            phone=phone,
        )

        if unparsed:
            account_update.unparsed = unparsed
        account_update.additional_properties = d
        return account_update

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
