"""Stage 2: cross-file checks of the loaded data, reported as located problems."""
