"""Custom fields on the dynamic models (Customer and its create/update bodies).

Placed into the generated package as `finalpos/_custom_fields.py` by the overlay stage; declared in
`overrides/overrides.yaml` (override `customer-dynamic-fields`). It extends every model whose schema
carries `x-finalpos-dynamic: true`: the model template makes such a class inherit
`CustomFieldsMixin` and accept `custom_fields=` (keyword-only).

Why: the server adds each tenant's custom-table fields to Customer payloads as top-level properties
the spec does not list. They live in the generator's `additional_properties` dict, which `from_dict`
fills with every unknown key as it arrived and `to_dict` sends beside the static fields; this module
only names that dict `custom_fields` and refuses a custom field that would overwrite a static one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._models import OpenModel, declared

__all__ = ["CustomFieldsMixin"]


class _StaticWireNames:
    """`Model._static_wire_names`: the wire names its declarations list (finalpos/_models.py), once per class."""

    def __init__(self) -> None:
        self._by_class: dict[type, frozenset[str]] = {}

    def __get__(self, obj: object, owner: type) -> frozenset[str]:
        names = self._by_class.get(owner)
        if names is None:
            names = self._by_class[owner] = frozenset(field.wire for field in declared(owner))
        return names


class CustomFieldsMixin(OpenModel):
    """Behaviour shared by the dynamic models; the generated class holds the data."""

    __slots__ = ()

    # Wire names the spec lists; a custom field may not reuse one.
    _static_wire_names = _StaticWireNames()

    @property
    def custom_fields(self) -> dict[str, Any]:
        """The fields the spec does not list, by wire name (a live view: edits are sent)."""
        return self.additional_properties

    def _set_custom_fields(self, fields: Mapping[str, Any]) -> None:
        for name in fields:
            if not isinstance(name, str):
                raise TypeError(f"{type(self).__name__}: custom field names must be str, got {name!r}")
        self._refuse_collisions(fields)
        self.additional_properties.update(fields)

    def to_dict(self) -> dict[str, Any]:
        self._check_custom_fields()
        return super().to_dict()

    def _check_custom_fields(self) -> None:
        """Called by `to_dict()`: a colliding name may have been set through `model[name] = ...`."""
        self._refuse_collisions(self.additional_properties)

    def _refuse_collisions(self, fields: Mapping[str, Any]) -> None:
        taken = sorted(name for name in fields if name in self._static_wire_names)
        if taken:
            listed = ", ".join(repr(name) for name in taken)
            raise ValueError(
                f"{type(self).__name__}: custom field(s) {listed} collide with static field(s) of the same wire "
                "name; set them through the typed attribute instead, or rename the custom field"
            )
