"""The reliability suite: load, hostile servers, secrets and regen faults.

The cases live in plain modules (`hostile.py`, `load.py`, `secrets_scan.py`, `regen_faults.py`) so
the same code runs twice: bounded under pytest in `make test`, full in `make reliability`
(`python -m tests.reliability.run`), which prints the table.
"""
