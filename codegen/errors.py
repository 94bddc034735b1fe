"""The one exception type the pipeline raises on purpose.

Every refusal is one line: which stage stopped, what arrived or went wrong, and what to do.
The CLI prints it and exits non-zero; `openapi.json` and `generated/` are untouched because
`swap` is the only stage that writes there.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["RegenError", "OfflineError"]


class RegenError(Exception):
    """A stage refused to go on."""

    def __init__(self, stage: str, message: str, hint: str = "", items: Sequence[str] = ()) -> None:
        self.stage = stage
        self.message = message
        self.hint = hint
        self.items = list(items)
        """Every item the stop is about, when there are several; `message` words the first."""
        self.listing: str | None = None
        """Where the pipeline wrote `items` (under `.regen/`), once it has."""
        super().__init__(self.one_line())

    def one_line(self) -> str:
        line = f"regen stopped at {self.stage}: {self.message}"
        if len(self.items) > 1:
            where = f", all {len(self.items)} listed in {self.listing}" if self.listing else ""
            line += f" (+{len(self.items) - 1} more{where})"
        if self.hint:
            line += f"; {self.hint}"
        return line + " (openapi.json and generated/ were not changed)"


class OfflineError(RegenError):
    """The spec URL could not be reached at all (no route, no DNS, refused, timed out).

    Not a refusal by itself: for the default URL (or the one the snapshot came from), regen goes on
    with the committed snapshot unless STRICT_FETCH=1; the pipeline words the refusal otherwise.
    """

    def __init__(self, message: str) -> None:
        super().__init__("fetch", message, "check the network and SPEC_URL")
