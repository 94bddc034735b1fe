from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    id: str | Unset = UNSET
    """ Unique identifier for the Categories. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Categories was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Categories was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Categories. """
    name: str | Unset = UNSET
    """ Name of the category. """
    description: str | Unset = UNSET
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
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        name = self.name

        description = self.description

        image = self.image

        external_id = self.external_id

        parent_id = self.parent_id

        menu_order = self.menu_order

        source = self.source

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
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

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        image = d.pop("image", UNSET)

        external_id = d.pop("externalId", UNSET)

        parent_id = d.pop("parentId", UNSET)

        menu_order = d.pop("menuOrder", UNSET)

        source = d.pop("source", UNSET)

        category = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            name=name,
            description=description,
            image=image,
            external_id=external_id,
            parent_id=parent_id,
            menu_order=menu_order,
            source=source,
        )

        category.additional_properties = d
        return category

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
