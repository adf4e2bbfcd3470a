"""Vietnamese words the engine reads, not says: matched in what a plan writes, never shown by us.

numbers.py lifts the limits of a share or a count for an indicator whose unit or name says it
measures a rate of change, and sorts the one letter the alphabet orders apart from its diacritics.
"""
from __future__ import annotations

# An indicator's name saying it measures a change ("mức giảm tỉ lệ hộ nghèo", "tốc độ tăng").
RATE_OF_CHANGE_WORDS = ("mức giảm", "mức tăng", "tốc độ", "tăng trưởng")
# A unit per year ("%/năm"), spaces removed, lower-cased.
PER_YEAR = "/năm"
# đ is its own letter, after d: a dictionary lists "đá" after "dù".
D_WITH_STROKE = "đ"
