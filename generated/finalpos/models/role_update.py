from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_permission import RolePermission


T = TypeVar("T", bound="RoleUpdate")


@_attrs_define
class RoleUpdate:
    name: str | Unset = UNSET
    """ Name of the role. """
    permissions: list[RolePermission] | Unset = UNSET
    """ Permissions assigned to the role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_permission import RolePermission  # noqa: PLC0415

        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("RoleUpdate", "name", _wire_name, unparsed, exc)

        _wire_permissions: Any = d.pop("permissions", UNSET)
        try:
            if _wire_permissions is None:
                raise TypeError("null")
            _fits = _wire_permissions is UNSET or (
                isinstance(_wire_permissions, list) and all(isinstance(_item, dict) for _item in _wire_permissions)
            )
            if not _fits:
                raise TypeError("permissions")
            _permissions = _wire_permissions
            permissions: list[RolePermission] | Unset = UNSET
            if _permissions is not UNSET:
                permissions = []
                for permissions_item_data in _permissions:
                    permissions_item = RolePermission.from_dict(permissions_item_data)

                    permissions.append(permissions_item)

        except FIELD_ERRORS as exc:
            permissions = unfit("RoleUpdate", "permissions", _wire_permissions, unparsed, exc)

        role_update = cls(
            name=name,
            permissions=permissions,
        )

        if unparsed:
            role_update.unparsed = unparsed
        role_update.additional_properties = d
        return role_update

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
