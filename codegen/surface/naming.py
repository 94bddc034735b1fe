"""Names on the surface: which resource attribute a tag becomes, which method name an operation gets.

Resources come from the tag map in `codegen/config/resources.yaml`; a tag it does not name gets a
resource derived from the tag (snake_case, last word plural). Method names come from the map's
`methods:`, else the path (an action sub-path's last segment; the HTTP method and path shape: create /
retrieve / update / patch / delete / list), else the operationId (`method_name_for`);
`method_names.py` settles two operations wanting one name; the stateful fake (`fake.py`) and the
change report name things through it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..paths import action_segment
from ..spec import snake
from ..workspace import CONFIG_DIR

__all__ = ["ResourceMap", "load_resource_map", "plural_resource_name", "plural", "method_name_for", "class_name"]


@dataclass(frozen=True)
class ResourceMap:
    """`codegen/config/resources.yaml`: tag -> resource attribute; operationId -> method name."""

    resources: dict[str, str]
    methods: dict[str, str]


def load_resource_map(path: Path | None = None) -> ResourceMap:
    data = yaml.safe_load((path or CONFIG_DIR / "resources.yaml").read_text()) or {}
    return ResourceMap(resources=dict(data.get("resources") or {}), methods=dict(data.get("methods") or {}))


def plural_resource_name(tag: str) -> str:
    """A resource attribute for a tag the map does not name: snake_case, last word plural."""
    name = snake(tag) or "default"
    if not name[0].isalpha():
        name = f"tag_{name}"
    return plural(name)


def plural(word: str) -> str:
    """English plural of a lower-case word (`category` -> `categories`); a word ending in s is kept."""
    if word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("x", "ch", "sh")):
        return word + "es"
    return word + "s"


def method_name_for(
    http_method: str,
    path: str,
    operation_id: str,
    overrides: dict[str, str],
    paths: Collection[str] = (),
    verbs: Collection[str] = (),
) -> str:
    """The method name an operation wants, by the written rules (`codegen/config/resources.yaml`):

    - its operationId under `methods:` in that file;
    - an action sub-path (a path ending in a static segment that extends another path of the spec,
      `POST /attachment/upload` beside `/attachment`): that segment (`upload`);
    - a collection path: POST `create`, GET `list`; one item (`.../{id}`): GET `retrieve`, PUT
      `update`, DELETE `delete`, PATCH `update`, or `patch` where the same path has a PUT;
    - else the operationId's last `_` part (`Controller_findAll` -> `find_all`), else the HTTP method.

    `paths` (every path of the spec) and `verbs` (the HTTP methods of this path) let the rules see the
    operation's neighbours; `method_names.method_names` settles two operations wanting one name.
    """
    if operation_id in overrides:
        return overrides[operation_id]
    trimmed = path.rstrip("/")
    verb = http_method.lower()
    action = action_segment(trimmed, paths)
    if action and snake(action):
        return snake(action)
    shaped = None
    if "{" not in trimmed:  # a collection
        shaped = {"post": "create", "get": "list"}.get(verb)
    elif trimmed.endswith("}") and trimmed.count("{") == 1:  # one item of a collection
        shaped = {"get": "retrieve", "put": "update", "patch": "update", "delete": "delete"}.get(verb)
        if verb == "patch" and "put" in verbs:
            shaped = "patch"
    if shaped:
        return shaped
    tail = operation_id.rsplit("_", 1)[-1] if "_" in operation_id else operation_id
    return snake(tail) or verb


def class_name(attr: str) -> str:
    """The resource class for an attribute: `custom_tables` -> `CustomTables`."""
    return "".join(part.capitalize() for part in attr.split("_"))
