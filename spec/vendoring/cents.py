"""Bounds of an amount the service rounds to cents (half up) before it compares it: what it takes is what
*rounds* within the bound, so the schema states that (as a number, and as text in a pattern without look-ahead,
so any generator can read it). Below 10**12 in size is below 999,999,999,999.995 as sent; above 0 is from
0.005 as sent."""

from __future__ import annotations

from typing import Any

#: The largest size, exclusive, of an amount whose cents stay below 10**12 (an invoice's largest amount).
ROUNDED_CAP = 999999999999.995
#: The smallest amount, inclusive, whose cents are above 0.
SMALLEST_CENT = 0.005

#: Twelve whole digits below 999999999999, the first digit ``first`` (``[0-8]`` with a sign, ``[1-8]`` when the
#: number must be positive, so leading zeros make no small value here).
_TWELVE = "|".join(
    "9" * i + ("[0-8]" if i else "{first}") + ("" if i == 11 else "[0-9]" if i == 10 else f"[0-9]{{{11 - i}}}")
    for i in range(12)
)
#: 999999999999 and a fraction below .995.
_NINES = r"999999999999(\.(9|99|[0-8][0-9]*|9[0-8][0-9]*|99[0-4][0-9]*))?"

#: A decimal text whose cents are below 10**12 in size, either sign.
BELOW_CAP_TEXT = (
    r"^-?([0-9]{1,11}(\.[0-9]+)?|(" + _TWELVE.replace("{first}", "[0-8]") + r")(\.[0-9]+)?|" + _NINES + ")$"
)
#: A decimal text whose cents are above 0 and below 10**12 (leading zeros allowed, as DRF reads them).
POSITIVE_CENTS_TEXT = (
    r"^0*([1-9][0-9]{0,10}(\.[0-9]+)?|("
    + _TWELVE.replace("{first}", "[1-8]")
    + r")(\.[0-9]+)?|"
    + _NINES
    + r"|0?\.([1-9]|0[1-9]|00[5-9])[0-9]*)$"
)
#: A decimal text whose cents are from 0 to below 10**12 (leading zeros allowed).
FROM_ZERO_TEXT = (
    r"^0*([0-9]{1,11}(\.[0-9]+)?|(" + _TWELVE.replace("{first}", "[0-8]") + r")(\.[0-9]+)?|" + _NINES + ")$"
)

#: A number branch's bounds: below 10**12 in size, either sign; above 0; from 0.
BELOW_CAP = {"minimum": -ROUNDED_CAP, "maximum": ROUNDED_CAP, "exclusiveMinimum": True, "exclusiveMaximum": True}
POSITIVE_CENTS = {"minimum": SMALLEST_CENT, "maximum": ROUNDED_CAP, "exclusiveMaximum": True}
FROM_ZERO = {"minimum": 0, "maximum": ROUNDED_CAP, "exclusiveMaximum": True}


def in_cents(branch: dict[str, Any], number: dict[str, Any], text: str) -> dict[str, Any]:
    """A number-or-text branch bounded in cents: a number's bounds become ``number`` (an exclusive minimum it does
    not name is dropped), a decimal text's pattern ``text``; any other branch as it is."""
    if branch.get("type") == "number":
        out = {**branch, **number}
        if "exclusiveMinimum" not in number:
            out.pop("exclusiveMinimum", None)
        return out
    if branch.get("type") == "string" and "pattern" in branch:
        return {**branch, "pattern": text}
    return branch
