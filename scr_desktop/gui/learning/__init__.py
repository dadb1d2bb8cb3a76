"""Screens for learning across cases: a case's themes and the board's statistics."""
