"""Client findings of the contract/fuzz suite, all fixed; `test_findings.py` keeps a regression test for each.

F1 and F2 were fixed at the typed surface (codegen/runtime/_arguments.py): a model-typed argument takes
the model or a dict of its fields, and any failure while building a request raises
`finalpos.InvalidArgumentError` (a `FinalPOSError`, also a `TypeError`/`ValueError`) before sending. The
generated models' own `from_dict` is the generator's low-level layer and still raises plain Python errors
on bad data (docs/pipeline.md). N1 was fixed in the normaliser.

`unexpressible` counts negative fuzz cases that no call of the typed method can carry (an unknown query
parameter, a non-object body, a missing required field): Python's signature refuses those, not the
client; the summary reports them.
"""

from __future__ import annotations

from collections import Counter

__all__ = ["F1", "F2", "N1", "INVALID_VALUES", "unexpressible", "unrefused_negatives"]

F1 = (
    "F1 (client): building a request from invalid data let KeyError/TypeError/ValueError/"
    "AttributeError escape from a request model's from_dict() instead of a FinalPOSError naming the field"
)
F2 = (
    "F2 (client): a plain dict or a bool where a nested model is expected ended in AttributeError "
    "inside to_dict() instead of a typed error before sending (e.g. customers.create(..., billing={...}))"
)
N1 = (
    "N1 (normaliser, lead): a GET documented without content was normalised to `schema: {}`, which "
    "openapi-python-client 0.29.1 reads as no content, so the per-operation module's sync_detailed() "
    "returned parsed=None and dropped the data"
)
# Values that are neither a model nor a dict of its fields, for a model-typed argument.
INVALID_VALUES: tuple[object, ...] = ([], b"\x00", "text", 0, False)

unexpressible: Counter[str] = Counter()

unrefused_negatives: Counter[str] = Counter()
"""Per mock (label): negative fuzz cases it answered 2xx although it was found not to validate request
bodies (tests/contract/mocks.py). Not enforced by that mock: counted in the summary, and the answer is
still held to the spec."""
