"""Shared fixtures. Servers the tests need (Prism, local HTTP servers) are started by fixtures here
or in the sub-packages' conftest files, on free loopback ports, and always stopped."""
