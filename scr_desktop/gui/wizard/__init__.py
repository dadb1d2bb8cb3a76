"""The case wizard's steps, one per file; form sections are laid out from the schema."""
