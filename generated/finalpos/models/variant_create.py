from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.variant_attribute import VariantAttribute
    from ..models.variant_inventory import VariantInventory


T = TypeVar("T", bound="VariantCreate")


@_attrs_define
class VariantCreate:
    product_id: str
    """ Product ID of the variant. """
    manage_stock: bool
    """ Whether the variant manages stock. """
    sku: str | Unset = UNSET
    """ SKU of the variant. """
    is_on_sale: bool | Unset = UNSET
    """ Whether the variant is on sale. """
    barcode: str | Unset = UNSET
    """ Barcode of the variant. """
    price: float | Unset = UNSET
    """ Regular price of the variant. """
    sale_price: float | Unset = UNSET
    """ Sale price of the variant. """
    external_id: str | Unset = UNSET
    """ External ID of the variant. """
    allow_backorder: bool | Unset = UNSET
    """ Whether the variant allows backorder. """
    cost_price: float | Unset = UNSET
    """ Cost price of the variant. """
    images: list[str] | Unset = UNSET
    """ Images of the variant. """
    metadata: list[Metadata] | Unset = UNSET
    """ Metadata associated with the Variant. """
    attributes: list[VariantAttribute] | Unset = UNSET
    """ Attributes associated with the Variant. """
    inventory: list[VariantInventory] | Unset = UNSET
    """ Inventory associated with the Variant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        manage_stock = self.manage_stock

        sku = self.sku

        is_on_sale = self.is_on_sale

        barcode = self.barcode

        price = self.price

        sale_price = self.sale_price

        external_id = self.external_id

        allow_backorder = self.allow_backorder

        cost_price = self.cost_price

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

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

        inventory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = []
            for inventory_item_data in self.inventory:
                inventory_item = inventory_item_data.to_dict()
                inventory.append(inventory_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "manageStock": manage_stock,
            }
        )
        if sku is not UNSET:
            field_dict["sku"] = sku
        if is_on_sale is not UNSET:
            field_dict["isOnSale"] = is_on_sale
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if price is not UNSET:
            field_dict["price"] = price
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if allow_backorder is not UNSET:
            field_dict["allowBackorder"] = allow_backorder
        if cost_price is not UNSET:
            field_dict["costPrice"] = cost_price
        if images is not UNSET:
            field_dict["images"] = images
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if inventory is not UNSET:
            field_dict["inventory"] = inventory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.variant_attribute import VariantAttribute  # noqa: PLC0415
        from ..models.variant_inventory import VariantInventory  # noqa: PLC0415

        d = dict(src_dict)
        product_id = d.pop("productId")

        manage_stock = d.pop("manageStock")

        sku = d.pop("sku", UNSET)

        is_on_sale = d.pop("isOnSale", UNSET)

        barcode = d.pop("barcode", UNSET)

        price = d.pop("price", UNSET)

        sale_price = d.pop("salePrice", UNSET)

        external_id = d.pop("externalId", UNSET)

        allow_backorder = d.pop("allowBackorder", UNSET)

        cost_price = d.pop("costPrice", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: list[Metadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = Metadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[VariantAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = VariantAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _inventory = d.pop("inventory", UNSET)
        inventory: list[VariantInventory] | Unset = UNSET
        if _inventory is not UNSET:
            inventory = []
            for inventory_item_data in _inventory:
                inventory_item = VariantInventory.from_dict(inventory_item_data)

                inventory.append(inventory_item)

        variant_create = cls(
            product_id=product_id,
            manage_stock=manage_stock,
            sku=sku,
            is_on_sale=is_on_sale,
            barcode=barcode,
            price=price,
            sale_price=sale_price,
            external_id=external_id,
            allow_backorder=allow_backorder,
            cost_price=cost_price,
            images=images,
            metadata=metadata,
            attributes=attributes,
            inventory=inventory,
        )

        variant_create.additional_properties = d
        return variant_create

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
