from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        post_code = d.pop("postCode", UNSET)

        phone = d.pop("phone", UNSET)

        address2 = d.pop("address2", UNSET)

        alias = d.pop("alias", UNSET)

        sequence_number = d.pop("sequenceNumber", UNSET)

        stations = cast(list[str], d.pop("stations", UNSET))

        stripe_account_id = d.pop("stripeAccountId", UNSET)

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

        outlet.additional_properties = d
        return outlet

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
