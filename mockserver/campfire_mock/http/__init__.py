"""A request's way in and out, in the order it meets them: ``front`` (ids, faults, limits, CORS, the log),
``auth`` (one ``Caller`` per request), ``forms``, ``compiled`` (the fast path), ``connexion_app`` (everything
Connexion) and ``respond`` (the one JSON writer). State is reached only through ``operations``."""
