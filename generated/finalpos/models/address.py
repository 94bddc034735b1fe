from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """Billing address associated with the Customer.

    Example:
        {'firstName': 'John', 'lastName': 'Doe', 'address1': '123 Main St', 'address2': 'Suite 100', 'city': 'New York',
            'state': 'NY', 'country': 'USA', 'postCode': '10001'}

    """

    first_name: str | Unset = UNSET
    """ First name of the person associated with the Address. """
    last_name: str | Unset = UNSET
    """ Last name of the person associated with the Address. """
    address1: str | Unset = UNSET
    """ First line of the address. """
    address2: str | Unset = UNSET
    """ Second line of the address. """
    city: str | Unset = UNSET
    """ City of the address. """
    state: str | Unset = UNSET
    """ State of the address. """
    country: str | Unset = UNSET
    """ Country of the address. """
    post_code: str | Unset = UNSET
    """ Post code of the address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        country = self.country

        post_code = self.post_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if post_code is not UNSET:
            field_dict["postCode"] = post_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_first_name: Any = d.pop("firstName", UNSET)
        try:
            if _wire_first_name is None:
                raise TypeError("null")
            _fits = _wire_first_name is UNSET or (isinstance(_wire_first_name, str))
            if not _fits:
                raise TypeError("firstName")
            first_name = _wire_first_name
        except FIELD_ERRORS as exc:
            first_name = unfit("Address", "firstName", _wire_first_name, unparsed, exc)

        _wire_last_name: Any = d.pop("lastName", UNSET)
        try:
            if _wire_last_name is None:
                raise TypeError("null")
            _fits = _wire_last_name is UNSET or (isinstance(_wire_last_name, str))
            if not _fits:
                raise TypeError("lastName")
            last_name = _wire_last_name
        except FIELD_ERRORS as exc:
            last_name = unfit("Address", "lastName", _wire_last_name, unparsed, exc)

        _wire_address1: Any = d.pop("address1", UNSET)
        try:
            if _wire_address1 is None:
                raise TypeError("null")
            _fits = _wire_address1 is UNSET or (isinstance(_wire_address1, str))
            if not _fits:
                raise TypeError("address1")
            address1 = _wire_address1
        except FIELD_ERRORS as exc:
            address1 = unfit("Address", "address1", _wire_address1, unparsed, exc)

        _wire_address2: Any = d.pop("address2", UNSET)
        try:
            if _wire_address2 is None:
                raise TypeError("null")
            _fits = _wire_address2 is UNSET or (isinstance(_wire_address2, str))
            if not _fits:
                raise TypeError("address2")
            address2 = _wire_address2
        except FIELD_ERRORS as exc:
            address2 = unfit("Address", "address2", _wire_address2, unparsed, exc)

        _wire_city: Any = d.pop("city", UNSET)
        try:
            if _wire_city is None:
                raise TypeError("null")
            _fits = _wire_city is UNSET or (isinstance(_wire_city, str))
            if not _fits:
                raise TypeError("city")
            city = _wire_city
        except FIELD_ERRORS as exc:
            city = unfit("Address", "city", _wire_city, unparsed, exc)

        _wire_state: Any = d.pop("state", UNSET)
        try:
            if _wire_state is None:
                raise TypeError("null")
            _fits = _wire_state is UNSET or (isinstance(_wire_state, str))
            if not _fits:
                raise TypeError("state")
            state = _wire_state
        except FIELD_ERRORS as exc:
            state = unfit("Address", "state", _wire_state, unparsed, exc)

        _wire_country: Any = d.pop("country", UNSET)
        try:
            if _wire_country is None:
                raise TypeError("null")
            _fits = _wire_country is UNSET or (isinstance(_wire_country, str))
            if not _fits:
                raise TypeError("country")
            country = _wire_country
        except FIELD_ERRORS as exc:
            country = unfit("Address", "country", _wire_country, unparsed, exc)

        _wire_post_code: Any = d.pop("postCode", UNSET)
        try:
            if _wire_post_code is None:
                raise TypeError("null")
            _fits = _wire_post_code is UNSET or (isinstance(_wire_post_code, str))
            if not _fits:
                raise TypeError("postCode")
            post_code = _wire_post_code
        except FIELD_ERRORS as exc:
            post_code = unfit("Address", "postCode", _wire_post_code, unparsed, exc)

        address = cls(
            first_name=first_name,
            last_name=last_name,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            country=country,
            post_code=post_code,
        )

        if unparsed:
            address.unparsed = unparsed
        address.additional_properties = d
        return address

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
