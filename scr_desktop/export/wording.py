"""The words every exported document prints for a case, taken from the case's framework file.

The decision engine answers with short identifiers (``must``,
``reg5_2_b_i``, ``N1``, ``child_death_review``, ``ofsted_notification``,
``scr``; DESIGN 3.2-3.4).  A document prints each one as the framework that
produced it words it, with the paragraph it comes from, so a case under
Working Together 2010 reads in that framework's terms and never in another
framework's.  :class:`Wording` is built from a framework id (that of the
assessment, else of the case); an identifier the framework does not know
(a case from a newer version, say) is printed as a plain description
saying so rather than as a bare identifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..domain.framework import Framework, FrameworkError, load_framework


@dataclass(frozen=True)
class Term:
    """How one identifier is printed: a description and its source paragraph."""

    label: str
    source: str = ""

    def text(self) -> str:
        """Return the description with its source in brackets, if it has one."""
        return f"{self.label} ({self.source})" if self.source else self.label


UNKNOWN = "An item this version of the application does not describe"


class Wording:
    """The wording of one framework's identifiers, decision options and title."""

    def __init__(self, fw: Framework | None, framework_id: str = "") -> None:
        self.framework = fw
        self.framework_id = fw.id if fw is not None else framework_id
        self._terms: dict[str, Term] = {}
        if fw is None:
            return
        short = fw.short_citation
        for lv in fw.levels:
            self._terms[lv.id] = Term(lv.label, short(lv.source))
            for rule in lv.criteria:
                self._terms[rule.id] = Term(rule.label, _local(short(rule.source),
                                                               rule.local_practice))
        for rule in (*fw.notifiable.criteria, *fw.other_processes):
            self._terms[rule.id] = Term(rule.label, _local(short(rule.source),
                                                           rule.local_practice))
        for d in fw.deadlines:
            self._terms[d.key] = Term(d.label, _local(short(d.source), d.local_practice))

    @property
    def title(self) -> str:
        """Return the framework's title ('Serious Case Review (Working Together 2015)')."""
        if self.framework is not None:
            return self.framework.title
        return "A framework this version of the application does not know"

    def term(self, key: str) -> Term:
        """Return how to print the identifier ``key``."""
        return self._terms.get(key, Term(UNKNOWN))

    def decision(self, decision_id: str) -> str:
        """Return the wording of a decision option ('' for no decision)."""
        if not decision_id:
            return ""
        if self.framework is None or self.framework.decision(decision_id) is None:
            return "A decision this version of the application does not describe"
        return self.framework.decision_label(decision_id)

    def decision_options(self) -> list[tuple[str, str]]:
        """Return every decision option as (id, wording), in the framework's order."""
        if self.framework is None:
            return []
        return [(d.id, d.label) for d in self.framework.decisions]

    def notification_duty(self, criterion: str) -> str:
        """Return what a notification criterion requires and of whom ('' if unknown)."""
        if self.framework is None:
            return ""
        rule = next((r for r in self.framework.notifiable.criteria if r.id == criterion), None)
        return rule.explanation if rule is not None else ""

    @property
    def notifiable_explanation(self) -> str:
        """Return what being notifiable means under this framework."""
        return self.framework.notifiable.explanation if self.framework is not None else ""

    @property
    def question_count(self) -> int:
        """Return how many helper questions the framework asks."""
        return len(self.framework.questions) if self.framework is not None else 0


def _local(source: str, local_practice: bool) -> str:
    return f"{source}; local practice, not statute" if local_practice else source


@lru_cache(maxsize=16)
def wording_for(framework_id: str) -> Wording:
    """Return the wording of the framework ``framework_id`` (unknown ids give plain words)."""
    try:
        return Wording(load_framework(framework_id))
    except FrameworkError:
        return Wording(None, framework_id)
