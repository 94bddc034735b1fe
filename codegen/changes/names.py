"""Model names that move: one report item per site whose model name changed.

Names are sticky (`codegen/sticky_names.py`): a site keeps its model name while its shape stays
compatible with the model's other sites. When it no longer fits, the rules name it again and the name
may move. Each such site is one breaking item naming the site, the old and the new name. The diff's
own item for the same rename (`response type changed (Customer -> CustomerCreateResponse)`, or a
field's type) says nothing more, so it is folded into the moved-name item.
"""

from __future__ import annotations

import re

from .rules import REQUEST, RESPONSE, Change, verdict

__all__ = ["with_moved_names"]

KIND = "model name moved"
# Items that only restate a moved name, when their `before -> after` is exactly that rename.
RESTATING = {"response type changed", "field type changed", "request body type changed", "parameter type changed"}


def _moved(line: str) -> tuple[str, str, str]:
    site, names = line.rsplit(": ", 1)
    old, new = names.split(" -> ", 1)
    return site, old, new


def _restates(change: Change, renames: set[tuple[str, str]]) -> bool:
    if change.kind not in RESTATING or " -> " not in change.detail:
        return False
    before, after = change.detail.split(" -> ", 1)
    return any(re.sub(rf"\b{re.escape(old)}\b", new, before) == after for old, new in renames)


def with_moved_names(changes: list[Change], moved: list[str]) -> list[Change]:
    """`changes` plus one item per moved site, minus the items that only restate a moved name."""
    if not moved:
        return changes
    parsed = [_moved(line) for line in moved]
    renames = {(old, new) for _site, old, new in parsed}
    items = [
        Change(
            KIND,
            site,
            f"{old} -> {new}",
            verdict(KIND, {REQUEST if " request" in site else RESPONSE}),
            operation=" ".join(site.split(" ")[:2]),
            model=old,
        )
        for site, old, new in parsed
    ]
    return items + [c for c in changes if not _restates(c, renames)]
