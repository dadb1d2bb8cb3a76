"""The review of one case and the domain methods every page changes it through.

A :class:`Review` exists once a review is decided (see
:data:`~.vocab.review_decisions`).  It holds two single records (set-up,
sign-off and publication), lists of records of the kinds in
:mod:`.records`, and, for each recommendation, its actions.  Pages never
touch the dicts: they call :meth:`Review.add`, :meth:`Review.update` and the
methods that carry a rule of the guidance:

* a report is signed off by the agency's Director or Chief Executive, and a
  report not clearly signed off is returned, the return recorded
  (:meth:`Review.return_report`, ``000`` 7.7);
* consent is overridden only after a refusal, by the Caldicott Guardian, with
  the necessary, proportionate and relevant rationale written (7.15);
* a report is published only once the board has signed it off; a decision
  not to publish gives its reasons (10.5).

``rev`` is the revision the review was read at; the vault refuses a save
made from a stale copy.  Dates are kept as typed (``dd/mm/yyyy``).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from scr_desktop.domain.dates import parse_case_date

from . import vocab
from .records import (
    ACTIONS,
    BRIEFING,
    DATE,
    LISTS,
    PUBLICATION,
    SETUP,
    FieldSpec,
    RecordKind,
    ReviewInputError,
    Value,
)

FORMAT = 1

Record = dict[str, Any]


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


def _checked(kind: RecordKind, values: Mapping[str, object], base: Record) -> Record:
    """Return ``base`` with ``values`` applied, each checked against ``kind``'s fields."""
    out = dict(base)
    for key, value in values.items():
        spec = kind.by_key.get(key)
        if spec is None:
            raise ReviewInputError(key, f"is not a field of {kind.title.lower()}")
        out[key] = spec.check(value)
    return out


def _blank(value: object) -> bool:
    return not (isinstance(value, str) and value.strip())


