from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET

T = TypeVar("T", bound="RolePermission")


@_attrs_define
class RolePermission:
    name: str
    """ Name of the permission. """
    permission_id: str
    """ Permission ID reference. """
    category: str
    """ Category of the permission. """
    sub_category: str
    """ Sub-category of the permission. """
    value: bool
    """ Whether the permission is enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permission_id = self.permission_id

        category = self.category

        sub_category = self.sub_category

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        field_dict.update(
            {
                "name": name,
                "permissionId": permission_id,
                "category": category,
                "subCategory": sub_category,
                "value": value,
            }
        )

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
            name = unfit("RolePermission", "name", _wire_name, unparsed, exc)

        _wire_permission_id: Any = d.pop("permissionId", UNSET)
        try:
            if _wire_permission_id is None:
                raise TypeError("null")
            if _wire_permission_id is UNSET:
                raise KeyError("permissionId")
            _fits = isinstance(_wire_permission_id, str)
            if not _fits:
                raise TypeError("permissionId")
            permission_id = _wire_permission_id
        except FIELD_ERRORS as exc:
            permission_id = unfit("RolePermission", "permissionId", _wire_permission_id, unparsed, exc)

        _wire_category: Any = d.pop("category", UNSET)
        try:
            if _wire_category is None:
                raise TypeError("null")
            if _wire_category is UNSET:
                raise KeyError("category")
            _fits = isinstance(_wire_category, str)
            if not _fits:
                raise TypeError("category")
            category = _wire_category
        except FIELD_ERRORS as exc:
            category = unfit("RolePermission", "category", _wire_category, unparsed, exc)

        _wire_sub_category: Any = d.pop("subCategory", UNSET)
        try:
            if _wire_sub_category is None:
                raise TypeError("null")
            if _wire_sub_category is UNSET:
                raise KeyError("subCategory")
            _fits = isinstance(_wire_sub_category, str)
            if not _fits:
                raise TypeError("subCategory")
            sub_category = _wire_sub_category
        except FIELD_ERRORS as exc:
            sub_category = unfit("RolePermission", "subCategory", _wire_sub_category, unparsed, exc)

        _wire_value: Any = d.pop("value", UNSET)
        try:
            if _wire_value is None:
                raise TypeError("null")
            if _wire_value is UNSET:
                raise KeyError("value")
            _fits = isinstance(_wire_value, bool)
            if not _fits:
                raise TypeError("value")
            value = _wire_value
        except FIELD_ERRORS as exc:
            value = unfit("RolePermission", "value", _wire_value, unparsed, exc)

        role_permission = cls(
            name=name,
            permission_id=permission_id,
            category=category,
            sub_category=sub_category,
            value=value,
        )

        if unparsed:
            role_permission.unparsed = unparsed
        role_permission.additional_properties = d
        return role_permission

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
