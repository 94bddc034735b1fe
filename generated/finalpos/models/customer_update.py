from __future__ import annotations

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


T = TypeVar("T", bound="CustomerUpdate")


@_attrs_define
class CustomerUpdate(CustomFieldsMixin):
    # Wire names the spec lists; a custom field may not reuse one (see finalpos/_custom_fields.py).
    _static_wire_names: ClassVar[frozenset[str]] = frozenset(
        (
            "email",
            "firstName",
            "lastName",
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

    email: str | Unset = UNSET
    """ Email address of the Customer. """
    first_name: str | Unset = UNSET
    """ First name of the Customer. """
    last_name: str | Unset = UNSET
    """ Last name of the Customer. """
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
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

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
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
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
        _wire_email: Any = d.pop("email", UNSET)
        try:
            if _wire_email is None:
                raise TypeError("null")
            _fits = _wire_email is UNSET or (isinstance(_wire_email, str))
            if not _fits:
                raise TypeError("email")
            email = _wire_email
        except FIELD_ERRORS as exc:
            email = unfit("CustomerUpdate", "email", _wire_email, unparsed, exc)

        _wire_first_name: Any = d.pop("firstName", UNSET)
        try:
            if _wire_first_name is None:
                raise TypeError("null")
            _fits = _wire_first_name is UNSET or (isinstance(_wire_first_name, str))
            if not _fits:
                raise TypeError("firstName")
            first_name = _wire_first_name
        except FIELD_ERRORS as exc:
            first_name = unfit("CustomerUpdate", "firstName", _wire_first_name, unparsed, exc)

        _wire_last_name: Any = d.pop("lastName", UNSET)
        try:
            if _wire_last_name is None:
                raise TypeError("null")
            _fits = _wire_last_name is UNSET or (isinstance(_wire_last_name, str))
            if not _fits:
                raise TypeError("lastName")
            last_name = _wire_last_name
        except FIELD_ERRORS as exc:
            last_name = unfit("CustomerUpdate", "lastName", _wire_last_name, unparsed, exc)

        _wire_outlet_id: Any = d.pop("outletId", UNSET)
        try:
            if _wire_outlet_id is None:
                raise TypeError("null")
            _fits = _wire_outlet_id is UNSET or (isinstance(_wire_outlet_id, str))
            if not _fits:
                raise TypeError("outletId")
            outlet_id = _wire_outlet_id
        except FIELD_ERRORS as exc:
            outlet_id = unfit("CustomerUpdate", "outletId", _wire_outlet_id, unparsed, exc)

        _wire_external_id: Any = d.pop("externalId", UNSET)
        try:
            if _wire_external_id is None:
                raise TypeError("null")
            _fits = _wire_external_id is UNSET or (isinstance(_wire_external_id, str))
            if not _fits:
                raise TypeError("externalId")
            external_id = _wire_external_id
        except FIELD_ERRORS as exc:
            external_id = unfit("CustomerUpdate", "externalId", _wire_external_id, unparsed, exc)

        _wire_phone: Any = d.pop("phone", UNSET)
        try:
            if _wire_phone is None:
                raise TypeError("null")
            _fits = _wire_phone is UNSET or (isinstance(_wire_phone, str))
            if not _fits:
                raise TypeError("phone")
            phone = _wire_phone
        except FIELD_ERRORS as exc:
            phone = unfit("CustomerUpdate", "phone", _wire_phone, unparsed, exc)

        _wire_total_spent: Any = d.pop("totalSpent", UNSET)
        try:
            if _wire_total_spent is None:
                raise TypeError("null")
            _fits = _wire_total_spent is UNSET or (isinstance(_wire_total_spent, str))
            if not _fits:
                raise TypeError("totalSpent")
            total_spent = _wire_total_spent
        except FIELD_ERRORS as exc:
            total_spent = unfit("CustomerUpdate", "totalSpent", _wire_total_spent, unparsed, exc)

        _wire_last_action: Any = d.pop("lastAction", UNSET)
        try:
            if _wire_last_action is None:
                raise TypeError("null")
            _fits = _wire_last_action is UNSET or (isinstance(_wire_last_action, str))
            if not _fits:
                raise TypeError("lastAction")
            last_action = _wire_last_action
        except FIELD_ERRORS as exc:
            last_action = unfit("CustomerUpdate", "lastAction", _wire_last_action, unparsed, exc)

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
            tags = unfit("CustomerUpdate", "tags", _wire_tags, unparsed, exc)

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
            billing = unfit("CustomerUpdate", "billing", _wire_billing, unparsed, exc)

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
            shipping = unfit("CustomerUpdate", "shipping", _wire_shipping, unparsed, exc)

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
            metadata = unfit("CustomerUpdate", "metadata", _wire_metadata, unparsed, exc)

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
            notes = unfit("CustomerUpdate", "notes", _wire_notes, unparsed, exc)

        customer_update = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
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
            customer_update.unparsed = unparsed
        customer_update.additional_properties = d
        return customer_update

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
