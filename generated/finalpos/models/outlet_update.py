from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outlet_update_stripe import OutletUpdateStripe


T = TypeVar("T", bound="OutletUpdate")


@_attrs_define
class OutletUpdate:
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
    stations: list[str] | Unset = UNSET
    """ List of station IDs associated with the Outlet. """
    stripe_account_id: str | Unset = UNSET
    """ Stripe Connect account ID associated with the Outlet. """
    stripe: OutletUpdateStripe | Unset = UNSET
    """ Stripe Terminal configuration for the Outlet. """
    tax_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

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
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
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
        unparsed: dict[str, Any] = {}
        _wire_name: Any = d.pop("name", UNSET)
        try:
            if _wire_name is None:
                raise TypeError("null")
            _fits = _wire_name is UNSET or (isinstance(_wire_name, str))
            if not _fits:
                raise TypeError("name")
            name = _wire_name
        except FIELD_ERRORS as exc:
            name = unfit("OutletUpdate", "name", _wire_name, unparsed, exc)

        _wire_address: Any = d.pop("address", UNSET)
        try:
            if _wire_address is None:
                raise TypeError("null")
            _fits = _wire_address is UNSET or (isinstance(_wire_address, str))
            if not _fits:
                raise TypeError("address")
            address = _wire_address
        except FIELD_ERRORS as exc:
            address = unfit("OutletUpdate", "address", _wire_address, unparsed, exc)

        _wire_city: Any = d.pop("city", UNSET)
        try:
            if _wire_city is None:
                raise TypeError("null")
            _fits = _wire_city is UNSET or (isinstance(_wire_city, str))
            if not _fits:
                raise TypeError("city")
            city = _wire_city
        except FIELD_ERRORS as exc:
            city = unfit("OutletUpdate", "city", _wire_city, unparsed, exc)

        _wire_state: Any = d.pop("state", UNSET)
        try:
            if _wire_state is None:
                raise TypeError("null")
            _fits = _wire_state is UNSET or (isinstance(_wire_state, str))
            if not _fits:
                raise TypeError("state")
            state = _wire_state
        except FIELD_ERRORS as exc:
            state = unfit("OutletUpdate", "state", _wire_state, unparsed, exc)

        _wire_country: Any = d.pop("country", UNSET)
        try:
            if _wire_country is None:
                raise TypeError("null")
            _fits = _wire_country is UNSET or (isinstance(_wire_country, str))
            if not _fits:
                raise TypeError("country")
            country = _wire_country
        except FIELD_ERRORS as exc:
            country = unfit("OutletUpdate", "country", _wire_country, unparsed, exc)

        _wire_post_code: Any = d.pop("postCode", UNSET)
        try:
            if _wire_post_code is None:
                raise TypeError("null")
            _fits = _wire_post_code is UNSET or (isinstance(_wire_post_code, str))
            if not _fits:
                raise TypeError("postCode")
            post_code = _wire_post_code
        except FIELD_ERRORS as exc:
            post_code = unfit("OutletUpdate", "postCode", _wire_post_code, unparsed, exc)

        _wire_phone: Any = d.pop("phone", UNSET)
        try:
            if _wire_phone is None:
                raise TypeError("null")
            _fits = _wire_phone is UNSET or (isinstance(_wire_phone, str))
            if not _fits:
                raise TypeError("phone")
            phone = _wire_phone
        except FIELD_ERRORS as exc:
            phone = unfit("OutletUpdate", "phone", _wire_phone, unparsed, exc)

        _wire_address2: Any = d.pop("address2", UNSET)
        try:
            if _wire_address2 is None:
                raise TypeError("null")
            _fits = _wire_address2 is UNSET or (isinstance(_wire_address2, str))
            if not _fits:
                raise TypeError("address2")
            address2 = _wire_address2
        except FIELD_ERRORS as exc:
            address2 = unfit("OutletUpdate", "address2", _wire_address2, unparsed, exc)

        _wire_alias: Any = d.pop("alias", UNSET)
        try:
            if _wire_alias is None:
                raise TypeError("null")
            _fits = _wire_alias is UNSET or (isinstance(_wire_alias, str))
            if not _fits:
                raise TypeError("alias")
            alias = _wire_alias
        except FIELD_ERRORS as exc:
            alias = unfit("OutletUpdate", "alias", _wire_alias, unparsed, exc)

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
            stations = unfit("OutletUpdate", "stations", _wire_stations, unparsed, exc)

        _wire_stripe_account_id: Any = d.pop("stripeAccountId", UNSET)
        try:
            if _wire_stripe_account_id is None:
                raise TypeError("null")
            _fits = _wire_stripe_account_id is UNSET or (isinstance(_wire_stripe_account_id, str))
            if not _fits:
                raise TypeError("stripeAccountId")
            stripe_account_id = _wire_stripe_account_id
        except FIELD_ERRORS as exc:
            stripe_account_id = unfit("OutletUpdate", "stripeAccountId", _wire_stripe_account_id, unparsed, exc)

        _wire_stripe: Any = d.pop("stripe", UNSET)
        try:
            if _wire_stripe is None:
                raise TypeError("null")
            _fits = _wire_stripe is UNSET or (isinstance(_wire_stripe, dict))
            if not _fits:
                raise TypeError("stripe")
            _stripe = _wire_stripe
            stripe: OutletUpdateStripe | Unset
            if isinstance(_stripe, Unset):
                stripe = UNSET
            else:
                stripe = OutletUpdateStripe.from_dict(_stripe)

        except FIELD_ERRORS as exc:
            stripe = unfit("OutletUpdate", "stripe", _wire_stripe, unparsed, exc)

        _wire_tax_id: Any = d.pop("taxId", UNSET)
        try:
            if _wire_tax_id is None:
                raise TypeError("null")
            _fits = _wire_tax_id is UNSET or (isinstance(_wire_tax_id, str))
            if not _fits:
                raise TypeError("taxId")
            tax_id = _wire_tax_id
        except FIELD_ERRORS as exc:
            tax_id = unfit("OutletUpdate", "taxId", _wire_tax_id, unparsed, exc)

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

        if unparsed:
            outlet_update.unparsed = unparsed
        outlet_update.additional_properties = d
        return outlet_update

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
