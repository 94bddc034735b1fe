"""Every generated model name follows the written naming rules (docs/pipeline.md, "Model names").

Read from what a user gets: `finalpos.models` and the record's `model_names` (site -> name, written by
the regen that produced the package). Each site's name must be what the rule table gives for it (its
role, its entity, its property path under its parent's name, singular for array items), possibly after
a `codegen/config/naming.json` rename, or what the rule gives for another site of the same model (a
model shared across roles takes one of its sites' names). Every model class is named by these rules,
except objects with no properties at all (shells around `additional_properties`), which keep the
generator's inline name (`OrderLineItemsItem`) until they are typed `dict[str, Any]`.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import attrs
import finalpos.models as models

ROOT = Path(__file__).resolve().parents[2]
RECORD = json.loads((ROOT / "openapi.record.json").read_text())["model_names"]
RENAMES: dict[str, str] = json.loads((ROOT / "codegen/config/naming.json").read_text())["renames"]
SITE = re.compile(r"^(?P<method>[A-Z]+) (?P<path>\S+) (?P<role>request|\d\d\d)(?P<tail>.*)$")


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", text) if w)


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def entity(path: str) -> str:
    static = [part for part in path.split("/") if part and not part.startswith("{")]
    return singular(pascal(static[-1]))


def rule_names(site: str) -> set[str]:
    """The names the rule table allows for one site (renames applied)."""
    match = SITE.match(site)
    assert match, f"unexpected site key {site!r}"
    method, path, role, tail = match["method"], match["path"], match["role"], match["tail"]
    names: set[str]
    if tail in ("", "[]"):
        if role == "request":
            names = {entity(path) + ("Create" if method == "POST" else "Update")}
        elif role.startswith(("4", "5")):
            names = {"ErrorResponse"}
        elif method == "DELETE":
            names = {entity(path) + "DeleteResponse", "DeleteResponse"}
        else:
            names = {entity(path)}
    else:
        # <Entity><PropertyPath>, or under the parent's own name (role-qualified, e.g. OrderCreateSummary).
        steps = re.findall(r"\.([^.\[\]]+)(\[\])?", tail)
        words = [singular(pascal(prop)) if item else pascal(prop) for prop, item in steps]
        parent = site[: site.rindex(".")]
        names = {entity(path) + "".join(words), RECORD[parent] + words[-1]}
    return names | {RENAMES[n] for n in names if n in RENAMES}


def common_suffix(names: list[str]) -> str:
    """The trailing words all `names` share (identical shapes of several entities merge under it)."""
    split = [re.findall(r"[A-Z][a-z0-9]*", n)[::-1] for n in names]
    shared = []
    for words in zip(*split, strict=False):
        if len(set(words)) > 1:
            break
        shared.append(words[0])
    return "".join(reversed(shared))


def test_every_site_is_named_by_the_rules() -> None:
    sites_of: dict[str, list[str]] = defaultdict(list)
    for site, name in RECORD.items():
        sites_of[name].append(site)
    wrong = {}
    for name, sites in sorted(sites_of.items()):
        per_site = [rule_names(site) for site in sites]
        allowed = set().union(*per_site)
        if len(per_site) > 1:
            allowed.add(common_suffix([sorted(names)[0] for names in per_site]))
        if name not in allowed:
            wrong[name] = sorted(allowed)
    assert not wrong, f"model names the rules do not give (name: what they allow): {wrong}"


def test_every_model_class_has_a_rule_name_or_is_a_property_less_shell() -> None:
    named = set(RECORD.values())
    outside = []
    for name in models.__all__:
        cls = getattr(models, name)
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        if name in named:
            continue
        # Not named by the rules: only a shell around additional_properties may be (no declared field).
        assert attrs.has(cls) and not cls._declare(), f"{name} is not named by the rules (docs/pipeline.md)"
        outside.append(name)
    assert named <= set(models.__all__), f"named but not generated: {sorted(named - set(models.__all__))}"
    assert len(outside) < len(models.__all__) / 2  # the rule set names most models, or it has stopped applying
