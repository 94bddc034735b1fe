"""Shared fixtures. Servers the tests need (Prism, local HTTP servers) are started by fixtures here
or in the sub-packages' conftest files, on free loopback ports, and always stopped."""

# The Prism mock of openapi.json (or MOCK_URL), one per session: see tests/mock_server.py.
from tests.mock_server import mock_base_url  # noqa: E402, F401
