"""What a path says about an operation, shared by the normaliser (model names) and the surface
(method names): whether it is an action on another path of the spec."""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["action_segment"]


def action_segment(path: str, paths: Collection[str]) -> str | None:
    """The action an operation's path names: its last segment when that is static and the path
    without it is another path of the spec (`/attachment/upload` beside `/attachment`: `upload`;
    `/order/{id}/void` beside `/order/{id}`: `void`); else None."""
    parent, _, last = path.rstrip("/").rpartition("/")
    if not last or "{" in last or parent not in paths:
        return None
    return last