@dataclass
class Review:
    """Everything the business unit records while a review runs."""

    case_id: str
    kind: str
    started_on: str = ""  # dd/mm/yyyy: the decision date, from which the timescales run
    rev: int = 0
    setup: Record = field(default_factory=SETUP.empty)
    lines: list[str] = field(default_factory=list)
    publication: Record = field(default_factory=PUBLICATION.empty)
    briefing: Record = field(default_factory=BRIEFING.empty)
    lists: dict[str, list[Record]] = field(default_factory=lambda: {k: [] for k in LISTS})

    # -- construction -----------------------------------------------------------
    @classmethod
    def start(cls, case_id: str, kind: str, started_on: str) -> Review:
        """Return a new review of ``kind`` (a review decision id) started on ``started_on``."""
        if kind not in vocab.review_decisions():
            raise ReviewInputError("Decision", "this decision does not start a review")
        FieldSpec("started_on", "Decided on", DATE).check(started_on)
        return cls(case_id=case_id, kind=kind, started_on=started_on)

    def follow_decision(self, kind: str, started_on: str) -> None:
        """Keep the review in step with the chair's decision: its kind and its date.

        The timescales run from the decision date; a decision that no longer
        calls for a review leaves the review as it is (nothing is dropped).
        """
        if kind in vocab.review_decisions():
            self.kind = kind
        self.started_on = str(FieldSpec("started_on", "Decided on", DATE).check(started_on))

    @property
    def title(self) -> str:
        """Return the name of this kind of review."""
        return vocab.review_decisions().get(self.kind, "Review")

    # -- single records ----------------------------------------------------------
    def set_setup(self, values: Mapping[str, object]) -> None:
        """Change set-up fields."""
        self.setup = _checked(SETUP, values, self.setup)

    def set_lines(self, lines: list[str]) -> None:
        """Set the key lines of enquiry (picked from ``002`` 8.16 and written)."""
        cleaned = [line.strip() for line in lines if isinstance(line, str) and line.strip()]
        self.lines = list(dict.fromkeys(cleaned))

    def set_publication(self, values: Mapping[str, object]) -> None:
        """Change sign-off and publication fields, keeping the rules of ``000`` 10."""
        new = _checked(PUBLICATION, values, self.publication)
        if not _blank(new["published_on"]) and _blank(new["board_signoff_on"]):
            raise ReviewInputError("Published on", "the board must sign the report off "
                                   "before it is published; record the board's sign-off first")
        if new["not_publishing"] and _blank(new["not_publishing_reason"]):
            raise ReviewInputError("Why not", "a decision not to publish needs its reasons "
                                   "(they go to the National Panel, 000 para. 10.5)")
        if new["not_publishing"] and not _blank(new["published_on"]):
            raise ReviewInputError("Decided not to publish", "the report is recorded as "
                                   "published; clear the publication date first")
        self.publication = new

    def set_briefing(self, values: Mapping[str, object]) -> None:
        """Change the learning briefing (one page, anonymised, for circulation)."""
        self.briefing = _checked(BRIEFING, values, self.briefing)

    # -- lists -------------------------------------------------------------------
    def records(self, kind: str) -> list[Record]:
        """Return copies of the records of ``kind`` in order."""
        return copy.deepcopy(self.lists[kind])

    def record(self, kind: str, rid: str) -> Record:
        """Return a copy of one record."""
        return copy.deepcopy(self._find(kind, rid))

    def add(self, kind: str, values: Mapping[str, object]) -> str:
        """Add a record of ``kind``; return its id."""
        spec = LISTS[kind]
        rec = _checked(spec, values, spec.empty())
        self._check_rules(kind, rec)
        rec["id"] = _new_id()
        rec.update(self._extras(kind))
        self.lists[kind].append(rec)
        return str(rec["id"])

    def update(self, kind: str, rid: str, values: Mapping[str, object]) -> None:
        """Change fields of one record, keeping the guidance's rules."""
        old = self._find(kind, rid)
        rec = _checked(LISTS[kind], values, old)
        self._check_rules(kind, rec)
        old.update(rec)

    def remove(self, kind: str, rid: str) -> None:
        """Remove one record."""
        self.lists[kind].remove(self._find(kind, rid))

    def _find(self, kind: str, rid: str) -> Record:
        for rec in self.lists[kind]:
            if rec["id"] == rid:
                return rec
        raise KeyError(rid)

    @staticmethod
    def _extras(kind: str) -> Record:
        extras: dict[str, Record] = {"agencies": {"returns": []}, "processes": {"checked": []},
                                     "reports": {"document_id": ""},
                                     "recommendations": {"actions": []}}
        return extras.get(kind, {})

    @staticmethod
    def _check_rules(kind: str, rec: Record) -> None:
        if kind == "agencies" and not _blank(rec["signed_off_on"]) and not rec["signed_off_role"]:
            raise ReviewInputError("Signed off by", "a report is signed off by the agency's "
                                   "Director or Chief Executive (000 para. 7.7); say which, or "
                                   "return the report")
        if kind == "consents":
            decision = rec["caldicott"]
            if decision == "override":
                if rec["outcome"] != "refused":
                    raise ReviewInputError("Caldicott Guardian's decision", "consent can be "
                                           "overridden only after it was refused")
                for key, word in (("necessary", "necessary"), ("proportionate", "proportionate"),
                                  ("relevant", "relevant")):
                    if _blank(rec[key]):
                        raise ReviewInputError(f"Why it is {word}", "an override needs the "
                                               "necessary, proportionate and relevant "
                                               "rationale (000 para. 7.15)")
            if decision in ("override", "not_shared") and _blank(rec["caldicott_on"]):
                raise ReviewInputError("Decided on", "give the date of the Caldicott "
                                       "Guardian's decision")

    # -- rules with their own step -----------------------------------------------
    def return_report(self, rid: str, on: str, reason: str) -> None:
        """Record that an agency's report went back (not clearly signed off, say).

        The report counts as not received until it is submitted again.
        """
        rec = self._find("agencies", rid)
        FieldSpec("returned_on", "Returned on", DATE).check(on)
        if _blank(on):
            raise ReviewInputError("Returned on", "give the date the report went back")
        if not reason.strip():
            raise ReviewInputError("Reason", "say why the report went back")
        if _blank(rec["received_on"]):
            raise ReviewInputError("Report received on", "no report has been received to "
                                   "return")
        rec["returns"].append({"on": on.strip(), "reason": reason.strip(),
                               "received_on": rec["received_on"]})
        for key in ("received_on", "qa_on", "signed_off_on"):
            rec[key] = ""
        rec["signed_off_role"] = ""

    def set_checked(self, rid: str, index: int, done: bool) -> None:
        """Tick or untick item ``index`` of a parallel process's Appendix B checklist."""
        rec = self._find("processes", rid)
        items = vocab.process_types()[rec["type"]]["checklist"]
        if not 0 <= index < len(items):
            raise IndexError(index)
        ticked = set(rec["checked"])
        ticked.add(index) if done else ticked.discard(index)
        rec["checked"] = sorted(ticked)

    def attach_document(self, rid: str, document_id: str) -> None:
        """Link a report version to its file, kept encrypted in the vault."""
        self._find("reports", rid)["document_id"] = document_id

    # -- actions -------------------------------------------------------------------
    def add_action(self, rec_id: str, values: Mapping[str, object]) -> str:
        """Add an action to a recommendation; return its id."""
        action = _checked(ACTIONS, {"progress": "not_started", **values}, ACTIONS.empty())
        action["id"] = _new_id()
        self._find("recommendations", rec_id)["actions"].append(action)
        return str(action["id"])

    def update_action(self, rec_id: str, action_id: str, values: Mapping[str, object]) -> None:
        """Change fields of one action; closing it marks it complete."""
        action = self._action(rec_id, action_id)
        new = _checked(ACTIONS, values, action)
        if not _blank(new["closed_on"]) and new["progress"] != "complete":
            new["progress"] = "complete"
        action.update(new)

    def remove_action(self, rec_id: str, action_id: str) -> None:
        """Remove one action."""
        rec = self._find("recommendations", rec_id)
        rec["actions"].remove(self._action(rec_id, action_id))

    def _action(self, rec_id: str, action_id: str) -> Record:
        for action in self._find("recommendations", rec_id)["actions"]:
            if action["id"] == action_id:
                return action  # type: ignore[no-any-return]
        raise KeyError(action_id)

    def actions(self) -> Iterator[tuple[Record, Record]]:
        """Yield (recommendation, action) copies in order."""
        for rec in self.records("recommendations"):
            for action in rec["actions"]:
                yield rec, action

    # -- publication timing ------------------------------------------------------
    def publication_holds(self) -> list[str]:
        """Return why the planned publication date is too early (``000`` 10.4), if it is."""
        planned = self.publication["planned_on"]
        if _blank(planned):
            return []
        when = parse_case_date(planned)
        labels = {k: str(v["label"]) for k, v in vocab.process_types().items()}
        out = []
        for rec in self.lists["processes"]:
            if not rec["delays_publication"] or rec["status"] == "concluded":
                continue
            if _blank(rec["key_date"]) or parse_case_date(rec["key_date"]) >= when:
                key = rec["key_date"] or "a date not yet known"
                out.append(f"{labels.get(rec['type'], rec['type'])} ({key}) is still to "
                           f"come: publication planned for {planned} should wait for it")
        return out

    # -- serialisation -------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return the review as a JSON-ready dict (``rev`` is kept by the vault)."""
        return {"format": FORMAT, "case_id": self.case_id, "kind": self.kind,
                "started_on": self.started_on, "setup": dict(self.setup),
                "lines": list(self.lines), "publication": dict(self.publication),
                "briefing": dict(self.briefing), "lists": copy.deepcopy(self.lists)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], rev: int = 0) -> Review:
        """Build a review from :meth:`to_dict` output; fields added later take empty values."""
        if not isinstance(data, Mapping) or not isinstance(data.get("case_id"), str):
            raise ValueError("not a review")
        lists: dict[str, list[Record]] = {k: [] for k in LISTS}
        for key, rows in dict(data.get("lists", {})).items():
            if key in LISTS and isinstance(rows, list):
                extras = cls._extras(key)
                lists[key] = [{**LISTS[key].empty(), **copy.deepcopy(extras),
                               **{k: v for k, v in dict(r).items()}} for r in rows]
        return cls(
            case_id=data["case_id"], kind=str(data.get("kind", "")),
            started_on=str(data.get("started_on", "")), rev=rev,
            setup={**SETUP.empty(), **dict(data.get("setup", {}))},
            lines=[str(x) for x in data.get("lines", [])],
            publication={**PUBLICATION.empty(), **dict(data.get("publication", {}))},
            briefing={**BRIEFING.empty(), **dict(data.get("briefing", {}))},
            lists=lists,
        )

    @classmethod
    def checked_from_dict(cls, data: Any) -> Review:
        """Build a review read from outside (a package), checking every field's type and
        value; raise ``ValueError`` naming nothing personal if anything is wrong."""
        try:
            review = cls.from_dict(data)
            if review.kind not in vocab.review_decisions():
                raise ValueError("kind")
            _checked(SETUP, review.setup, SETUP.empty())
            _checked(PUBLICATION, review.publication, PUBLICATION.empty())
            _checked(BRIEFING, review.briefing, BRIEFING.empty())
            for kind, rows in review.lists.items():
                for row in rows:
                    if not isinstance(row.get("id"), str):
                        raise ValueError("id")
                    _checked(LISTS[kind], {k: row[k] for k in LISTS[kind].by_key}, {})
                    for action in row.get("actions", []):
                        _checked(ACTIONS, {k: action[k] for k in ACTIONS.by_key}, {})
            if not all(isinstance(x, str) for x in review.lines):
                raise ValueError("lines")
        except (ReviewInputError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError("the review in the package is not valid") from exc
        return review


def changed_parts(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Return the names (never values) of the parts that differ, for the audit log."""
    names = [k for k in ("kind", "started_on", "setup", "lines", "publication", "briefing")
             if old.get(k) != new.get(k)]
    old_lists, new_lists = dict(old.get("lists", {})), dict(new.get("lists", {}))
    names += [k for k in LISTS if old_lists.get(k) != new_lists.get(k)]
    return names

def _date_changes(kind: RecordKind, where: str, old: Mapping[str, Any],
                  new: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    out = []
    for spec in kind.fields:
        before = str(old.get(spec.key, "") or "").strip()
        after = str(new.get(spec.key, "") or "").strip()
        if spec.kind == DATE and before and after != before:
            out.append((f"{where}: {spec.label}", before, after))
    return out


def changed_dates(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """Return (what, old, new) for every date already recorded that ``new`` changes.

    Only dates and field labels are named (never a person or other text), so
    each change can be written to the audit log as it is.
    """
    out = [*_date_changes(SETUP, SETUP.title, old.get("setup") or {}, new.get("setup") or {}),
           *_date_changes(PUBLICATION, PUBLICATION.title, old.get("publication") or {},
                          new.get("publication") or {})]
    old_lists, new_lists = dict(old.get("lists") or {}), dict(new.get("lists") or {})
    for key, kind in LISTS.items():
        now = {str(r.get("id")): r for r in new_lists.get(key) or []}
        for n, rec in enumerate(old_lists.get(key) or [], start=1):
            after = now.get(str(rec.get("id")))
            if after is None:
                continue
            out += _date_changes(kind, f"{kind.title} {n}", rec, after)
            if key == "recommendations":
                acts = {str(a.get("id")): a for a in after.get("actions") or []}
                for m, act in enumerate(rec.get("actions") or [], start=1):
                    if str(act.get("id")) in acts:
                        out += _date_changes(ACTIONS, f"{kind.title} {n}, action {m}", act,
                                             acts[str(act.get("id"))])
    return out


__all__ = ["Review", "ReviewInputError", "Value", "changed_dates", "changed_parts"]
