"""Dates as Vietnamese documents write them: dd/mm/yyyy, with leading zeros."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.text.dates import vi_date


@pytest.mark.parametrize("day, text", [(dt.date(2025, 7, 1), "01/07/2025"), (dt.date(2025, 12, 15), "15/12/2025"),
                                       (dt.date(2030, 1, 9), "09/01/2030")])
def test_a_date_reads_day_month_year(day, text):
    assert vi_date(day) == text


def test_a_date_and_time_is_written_as_its_day():
    assert vi_date(dt.datetime(2026, 3, 4, 23, 59)) == "04/03/2026"
