"""Kept only for generator/site/build.py, which another change is rewriting at the same time:
the checks now live by what they check (family.py runs them). Import from family.py; delete this
module once build.py does."""
from generator.checks.family import check_family, choose_plan, load_family, load_project  # noqa: F401
