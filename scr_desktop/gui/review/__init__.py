"""The Review area of a case (one page per file) and the monitoring page across cases."""
