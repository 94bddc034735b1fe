"""Python client for the Final POS API, generated from its OpenAPI description by finalpos-client's pipeline."""

from ._version import __api_version__, __spec_sha256__, __version__
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__api_version__",
    "__spec_sha256__",
    "__version__",
)
