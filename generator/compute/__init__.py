"""Stage 3: pure functions of the validated Project: status, breakdowns, duties, roles."""
