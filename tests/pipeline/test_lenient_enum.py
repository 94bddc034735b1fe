"""An enum value the spec does not list never costs the record. The committed spec has no
enum, so this derives one from it: Session gains `status: open|closed`; a regen of that spec, then
`FinalPOS` from the regenerated package against a real local server answering `status: "archived"`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from codegen.workspace import Workspace
from tests.local_server import LocalServer, Route
from tests.pipeline.conftest import RunRegen

CLIENT_SCRIPT = textwrap.dedent(
    """
    import json, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import finalpos
    from finalpos import FinalPOS
    from finalpos.types import UNSET

    STATUS = {"value": "archived"}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            body = json.dumps({"id": "s1", "status": STATUS["value"]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with FinalPOS(api_key="k", base_url=url, max_retries=0) as client:
        unknown = client.sessions.retrieve("s1")
        STATUS["value"] = "open"
        known = client.sessions.retrieve("s1")
        STATUS["value"] = "archived"
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
    server.shutdown()
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
    done = subprocess.run([sys.executable, "-c", CLIENT_SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["unknown_is_unset"] is True and seen["unparsed"] == {"status": "archived"}
    assert seen["known"] == "open"
    assert "Session.status" in seen["strict"]
