from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        name = d.pop("name")

        product_type = d.pop("productType")

        external_id = d.pop("externalId", UNSET)

        description = d.pop("description", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        sku = d.pop("sku", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        status = d.pop("status", UNSET)

        source = d.pop("source", UNSET)

        min_price = d.pop("minPrice", UNSET)

        max_price = d.pop("maxPrice", UNSET)

        supplier = d.pop("supplier", UNSET)

        tax_table = d.pop("taxTable", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        outlets = cast(list[str], d.pop("outlets", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: list[Metadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = Metadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[ProductAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = ProductAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

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

        product_create.additional_properties = d
        return product_create

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
