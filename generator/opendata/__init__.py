"""Open data: the plan and its progress as CSV, JSON and Open SDG files."""
