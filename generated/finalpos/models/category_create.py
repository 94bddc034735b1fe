from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryCreate")


@_attrs_define
class CategoryCreate:
    name: str
    """ Name of the category. """
    description: str
    """ Description of the category. """
    image: str | Unset = UNSET
    """ Image of the category. """
    external_id: str | Unset = UNSET
    """ External ID of the category. """
    parent_id: str | Unset = UNSET
    """ Parent ID of the category. """
    menu_order: float | Unset = UNSET
    """ Menu order of the category. """
    source: str | Unset = UNSET
    """ Source of the category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        image = self.image

        external_id = self.external_id

        parent_id = self.parent_id

        menu_order = self.menu_order

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if menu_order is not UNSET:
            field_dict["menuOrder"] = menu_order
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        image = d.pop("image", UNSET)

        external_id = d.pop("externalId", UNSET)

        parent_id = d.pop("parentId", UNSET)

        menu_order = d.pop("menuOrder", UNSET)

        source = d.pop("source", UNSET)

        category_create = cls(
            name=name,
            description=description,
            image=image,
            external_id=external_id,
            parent_id=parent_id,
            menu_order=menu_order,
            source=source,
        )

        category_create.additional_properties = d
        return category_create

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
