"""The case: one referral and everything the board records about it.

A :class:`Case` holds the *Case for Consideration* form (see :mod:`.form`),
the flowchart answers (``facts`` and ``questions``, DESIGN 3.1), the
sub-group's recommendation and the chair's decision, key dates and which
deadlines have been met.  It serialises to a plain JSON-ready dict so the
vault, case packages and tests share one representation.

Screens change a case through its methods (:meth:`Case.set`,
:meth:`Case.answer_fact`, :meth:`Case.record_decision`,
:meth:`Case.mark_deadline_done`, ...), never by writing into its dicts.
A case read from the vault remembers the revision and contents it was read
at (:attr:`Case.revision`, :attr:`Case.read_as`, neither serialised): the
vault refuses to save a copy whose revision is no longer current, and
:meth:`Case.rebase` re-applies this copy's own changes onto the newer
version, reporting each field that both copies changed differently.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from .form import FIELDS, FieldValue, Kind, empty_form

SCHEMA_VERSION = 1

STATUSES = ("draft", "referred", "decided", "closed")
STATUS_LABELS = {
    "draft": "Draft",
    "referred": "Referred - awaiting decision",
    "decided": "Decided",
    "closed": "Closed",
}


def now_iso() -> str:
    """Return the current UTC time as an ISO string (seconds precision)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def new_case_id() -> str:
    """Return a fresh random case id."""
    return uuid.uuid4().hex


