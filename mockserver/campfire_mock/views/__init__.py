"""HTTP layer: unpack Connexion's arguments, call a service, return ``(body, status)``."""
