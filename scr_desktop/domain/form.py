"""The *Case for Consideration* referral form, defined once, field by field.

Appendix 1 of the City & Hackney notification process (``reference/000``)
is the source.  Every field the wizard shows, the vault stores, the summary
lists and the PDF prints comes from :data:`SECTIONS`; widgets bind to fields
by :attr:`FieldSpec.name`.

Values are kept as the user typed them: text and choices as ``str``, tick
boxes as ``bool``, repeating groups (siblings, household members) as a list
of ``{sub-field name: str}``.  Dates are stored as typed (``dd/mm/yyyy``) so
that a half-typed or mistyped date is never lost; :mod:`.validation` says
whether it is valid and :func:`scr_desktop.domain.dates.parse_uk_date` turns
it into a ``date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

FieldValue = str | bool | list[dict[str, str]]


class Kind(StrEnum):
    """How a field is entered and stored."""

    TEXT = "text"  # one line
    MULTILINE = "multiline"  # free text, wrapped over pages in the PDF
    DATE = "date"  # dd/mm/yyyy as typed
    AGE = "age"  # whole years, typed
    PHONE = "phone"
    EMAIL = "email"
    BOOL = "bool"  # tick box
    CHOICE = "choice"  # one of ``choices``
    GROUP = "group"  # any number of rows of ``subfields``


@dataclass(frozen=True)
class FieldSpec:
    """One field of the form."""

    name: str
    label: str
    kind: Kind
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    allow_other: bool = False  # a CHOICE that also accepts free text
    subfields: tuple[FieldSpec, ...] = ()
    not_future: bool = False  # DATE fields that cannot lie in the future
    identifying: bool = False  # names, dates of birth, addresses, contacts
    source: str = ""  # paragraph of the guidance behind the field

    def empty(self) -> FieldValue:
        """Return the value of this field before anything is entered."""
        if self.kind is Kind.BOOL:
            return False
        if self.kind is Kind.GROUP:
            return []
        return ""


@dataclass(frozen=True)
class Section:
    """One numbered part of the form; the wizard shows one page per section."""

    key: str
    title: str
    intro: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)


GENDERS = ("Male", "Female", "Other", "Not known")
YES_NO = ("Yes", "No")

# The 2021 Census ethnic groups for England and Wales (ONS), plus "Not known".
ETHNICITIES = (
    "Asian or Asian British: Indian",
    "Asian or Asian British: Pakistani",
    "Asian or Asian British: Bangladeshi",
    "Asian or Asian British: Chinese",
    "Asian or Asian British: Any other Asian background",
    "Black, Black British, Caribbean or African: Caribbean",
    "Black, Black British, Caribbean or African: African",
    "Black, Black British, Caribbean or African: Any other Black background",
    "Mixed or multiple ethnic groups: White and Black Caribbean",
    "Mixed or multiple ethnic groups: White and Black African",
    "Mixed or multiple ethnic groups: White and Asian",
    "Mixed or multiple ethnic groups: Any other Mixed or multiple background",
    "White: English, Welsh, Scottish, Northern Irish or British",
    "White: Irish",
    "White: Gypsy or Irish Traveller",
    "White: Roma",
    "White: Any other White background",
    "Other ethnic group: Arab",
    "Other ethnic group: Any other ethnic group",
    "Not known",
)

_F = FieldSpec
_K = Kind

SECTIONS: tuple[Section, ...] = (
    Section(
        "referrer",
        "Referrer",
        "Who is making this referral. The Board expects the case to have been discussed "
        "with your designated professional or your agency's Board representative first.",
        (
            _F("referrer_name", "Your name", _K.TEXT, required=True, identifying=True),
            _F("referrer_agency", "Agency", _K.TEXT, required=True),
            _F("referrer_role", "Role", _K.TEXT, required=True),
            _F("referrer_phone", "Telephone", _K.PHONE, identifying=True),
            _F(
                "referrer_email",
                "Secure e-mail",
                _K.EMAIL,
                identifying=True,
                help="A secure address (for example gcsx or nhs.net) if you have one.",
                source="3.6",
            ),
            _F(
                "referral_date",
                "Date of referral",
                _K.DATE,
                required=True,
                not_future=True,
                help="The date you send this referral to the Business Unit (dd/mm/yyyy).",
                source="3.4",
            ),
            _F(
                "discussed_with_designated",
                "Discussed with designated professional or Board representative",
                _K.CHOICE,
                required=True,
                choices=YES_NO,
                source="3.3",
            ),
            _F("discussed_with_name", "Discussed with (name and role)", _K.TEXT, identifying=True),
        ),
    ),
    Section(
        "outline",
        "1. Case outline",
        "Include any critical incident and the status of the child, for example the "
        "subject of a Child Protection Plan, a Looked After Child, disability.",
        (
            _F("case_outline", "Case outline", _K.MULTILINE, required=True),
            _F("status_cp_plan_current", "Subject of a Child Protection Plan now", _K.BOOL),
            _F(
                "status_cp_plan_previous",
                "Previously subject of a Child Protection Plan",
                _K.BOOL,
            ),
            _F("status_looked_after", "Looked After Child", _K.BOOL),
            _F("status_disability", "Child has a disability", _K.BOOL),
            _F("status_other", "Other status", _K.TEXT),
            _F(
                "incident_date",
                "Date of the incident",
                _K.DATE,
                required=True,
                not_future=True,
            ),
            _F(
                "aware_date",
                "Date the local authority became aware",
                _K.DATE,
                required=True,
                not_future=True,
                help="Ofsted must be told within five working days of this date.",
                source="2.3",
            ),
        ),
    ),
    Section(
        "child",
        "2. Child's details",
        "The child who is the subject of this referral.",
        (
            _F("child_last_names", "Child's last name(s)", _K.TEXT, required=True,
               identifying=True),
            _F("child_forenames", "Child's forename(s)", _K.TEXT, required=True, identifying=True),
            _F("child_aka", "Also known as", _K.TEXT, identifying=True),
            _F(
                "child_dob",
                "Child's date of birth",
                _K.DATE,
                not_future=True,
                identifying=True,
                help="Leave blank and give the age if the date of birth is not known.",
            ),
            _F("child_age", "Age in years (if date of birth not known)", _K.AGE),
            _F("child_gender", "Gender", _K.CHOICE, required=True, choices=GENDERS),
            _F(
                "child_ethnicity",
                "Ethnicity",
                _K.CHOICE,
                required=True,
                choices=ETHNICITIES,
                allow_other=True,
                help="Choose from the list or type the child's ethnicity as described.",
            ),
            _F("child_disability", "Disability", _K.TEXT),
            _F(
                "child_address",
                "Child's home address",
                _K.MULTILINE,
                required=True,
                identifying=True,
            ),
        ),
    ),
    Section(
        "family",
        "2. Family",
        "Parents, siblings and other members of the household or significant adults.",
        (
            _F("mother_name", "Mother's name", _K.TEXT, identifying=True),
            _F("mother_dob", "Mother's date of birth", _K.DATE, not_future=True, identifying=True),
            _F("mother_address", "Mother's address", _K.MULTILINE, identifying=True),
            _F("father_name", "Father's name", _K.TEXT, identifying=True),
            _F("father_dob", "Father's date of birth", _K.DATE, not_future=True, identifying=True),
            _F("father_address", "Father's address", _K.MULTILINE, identifying=True),
            _F(
                "siblings",
                "Siblings",
                _K.GROUP,
                subfields=(
                    _F("name", "Name", _K.TEXT, required=True, identifying=True),
                    _F("dob", "Date of birth", _K.DATE, not_future=True, identifying=True),
                ),
            ),
            _F(
                "household_members",
                "Other household members or significant adults",
                _K.GROUP,
                subfields=(
                    _F("name", "Name", _K.TEXT, required=True, identifying=True),
                    _F("relationship", "Relationship to the child", _K.TEXT),
                    _F("dob", "Date of birth", _K.DATE, not_future=True, identifying=True),
                ),
            ),
        ),
    ),
    Section(
        "reasons",
        "3. Reasons for requesting a review",
        "Tick all appropriate options.",
        (
            _F("reason_fits_scr", "Fits Serious Case Review criteria", _K.BOOL, source="4.2-4.6"),
            _F(
                "reason_fits_scr_specify",
                "Criteria from Working Together, Chapter 4",
                _K.MULTILINE,
                help="Say which criteria the case meets.",
            ),
            _F(
                "reason_learning",
                "Provides opportunity for learning lessons from multi-agency work",
                _K.BOOL,
            ),
            _F(
                "reason_learning_highlight",
                "Good or poor practice",
                _K.MULTILINE,
                help="Highlight whether the practice was good or poor.",
            ),
            _F(
                "reason_below_threshold",
                "Does not reach the SCR threshold but will provide the opportunity for learning",
                _K.BOOL,
                source="12",
            ),
            _F("reason_other", "Other", _K.BOOL),
            _F("reason_other_specify", "Other reason", _K.MULTILINE),
        ),
    ),
    Section(
        "considerations",
        "4. Particular considerations",
        "Any considerations for this case.",
        (
            _F("consider_media_interest", "There is media interest", _K.BOOL),
            _F("consider_criminal_proceedings", "There are criminal proceedings", _K.BOOL),
            _F("consider_complex_abuse", "The case is linked to a complex abuse case", _K.BOOL),
            _F("considerations_text", "Details and other considerations", _K.MULTILINE),
        ),
    ),
)

FIELDS: dict[str, FieldSpec] = {f.name: f for s in SECTIONS for f in s.fields}
SECTION_OF: dict[str, str] = {f.name: s.key for s in SECTIONS for f in s.fields}

# Paired fields: the text is expected when its tick box is ticked.
SPECIFY_WHEN_TICKED: dict[str, str] = {
    "reason_fits_scr_specify": "reason_fits_scr",
    "reason_learning_highlight": "reason_learning",
    "reason_other_specify": "reason_other",
}


# Ticks that contradict each other: a case cannot both fit the SCR criteria and fall
# below the threshold.  The second of a pair is refused while the first is ticked.
CONTRADICTORY_TICKS: tuple[tuple[str, str, str], ...] = (
    ("reason_fits_scr", "reason_below_threshold",
     "A case cannot both fit the Serious Case Review criteria and not reach the SCR "
     "threshold. Untick one of them first."),
)

# Section 3 is complete only with at least one reason ticked.
REASON_TICKS: tuple[str, ...] = ("reason_fits_scr", "reason_learning", "reason_below_threshold",
                                 "reason_other")


def contradiction(case_values: dict[str, object], name: str) -> str | None:
    """Return why ticking ``name`` contradicts a tick already given, or None."""
    for a, b, why in CONTRADICTORY_TICKS:
        other = b if name == a else a if name == b else None
        if other is not None and case_values.get(other) is True:
            return why
    return None


def section(key: str) -> Section:
    """Return the section called ``key``."""
    for s in SECTIONS:
        if s.key == key:
            return s
    raise KeyError(key)


def empty_form() -> dict[str, FieldValue]:
    """Return a form with every field at its empty value."""
    return {name: spec.empty() for name, spec in FIELDS.items()}
