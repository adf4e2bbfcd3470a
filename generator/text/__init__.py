"""Vietnamese text: number, date and money formats, collation; the lowest layer, imports nothing of ours."""
