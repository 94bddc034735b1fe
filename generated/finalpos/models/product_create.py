from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.product_attribute import ProductAttribute


T = TypeVar("T", bound="ProductCreate")


@_attrs_define
class ProductCreate:
    name: str
    """ Name of the product. """
    product_type: str
    """ Type of the product. """
    external_id: str | Unset = UNSET
    """ External ID of the product. """
    description: str | Unset = UNSET
    """ Description of the product. """
    short_description: str | Unset = UNSET
    """ Short description of the product. """
    sku: str | Unset = UNSET
    """ SKU of the product. """
    images: list[str] | Unset = UNSET
    """ Images of the product. """
    tags: list[str] | Unset = UNSET
    """ Tags of the product. """
    status: str | Unset = UNSET
    """ Status of the product. """
    source: str | Unset = UNSET
    """ Source of the product. """
    min_price: float | Unset = UNSET
    """ Min price of the product. """
    max_price: float | Unset = UNSET
    """ Max price of the product. """
    supplier: str | Unset = UNSET
    """ Supplier of the product. """
    tax_table: str | Unset = UNSET
    """ Tax table of the product. """
    categories: list[str] | Unset = UNSET
    """ Categories of the product. """
    outlets: list[str] | Unset = UNSET
    """ Outlets of the product. """
    metadata: list[Metadata] | Unset = UNSET
    """ Metadata associated with the Product. """
    attributes: list[ProductAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        product_type = self.product_type

        external_id = self.external_id

        description = self.description

        short_description = self.short_description

        sku = self.sku

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        status = self.status

        source = self.source

        min_price = self.min_price

        max_price = self.max_price

        supplier = self.supplier

        tax_table = self.tax_table

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        outlets: list[str] | Unset = UNSET
        if not isinstance(self.outlets, Unset):
            outlets = self.outlets

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        field_dict.update(
            {
                "name": name,
                "productType": product_type,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if sku is not UNSET:
            field_dict["sku"] = sku
        if images is not UNSET:
            field_dict["images"] = images
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if tax_table is not UNSET:
            field_dict["taxTable"] = tax_table
        if categories is not UNSET:
            field_dict["categories"] = categories
        if outlets is not UNSET:
            field_dict["outlets"] = outlets
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.product_attribute import ProductAttribute  # noqa: PLC0415

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
            name = unfit("ProductCreate", "name", _wire_name, unparsed, exc)

        _wire_product_type: Any = d.pop("productType", UNSET)
        try:
            if _wire_product_type is None:
                raise TypeError("null")
            if _wire_product_type is UNSET:
                raise KeyError("productType")
            _fits = isinstance(_wire_product_type, str)
            if not _fits:
                raise TypeError("productType")
            product_type = _wire_product_type
        except FIELD_ERRORS as exc:
            product_type = unfit("ProductCreate", "productType", _wire_product_type, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("ProductCreate", "externalId", _wire_external_id, unparsed, exc)

        _wire_description: Any = d.pop("description", UNSET)
        try:
            if _wire_description is None:
                raise TypeError("null")
            _fits = _wire_description is UNSET or (isinstance(_wire_description, str))
            if not _fits:
                raise TypeError("description")
            description = _wire_description
        except FIELD_ERRORS as exc:
            description = unfit("ProductCreate", "description", _wire_description, unparsed, exc)

        _wire_short_description: Any = d.pop("shortDescription", UNSET)
        try:
            if _wire_short_description is None:
                raise TypeError("null")
            _fits = _wire_short_description is UNSET or (isinstance(_wire_short_description, str))
            if not _fits:
                raise TypeError("shortDescription")
            short_description = _wire_short_description
        except FIELD_ERRORS as exc:
            short_description = unfit("ProductCreate", "shortDescription", _wire_short_description, unparsed, exc)

        _wire_sku: Any = d.pop("sku", UNSET)
        try:
            if _wire_sku is None:
                raise TypeError("null")
            _fits = _wire_sku is UNSET or (isinstance(_wire_sku, str))
            if not _fits:
                raise TypeError("sku")
            sku = _wire_sku
        except FIELD_ERRORS as exc:
            sku = unfit("ProductCreate", "sku", _wire_sku, unparsed, exc)

        _wire_images: Any = d.pop("images", UNSET)
        try:
            if _wire_images is None:
                raise TypeError("null")
            _fits = _wire_images is UNSET or (
                isinstance(_wire_images, list) and all(isinstance(_item, str) for _item in _wire_images)
            )
            if not _fits:
                raise TypeError("images")
            images = cast(list[str], _wire_images)

        except FIELD_ERRORS as exc:
            images = unfit("ProductCreate", "images", _wire_images, unparsed, exc)

        _wire_tags: Any = d.pop("tags", UNSET)
        try:
            if _wire_tags is None:
                raise TypeError("null")
            _fits = _wire_tags is UNSET or (
                isinstance(_wire_tags, list) and all(isinstance(_item, str) for _item in _wire_tags)
            )
            if not _fits:
                raise TypeError("tags")
            tags = cast(list[str], _wire_tags)

        except FIELD_ERRORS as exc:
            tags = unfit("ProductCreate", "tags", _wire_tags, unparsed, exc)

        _wire_status: Any = d.pop("status", UNSET)
        try:
            if _wire_status is None:
                raise TypeError("null")
            _fits = _wire_status is UNSET or (isinstance(_wire_status, str))
            if not _fits:
                raise TypeError("status")
            status = _wire_status
        except FIELD_ERRORS as exc:
            status = unfit("ProductCreate", "status", _wire_status, unparsed, exc)

        _wire_source: Any = d.pop("source", UNSET)
        try:
            if _wire_source is None:
                raise TypeError("null")
            _fits = _wire_source is UNSET or (isinstance(_wire_source, str))
            if not _fits:
                raise TypeError("source")
            source = _wire_source
        except FIELD_ERRORS as exc:
            source = unfit("ProductCreate", "source", _wire_source, unparsed, exc)

        _wire_min_price: Any = d.pop("minPrice", UNSET)
        try:
            if _wire_min_price is None:
                raise TypeError("null")
            _fits = _wire_min_price is UNSET or (
                isinstance(_wire_min_price, (int, float)) and not isinstance(_wire_min_price, bool)
            )
            if not _fits:
                raise TypeError("minPrice")
            min_price = _wire_min_price
        except FIELD_ERRORS as exc:
            min_price = unfit("ProductCreate", "minPrice", _wire_min_price, unparsed, exc)

        _wire_max_price: Any = d.pop("maxPrice", UNSET)
        try:
            if _wire_max_price is None:
                raise TypeError("null")
            _fits = _wire_max_price is UNSET or (
                isinstance(_wire_max_price, (int, float)) and not isinstance(_wire_max_price, bool)
            )
            if not _fits:
                raise TypeError("maxPrice")
            max_price = _wire_max_price
        except FIELD_ERRORS as exc:
            max_price = unfit("ProductCreate", "maxPrice", _wire_max_price, unparsed, exc)

        _wire_supplier: Any = d.pop("supplier", UNSET)
        try:
            if _wire_supplier is None:
                raise TypeError("null")
            _fits = _wire_supplier is UNSET or (isinstance(_wire_supplier, str))
            if not _fits:
                raise TypeError("supplier")
            supplier = _wire_supplier
        except FIELD_ERRORS as exc:
            supplier = unfit("ProductCreate", "supplier", _wire_supplier, unparsed, exc)

        _wire_tax_table: Any = d.pop("taxTable", UNSET)
        try:
            if _wire_tax_table is None:
                raise TypeError("null")
            _fits = _wire_tax_table is UNSET or (isinstance(_wire_tax_table, str))
            if not _fits:
                raise TypeError("taxTable")
            tax_table = _wire_tax_table
        except FIELD_ERRORS as exc:
            tax_table = unfit("ProductCreate", "taxTable", _wire_tax_table, unparsed, exc)

        _wire_categories: Any = d.pop("categories", UNSET)
        try:
            if _wire_categories is None:
                raise TypeError("null")
            _fits = _wire_categories is UNSET or (
                isinstance(_wire_categories, list) and all(isinstance(_item, str) for _item in _wire_categories)
            )
            if not _fits:
                raise TypeError("categories")
            categories = cast(list[str], _wire_categories)

        except FIELD_ERRORS as exc:
            categories = unfit("ProductCreate", "categories", _wire_categories, unparsed, exc)

        _wire_outlets: Any = d.pop("outlets", UNSET)
        try:
            if _wire_outlets is None:
                raise TypeError("null")
            _fits = _wire_outlets is UNSET or (
                isinstance(_wire_outlets, list) and all(isinstance(_item, str) for _item in _wire_outlets)
            )
            if not _fits:
                raise TypeError("outlets")
            outlets = cast(list[str], _wire_outlets)

        except FIELD_ERRORS as exc:
            outlets = unfit("ProductCreate", "outlets", _wire_outlets, unparsed, exc)

        _wire_metadata: Any = d.pop("metadata", UNSET)
        try:
            if _wire_metadata is None:
                raise TypeError("null")
            _fits = _wire_metadata is UNSET or (
                isinstance(_wire_metadata, list) and all(isinstance(_item, dict) for _item in _wire_metadata)
            )
            if not _fits:
                raise TypeError("metadata")
            _metadata = _wire_metadata
            metadata: list[Metadata] | Unset = UNSET
            if _metadata is not UNSET:
                metadata = []
                for metadata_item_data in _metadata:
                    metadata_item = Metadata.from_dict(metadata_item_data)

                    metadata.append(metadata_item)

        except FIELD_ERRORS as exc:
            metadata = unfit("ProductCreate", "metadata", _wire_metadata, unparsed, exc)

        _wire_attributes: Any = d.pop("attributes", UNSET)
        try:
            if _wire_attributes is None:
                raise TypeError("null")
            _fits = _wire_attributes is UNSET or (
                isinstance(_wire_attributes, list) and all(isinstance(_item, dict) for _item in _wire_attributes)
            )
            if not _fits:
                raise TypeError("attributes")
            _attributes = _wire_attributes
            attributes: list[ProductAttribute] | Unset = UNSET
            if _attributes is not UNSET:
                attributes = []
                for attributes_item_data in _attributes:
                    attributes_item = ProductAttribute.from_dict(attributes_item_data)

                    attributes.append(attributes_item)

        except FIELD_ERRORS as exc:
            attributes = unfit("ProductCreate", "attributes", _wire_attributes, unparsed, exc)

        product_create = cls(
            name=name,
            product_type=product_type,
            external_id=external_id,
            description=description,
            short_description=short_description,
            sku=sku,
            images=images,
            tags=tags,
            status=status,
            source=source,
            min_price=min_price,
            max_price=max_price,
            supplier=supplier,
            tax_table=tax_table,
            categories=categories,
            outlets=outlets,
            metadata=metadata,
            attributes=attributes,
        )

        if unparsed:
            product_create.unparsed = unparsed
        product_create.additional_properties = d
        return product_create

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
