# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.subscriptions``."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel

__all__ = [
    "ContractSubscriptionLine",
    "GenerageSubscriptionSchedule",
    "GenerageSubscriptionScheduleParam",
]


class ContractSubscriptionLine(BaseModel):
    id: Any | None = None
    start_date: dt.date
    end_date: dt.date
    original_value: Any | None = None
    total_value: Any
    original_mrr: Any | None = None
    mrr: Any | None = None
    original_quantity: Any | None = None
    quantity: Any | None = None
    original_rate: Any | None = None
    rate: Any | None = None
    use_daily_accounting: bool | None = None
    is_contract_amendment: bool | None = None


class GenerageSubscriptionSchedule(BaseModel):
    start_date: dt.date
    end_date: dt.date | None = None
    total_value: Any
    mrr: Any | None = None
    use_daily_accounting: bool | None = None
    proration_method: str | None = None
    use_catchup: bool | None = None
    catchup_date: dt.date | None = None
    modified_subscription: int | None = None
    does_modify_contract_end_date: bool | None = None
    apply_prospectively: bool | None = None


class GenerageSubscriptionScheduleParam(TypedDict, total=False):
    start_date: Required[str | dt.date]
    end_date: str | dt.date | None
    total_value: Required[float | str]
    mrr: float | str
    use_daily_accounting: bool
    proration_method: Literal['standard', 'thirty_day', 'daily'] | None
    use_catchup: bool
    catchup_date: str | dt.date | None
    modified_subscription: int | None
    does_modify_contract_end_date: bool
    apply_prospectively: bool
