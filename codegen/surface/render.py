"""Render the surface: the collected resources through the templates in `codegen/templates/surface/`.

Writes `resources/<resource>.py` (sync + async resource classes and their `with_raw_response`
twins), `resources/__init__.py`, `_client.py` (the clients, one lazy `cached_property` per resource)
and `api.md` beside the package (every method with its signature, route and model). The templates
spell everything; the filters here only format single values.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import jinja2

from ..workspace import CODEGEN_DIR
from .collect import CALL_OPTIONS
from .model import Resource

__all__ = ["render_surface"]

TEMPLATES_DIR = CODEGEN_DIR / "templates" / "surface"


def render_surface(resources: list[Resource], package_dir: Path, dist_dir: Path) -> None:
    """Write the resource modules and `_client.py` into package_dir, and `api.md` into dist_dir and (so the
    wheel carries it: flit_core ships only the package) into package_dir."""
    env = _environment()
    resources_dir = package_dir / "resources"
    resources_dir.mkdir(exist_ok=True)
    resource_module = env.get_template("resource.py.jinja")
    for resource in resources:
        (resources_dir / f"{resource.attr}.py").write_text(resource_module.render(resource=resource))
    for template, target in (
        ("resources_init.py.jinja", resources_dir / "__init__.py"),
        ("client.py.jinja", package_dir / "_client.py"),
        ("api.md.jinja", dist_dir / "api.md"),
        ("api.md.jinja", package_dir / "api.md"),
    ):
        target.write_text(env.get_template(template).render(resources=resources))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        extensions=["jinja2.ext.do"],
    )
    env.globals.update(call_options=CALL_OPTIONS)
    env.filters.update(
        paragraphs=_paragraphs,
        doc_items=_doc_items,
        oneline=lambda text: " ".join(str(text).split()),
        docstring=_docstring,
        indent_doc=_indent_doc,
        in_class=_in_class,
        pyrepr=repr,
    )
    return env


def _paragraphs(texts: list[str]) -> str:
    """Each text filled to 100 columns (words kept whole), a blank line between them."""
    return "\n\n".join(textwrap.fill(t, 100, break_long_words=False, break_on_hyphens=False) for t in texts)


def _doc_items(items: list[tuple[str, str]]) -> str:
    """`Args:`-style entries: `  name: text`, each filled to 100 columns, continued 4 columns in."""
    return "\n".join(
        textwrap.fill(
            " ".join(text.split()),
            100,
            initial_indent=f"  {name}: ",
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        for name, text in items
    )


def _docstring(text: str) -> str:
    """Text safe inside a triple-quoted docstring (backslashes and quotes escaped)."""
    from openapi_python_client.strings import safe_for_docstring

    return str(safe_for_docstring(text))


def _indent_doc(text: str, columns: int) -> str:
    """A docstring's lines after the first indented to the method body."""
    return textwrap.indent(text, " " * columns).lstrip()


def _in_class(annotation: str, shadowed: list[str]) -> str:
    """An annotation inside a class whose methods hide builtins: `list[X]` -> `builtins.list[X]`."""
    if not shadowed:
        return annotation
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, shadowed)) + r")\[")
    return pattern.sub(r"builtins.\1[", annotation)
