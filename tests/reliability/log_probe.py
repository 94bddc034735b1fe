"""Run by `secrets_scan.log_subprocess` in its own process, with FINALPOS_LOG=debug and the canary key
in FINALPOS_API_KEY: calls a few hostile behaviours and prints every outcome, so the parent can
scan this process's whole stdout/stderr for the key.

    python -m tests.reliability.log_probe http://127.0.0.1:PORT
"""

from __future__ import annotations

import sys
import traceback

import finalpos

BEHAVIOURS = ("ok", "storm-500", "truncated-json", "echo-key-401", "echo-key-bad-json", "never-answer", "redirect")


def main(server_url: str) -> int:
    for behaviour in BEHAVIOURS:
        client = finalpos.FinalPOS(base_url=f"{server_url}/{behaviour}/log-probe", timeout=0.3, max_retries=1)
        print(f"client: {client!r}")
        try:
            response = client.sessions.with_raw_response.retrieve("log-probe")
            print(f"{behaviour}: {response!r} {response.parsed!r}")
        except finalpos.APIError as exc:
            print(f"{behaviour}: {exc!s} | {exc!r}")
            traceback.print_exception(exc)
        finally:
            client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
