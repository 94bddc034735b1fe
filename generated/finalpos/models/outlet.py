from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Outlet")


@_attrs_define
class Outlet:
    id: str | Unset = UNSET
    """ Unique identifier for the Outlet. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Outlet was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the Outlet was last updated. """
    company_id: str | Unset = UNSET
    """ Company ID associated with the Outlet. """
    name: str | Unset = UNSET
    """ Name of the Outlet. """
    address: str | Unset = UNSET
    """ Primary address of the Outlet. """
    city: str | Unset = UNSET
    """ City where the Outlet is located. """
    state: str | Unset = UNSET
    """ State or province where the Outlet is located. """
    country: str | Unset = UNSET
    """ Country where the Outlet is located. """
    post_code: str | Unset = UNSET
    """ Post code or ZIP code of the Outlet. """
    phone: str | Unset = UNSET
    """ Phone number of the Outlet. """
    address2: str | Unset = UNSET
    """ Secondary address line of the Outlet. """
    alias: str | Unset = UNSET
    """ Alias or alternate name for the Outlet. """
    sequence_number: float | Unset = UNSET
    stations: list[str] | Unset = UNSET
    """ List of station IDs associated with the Outlet. """
    stripe_account_id: str | Unset = UNSET
    """ Stripe Connect account ID associated with the Outlet. """
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

        address = self.address

        city = self.city

        state = self.state

        country = self.country

        post_code = self.post_code

        phone = self.phone

        address2 = self.address2

        alias = self.alias

        sequence_number = self.sequence_number

        stations: list[str] | Unset = UNSET
        if not isinstance(self.stations, Unset):
            stations = self.stations

        stripe_account_id = self.stripe_account_id

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
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if alias is not UNSET:
            field_dict["alias"] = alias
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if stations is not UNSET:
            field_dict["stations"] = stations
        if stripe_account_id is not UNSET:
            field_dict["stripeAccountId"] = stripe_account_id

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
            id = unfit("Outlet", "id", _wire_id, unparsed, exc)

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
            created_at = unfit("Outlet", "createdAt", _wire_created_at, unparsed, exc)

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
            updated_at = unfit("Outlet", "updatedAt", _wire_updated_at, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            _fits = _wire_company_id is UNSET or (isinstance(_wire_company_id, str))
            if not _fits:
                raise TypeError("companyId")
            company_id = _wire_company_id
        except FIELD_ERRORS as exc:
            company_id = unfit("Outlet", "companyId", _wire_company_id, unparsed, exc)

        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("Outlet", "name", _wire_name, unparsed, exc)

        _wire_address: Any = d.pop("address", UNSET)
        try:
            if _wire_address is None:
                raise TypeError("null")
            _fits = _wire_address is UNSET or (isinstance(_wire_address, str))
            if not _fits:
                raise TypeError("address")
            address = _wire_address
        except FIELD_ERRORS as exc:
            address = unfit("Outlet", "address", _wire_address, unparsed, exc)

        _wire_city: Any = d.pop("city", UNSET)
        try:
            if _wire_city is None:
                raise TypeError("null")
            _fits = _wire_city is UNSET or (isinstance(_wire_city, str))
            if not _fits:
                raise TypeError("city")
            city = _wire_city
        except FIELD_ERRORS as exc:
            city = unfit("Outlet", "city", _wire_city, unparsed, exc)

        _wire_state: Any = d.pop("state", UNSET)
        try:
            if _wire_state is None:
                raise TypeError("null")
            _fits = _wire_state is UNSET or (isinstance(_wire_state, str))
            if not _fits:
                raise TypeError("state")
            state = _wire_state
        except FIELD_ERRORS as exc:
            state = unfit("Outlet", "state", _wire_state, unparsed, exc)

        _wire_country: Any = d.pop("country", UNSET)
        try:
            if _wire_country is None:
                raise TypeError("null")
            _fits = _wire_country is UNSET or (isinstance(_wire_country, str))
            if not _fits:
                raise TypeError("country")
            country = _wire_country
        except FIELD_ERRORS as exc:
            country = unfit("Outlet", "country", _wire_country, unparsed, exc)

        _wire_post_code: Any = d.pop("postCode", UNSET)
        try:
            if _wire_post_code is None:
                raise TypeError("null")
            _fits = _wire_post_code is UNSET or (isinstance(_wire_post_code, str))
            if not _fits:
                raise TypeError("postCode")
            post_code = _wire_post_code
        except FIELD_ERRORS as exc:
            post_code = unfit("Outlet", "postCode", _wire_post_code, unparsed, exc)

        _wire_phone: Any = d.pop("phone", UNSET)
        try:
            if _wire_phone is None:
                raise TypeError("null")
            _fits = _wire_phone is UNSET or (isinstance(_wire_phone, str))
            if not _fits:
                raise TypeError("phone")
            phone = _wire_phone
        except FIELD_ERRORS as exc:
            phone = unfit("Outlet", "phone", _wire_phone, unparsed, exc)

        _wire_address2: Any = d.pop("address2", UNSET)
        try:
            if _wire_address2 is None:
                raise TypeError("null")
            _fits = _wire_address2 is UNSET or (isinstance(_wire_address2, str))
            if not _fits:
                raise TypeError("address2")
            address2 = _wire_address2
        except FIELD_ERRORS as exc:
            address2 = unfit("Outlet", "address2", _wire_address2, unparsed, exc)

        _wire_alias: Any = d.pop("alias", UNSET)
        try:
            if _wire_alias is None:
                raise TypeError("null")
            _fits = _wire_alias is UNSET or (isinstance(_wire_alias, str))
            if not _fits:
                raise TypeError("alias")
            alias = _wire_alias
        except FIELD_ERRORS as exc:
            alias = unfit("Outlet", "alias", _wire_alias, unparsed, exc)

        _wire_sequence_number: Any = d.pop("sequenceNumber", UNSET)
        try:
            if _wire_sequence_number is None:
                raise TypeError("null")
            _fits = _wire_sequence_number is UNSET or (
                isinstance(_wire_sequence_number, (int, float)) and not isinstance(_wire_sequence_number, bool)
            )
            if not _fits:
                raise TypeError("sequenceNumber")
            sequence_number = _wire_sequence_number
        except FIELD_ERRORS as exc:
            sequence_number = unfit("Outlet", "sequenceNumber", _wire_sequence_number, unparsed, exc)

        _wire_stations: Any = d.pop("stations", UNSET)
        try:
            if _wire_stations is None:
                raise TypeError("null")
            _fits = _wire_stations is UNSET or (
                isinstance(_wire_stations, list) and all(isinstance(_item, str) for _item in _wire_stations)
            )
            if not _fits:
                raise TypeError("stations")
            stations = cast(list[str], _wire_stations)

        except FIELD_ERRORS as exc:
            stations = unfit("Outlet", "stations", _wire_stations, unparsed, exc)

        _wire_stripe_account_id: Any = d.pop("stripeAccountId", UNSET)
        try:
            if _wire_stripe_account_id is None:
                raise TypeError("null")
            _fits = _wire_stripe_account_id is UNSET or (isinstance(_wire_stripe_account_id, str))
            if not _fits:
                raise TypeError("stripeAccountId")
            stripe_account_id = _wire_stripe_account_id
        except FIELD_ERRORS as exc:
            stripe_account_id = unfit("Outlet", "stripeAccountId", _wire_stripe_account_id, unparsed, exc)

        outlet = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            company_id=company_id,
            name=name,
            address=address,
            city=city,
            state=state,
            country=country,
            post_code=post_code,
            phone=phone,
            address2=address2,
            alias=alias,
            sequence_number=sequence_number,
            stations=stations,
            stripe_account_id=stripe_account_id,
        )

        if unparsed:
            outlet.unparsed = unparsed
        outlet.additional_properties = d
        return outlet

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