@dataclass
class Decision:
    """The sub-group's recommendation and the chair's decision (section 5 of the form)."""

    recommendation: str = ""  # a decision option id of the case's framework, or ""
    recommendation_notes: str = ""
    formal_processes: str = ""
    decided: str = ""  # the chair's decision: a decision option id of the framework, or ""
    decision_date: str = ""  # ISO
    decided_by: str = ""
    rationale: str = ""

    def to_dict(self) -> dict[str, str]:
        """Return the decision as a JSON-ready dict."""
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        """Build a decision from :meth:`to_dict` output, ignoring unknown keys."""
        known = {k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


_MISSING = object()
# Parts of a case merged key by key, and single values merged as a whole.
_KEYED = ("form", "facts", "questions", "decision", "dates", "deadlines_done", "rapid_review")
_SINGLE = ("reference", "framework", "status", "themes")
_PART_LABELS = {"facts": "Flowchart answer", "questions": "Flowchart question",
                "decision": "Decision", "dates": "Date", "deadlines_done": "Deadline met",
                "rapid_review": "Rapid review"}


@dataclass(frozen=True)
class Conflict:
    """A value both copies of a case changed, differently; the vault's value was kept."""

    part: str  # "form", "facts", ..., or "" for a single value such as the status
    key: str
    mine: Any  # this copy's value (None if it removed the value)

    def label(self) -> str:
        """Return the name of what was changed, in words."""
        if self.part == "form" and self.key in FIELDS:
            return FIELDS[self.key].label
        if self.part in _PART_LABELS:
            return f"{_PART_LABELS[self.part]} ({self.key.replace('_', ' ')})"
        return self.key.replace("_", " ").capitalize()

    def text(self) -> str:
        """Return this copy's value as plain text, to be copied back by the user."""
        if self.mine is None:
            return "(removed)"
        if isinstance(self.mine, list):
            return "\n".join("; ".join(f"{k}: {v}" for k, v in row.items() if v)
                             for row in self.mine if isinstance(row, dict))
        if isinstance(self.mine, bool):
            return "Yes" if self.mine else "No"
        return str(self.mine)


def _merge_value(base: Any, mine: Any, theirs: Any) -> tuple[Any, bool]:
    """Return (merged value, whether it conflicts) for one value changed by ``mine``."""
    if theirs in (base, mine):
        return mine, False
    return theirs, True


@dataclass
class Case:
    """One referral and its progress through the review process."""

    id: str = field(default_factory=new_case_id)
    reference: str = ""
    framework: str = "wt2015-scr"
    status: str = "draft"
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    form: dict[str, FieldValue] = field(default_factory=empty_form)
    facts: dict[str, Any] = field(default_factory=dict)
    questions: dict[str, bool] = field(default_factory=dict)
    decision: Decision = field(default_factory=Decision)
    # ISO dates that start deadlines but are not on the form (decision, publication).
    dates: dict[str, str] = field(default_factory=dict)
    # deadline key -> ISO date on which it was met
    deadlines_done: dict[str, str] = field(default_factory=dict)
    # the rapid review record (domain.rapid_review.RapidReview.to_dict()); empty if none
    rapid_review: dict[str, Any] = field(default_factory=dict)
    # learning themes tagged on the case (ids of domain.learning.themes), in order
    themes: list[str] = field(default_factory=list)
    # The vault's revision of this copy and its contents then (0 and None: never saved).
    revision: int = field(default=0, compare=False, repr=False)
    read_as: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    # -- form access ---------------------------------------------------------
    def get(self, name: str) -> FieldValue:
        """Return the value of form field ``name``."""
        spec = FIELDS[name]
        return self.form.get(name, spec.empty())

    def set(self, name: str, value: FieldValue) -> None:
        """Set form field ``name``, checking the value's type against the schema."""
        spec = FIELDS[name]
        if spec.kind is Kind.BOOL:
            if not isinstance(value, bool):
                raise TypeError(f"{name} takes True or False")
        elif spec.kind is Kind.GROUP:
            if not isinstance(value, list):
                raise TypeError(f"{name} takes a list of rows")
            subs = {s.name for s in spec.subfields}
            value = [{k: str(row.get(k, "")) for k in subs} for row in value]
        elif not isinstance(value, str):
            raise TypeError(f"{name} takes text")
        self.form[name] = value

    # -- changes screens make ---------------------------------------------------
    def answer_fact(self, key: str, value: Any) -> None:
        """Record the answer to flowchart fact ``key`` (None: asked, not yet known)."""
        self.facts[key] = value

    def set_question(self, key: str, yes: bool) -> None:
        """Record helper question ``key`` as answered yes, or take the yes back."""
        if yes:
            self.questions[key] = True
        else:
            self.questions.pop(key, None)

    def choose_framework(self, framework_id: str) -> None:
        """Assess the case under another framework (its answers are kept)."""
        self.framework = framework_id

    def record_decision(self, decision: Decision) -> None:
        """Record the recommendation and the chair's decision, and the status they imply."""
        self.decision = decision
        self.status = self.status_after_decision()

    def status_after_decision(self) -> str:
        """Return the status the recorded decision implies."""
        if self.status == "closed":
            return "closed"
        if self.decision.decided and self.decision.decision_date:
            return "decided"
        if self.status != "draft" or self.decision.recommendation:
            return "referred"
        return self.status

    def mark_deadline_done(self, key: str, on: str) -> None:
        """Record that deadline ``key`` was met on ``on`` (an ISO date)."""
        self.deadlines_done[key] = on

    def unmark_deadline_done(self, key: str) -> bool:
        """Take back a deadline marked as met; return False if it was not marked."""
        return self.deadlines_done.pop(key, None) is not None

    def record_date(self, key: str, on: str | None) -> None:
        """Record a key date that starts deadlines (``publication``...), or clear it."""
        if on:
            self.dates[key] = on
        else:
            self.dates.pop(key, None)

    def set_themes(self, themes: list[str]) -> None:
        """Tag the case with learning themes (ids), replacing those tagged before."""
        self.themes = list(dict.fromkeys(t.strip() for t in themes
                                         if isinstance(t, str) and t.strip()))

    def child_name(self) -> str:
        """Return the child's name as 'Forenames LAST NAMES' (may be empty)."""
        fore = str(self.get("child_forenames")).strip()
        last = str(self.get("child_last_names")).strip()
        return " ".join(p for p in (fore, last) if p)

    def search_text(self) -> str:
        """Return every text value of the case, for the vault's full-text index."""
        parts: list[str] = [self.reference]
        for name, spec in FIELDS.items():
            value = self.get(name)
            if spec.kind is Kind.GROUP and isinstance(value, list):
                parts += [v for row in value for v in row.values() if v]
            elif isinstance(value, str) and value:
                parts.append(value)
        parts += [v for v in self.decision.to_dict().values() if v]
        return "\n".join(parts)

    # -- concurrent copies -----------------------------------------------------
    def rebase(self, latest: Case) -> list[Conflict]:
        """Re-apply this copy's changes since it was read onto ``latest``, in place.

        Each value this copy changed is taken unless ``latest`` also changed
        it to something else: then ``latest``'s value is kept and the change
        is returned as a :class:`Conflict`, so it can be shown to the user
        rather than lost.  Afterwards this copy is ``latest`` plus its own
        changes, at ``latest``'s revision.
        """
        base = self.read_as if self.read_as is not None else {}
        mine, theirs = self.to_dict(), latest.to_dict()
        merged = copy.deepcopy(theirs)
        conflicts: list[Conflict] = []
        for part in _KEYED:
            old, new = base.get(part) or {}, mine.get(part) or {}
            target = merged.setdefault(part, {})
            for key in sorted(set(old) | set(new)):
                b, m = old.get(key, _MISSING), new.get(key, _MISSING)
                if b == m:
                    continue
                value, clash = _merge_value(b, m, target.get(key, _MISSING))
                if clash:
                    conflicts.append(Conflict(part, key, None if m is _MISSING else m))
                elif value is _MISSING:
                    target.pop(key, None)
                else:
                    target[key] = value
        for key in _SINGLE:
            b, m = base.get(key, _MISSING), mine.get(key)
            if b == m:
                continue
            value, clash = _merge_value(b, m, merged.get(key))
            if clash:
                conflicts.append(Conflict("", key, m))
            else:
                merged[key] = value
        rebased = Case.from_dict(merged)
        for f in fields(self):
            if f.name not in ("revision", "read_as"):
                setattr(self, f.name, getattr(rebased, f.name))
        self.revision = latest.revision
        self.read_as = theirs
        return conflicts

    # -- serialisation -------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return the whole case as a JSON-ready dict."""
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "reference": self.reference,
            "framework": self.framework,
            "status": self.status,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "form": copy.deepcopy(self.form),
            "facts": copy.deepcopy(self.facts),
            "questions": dict(self.questions),
            "decision": self.decision.to_dict(),
            "dates": dict(self.dates),
            "deadlines_done": dict(self.deadlines_done),
            "rapid_review": copy.deepcopy(self.rapid_review),
            "themes": list(self.themes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Case:
        """Build a case from :meth:`to_dict` output.

        Form fields missing from ``data`` (an older schema) take their empty
        value; unknown form keys are kept so that nothing is ever dropped.
        """
        form = empty_form()
        form.update(copy.deepcopy(data.get("form", {})))
        return cls(
            id=str(data["id"]),
            reference=str(data.get("reference", "")),
            framework=str(data.get("framework", "wt2015-scr")),
            status=str(data.get("status", "draft")),
            created_at=str(data.get("created_at", now_iso())),
            updated_at=str(data.get("updated_at", now_iso())),
            form=form,
            facts=copy.deepcopy(data.get("facts", {})),
            questions={str(k): bool(v) for k, v in data.get("questions", {}).items()},
            decision=Decision.from_dict(data.get("decision", {})),
            dates={str(k): str(v) for k, v in data.get("dates", {}).items()},
            deadlines_done={str(k): str(v) for k, v in data.get("deadlines_done", {}).items()},
            rapid_review=copy.deepcopy(data.get("rapid_review", {}) or {}),
            themes=[str(t) for t in data.get("themes", []) or [] if isinstance(t, str)],
        )
