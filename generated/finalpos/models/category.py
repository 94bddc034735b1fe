from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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

        name = self.name

        description = self.description

        image = self.image

        external_id = self.external_id

        parent_id = self.parent_id

        menu_order = self.menu_order

        source = self.source

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
            id = unfit("Category", "id", _wire_id, unparsed, exc)

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
            created_at = unfit("Category", "createdAt", _wire_created_at, unparsed, exc)

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
            updated_at = unfit("Category", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Category", "companyId", _wire_company_id, unparsed, exc)

        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("Category", "name", _wire_name, unparsed, exc)

        _wire_description: Any = d.pop("description", UNSET)
        try:
            if _wire_description is None:
                raise TypeError("null")
            _fits = _wire_description is UNSET or (isinstance(_wire_description, str))
            if not _fits:
                raise TypeError("description")
            description = _wire_description
        except FIELD_ERRORS as exc:
            description = unfit("Category", "description", _wire_description, unparsed, exc)

        _wire_image: Any = d.pop("image", UNSET)
        try:
            if _wire_image is None:
                raise TypeError("null")
            _fits = _wire_image is UNSET or (isinstance(_wire_image, str))
            if not _fits:
                raise TypeError("image")
            image = _wire_image
        except FIELD_ERRORS as exc:
            image = unfit("Category", "image", _wire_image, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("Category", "externalId", _wire_external_id, unparsed, exc)

        _wire_parent_id: Any = d.pop("parentId", UNSET)
        try:
            if _wire_parent_id is None:
                raise TypeError("null")
            _fits = _wire_parent_id is UNSET or (isinstance(_wire_parent_id, str))
            if not _fits:
                raise TypeError("parentId")
            parent_id = _wire_parent_id
        except FIELD_ERRORS as exc:
            parent_id = unfit("Category", "parentId", _wire_parent_id, unparsed, exc)

        _wire_menu_order: Any = d.pop("menuOrder", UNSET)
        try:
            if _wire_menu_order is None:
                raise TypeError("null")
            _fits = _wire_menu_order is UNSET or (
                isinstance(_wire_menu_order, (int, float)) and not isinstance(_wire_menu_order, bool)
            )
            if not _fits:
                raise TypeError("menuOrder")
            menu_order = _wire_menu_order
        except FIELD_ERRORS as exc:
            menu_order = unfit("Category", "menuOrder", _wire_menu_order, unparsed, exc)

        _wire_source: Any = d.pop("source", UNSET)
        try:
            if _wire_source is None:
                raise TypeError("null")
            _fits = _wire_source is UNSET or (isinstance(_wire_source, str))
            if not _fits:
                raise TypeError("source")
            source = _wire_source
        except FIELD_ERRORS as exc:
            source = unfit("Category", "source", _wire_source, unparsed, exc)

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

        if unparsed:
            category.unparsed = unparsed
        category.additional_properties = d
        return category

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
