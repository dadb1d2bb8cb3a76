"""The integrated multi-agency chronology of a review: entries, their dates, imports and merging."""
