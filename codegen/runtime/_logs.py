"""The `finalpos` logger, configured as a library's should be.

- One logger, `finalpos`, with a `NullHandler`: an application that never configured logging sees
  nothing (not Python's last-resort stderr output); one that did gets our records through its own
  handlers, at its own levels.
- `FINALPOS_LOG=debug|info|warning` is the one-line switch for a quick look: it gives `finalpos` (and
  only it: httpx's own logger is left as the application set it) a stderr handler at that level.
- Lenient-parsing notices are `finalpos` WARNING records (once per model and field), not `warnings`:
  a `-W error` test run or a warnings filter must not turn a 2xx into an exception.
- No record carries the API key: request headers are logged redacted, URLs without their query.
"""

from __future__ import annotations

import logging
import os

from ._constants import LOG_ENV

__all__ = ["LEVELS", "logger", "setup_logging"]

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}

logger = logging.getLogger("finalpos")
logger.addHandler(logging.NullHandler())


def setup_logging() -> None:
    """Apply FINALPOS_LOG (read once, at import), to the `finalpos` logger only."""
    level = LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


setup_logging()
