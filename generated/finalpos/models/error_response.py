from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..models.error_response_error import ErrorResponseError
from ..types import UNSET

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    status_code: float
    """ HTTP status code """
    message: str
    """ Error message describing what went wrong """
    error: ErrorResponseError
    """ Error type/name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message = self.message

        error = self.error.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        field_dict.update(
            {
                "statusCode": status_code,
                "message": message,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_status_code: Any = d.pop("statusCode", UNSET)
        try:
            if _wire_status_code is None:
                raise TypeError("null")
            if _wire_status_code is UNSET:
                raise KeyError("statusCode")
            _fits = isinstance(_wire_status_code, (int, float)) and not isinstance(_wire_status_code, bool)
            if not _fits:
                raise TypeError("statusCode")
            status_code = _wire_status_code
        except FIELD_ERRORS as exc:
            status_code = unfit("ErrorResponse", "statusCode", _wire_status_code, unparsed, exc)

        _wire_message: Any = d.pop("message", UNSET)
        try:
            if _wire_message is None:
                raise TypeError("null")
            if _wire_message is UNSET:
                raise KeyError("message")
            _fits = isinstance(_wire_message, str)
            if not _fits:
                raise TypeError("message")
            message = _wire_message
        except FIELD_ERRORS as exc:
            message = unfit("ErrorResponse", "message", _wire_message, unparsed, exc)

        _wire_error: Any = d.pop("error", UNSET)
        try:
            if _wire_error is None:
                raise TypeError("null")
            if _wire_error is UNSET:
                raise KeyError("error")
            _fits = isinstance(_wire_error, str)
            if not _fits:
                raise TypeError("error")
            error = ErrorResponseError(_wire_error)

        except FIELD_ERRORS as exc:
            error = unfit("ErrorResponse", "error", _wire_error, unparsed, exc)

        error_response = cls(
            status_code=status_code,
            message=message,
            error=error,
        )

        if unparsed:
            error_response.unparsed = unparsed
        error_response.additional_properties = d
        return error_response

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
