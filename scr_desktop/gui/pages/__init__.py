"""Wizard pages: one per file; form sections are laid out from the schema."""
