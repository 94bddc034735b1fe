from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outlet_update_stripe import OutletUpdateStripe


T = TypeVar("T", bound="OutletUpdate")


@_attrs_define
class OutletUpdate:
    name: str
    """ Name of the Outlet. """
    address: str
    """ Primary address of the Outlet. """
    city: str
    """ City where the Outlet is located. """
    state: str
    """ State or province where the Outlet is located. """
    country: str
    """ Country where the Outlet is located. """
    post_code: str
    """ Post code or ZIP code of the Outlet. """
    phone: str
    """ Phone number of the Outlet. """
    address2: str | Unset = UNSET
    """ Secondary address line of the Outlet. """
    alias: str | Unset = UNSET
    """ Alias or alternate name for the Outlet. """
    stations: list[str] | Unset = UNSET
    """ List of station IDs associated with the Outlet. """
    stripe_account_id: str | Unset = UNSET
    """ Stripe Connect account ID associated with the Outlet. """
    stripe: OutletUpdateStripe | Unset = UNSET
    """ Stripe Terminal configuration for the Outlet. """
    tax_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address = self.address

        city = self.city

        state = self.state

        country = self.country

        post_code = self.post_code

        phone = self.phone

        address2 = self.address2

        alias = self.alias

        stations: list[str] | Unset = UNSET
        if not isinstance(self.stations, Unset):
            stations = self.stations

        stripe_account_id = self.stripe_account_id

        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "address": address,
                "city": city,
                "state": state,
                "country": country,
                "postCode": post_code,
                "phone": phone,
            }
        )
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if alias is not UNSET:
            field_dict["alias"] = alias
        if stations is not UNSET:
            field_dict["stations"] = stations
        if stripe_account_id is not UNSET:
            field_dict["stripeAccountId"] = stripe_account_id
        if stripe is not UNSET:
            field_dict["stripe"] = stripe
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outlet_update_stripe import OutletUpdateStripe  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        address = d.pop("address")

        city = d.pop("city")

        state = d.pop("state")

        country = d.pop("country")

        post_code = d.pop("postCode")

        phone = d.pop("phone")

        address2 = d.pop("address2", UNSET)

        alias = d.pop("alias", UNSET)

        stations = cast(list[str], d.pop("stations", UNSET))

        stripe_account_id = d.pop("stripeAccountId", UNSET)

        _stripe = d.pop("stripe", UNSET)
        stripe: OutletUpdateStripe | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = OutletUpdateStripe.from_dict(_stripe)

        tax_id = d.pop("taxId", UNSET)

        outlet_update = cls(
            name=name,
            address=address,
            city=city,
            state=state,
            country=country,
            post_code=post_code,
            phone=phone,
            address2=address2,
            alias=alias,
            stations=stations,
            stripe_account_id=stripe_account_id,
            stripe=stripe,
            tax_id=tax_id,
        )

        outlet_update.additional_properties = d
        return outlet_update

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
