from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._custom_fields import CustomFieldsMixin
from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
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
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

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
            id = unfit("Customer", "id", _wire_id, unparsed, exc)

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
            created_at = unfit("Customer", "createdAt", _wire_created_at, unparsed, exc)

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
            updated_at = unfit("Customer", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Customer", "companyId", _wire_company_id, unparsed, exc)

        _wire_email: Any = d.pop("email", UNSET)
        try:
            if _wire_email is None:
                raise TypeError("null")
            _fits = _wire_email is UNSET or (isinstance(_wire_email, str))
            if not _fits:
                raise TypeError("email")
            email = _wire_email
        except FIELD_ERRORS as exc:
            email = unfit("Customer", "email", _wire_email, unparsed, exc)

        _wire_first_name: Any = d.pop("firstName", UNSET)
        try:
            if _wire_first_name is None:
                raise TypeError("null")
            _fits = _wire_first_name is UNSET or (isinstance(_wire_first_name, str))
            if not _fits:
                raise TypeError("firstName")
            first_name = _wire_first_name
        except FIELD_ERRORS as exc:
            first_name = unfit("Customer", "firstName", _wire_first_name, unparsed, exc)

        _wire_last_name: Any = d.pop("lastName", UNSET)
        try:
            if _wire_last_name is None:
                raise TypeError("null")
            _fits = _wire_last_name is UNSET or (isinstance(_wire_last_name, str))
            if not _fits:
                raise TypeError("lastName")
            last_name = _wire_last_name
        except FIELD_ERRORS as exc:
            last_name = unfit("Customer", "lastName", _wire_last_name, unparsed, exc)

        _wire_from_final: Any = d.pop("fromFinal", UNSET)
        try:
            if _wire_from_final is None:
                raise TypeError("null")
            _fits = _wire_from_final is UNSET or (isinstance(_wire_from_final, bool))
            if not _fits:
                raise TypeError("fromFinal")
            from_final = _wire_from_final
        except FIELD_ERRORS as exc:
            from_final = unfit("Customer", "fromFinal", _wire_from_final, unparsed, exc)

        _wire_outlet_id: Any = d.pop("outletId", UNSET)
        try:
            if _wire_outlet_id is None:
                raise TypeError("null")
            _fits = _wire_outlet_id is UNSET or (isinstance(_wire_outlet_id, str))
            if not _fits:
                raise TypeError("outletId")
            outlet_id = _wire_outlet_id
        except FIELD_ERRORS as exc:
            outlet_id = unfit("Customer", "outletId", _wire_outlet_id, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("Customer", "externalId", _wire_external_id, unparsed, exc)

        _wire_phone: Any = d.pop("phone", UNSET)
        try:
            if _wire_phone is None:
                raise TypeError("null")
            _fits = _wire_phone is UNSET or (isinstance(_wire_phone, str))
            if not _fits:
                raise TypeError("phone")
            phone = _wire_phone
        except FIELD_ERRORS as exc:
            phone = unfit("Customer", "phone", _wire_phone, unparsed, exc)

        _wire_total_spent: Any = d.pop("totalSpent", UNSET)
        try:
            if _wire_total_spent is None:
                raise TypeError("null")
            _fits = _wire_total_spent is UNSET or (isinstance(_wire_total_spent, str))
            if not _fits:
                raise TypeError("totalSpent")
            total_spent = _wire_total_spent
        except FIELD_ERRORS as exc:
            total_spent = unfit("Customer", "totalSpent", _wire_total_spent, unparsed, exc)

        _wire_last_action: Any = d.pop("lastAction", UNSET)
        try:
            if _wire_last_action is None:
                raise TypeError("null")
            _fits = _wire_last_action is UNSET or (isinstance(_wire_last_action, str))
            if not _fits:
                raise TypeError("lastAction")
            last_action = _wire_last_action
        except FIELD_ERRORS as exc:
            last_action = unfit("Customer", "lastAction", _wire_last_action, unparsed, exc)

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
            tags = unfit("Customer", "tags", _wire_tags, unparsed, exc)

        _wire_billing: Any = d.pop("billing", UNSET)
        try:
            if _wire_billing is None:
                raise TypeError("null")
            _fits = _wire_billing is UNSET or (isinstance(_wire_billing, dict))
            if not _fits:
                raise TypeError("billing")
            _billing = _wire_billing
            billing: Address | Unset
            if isinstance(_billing, Unset):
                billing = UNSET
            else:
                billing = Address.from_dict(_billing)

        except FIELD_ERRORS as exc:
            billing = unfit("Customer", "billing", _wire_billing, unparsed, exc)

        _wire_shipping: Any = d.pop("shipping", UNSET)
        try:
            if _wire_shipping is None:
                raise TypeError("null")
            _fits = _wire_shipping is UNSET or (isinstance(_wire_shipping, dict))
            if not _fits:
                raise TypeError("shipping")
            _shipping = _wire_shipping
            shipping: Address | Unset
            if isinstance(_shipping, Unset):
                shipping = UNSET
            else:
                shipping = Address.from_dict(_shipping)

        except FIELD_ERRORS as exc:
            shipping = unfit("Customer", "shipping", _wire_shipping, unparsed, exc)

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
            metadata = unfit("Customer", "metadata", _wire_metadata, unparsed, exc)

        _wire_notes: Any = d.pop("notes", UNSET)
        try:
            if _wire_notes is None:
                raise TypeError("null")
            _fits = _wire_notes is UNSET or (
                isinstance(_wire_notes, list) and all(isinstance(_item, dict) for _item in _wire_notes)
            )
            if not _fits:
                raise TypeError("notes")
            _notes = _wire_notes
            notes: list[CustomerNote] | Unset = UNSET
            if _notes is not UNSET:
                notes = []
                for notes_item_data in _notes:
                    notes_item = CustomerNote.from_dict(notes_item_data)

                    notes.append(notes_item)

        except FIELD_ERRORS as exc:
            notes = unfit("Customer", "notes", _wire_notes, unparsed, exc)

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

        if unparsed:
            customer.unparsed = unparsed
        customer.additional_properties = d
        return customer

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
