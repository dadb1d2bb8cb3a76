"""The Child Safeguarding Practice Review workflow's wizard step: notification and rapid review."""
