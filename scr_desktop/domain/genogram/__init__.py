"""The genogram of a case's family (``002`` 8.40): who, how related, and where each is drawn."""
