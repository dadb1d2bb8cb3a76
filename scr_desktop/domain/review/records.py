"""The fields of each kind of review record, once: pages, checks and documents read them.

Like the form schema (:mod:`scr_desktop.domain.form`), each field exists once,
with its label, its kind and the paragraph behind it; the review pages lay
out an editor per field and the documents print the same labels.  Dates
are kept as typed (``dd/mm/yyyy``) and checked by :meth:`FieldSpec.check`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from scr_desktop.domain.dates import DateFormatError, parse_case_date

from . import vocab

Value = str | bool

TEXT, LONG, DATE, CHOICE, BOOL = "text", "long", "date", "choice", "bool"


class ReviewInputError(ValueError):
    """A value the review cannot take; the message names the field and what to do."""

    def __init__(self, label: str, message: str) -> None:
        self.label = label
        super().__init__(f"{label}: {message}")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a review record."""

    key: str
    label: str
    kind: str = TEXT
    choices: Callable[[], dict[str, str]] | None = None
    help: str = ""

    def empty(self) -> Value:
        """Return the field's empty value."""
        return False if self.kind == BOOL else ""

    def check(self, value: object) -> Value:
        """Return ``value`` if the field can hold it; raise :class:`ReviewInputError`."""
        if self.kind == BOOL:
            if not isinstance(value, bool):
                raise ReviewInputError(self.label, "takes yes or no")
            return value
        if not isinstance(value, str):
            raise ReviewInputError(self.label, "takes text")
        if self.kind == DATE and value.strip():
            try:
                parse_case_date(value)
            except DateFormatError as exc:
                raise ReviewInputError(self.label, str(exc)) from None
        if self.kind == CHOICE and self.choices is not None and value not in self.choices():
            raise ReviewInputError(self.label, "choose one of the options listed")
        return value.strip() if self.kind == DATE else value


@dataclass(frozen=True)
class RecordKind:
    """A kind of record: its fields and the field that names a row."""

    key: str
    title: str
    fields: tuple[FieldSpec, ...]
    name_field: str
    source: str = ""
    by_key: dict[str, FieldSpec] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.by_key.update({f.key: f for f in self.fields})

    def empty(self) -> dict[str, Value]:
        """Return a record with every field empty."""
        return {f.key: f.empty() for f in self.fields}


def _choices(name: str, blank: bool = False) -> Callable[[], dict[str, str]]:
    def get() -> dict[str, str]:
        found = vocab.choices(name)
        return {"": "\u2014", **found} if blank and "" not in found else found
    return get


def _process_types() -> dict[str, str]:
    return {k: str(v["label"]) for k, v in vocab.process_types().items()}


def _f(key: str, label: str, kind: str = TEXT, choices: str | None = None,
       blank: bool = False, help: str = "") -> FieldSpec:
    return FieldSpec(key, label, kind, _choices(choices, blank) if choices else None, help)


SETUP = RecordKind("setup", "Set-up", (
    _f("methodology", "Methodology", CHOICE, "methodologies", blank=True,
       help="000 para. 11"),
    _f("scope_from", "Scope from", DATE),
    _f("scope_to", "Scope to", DATE),
    _f("terms", "Terms of reference", LONG, help="000 paras. 6.5, 6.6; 002 para. 8.16"),
    _f("chair", "Panel chair"),
    _f("lead_reviewer", "Independent lead reviewer", help="003 para. 1.6"),
    _f("overview_author", "Overview author", help="002 para. 8.16: not the panel chair"),
    _f("independent", "Independence declared", BOOL),
    _f("independence_note", "Independence declaration", LONG),
    _f("scoping_meeting_on", "Scoping meeting on", DATE, help="000 para. 5.6"),
    _f("consent_issues", "Consent issues at the outset", LONG, help="000 para. 6.5"),
), "methodology", "000 paras. 5.6, 6; 003 paras. 1.5-1.6; 002 para. 8.16")

PANEL = RecordKind("panel", "Review panel", (
    _f("name", "Name"), _f("agency", "Agency"), _f("role", "Role on the panel"),
), "name", "000 para. 6.1")

