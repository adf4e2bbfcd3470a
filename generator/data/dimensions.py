"""The plan's breakdowns (phân tổ): dimensions, their categories, and the cells a value is split into.

One home for the vocabulary every stage shares: which categories existed in a year, how a
breakdown key ("gioi-tinh+dan-toc") reads, how a cell is labelled. No facts live here: the
categories and their dates come from plan/<id>/dimensions.yml, with sources.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.data import texts as T
from generator.data.model import Category, Dimension
from generator.text.dates import vi_date

# The keys of a breakdown line that are not dimensions.
PART_FIELDS = ("value", "note")
SEPARATOR = "+"

Cell = tuple[tuple[str, str], ...]       # ((dimension id, category id), …) in the plan's dimension order
Key = tuple[str, ...]                    # the dimensions of a cell, in the plan's order


def parse_key(text: str) -> Key:
    return tuple(text.split(SEPARATOR))


def valid_in(cat: Category, year: int) -> bool:
    """Whether the category existed at any time in the year (a value is for a year)."""
    return (cat.since is None or cat.since.year <= year) and (cat.until is None or cat.until.year >= year)


def valid_on(cat: Category, day: dt.date) -> bool:
    return (cat.since is None or cat.since <= day) and (cat.until is None or cat.until >= day)


def span_text(cat: Category) -> str:
    """'đến 30/06/<năm>', 'từ 01/07/<năm>', '' — when the category existed, as far as the sources say."""
    parts = []
    if cat.since:
        parts.append(T.FROM_DATE.vi.format(date=vi_date(cat.since)))
    if cat.until:
        parts.append(T.UNTIL_DATE.vi.format(date=vi_date(cat.until)))
    return " ".join(parts)


@dataclass(frozen=True)
class Dimensions:
    """The plan's dimensions, in the order the plan declares them."""
    by_id: dict[str, Dimension]

    @classmethod
    def of(cls, dims: list[Dimension] | None) -> "Dimensions":
        return cls({d.id: d for d in dims or ()})

    def __bool__(self) -> bool:
        return bool(self.by_id)

    def order(self, key) -> Key:
        ids = list(self.by_id)
        return tuple(sorted(key, key=lambda d: ids.index(d) if d in ids else len(ids)))

    def position(self, cell) -> list[int]:
        """Each category's place in its dimension, as declared; unknown ones (not checked yet) go last."""
        out = []
        for d, c in cell:
            ids = [x.id for x in self.by_id[d].categories] if d in self.by_id else []
            out.append(ids.index(c) if c in ids else len(ids))
        return out

    def category(self, dim: str, cat: str) -> Category:
        return next(c for c in self.by_id[dim].categories if c.id == cat)

    def key_label(self, key: Key) -> str:
        """'Xã, thị trấn', 'Giới tính × Dân tộc'."""
        return " × ".join(self.by_id[d].label for d in key)

    def cell_label(self, cell: Cell) -> str:
        """'Xã Ea Bung', 'Nữ, Dân tộc thiểu số'."""
        return ", ".join(self.category(d, c).label for d, c in cell)

    def noun(self, key: Key) -> str:
        return self.by_id[key[0]].noun if len(key) == 1 else T.DEFAULT_NOUN.vi

    def cells(self, key: Key, year: int, on: dt.date | None = None) -> list[Cell]:
        """Every cell of a breakdown whose categories all existed in the year (on the day, when given),
        in declared order."""
        out: list[Cell] = [()]
        for d in key:
            cats = [c for c in self.by_id[d].categories if valid_in(c, year) and (on is None or valid_on(c, on))]
            out = [cell + ((d, c.id),) for cell in out for c in cats]
        return out

    def successors(self, dim: str, cat: str) -> list[Category]:
        """Later categories of the same dimension whose area the sources say includes this one."""
        return [c for c in self.by_id[dim].categories if cat in c.covers]
