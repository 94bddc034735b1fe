from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    id: str | Unset = UNSET
    """ Unique identifier for the Product. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Product was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Product was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Product. """
    name: str | Unset = UNSET
    """ Name of the product. """
    product_type: str | Unset = UNSET
    """ Type of the product. """
    external_id: str | Unset = UNSET
    """ External ID of the product. """
    description: str | Unset = UNSET
    """ Description of the product. """
    short_description: str | Unset = UNSET
    """ Short description of the product. """
    sku: str | Unset = UNSET
    """ SKU of the product. """
    from_final: bool | Unset = UNSET
    """ Flag to indicate if the Product is created from Oliver. """
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

        product_type = self.product_type

        external_id = self.external_id

        description = self.description

        short_description = self.short_description

        sku = self.sku

        from_final = self.from_final

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
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if sku is not UNSET:
            field_dict["sku"] = sku
        if from_final is not UNSET:
            field_dict["fromFinal"] = from_final
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

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
            id = unfit("Product", "id", _wire_id, unparsed, exc)

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
            created_at = unfit("Product", "createdAt", _wire_created_at, unparsed, exc)

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
            updated_at = unfit("Product", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Product", "companyId", _wire_company_id, unparsed, exc)

        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("Product", "name", _wire_name, unparsed, exc)

        _wire_product_type: Any = d.pop("productType", UNSET)
        try:
            if _wire_product_type is None:
                raise TypeError("null")
            _fits = _wire_product_type is UNSET or (isinstance(_wire_product_type, str))
            if not _fits:
                raise TypeError("productType")
            product_type = _wire_product_type
        except FIELD_ERRORS as exc:
            product_type = unfit("Product", "productType", _wire_product_type, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("Product", "externalId", _wire_external_id, unparsed, exc)

        _wire_description: Any = d.pop("description", UNSET)
        try:
            if _wire_description is None:
                raise TypeError("null")
            _fits = _wire_description is UNSET or (isinstance(_wire_description, str))
            if not _fits:
                raise TypeError("description")
            description = _wire_description
        except FIELD_ERRORS as exc:
            description = unfit("Product", "description", _wire_description, unparsed, exc)

        _wire_short_description: Any = d.pop("shortDescription", UNSET)
        try:
            if _wire_short_description is None:
                raise TypeError("null")
            _fits = _wire_short_description is UNSET or (isinstance(_wire_short_description, str))
            if not _fits:
                raise TypeError("shortDescription")
            short_description = _wire_short_description
        except FIELD_ERRORS as exc:
            short_description = unfit("Product", "shortDescription", _wire_short_description, unparsed, exc)

        _wire_sku: Any = d.pop("sku", UNSET)
        try:
            if _wire_sku is None:
                raise TypeError("null")
            _fits = _wire_sku is UNSET or (isinstance(_wire_sku, str))
            if not _fits:
                raise TypeError("sku")
            sku = _wire_sku
        except FIELD_ERRORS as exc:
            sku = unfit("Product", "sku", _wire_sku, unparsed, exc)

        _wire_from_final: Any = d.pop("fromFinal", UNSET)
        try:
            if _wire_from_final is None:
                raise TypeError("null")
            _fits = _wire_from_final is UNSET or (isinstance(_wire_from_final, bool))
            if not _fits:
                raise TypeError("fromFinal")
            from_final = _wire_from_final
        except FIELD_ERRORS as exc:
            from_final = unfit("Product", "fromFinal", _wire_from_final, unparsed, exc)

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
            images = unfit("Product", "images", _wire_images, unparsed, exc)

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
            tags = unfit("Product", "tags", _wire_tags, unparsed, exc)

        _wire_status: Any = d.pop("status", UNSET)
        try:
            if _wire_status is None:
                raise TypeError("null")
            _fits = _wire_status is UNSET or (isinstance(_wire_status, str))
            if not _fits:
                raise TypeError("status")
            status = _wire_status
        except FIELD_ERRORS as exc:
            status = unfit("Product", "status", _wire_status, unparsed, exc)

        _wire_source: Any = d.pop("source", UNSET)
        try:
            if _wire_source is None:
                raise TypeError("null")
            _fits = _wire_source is UNSET or (isinstance(_wire_source, str))
            if not _fits:
                raise TypeError("source")
            source = _wire_source
        except FIELD_ERRORS as exc:
            source = unfit("Product", "source", _wire_source, unparsed, exc)

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
            min_price = unfit("Product", "minPrice", _wire_min_price, unparsed, exc)

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
            max_price = unfit("Product", "maxPrice", _wire_max_price, unparsed, exc)

        _wire_supplier: Any = d.pop("supplier", UNSET)
        try:
            if _wire_supplier is None:
                raise TypeError("null")
            _fits = _wire_supplier is UNSET or (isinstance(_wire_supplier, str))
            if not _fits:
                raise TypeError("supplier")
            supplier = _wire_supplier
        except FIELD_ERRORS as exc:
            supplier = unfit("Product", "supplier", _wire_supplier, unparsed, exc)

        _wire_tax_table: Any = d.pop("taxTable", UNSET)
        try:
            if _wire_tax_table is None:
                raise TypeError("null")
            _fits = _wire_tax_table is UNSET or (isinstance(_wire_tax_table, str))
            if not _fits:
                raise TypeError("taxTable")
            tax_table = _wire_tax_table
        except FIELD_ERRORS as exc:
            tax_table = unfit("Product", "taxTable", _wire_tax_table, unparsed, exc)

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
            categories = unfit("Product", "categories", _wire_categories, unparsed, exc)

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
            outlets = unfit("Product", "outlets", _wire_outlets, unparsed, exc)

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
            metadata = unfit("Product", "metadata", _wire_metadata, unparsed, exc)

        product = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            name=name,
            product_type=product_type,
            external_id=external_id,
            description=description,
            short_description=short_description,
            sku=sku,
            from_final=from_final,
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
        )

        if unparsed:
            product.unparsed = unparsed
        product.additional_properties = d
        return product

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
