"""The case: one referral and everything the board records about it.

A :class:`Case` holds the *Case for Consideration* form (see :mod:`.form`),
the flowchart answers (``facts`` and ``questions``, DESIGN 3.1), the
sub-group's recommendation and the chair's decision, key dates and which
deadlines have been met.  It serialises to a plain JSON-ready dict so the
vault, case packages and tests share one representation.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .form import FIELDS, SECTIONS, FieldValue, Kind, empty_form

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
        )


def all_field_names() -> list[str]:
    """Return every form field name in form order."""
    return [f.name for s in SECTIONS for f in s.fields]
