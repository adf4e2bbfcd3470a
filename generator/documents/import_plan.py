"""`plansite import-plan DOCUMENT --id ID`: draft a plan's data from its signed document.

Read (docsource) → recognise the parts by the conventions of Vietnamese administrative documents
(importer/: header and end, paragraphs and task lines, assignment tables, indicator tables) → match
bodies against the registry (import_bodies) → write the plan in the normal layout, as a draft.

Every guess and every place not understood goes into the review list with its position; text that
fits nowhere is kept in the plan under a last section with its position. Nothing is overwritten;
nothing is written at all when the document cannot be read.
"""
from __future__ import annotations

from generator.documents.importer.common import ImportFailed, label_kind, read_timeframe  # noqa: F401
from generator.documents.importer.core import Draft, Importer  # noqa: F401
from generator.documents.importer.write import cmd_import_plan, format_review, import_plan, register  # noqa: F401
