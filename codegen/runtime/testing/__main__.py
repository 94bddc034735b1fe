"""`python -m finalpos.testing --port 4011`: the fake over HTTP on loopback, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from ._fake import FakeFinalPOS
from ._server import LOOPBACK_HOSTS, base_url, make_server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m finalpos.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=4011, help="TCP port (0: any free port); default 4011")
    parser.add_argument("--host", default="127.0.0.1", choices=sorted(LOOPBACK_HOSTS), help="loopback address")
    parser.add_argument("--api-key", default=None, help="the only key accepted (default: any non-empty key)")
    parser.add_argument("--seed", type=Path, default=None, help='JSON file: {"customers": [{...}, ...], ...}')
    args = parser.parse_args(argv)

    fake = FakeFinalPOS(api_key=args.api_key)
    if args.seed is not None:
        try:
            seeds = json.loads(args.seed.read_text())
            for collection, records in seeds.items():
                fake.seed(collection, records)
        except (OSError, ValueError, AttributeError) as exc:
            print(f"finalpos.testing: cannot seed from {args.seed}: {exc}", file=sys.stderr)
            return 2
    try:
        server = make_server(fake, args.host, args.port)
    except OSError as exc:
        print(f"finalpos.testing: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2

    def stop(signum: int, frame: FrameType | None) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    print(
        f"finalpos.testing: fake Final POS API {fake.api_version} on {base_url(server)} "
        f"({len(fake.operations)} operations; Ctrl-C stops)",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
