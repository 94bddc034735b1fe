from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._custom_fields import CustomFieldsMixin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer_note import CustomerNote
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer(CustomFieldsMixin):
    # Wire names the spec lists; a custom field may not reuse one (see finalpos/_custom_fields.py).
    _static_wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "createdAt",
            "updatedAt",
            "companyId",
            "email",
            "firstName",
            "lastName",
            "fromFinal",
            "outletId",
            "externalId",
            "phone",
            "totalSpent",
            "lastAction",
            "tags",
            "billing",
            "shipping",
            "metadata",
            "notes",
        )
    )

    id: str | Unset = UNSET
    """ Unique identifier for the Customer. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Customer was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Customer was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Customer. """
    email: str | Unset = UNSET
    """ Email address of the Customer. """
    first_name: str | Unset = UNSET
    """ First name of the Customer. """
    last_name: str | Unset = UNSET
    """ Last name of the Customer. """
    from_final: bool | Unset = UNSET
    """ Flag to indicate if the Customer is created from Final. """
    outlet_id: str | Unset = UNSET
    """ Outlet ID associated with the Customer. """
    external_id: str | Unset = UNSET
    """ External ID associated with the Customer when synced from external source. If present, it will set fromFinal
    to true. """
    phone: str | Unset = UNSET
    """ Phone number of the Customer. """
    total_spent: str | Unset = UNSET
    """ Total amount spent by the Customer. """
    last_action: str | Unset = UNSET
    """ Timestamp when the Customer was last actioned. """
    tags: list[str] | Unset = UNSET
    """ Tags associated with the Customer. """
    billing: Address | Unset = UNSET
    """ Billing address associated with the Customer. """
    shipping: Address | Unset = UNSET
    """ Billing address associated with the Customer. """
    metadata: list[Metadata] | Unset = UNSET
    """ Metadata associated with the Customer. """
    notes: list[CustomerNote] | Unset = UNSET
    """ Notes associated with the Customer. """
    _custom_fields_arg: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="custom_fields", kw_only=True, repr=False, eq=False
    )
    """ Fields the spec does not list (the tenant's custom-table fields), sent as top-level properties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        # Refuse a colliding name now, before any request is built.
        if self._custom_fields_arg is not None:
            self._set_custom_fields(self._custom_fields_arg)
            self._custom_fields_arg = None

    def to_dict(self) -> dict[str, Any]:
        self._check_custom_fields()
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        from_final = self.from_final

        outlet_id = self.outlet_id

        external_id = self.external_id

        phone = self.phone

        total_spent = self.total_spent

        last_action = self.last_action

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

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
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if from_final is not UNSET:
            field_dict["fromFinal"] = from_final
        if outlet_id is not UNSET:
            field_dict["outletId"] = outlet_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if total_spent is not UNSET:
            field_dict["totalSpent"] = total_spent
        if last_action is not UNSET:
            field_dict["lastAction"] = last_action
        if tags is not UNSET:
            field_dict["tags"] = tags
        if billing is not UNSET:
            field_dict["billing"] = billing
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer_note import CustomerNote  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

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

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        from_final = d.pop("fromFinal", UNSET)

        outlet_id = d.pop("outletId", UNSET)

        external_id = d.pop("externalId", UNSET)

        phone = d.pop("phone", UNSET)

        total_spent = d.pop("totalSpent", UNSET)

        last_action = d.pop("lastAction", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _billing = d.pop("billing", UNSET)
        billing: Address | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = Address.from_dict(_billing)

        _shipping = d.pop("shipping", UNSET)
        shipping: Address | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = Address.from_dict(_shipping)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[Metadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = Metadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        _notes = d.pop("notes", UNSET)
        notes: list[CustomerNote] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = CustomerNote.from_dict(notes_item_data)

                notes.append(notes_item)

        customer = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            from_final=from_final,
            outlet_id=outlet_id,
            external_id=external_id,
            phone=phone,
            total_spent=total_spent,
            last_action=last_action,
            tags=tags,
            billing=billing,
            shipping=shipping,
            metadata=metadata,
            notes=notes,
        )

        customer.additional_properties = d
        return customer

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
