"""Versions of this package and of the API description it was generated from."""

__version__ = '1.2.4.post2'
__api_version__ = '1.2.4'
__spec_sha256__ = '89ac94e82c7bd6a99fc8a8e733a996b371f30e3c6f758ef679cf284b212fd773'
