"""The vendored specs, read once: documents, the one router, response shapes and the compiled checks.

Nothing here knows the domain; everything here is built at start-up (or on first use) from the spec.
"""
