"""campfire_sdk: a typed Python client for Campfire's invoice API (under construction)."""

__version__ = "0.1.0"
__all__ = ["__version__"]
