"""Normalising a figure's value with pint: areas to km², distances to km, money to its currency code."""
from __future__ import annotations

from functools import cache, lru_cache

import pint

from . import config

COUNT = "count"
_AREA = "[length] ** 2"
_LENGTH = "[length]"


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The unit registry: pint's defaults plus ``data/lexicons/units.txt`` (currencies, km2), whose
    definitions win over pint's ("pound" is money)."""
    units = pint.UnitRegistry(on_redefinition="ignore")
    units.load_definitions(str(config.LEXICON_DIR / "units.txt"))
    return units


@cache
def _unit(name: str) -> pint.Unit | None:
    """The pint unit a unit name of the text stands for ("square mile", "sq km", "pound sterling")."""
    for spelling in (name, name.replace(" ", "_")):
        try:
            return registry().parse_units(spelling)
        except (pint.errors.PintError, ValueError, AttributeError, TypeError):
            continue
    return None


@cache
def _conversion(unit: str) -> tuple[float | None, str] | None:
    """(factor, unit_norm) that pint gives for a unit of the text: square miles to km² by a factor, a
    currency to its code with no factor (money keeps its value)."""
    parsed = _unit(unit)
    if parsed is None:
        return None
    one = registry().Quantity(1.0, parsed)
    dimensionality = str(one.dimensionality)
    if dimensionality == _AREA:
        return one.to("km**2").magnitude, "km2"
    if dimensionality == _LENGTH:
        return one.to("km").magnitude, "km"
    if dimensionality.startswith("[currency_"):
        return None, str(one.units)
    return None


def normalise(value: float, unit: str, category: str) -> tuple[float, str]:
    """(value_norm, unit_norm) of a figure, per the annotation guidelines."""
    if category in ("territory", "money") and unit:
        conversion = _conversion(unit)
        if conversion is not None:
            factor, unit_norm = conversion
            return (value if factor is None else round(value * factor, 3)), unit_norm
    return value, COUNT
