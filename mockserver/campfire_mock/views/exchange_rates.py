"""Exchange rates (``GET /ca/api/user_currency/rate`` and ``/with_rate``), from what the ledger knows
(``domain/exchange_rates.py``)."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain import exchange_rates
from ..domain.workspace import Workspace
from .base import Caller
from .generic import ResourceView, operation


def _day(value: t.Any) -> date | None:
    return value if isinstance(value, date) else date.fromisoformat(str(value)) if value else None


class ExchangeRateView(ResourceView):
    """The two rate lookups (their parameters are the twin's: see spec/README.md)."""

    @operation("ca_api_user_currency_rate_retrieve")
    def rate(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> tuple[t.Any, int]:
        query = self.query(kwargs)
        return exchange_rates.rate(ws, query["from_currency"], query["to_currency"], _day(query.get("date"))), 200

    @operation("ca_api_user_currency_with_rate_retrieve")
    def with_rate(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> tuple[t.Any, int]:
        query = self.query(kwargs)
        return exchange_rates.rates_to(ws, query["currency"], _day(query.get("date"))), 200


__all__ = ["ExchangeRateView"]
