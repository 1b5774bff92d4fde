# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.bank_feeds``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Required, TypedDict

__all__ = [
    "BankFeedParam",
]


class BankFeedParam(TypedDict, total=False):
    balance: Required[float | Decimal | str]
    available_balance: Required[float | Decimal | str]
    balance_as_of_date: Required[str | dt.date]
    transactions: Required[Iterable[Mapping[str, Any]]]
