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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

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
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_product_id: Any = d.pop("productId", UNSET)
        try:
            if _wire_product_id is None:
                raise TypeError("null")
            if _wire_product_id is UNSET:
                raise KeyError("productId")
            _fits = isinstance(_wire_product_id, str)
            if not _fits:
                raise TypeError("productId")
            product_id = _wire_product_id
        except FIELD_ERRORS as exc:
            product_id = unfit("VariantCreate", "productId", _wire_product_id, unparsed, exc)

        _wire_manage_stock: Any = d.pop("manageStock", UNSET)
        try:
            if _wire_manage_stock is None:
                raise TypeError("null")
            if _wire_manage_stock is UNSET:
                raise KeyError("manageStock")
            _fits = isinstance(_wire_manage_stock, bool)
            if not _fits:
                raise TypeError("manageStock")
            manage_stock = _wire_manage_stock
        except FIELD_ERRORS as exc:
            manage_stock = unfit("VariantCreate", "manageStock", _wire_manage_stock, unparsed, exc)

        _wire_sku: Any = d.pop("sku", UNSET)
        try:
            if _wire_sku is None:
                raise TypeError("null")
            _fits = _wire_sku is UNSET or (isinstance(_wire_sku, str))
            if not _fits:
                raise TypeError("sku")
            sku = _wire_sku
        except FIELD_ERRORS as exc:
            sku = unfit("VariantCreate", "sku", _wire_sku, unparsed, exc)

        _wire_is_on_sale: Any = d.pop("isOnSale", UNSET)
        try:
            if _wire_is_on_sale is None:
                raise TypeError("null")
            _fits = _wire_is_on_sale is UNSET or (isinstance(_wire_is_on_sale, bool))
            if not _fits:
                raise TypeError("isOnSale")
            is_on_sale = _wire_is_on_sale
        except FIELD_ERRORS as exc:
            is_on_sale = unfit("VariantCreate", "isOnSale", _wire_is_on_sale, unparsed, exc)

        _wire_barcode: Any = d.pop("barcode", UNSET)
        try:
            if _wire_barcode is None:
                raise TypeError("null")
            _fits = _wire_barcode is UNSET or (isinstance(_wire_barcode, str))
            if not _fits:
                raise TypeError("barcode")
            barcode = _wire_barcode
        except FIELD_ERRORS as exc:
            barcode = unfit("VariantCreate", "barcode", _wire_barcode, unparsed, exc)

        _wire_price: Any = d.pop("price", UNSET)
        try:
            if _wire_price is None:
                raise TypeError("null")
            _fits = _wire_price is UNSET or (
                isinstance(_wire_price, (int, float)) and not isinstance(_wire_price, bool)
            )
            if not _fits:
                raise TypeError("price")
            price = _wire_price
        except FIELD_ERRORS as exc:
            price = unfit("VariantCreate", "price", _wire_price, unparsed, exc)

        _wire_sale_price: Any = d.pop("salePrice", UNSET)
        try:
            if _wire_sale_price is None:
                raise TypeError("null")
            _fits = _wire_sale_price is UNSET or (
                isinstance(_wire_sale_price, (int, float)) and not isinstance(_wire_sale_price, bool)
            )
            if not _fits:
                raise TypeError("salePrice")
            sale_price = _wire_sale_price
        except FIELD_ERRORS as exc:
            sale_price = unfit("VariantCreate", "salePrice", _wire_sale_price, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("VariantCreate", "externalId", _wire_external_id, unparsed, exc)

        _wire_allow_backorder: Any = d.pop("allowBackorder", UNSET)
        try:
            if _wire_allow_backorder is None:
                raise TypeError("null")
            _fits = _wire_allow_backorder is UNSET or (isinstance(_wire_allow_backorder, bool))
            if not _fits:
                raise TypeError("allowBackorder")
            allow_backorder = _wire_allow_backorder
        except FIELD_ERRORS as exc:
            allow_backorder = unfit("VariantCreate", "allowBackorder", _wire_allow_backorder, unparsed, exc)

        _wire_cost_price: Any = d.pop("costPrice", UNSET)
        try:
            if _wire_cost_price is None:
                raise TypeError("null")
            _fits = _wire_cost_price is UNSET or (
                isinstance(_wire_cost_price, (int, float)) and not isinstance(_wire_cost_price, bool)
            )
            if not _fits:
                raise TypeError("costPrice")
            cost_price = _wire_cost_price
        except FIELD_ERRORS as exc:
            cost_price = unfit("VariantCreate", "costPrice", _wire_cost_price, unparsed, exc)

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
            images = unfit("VariantCreate", "images", _wire_images, unparsed, exc)

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
            metadata = unfit("VariantCreate", "metadata", _wire_metadata, unparsed, exc)

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
            attributes: list[VariantAttribute] | Unset = UNSET
            if _attributes is not UNSET:
                attributes = []
                for attributes_item_data in _attributes:
                    attributes_item = VariantAttribute.from_dict(attributes_item_data)

                    attributes.append(attributes_item)

        except FIELD_ERRORS as exc:
            attributes = unfit("VariantCreate", "attributes", _wire_attributes, unparsed, exc)

        _wire_inventory: Any = d.pop("inventory", UNSET)
        try:
            if _wire_inventory is None:
                raise TypeError("null")
            _fits = _wire_inventory is UNSET or (
                isinstance(_wire_inventory, list) and all(isinstance(_item, dict) for _item in _wire_inventory)
            )
            if not _fits:
                raise TypeError("inventory")
            _inventory = _wire_inventory
            inventory: list[VariantInventory] | Unset = UNSET
            if _inventory is not UNSET:
                inventory = []
                for inventory_item_data in _inventory:
                    inventory_item = VariantInventory.from_dict(inventory_item_data)

                    inventory.append(inventory_item)

        except FIELD_ERRORS as exc:
            inventory = unfit("VariantCreate", "inventory", _wire_inventory, unparsed, exc)

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

        if unparsed:
            variant_create.unparsed = unparsed
        variant_create.additional_properties = d
        return variant_create

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
