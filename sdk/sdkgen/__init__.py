"""The parts of ``sdk/generate.py``: how the spec becomes campfire_sdk's generated files (not shipped)."""
