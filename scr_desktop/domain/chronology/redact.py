"""Anonymised copies of chronology entries, with the pseudonyms used everywhere else.

Every free-text field (what happened, source, people, comments, analysis)
passes through the case's :class:`~scr_desktop.domain.anonymise.Redactor`,
so the child, parents, siblings, household members and the professionals
named on the form become "Child A", "Mother of Child A"..., and addresses,
phone numbers and dates of birth are removed, exactly as in the other
anonymised documents.  Agencies and entry dates are kept: they are the
chronology.  A person named only in an agency's file and nowhere on the
form is not known to the redactor; the page says so beside the box that
chooses an anonymised export.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..anonymise import Redactor
from ..model import Case
from .entry import Entry


def anonymise_entries(case: Case, entries: Iterable[Entry]) -> list[Entry]:
    """Return anonymised copies of ``entries``; the originals are not changed."""
    redactor = Redactor(case)
    return [e.with_texts({k: redactor.redact(v) for k, v in e.texts().items()})
            for e in entries]
