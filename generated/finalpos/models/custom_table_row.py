from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import FIELD_ERRORS, unfit
from .._model_repr import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_table_row_company_id import CustomTableRowCompanyId
    from ..models.custom_table_row_id import CustomTableRowId
    from ..models.custom_table_row_table_id import CustomTableRowTableId


T = TypeVar("T", bound="CustomTableRow")


@_attrs_define
class CustomTableRow:
    field_id: CustomTableRowId
    """ Unique identifier for the custom table row """
    company_id: CustomTableRowCompanyId
    """ Company ID associated with the custom table row """
    table_id: CustomTableRowTableId
    """ ID of the custom table this row belongs to """
    is_deleted: bool | Unset = UNSET
    """ Status flag to indicate if the custom table row is deleted """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the custom table row was created """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the custom table row was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Response values of listed fields that did not fit the spec, verbatim by wire name (the attribute reads UNSET). """

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id.to_dict()

        company_id = self.company_id.to_dict()

        table_id = self.table_id.to_dict()

        is_deleted = self.is_deleted

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        # Values that did not fit go back as received, unless the attribute has been set since.
        field_dict.update(self.unparsed)
        field_dict.update(
            {
                "_id": field_id,
                "companyId": company_id,
                "tableId": table_id,
            }
        )
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_table_row_company_id import CustomTableRowCompanyId  # noqa: PLC0415
        from ..models.custom_table_row_id import CustomTableRowId  # noqa: PLC0415
        from ..models.custom_table_row_table_id import CustomTableRowTableId  # noqa: PLC0415

        d = dict(src_dict)
        unparsed: dict[str, Any] = {}
        _wire_field_id: Any = d.pop("_id", UNSET)
        try:
            if _wire_field_id is None:
                raise TypeError("null")
            if _wire_field_id is UNSET:
                raise KeyError("_id")
            _fits = isinstance(_wire_field_id, dict)
            if not _fits:
                raise TypeError("_id")
            field_id = CustomTableRowId.from_dict(_wire_field_id)

        except FIELD_ERRORS as exc:
            field_id = unfit("CustomTableRow", "_id", _wire_field_id, unparsed, exc)

        _wire_company_id: Any = d.pop("companyId", UNSET)
        try:
            if _wire_company_id is None:
                raise TypeError("null")
            if _wire_company_id is UNSET:
                raise KeyError("companyId")
            _fits = isinstance(_wire_company_id, dict)
            if not _fits:
                raise TypeError("companyId")
            company_id = CustomTableRowCompanyId.from_dict(_wire_company_id)

        except FIELD_ERRORS as exc:
            company_id = unfit("CustomTableRow", "companyId", _wire_company_id, unparsed, exc)

        _wire_table_id: Any = d.pop("tableId", UNSET)
        try:
            if _wire_table_id is None:
                raise TypeError("null")
            if _wire_table_id is UNSET:
                raise KeyError("tableId")
            _fits = isinstance(_wire_table_id, dict)
            if not _fits:
                raise TypeError("tableId")
            table_id = CustomTableRowTableId.from_dict(_wire_table_id)

        except FIELD_ERRORS as exc:
            table_id = unfit("CustomTableRow", "tableId", _wire_table_id, unparsed, exc)

        _wire_is_deleted: Any = d.pop("isDeleted", UNSET)
        try:
            if _wire_is_deleted is None:
                raise TypeError("null")
            _fits = _wire_is_deleted is UNSET or (isinstance(_wire_is_deleted, bool))
            if not _fits:
                raise TypeError("isDeleted")
            is_deleted = _wire_is_deleted
        except FIELD_ERRORS as exc:
            is_deleted = unfit("CustomTableRow", "isDeleted", _wire_is_deleted, unparsed, exc)

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
            created_at = unfit("CustomTableRow", "createdAt", _wire_created_at, unparsed, exc)

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
            updated_at = unfit("CustomTableRow", "updatedAt", _wire_updated_at, unparsed, exc)

        custom_table_row = cls(
            field_id=field_id,
            company_id=company_id,
            table_id=table_id,
            is_deleted=is_deleted,
            created_at=created_at,
            updated_at=updated_at,
        )

        if unparsed:
            custom_table_row.unparsed = unparsed
        custom_table_row.additional_properties = d
        return custom_table_row

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
