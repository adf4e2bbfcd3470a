"""Vietnamese dates: dd/mm/yyyy, as official documents and forms write them ("02/09/1945").

Babel (CLDR) words the pattern; one function, so a page, a workbook, a Word report and a
checker's message write the same day the same way.
"""
from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from generator.text.numbers import LOCALE


def vi_date(d: dt.date) -> str:
    """1945-09-02 → '02/09/1945'."""
    return format_date(d, "dd/MM/yyyy", locale=LOCALE)
