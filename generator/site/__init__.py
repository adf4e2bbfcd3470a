"""Stages 4-5: the Markdown pages, charts, search index, offline copy, and the MkDocs build."""
