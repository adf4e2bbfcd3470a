"""plansite: validate a public action plan kept as YAML and render it as a static site."""
