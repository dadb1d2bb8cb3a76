"""Learning across cases: themes, the learning briefing and the board's statistics (DESIGN 9)."""
