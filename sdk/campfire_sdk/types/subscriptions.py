# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.subscriptions``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, Required, TypedDict

from .._models import BaseModel

__all__ = [
    "ContractSubscriptionLine",
    "GenerageSubscriptionScheduleParam",
]


class ContractSubscriptionLine(BaseModel):
    id: int | None = None
    start_date: dt.date
    end_date: dt.date
    original_value: float | None = None
    total_value: float
    original_mrr: float | None = None
    mrr: float | None = None
    original_quantity: float | None = None
    quantity: float | None = None
    original_rate: float | None = None
    rate: float | None = None
    use_daily_accounting: bool | None = None
    is_contract_amendment: bool | None = None


class GenerageSubscriptionScheduleParam(TypedDict, total=False):
    start_date: Required[str | dt.date]
    end_date: str | dt.date | None
    total_value: Required[float | Decimal | str]
    mrr: float | Decimal | str
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily'] | None
    use_catchup: bool
    catchup_date: str | dt.date | None
    modified_subscription: int | None
    does_modify_contract_end_date: bool
    apply_prospectively: bool
