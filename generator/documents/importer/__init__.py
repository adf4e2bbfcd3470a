"""The plan importer, one module per part of the document it reads (see import_plan.py)."""
