"""Fictional cases for benchmarks and tests of the exports.

:func:`sample_case` is a fully filled, entirely invented referral whose
names use several European scripts, so that a layout or font problem shows
at once.  :func:`marker_case` fills every field of the form, walked from
:data:`scr_desktop.domain.form.FIELDS`, with a distinct token without spaces,
so a test can prove that every field reaches an export (or, for an
anonymised one, that none of the identifying ones does).  No real person is
described here.
"""

from __future__ import annotations

from scr_desktop.domain.form import FIELDS, Kind
from scr_desktop.domain.model import Case, Decision

LONG_OUTLINE = (
    "Zoë was taken to the emergency department by ambulance on 02/11/2026 with a head "
    "injury that the treating consultant considered non-accidental. Zoë's mother, Ștefania, "
    "said that Zoë had fallen from the sofa; the injuries were not consistent with that "
    "account. The family had been known to children's social care since 2024, when the "
    "health visitor raised concerns about missed appointments and the home conditions at "
    "14 Harrow Lane.\n\n"
    "Zoë was the subject of a Child Protection Plan under the category of neglect from "
    "03/2025 to 09/2025. The plan ended after improvements were reported, although the "
    "school nursery recorded bruising on two occasions after the plan ended and did not "
    "share those records with the allocated social worker.\n\n"
    "Agencies involved: health visiting, the GP practice, the nursery, children's social "
    "care, the police domestic abuse unit and adult mental health services. There were "
    "three police call-outs to the address in 2026 for reports of shouting; on each "
    "occasion the officers recorded that the children were asleep and were not seen."
)


def sample_case() -> Case:
    """Return a fully filled fictional case with names in several scripts."""
    c = Case(reference="SCR-2026-014", status="referred")
    values: dict[str, object] = {
        "referrer_name": "Priya Raman",
        "referrer_agency": "Children's Social Care",
        "referrer_role": "Team manager, assessment service",
        "referrer_phone": "020 7946 0123",
        "referrer_email": "p.raman@example.gcsx.gov.uk",
        "referral_date": "05/11/2026",
        "discussed_with_designated": "Yes",
        "discussed_with_name": "Dr Helen Okafor, designated doctor",
        "case_outline": LONG_OUTLINE,
        "status_cp_plan_current": False,
        "status_cp_plan_previous": True,
        "status_looked_after": False,
        "status_disability": False,
        "status_other": "Known to early help",
        "incident_date": "02/11/2026",
        "aware_date": "03/11/2026",
        "child_last_names": "Łukasiewicz-Nguyễn",
        "child_forenames": "Zoë",
        "child_aka": "Zozo",
        "child_dob": "14/06/2023",
        "child_age": "",
        "child_gender": "Female",
        "child_ethnicity": (
            "Mixed or multiple ethnic groups: Any other Mixed or multiple background"
        ),
        "child_disability": "None known",
        "child_address": "Flat 3, 14 Harrow Lane\nLondon\nE8 4QT",
        "mother_name": "Ștefania Łukasiewicz",
        "mother_dob": "21/02/1992",
        "mother_address": "Flat 3, 14 Harrow Lane\nLondon\nE8 4QT",
        "father_name": "Αλέξανδρος Nguyễn",
        "father_dob": "09/09/1989",
        "father_address": "27 Mare Street, London E9 7AB",
        "reason_fits_scr": True,
        "reason_fits_scr_specify": (
            "Regulation 5(2)(b)(ii): abuse or neglect suspected, the child seriously harmed, "
            "and concerns about how agencies worked together (4.3 & 4.4)."
        ),
        "reason_learning": True,
        "reason_learning_highlight": (
            "Poor practice: bruising seen at nursery after the plan ended was not shared. "
            "Good practice: prompt strategy discussion by the hospital team."
        ),
        "reason_below_threshold": False,
        "reason_other": False,
        "reason_other_specify": "",
        "consider_media_interest": True,
        "consider_criminal_proceedings": True,
        "consider_complex_abuse": False,
        "considerations_text": (
            "Police investigation under way; the CPS has been consulted. A local newspaper "
            "has asked about the case. <b>Do not</b> share drafts outside the panel & its chair."
        ),
    }
    for name, value in values.items():
        c.set(name, value)  # type: ignore[arg-type]
    c.set(
        "siblings",
        [
            {"name": "Антон Łukasiewicz", "dob": "30/01/2019"},
            {"name": "Ann Nguyễn", "dob": "11/08/2021"},
        ],
    )
    c.set(
        "household_members",
        [{"name": "Ștefan Ionescu", "relationship": "Mother's partner", "dob": "01/12/1987"}],
    )
    c.facts = {"abuse_or_neglect": "suspected", "seriously_harmed": True,
               "life_threatening_injury": True, "interagency_concerns": "yes"}
    c.decision = Decision(
        recommendation="scr",
        recommendation_notes="The sub-group agreed unanimously that the criteria are met.",
        formal_processes="Notify Ofsted, DfE and the National Panel; inform the coroner.",
        decided="scr",
        decision_date="2026-11-20",
        decided_by="Independent Chair",
        rationale=(
            "Neglect is suspected, Zoë was seriously harmed and there are clear concerns "
            "about information sharing between the nursery and children's social care."
        ),
    )
    return c


def marker(index: int) -> str:
    """Return the distinct token number ``index`` used by :func:`marker_case`.

    Tokens are short (so no column ever breaks one across lines), have no
    spaces, and none is a substring of another.
    """
    return f"Mk{index:03d}Qz"


def marker_case() -> tuple[Case, dict[str, str]]:
    """Return a case with every text field holding a distinct token, and the tokens by field.

    Date fields hold distinct real dates instead of tokens (they must stay
    dates); tick boxes are all ticked; group fields get two rows.  Keys of the
    returned dict are field names, or ``name[row].sub`` for group cells, and
    ``decision.<field>`` / ``reference`` for the rest of the case.
    """
    c = Case()
    markers: dict[str, str] = {}
    counter = iter(range(1, 1000))
    day = 1
    for name, spec in FIELDS.items():
        if spec.kind is Kind.BOOL:
            c.set(name, True)
        elif spec.kind is Kind.GROUP:
            rows = []
            for r in range(2):
                row = {}
                for sub in spec.subfields:
                    if sub.kind is Kind.DATE:
                        value = f"{day:02d}/0{1 + r}/19{60 + day}"
                        day += 1
                    else:
                        value = marker(next(counter))
                    row[sub.name] = value
                    markers[f"{name}[{r}].{sub.name}"] = value
                rows.append(row)
            c.set(name, rows)
        elif spec.kind is Kind.DATE:
            value = f"{day:02d}/03/19{60 + day}"
            day += 1
            c.set(name, value)
            markers[name] = value
        else:
            value = marker(next(counter))
            c.set(name, value)
            markers[name] = value
    c.reference = markers["reference"] = marker(next(counter))
    for attr in ("recommendation_notes", "formal_processes", "decided_by", "rationale"):
        value = marker(next(counter))
        setattr(c.decision, attr, value)
        markers[f"decision.{attr}"] = value
    c.decision.recommendation = "multi_agency_review"
    c.decision.decided = "scr"
    c.decision.decision_date = "2026-11-20"
    return c, markers
