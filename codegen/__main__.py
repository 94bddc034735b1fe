"""`python -m codegen COMMAND`: the pipeline's command line (the Makefile calls these).

Settings come from the environment, as `make` passes them: SPEC_URL, FORCE=1, STRICT_FETCH=1, STRICT_SPEC=1,
ALLOW_BREAKING=1, APP (the user's app folders or .py files, space-separated).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import RegenError
from .workspace import Workspace

if TYPE_CHECKING:
    from .changes.app_check import App


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _apps(labels: list[str]) -> tuple[App, ...]:
    if not labels:
        return ()  # the change report's modules load only when a regen needs them
    from .changes.impact import find_apps

    return tuple(find_apps(labels))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--root", type=Path, default=None, help="project root (default: this checkout)")
    commands = parser.add_subparsers(dest="command", required=True)
    regen = commands.add_parser("regen", help="fetch the spec and regenerate generated/ if anything changed")
    regen.add_argument("--url", default=None, help="spec URL (default: $SPEC_URL, else the vendor's download URL)")
    regen.add_argument("--force", action="store_true", default=None, help="regenerate even when up to date")
    regen.add_argument("--app", action="append", default=[], help="an app to check the bump against (default: $APP)")
    impact_cmd = commands.add_parser("impact", help="which lines of APP the pulled spec breaks; changes nothing")
    impact_cmd.add_argument("--url", default=None, help="spec URL (default: $SPEC_URL, else the vendor's download URL)")
    impact_cmd.add_argument("--app", action="append", default=[], help="the app folder or .py file (default: $APP)")
    commands.add_parser("check-generated", help="fail if generated/ differs from a fresh regen of openapi.json")
    overrides = commands.add_parser("overrides", help="show each override's targets and drift; --accept records them")
    overrides.add_argument("--accept", action="store_true", help="record the current targets in overrides.lock.json")
    overrides.add_argument(
        "--retire",
        action="append",
        default=[],
        metavar="ID",
        help="remove override ID from overrides.yaml and the lock (when the API no longer has what it patches)",
    )
    overrides.add_argument(
        "--spec",
        type=Path,
        default=None,
        help="spec to check against (default: the one regen last stopped on in .regen/, else openapi.json)",
    )
    customer_dto = commands.add_parser("customer-dto", help="write a typed tenant Customer model (pydantic v2)")
    from .customer_dto import add_arguments as add_customer_dto_arguments

    add_customer_dto_arguments(customer_dto)
    args = parser.parse_args(argv)

    ws = Workspace(args.root.resolve()) if args.root else Workspace.default()
    try:
        if args.command in ("regen", "impact"):
            from .fetch import spec_url_from_env
            from .pipeline import RegenOptions, impact
            from .pipeline import regen as run_regen

            labels = args.app or os.environ.get("APP", "").split()
            if args.command == "impact" and not labels:
                print('impact: set APP to your app\'s folder or .py file (several: APP="a b")', file=sys.stderr)
                return 2
            options = RegenOptions(
                url=args.url or spec_url_from_env(),
                force=args.command == "regen" and (bool(args.force) or _flag("FORCE")),
                strict_fetch=_flag("STRICT_FETCH"),
                strict_spec=_flag("STRICT_SPEC"),
                allow_breaking=_flag("ALLOW_BREAKING"),
                apps=_apps(labels),  # a missing or unreadable APP stops here, before any work
            )
            return (run_regen if args.command == "regen" else impact)(ws, options)
        if args.command == "overrides":
            from .overrides_command import overrides_command

            if args.retire:
                from .overrides_command import retire_command

                return retire_command(ws, args.retire)
            return overrides_command(ws, accept=args.accept, spec_path=args.spec)
        if args.command == "customer-dto":
            from .customer_dto import CustomerDtoError
            from .customer_dto import run as run_customer_dto

            try:
                return run_customer_dto(args, ws)
            except CustomerDtoError as exc:
                print(exc.one_line(), file=sys.stderr)
                return 1
        if args.command == "check-generated":
            from .pipeline import check_generated

            return check_generated(ws)
    except RegenError as exc:
        print(exc.one_line(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("regen interrupted; openapi.json and generated/ were not changed", file=sys.stderr)
        return 130
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
