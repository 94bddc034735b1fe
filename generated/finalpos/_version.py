"""Versions of this package and of the API description it was generated from."""

__version__ = '1.2.4.post3'
__api_version__ = '1.2.4'
__spec_sha256__ = 'd843f4b84b3ce41726f44936d0a4cb16757ff1ab18158f60b2c0265eb409e468'
