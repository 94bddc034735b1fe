from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

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
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
            name = unfit("CategoryCreate", "name", _wire_name, unparsed, exc)

        _wire_description: Any = d.pop("description", UNSET)
        try:
            if _wire_description is None:
                raise TypeError("null")
            if _wire_description is UNSET:
                raise KeyError("description")
            _fits = isinstance(_wire_description, str)
            if not _fits:
                raise TypeError("description")
            description = _wire_description
        except FIELD_ERRORS as exc:
            description = unfit("CategoryCreate", "description", _wire_description, unparsed, exc)

        _wire_image: Any = d.pop("image", UNSET)
        try:
            if _wire_image is None:
                raise TypeError("null")
            _fits = _wire_image is UNSET or (isinstance(_wire_image, str))
            if not _fits:
                raise TypeError("image")
            image = _wire_image
        except FIELD_ERRORS as exc:
            image = unfit("CategoryCreate", "image", _wire_image, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("CategoryCreate", "externalId", _wire_external_id, unparsed, exc)

        _wire_parent_id: Any = d.pop("parentId", UNSET)
        try:
            if _wire_parent_id is None:
                raise TypeError("null")
            _fits = _wire_parent_id is UNSET or (isinstance(_wire_parent_id, str))
            if not _fits:
                raise TypeError("parentId")
            parent_id = _wire_parent_id
        except FIELD_ERRORS as exc:
            parent_id = unfit("CategoryCreate", "parentId", _wire_parent_id, unparsed, exc)

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
            menu_order = unfit("CategoryCreate", "menuOrder", _wire_menu_order, unparsed, exc)

        _wire_source: Any = d.pop("source", UNSET)
        try:
            if _wire_source is None:
                raise TypeError("null")
            _fits = _wire_source is UNSET or (isinstance(_wire_source, str))
            if not _fits:
                raise TypeError("source")
            source = _wire_source
        except FIELD_ERRORS as exc:
            source = unfit("CategoryCreate", "source", _wire_source, unparsed, exc)

        category_create = cls(
            name=name,
            description=description,
            image=image,
            external_id=external_id,
            parent_id=parent_id,
            menu_order=menu_order,
            source=source,
        )

        if unparsed:
            category_create.unparsed = unparsed
        category_create.additional_properties = d
        return category_create

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
