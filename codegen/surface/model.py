"""The data model of the surface: resources, their methods, and the methods' parameters.

`collect.py` builds it from the generator's parsed endpoints; `render.py` hands it to the templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .naming import class_name

__all__ = ["Param", "Method", "Resource"]


@dataclass
class Param:
    name: str  # the Python argument name
    type: str
    required: bool
    target: str = ""  # the name `_get_kwargs` or the body model takes, when it differs
    convert: str = ""  # the runtime helper turning a dict into the model ("as_model"/"as_model_list")
    model: str = ""  # the model class `convert` builds

    def value(self) -> str:
        """The expression passing this argument on: converted when it is model-typed."""
        if not self.convert:
            return self.name
        return f'{self.convert}("{self.name}", {self.name}, {self.model})'

    def declaration(self) -> str:
        return f"{self.name}: {self.type}" if self.required else f"{self.name}: {self.type} = UNSET"


@dataclass
class Method:
    name: str
    http_method: str
    path: str
    operation_id: str
    module_alias: str
    path_params: list[Param]
    query_params: list[Param]
    body_class: str | None
    body_fields: list[Param]
    body_param: Param | None
    custom_fields: bool
    return_type: str
    item_type: str | None  # set for paged list methods
    parser: str
    summary: str
    description: str

    @property
    def paged(self) -> bool:
        return self.item_type is not None

    def keyword_params(self) -> list[Param]:
        every = self.query_params + self.body_fields + ([self.body_param] if self.body_param else [])
        return [p for p in every if p.required] + [p for p in every if not p.required]


@dataclass
class Resource:
    attr: str
    tags: list[str]
    derived: bool
    methods: list[Method] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)
    parsers: dict[str, str] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return class_name(self.attr)
