"""Auth and environments read from the API description by `make regen` (codegen/spec_settings.py)."""

from typing import Literal

AUTH_KIND = "apiKey"
"""`apiKey`, `bearer` or `none`: API key in header `x-api-key`."""
AUTH_LOCATION = "header"
AUTH_NAME = "x-api-key"

ENVIRONMENTS: dict[str, str] = {
    "mock": "https://docs.finalpos.com/_mock/openapi",
    "production": "https://api.finalpos.com",
}
DEFAULT_ENVIRONMENT = "production"
Environment = Literal["mock", "production"]
