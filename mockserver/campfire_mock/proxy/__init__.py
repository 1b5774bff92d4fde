"""A validating proxy and recorder: ``campfire-mock proxy --upstream URL``.

``server.ProxyApp`` forwards each request to the upstream and checks request and answer with the
mock's own checks (``conformance.Conformance``); ``report.DriftReport`` counts what it found;
``recorder.Recorder`` turns what it saw into a seed document (``--record``), ``recorder.Redactor``
fakes names, e-mails and addresses in it (``--redact``); ``command`` holds the CLI.
"""
