from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        field_id = CustomTableRowId.from_dict(d.pop("_id"))

        company_id = CustomTableRowCompanyId.from_dict(d.pop("companyId"))

        table_id = CustomTableRowTableId.from_dict(d.pop("tableId"))

        is_deleted = d.pop("isDeleted", UNSET)

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

        custom_table_row = cls(
            field_id=field_id,
            company_id=company_id,
            table_id=table_id,
            is_deleted=is_deleted,
            created_at=created_at,
            updated_at=updated_at,
        )

        custom_table_row.additional_properties = d
        return custom_table_row

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
