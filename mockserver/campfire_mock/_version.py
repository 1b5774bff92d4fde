"""The package version, imported by everyone who needs it."""

__version__ = "0.3.0"