FAMILY_RECORDS = RecordKind("family_records", "Family members' records", (
    _f("person", "Person"), _f("relationship", "Relationship to the child"),
    _f("relevant", "Records relevant", BOOL), _f("reason", "Why", LONG),
), "person", "000 para. 6.2")

AGENCIES = RecordKind("agencies", "Agency contributions", (
    _f("agency", "Agency"),
    _f("chief_officer", "Chief officer"),
    _f("kind", "Contribution", CHOICE, "contribution_kinds", help="000 para. 7.19"),
    _f("author", "Nominated author", help="000 para. 7.2"),
    _f("author_not_involved", "Author had no involvement with the case", BOOL),
    _f("records_secured_on", "Records secured on", DATE, help="000 para. 5.6"),
    _f("requested_on", "Requested on", DATE),
    _f("briefed_on", "Author briefed on", DATE, help="000 para. 7.3: within 2 weeks"),
    _f("received_on", "Report received on", DATE, help="000 para. 7.3: within 6 weeks"),
    _f("qa_on", "Quality-assured on", DATE),
    _f("signed_off_role", "Signed off by", CHOICE, "sign_off_roles", blank=True,
       help="000 para. 7.7"),
    _f("signed_off_on", "Signed off on", DATE),
    _f("debrief_on", "Staff debrief on", DATE, help="000 para. 7.9"),
    _f("action_plan_on", "Agency action plan received on", DATE, help="000 para. 7.7"),
    _f("notes", "Notes", LONG),
), "agency", "000 paras. 7.2-7.9, 7.19; 002 paras. 8.32-8.37")

CONSENTS = RecordKind("consents", "Records access and consent", (
    _f("person", "Person"),
    _f("adult", "Adult (18 or over)", BOOL),
    _f("record_holder", "Record holder"),
    _f("sought_on", "Consent sought on", DATE),
    _f("sought_by", "Sought by"),
    _f("method", "How", CHOICE, "consent_methods", blank=True, help="000 para. 7.14"),
    _f("outcome", "Outcome", CHOICE, "consent_outcomes"),
    _f("reasons", "Reasons", LONG),
    _f("caldicott", "Caldicott Guardian's decision", CHOICE, "caldicott_decisions",
       help="000 paras. 7.15-7.18"),
    _f("caldicott_on", "Decided on", DATE),
    _f("necessary", "Why it is necessary", LONG),
    _f("proportionate", "Why it is proportionate", LONG),
    _f("relevant", "Why it is relevant", LONG),
    _f("written_reasons_on", "Written reasons received on", DATE, help="000 para. 7.18"),
), "person", "000 paras. 7.12-7.20")

FAMILY = RecordKind("family", "Family and victims", (
    _f("person", "Person"),
    _f("relationship", "Relationship to the child"),
    _f("told_by", "Told by"),
    _f("method", "How", CHOICE, "delivery_methods", blank=True, help="000 para. 8.1"),
    _f("planned_on", "Planned for", DATE),
    _f("police_view", "Police view (proceedings pending)", LONG, help="000 para. 8.2"),
    _f("told_on", "Told on", DATE),
    _f("invited_on", "Invited to contribute on", DATE, help="000 para. 8.3"),
    _f("meetings", "Meetings held", LONG),
    _f("feedback_on", "Feedback before publication on", DATE, help="000 para. 10.4"),
    _f("notes", "Notes", LONG),
), "person", "000 paras. 8-9; 004 family communication plan")

PROCESSES = RecordKind("processes", "Parallel processes", (
    FieldSpec("type", "Process", CHOICE, _process_types),
    _f("lead", "Lead"),
    _f("status", "Status", CHOICE, "process_statuses"),
    _f("key_date", "Key date", DATE, help="the trial, inquest or report date"),
    _f("delays_publication", "Publication waits for it", BOOL, help="000 para. 10.4"),
    _f("notes", "Notes", LONG),
), "type", "001; 004 Appendix B; 000 para. 10.4")

