"""`repr()` of the generated models: set fields only, then custom fields and unparsed values.

`Customer(id='c1', email='a@b.c', custom_fields={'loyaltyTier': 'gold'})` instead of attrs' default,
which prints every unset field as `<finalpos.types.Unset object at 0x...>`. Equality is attrs' own.
"""

from __future__ import annotations

from typing import Any

import attrs

from .types import Unset

__all__ = ["model_repr"]

# attrs fields that are not spec fields: shown under their public names, and only when non-empty.
_EXTRA_FIELDS = {"additional_properties", "unparsed", "_custom_fields_arg", "_request_id"}


def model_repr(model: Any) -> str:
    parts = []
    for field in attrs.fields(type(model)):
        if field.name in _EXTRA_FIELDS:
            continue
        value = getattr(model, field.name)
        if not isinstance(value, Unset):
            parts.append(f"{field.name}={value!r}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        # Dynamic models (CustomFieldsMixin) call them custom fields; others keep the generator's name.
        label = "custom_fields" if hasattr(type(model), "custom_fields") else "additional_properties"
        parts.append(f"{label}={extra!r}")
    if model.unparsed:
        parts.append(f"unparsed={model.unparsed!r}")
    return f"{type(model).__name__}({', '.join(parts)})"
