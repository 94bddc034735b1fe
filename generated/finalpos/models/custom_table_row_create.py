from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.custom_table_row_create_table_id import CustomTableRowCreateTableId


T = TypeVar("T", bound="CustomTableRowCreate")


@_attrs_define
class CustomTableRowCreate:
    table_id: CustomTableRowCreateTableId
    """ ID of the custom table this row belongs to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        table_id = self.table_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        field_dict.update(
            {
                "tableId": table_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_table_row_create_table_id import CustomTableRowCreateTableId  # noqa: PLC0415

        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_table_id: Any = d.pop("tableId", UNSET)
        try:
            if _wire_table_id is None:
                raise TypeError("null")
            if _wire_table_id is UNSET:
                raise KeyError("tableId")
            _fits = isinstance(_wire_table_id, dict)
            if not _fits:
                raise TypeError("tableId")
            table_id = CustomTableRowCreateTableId.from_dict(_wire_table_id)

        except FIELD_ERRORS as exc:
            table_id = unfit("CustomTableRowCreate", "tableId", _wire_table_id, unparsed, exc)

        custom_table_row_create = cls(
            table_id=table_id,
        )

        if unparsed:
            custom_table_row_create.unparsed = unparsed
        custom_table_row_create.additional_properties = d
        return custom_table_row_create

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
