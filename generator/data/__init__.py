"""Stage 1: the data model, reading YAML with positions, loading a plan and assembling the Project."""
