"""Official documents: a plan imported from its signed .docx/.txt, the yearly report as data and as Word."""
