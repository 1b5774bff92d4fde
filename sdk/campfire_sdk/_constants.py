"""Defaults of the client; every retry decision reads its numbers from here."""

DEFAULT_BASE_URL = "https://api.meetcampfire.com"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A ``Retry-After`` longer than this is not waited for; the error is raised instead.
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
API_KEY_ENV = "CAMPFIRE_API_KEY"
BASE_URL_ENV = "CAMPFIRE_BASE_URL"
