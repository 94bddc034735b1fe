"""An enum value the spec does not list never costs the record: the field reads as unset, the raw value is
kept (`unparsed`), and strict parsing names the field. The committed spec has no enum, so this derives
one from it: Session gains `status: open|closed`; a regen of that spec, then `FinalPOS` from the
regenerated package against a real local server answering `status: "archived"`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from codegen.workspace import Workspace
from tests.local_server import LocalServer, Reply, Route, serve
from tests.pipeline.conftest import RunRegen

CLIENT_SCRIPT = textwrap.dedent(
    """
    import json, sys

    import finalpos
    from finalpos import FinalPOS
    from finalpos.types import UNSET

    with FinalPOS(api_key="k", base_url=sys.argv[1], max_retries=0) as client:
        unknown = client.sessions.retrieve("s1")
        known = client.sessions.retrieve("s1")
        try:
            client.with_options(strict_response_validation=True).sessions.retrieve("s1")
            strict = "no error"
        except finalpos.APIResponseValidationError as exc:
            strict = str(exc)
    print(json.dumps({
        "unknown_is_unset": unknown.status is UNSET,
        "unparsed": unknown.unparsed,
        "known": str(known.status.value) if known.status is not UNSET else None,
        "strict": strict,
    }))
    """
)


def test_unknown_enum_value_is_kept_and_strict_refuses_it(
    workspace: Workspace, run_regen: RunRegen, spec_server: LocalServer, committed_spec: bytes
) -> None:
    spec = json.loads(committed_spec)
    spec["components"]["schemas"]["Session"]["properties"]["status"] = {
        "type": "string",
        "enum": ["open", "closed"],
        "description": "Whether the session is open.",
    }
    url = spec_server.add("/openapi.json", Route(body=json.dumps(spec).encode()))
    regen = run_regen(workspace, url)
    assert regen.code == 0, regen

    env = {**os.environ, "PYTHONPATH": str(workspace.generated_dir)}
    with serve() as api:  # the API answers the three calls in turn: archived, open, archived (strict)
        api.reply(*(Reply(200, {"id": "s1", "status": status}) for status in ("archived", "open", "archived")))
        command = [sys.executable, "-c", CLIENT_SCRIPT, api.base_url]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [(r.method, r.path) for r in api.seen] == [("GET", "/v1/api/session/s1")] * 3
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["unknown_is_unset"] is True and seen["unparsed"] == {"status": "archived"}
    assert seen["known"] == "open"
    assert "Session.status" in seen["strict"]