REPORTS = RecordKind("reports", "Report versions", (
    _f("version", "Version"), _f("received_on", "Received on", DATE),
    _f("received_from", "From"), _f("notes", "Notes", LONG),
), "version", "004 confidentiality of drafts")

PUBLICATION = RecordKind("publication", "Sign-off and publication", (
    _f("panel_signoff_on", "Panel signed off on", DATE),
    _f("board_signoff_on", "Board signed off on", DATE),
    _f("staff_feedback_on", "Staff feedback session on", DATE, help="000 para. 7.9"),
    _f("family_feedback_on", "Family feedback on", DATE),
    _f("planned_on", "Planned publication", DATE),
    _f("copies_sent_on", "Copies to Ofsted, DfE and the Panel on", DATE,
       help="000 para. 10.5: at least 7 working days before publication"),
    _f("not_publishing", "Decided not to publish", BOOL, help="000 para. 10.5"),
    _f("not_publishing_reason", "Why not", LONG),
    _f("published_on", "Published on", DATE),
    _f("published_where", "Published where"),
    _f("action_statement", "Statement of action taken", LONG, help="000 para. 10.3"),
), "planned_on", "000 para. 10; 004")

RECOMMENDATIONS = RecordKind("recommendations", "Recommendations", (
    _f("source", "From (overview report or agency)"), _f("text", "Recommendation", LONG),
    _f("themes", "Themes", help="000 paras. 1.3, 10.7: the learning themes it answers"),
), "text", "000 para. 13; 000 paras. 7.7-7.8; 003 para. 1.9")

ACTIONS = RecordKind("actions", "Actions", (
    _f("action", "Action", LONG),
    _f("owner_agency", "Owner agency"),
    _f("officer", "Officer"),
    _f("due_on", "Due on", DATE),
    _f("success", "Success criteria", LONG),
    _f("progress", "Progress", CHOICE, "progress"),
    _f("evidence", "Evidence seen", LONG),
    _f("impact", "Impact assessed", LONG),
    _f("closed_on", "Closed on", DATE),
), "action", "000 para. 13.1; 003 para. 1.9")

BRIEFING = RecordKind("briefing", "Learning briefing", (
    _f("in_brief", "The case in brief", LONG, help="anonymised: no names, places or dates "
       "of birth"),
    _f("what_happened", "What happened", LONG),
    _f("learned", "What we learned", LONG),
    _f("differently", "What to do differently", LONG),
    _f("questions", "Questions for teams", LONG),
), "in_brief", "000 paras. 1.3, 10.7; 004")

GENOGRAM_PEOPLE = RecordKind("genogram_people", "Genogram: people", (
    _f("ref", "Person on the form", help="child, mother, father, sibling:N or household:N; "
       "empty for someone added to the genogram"),
    _f("name", "Name"),
    _f("relationship", "Relationship to the child"),
    _f("sex", "Sex", CHOICE, "genogram_sex", blank=True),
    _f("born", "Date of birth", DATE),
    _f("age", "Age"),
    _f("generation", "Generation", CHOICE, "genogram_generation", blank=True),
    _f("parents", "Child of", CHOICE, "genogram_parents", blank=True),
    _f("household", "Household", CHOICE, "genogram_household", blank=True),
    _f("died", "Has died", BOOL),
    _f("died_on", "Died on", DATE),
), "name", "002 para. 8.40")

GENOGRAM_LINKS = RecordKind("genogram_links", "Genogram: relationships", (
    _f("a", "Person"),
    _f("kind", "Relationship", CHOICE, "genogram_links"),
    _f("b", "Other person"),
    _f("since", "Since (a year or a date)"),
    _f("until", "Until (a year or a date)"),
), "kind", "002 para. 8.40")

LISTS = {k.key: k for k in (PANEL, FAMILY_RECORDS, AGENCIES, CONSENTS, FAMILY, PROCESSES,
                            REPORTS, RECOMMENDATIONS, GENOGRAM_PEOPLE, GENOGRAM_LINKS)}
"""The kinds of record a review keeps as lists (actions live inside recommendations)."""
