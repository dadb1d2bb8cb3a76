"""Meeting minutes: encrypted R6, every part present, and anonymised minutes carry no identity.

Read back with real tools: qpdf for the encryption and poppler's pdftotext
with the user password for the text.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from samples import marker_case, sample_case

from scr_desktop.domain.form import FIELDS
from scr_desktop.domain.meeting import (
    Action,
    AgencyCheck,
    Attendance,
    ChronologyRow,
    Declaration,
    Meeting,
)
from scr_desktop.domain.model import Case
from scr_desktop.export.encrypt import ExportPasswordError
from scr_desktop.export.pdf_minutes import render_minutes_pdf
from scr_desktop.export.save import pdf_document, save_export
from scr_desktop.storage.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
    reason="poppler-utils and qpdf are needed to read the minutes back",
)

PASSWORD = "lantern-gravel-saffron-quay-mint"
SECRETS = ["Zoë", "Zoe", "Łukasiewicz", "Nguyễn", "Ștefania", "Αλέξανδρος", "Антон", "Ann ",
           "Ștefan", "Ionescu", "Zozo", "Priya", "Raman", "Okafor", "Harrow", "Mare Street",
           "E8 4QT", "E9 7AB", "14/06/2023", "21/02/1992", "09/09/1989", "30/01/2019",
           "11/08/2021", "01/12/1987", "7946", "gcsx", "Qzmember", "Qzdeclarer"]


def _meeting(first: Case, second: Case) -> Meeting:
    m = Meeting(date="2026-11-24", kind="extraordinary", chair="Qzmember Chair Person")
    a = m.add_case(first)
    m.add_case(second)
    a.checks["police"] = AgencyCheck(
        "police", "known", "Three call-outs to 14 Harrow Lane; Zoë not seen.",
        [ChronologyRow("2026-03-02", "Call-out, Ștefania spoke to officers", "Police log"),
         ChronologyRow("2023-06-14", "Birth of Zoë notified", "Maternity record")])
    a.checks["health_gp"] = AgencyCheck("health_gp", "not_known")
    a.actions.append(Action("Chase the nursery's records about Zoë", "education", "2026-12-01"))
    a.declarations.append(Declaration("Qzdeclarer Smith", "health_acute",
                                      "Line manager of the health visitor"))
    m.attendance = [
        Attendance("childrens_social_care", "Qzmember One", "Head of service"),
        Attendance("health_acute", "Qzmember Two", "Named nurse", "deputy", "Qzmember Absent"),
        Attendance("education", "Qzmember Three", "Safeguarding lead"),
        Attendance("police", "Qzmember Four", "DI", "apologies"),
    ]
    return m


def _decided(case: Case) -> Case:
    case.decision.recommendation = "scr"
    case.decision.decided = "scr"
    case.decision.decision_date = "2026-11-24"
    case.decision.decided_by = "Priya Raman"
    case.decision.rationale = "Qzrationale: serious harm to Zoë and agencies did not share."
    return case


def save_minutes(pdf: bytes, target: Path, password: str) -> None:
    """Save minutes through the audited write path the minutes dialog takes."""
    folder = target.parent / "vault"
    folder.mkdir(exist_ok=True)
    with Vault.create(folder / f"{target.stem}.scrvault", "walnut lantern meadow 7") as vault:
        save_export(pdf_document(lambda: pdf, password, action="export minutes",
                                 detail="test minutes"), target, vault.audit)
        assert len(vault.audit.entries(action="export minutes")) == 1


def _text(path: Path, password: str = PASSWORD) -> str:
    out = subprocess.run(["pdftotext", "-upw", password, str(path), "-"],
                         capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_anonymised_minutes_are_r6_encrypted_and_hold_the_decision_but_no_identity(
    tmp_path: Path,
) -> None:
    first, second = _decided(sample_case()), Case(reference="SCR-2026-0099")
    first.set("case_outline", str(first.get("case_outline"))
              + " Zoe's father Αλέξανδρος (born 09/09/1989) left for 27 Mare Street.")
    meeting = _meeting(first, second)
    target = tmp_path / "minutes.pdf"
    save_minutes(render_minutes_pdf(meeting, {first.id: first, second.id: second}), target,
                 PASSWORD)

    enc = subprocess.run(["qpdf", "--show-encryption", f"--password={PASSWORD}", str(target)],
                         capture_output=True, text=True, check=True).stdout
    assert "R = 6" in enc and "AESv3" in enc
    assert subprocess.run(["pdftotext", str(target), "-"], capture_output=True).returncode != 0

    text = _text(target)
    leaked = [s for s in SECRETS if s in text]
    assert not leaked, f"personal data in the anonymised minutes: {leaked}"
    for expected in ("Serious Case Review to be undertaken", "Qzrationale", "Child A",
                     "SCR-2026-014", "SCR-2026-0099", "Police is not represented",
                     "3.10 and 3.11", "Chase the nursery", "01/12/2026",
                     "Line manager of the health",
                     "Known to the agency", "Not known to the agency", "No return yet",
                     "Skeleton chronology", "Call-out", "Police log", "02/03/2026",
                     "Deputy attended", "Apologies", "OFFICIAL-SENSITIVE",
                     "A Serious Case Review must be carried out"):
        assert expected in text, expected


def test_full_minutes_name_everyone_and_say_they_are_not_anonymised(tmp_path: Path) -> None:
    first, second = _decided(sample_case()), Case(reference="SCR-2026-0099")
    meeting = _meeting(first, second)
    target = tmp_path / "minutes-full.pdf"
    save_minutes(render_minutes_pdf(meeting, {first.id: first}, anonymised=False), target,
                 PASSWORD)
    text = _text(target)
    for expected in ("NOT ANONYMISED", "Zoë", "Łukasiewicz-Nguyễn", "Qzmember One",
                     "Qzdeclarer Smith", "14/06/2023", "Priya Raman", "14/06/2023",
                     "This case is no longer in the vault"):
        assert expected in text, expected


def test_every_identifying_form_field_is_kept_out_of_anonymised_minutes(tmp_path: Path) -> None:
    case, markers = marker_case()
    meeting = Meeting(date="2026-11-24")
    item = meeting.add_case(case)
    item.checks["police"] = AgencyCheck("police", "known", " ".join(markers.values()))
    target = tmp_path / "m.pdf"
    save_minutes(render_minutes_pdf(meeting, {case.id: case}), target, PASSWORD)
    text = _text(target)
    for key, value in markers.items():
        name = key.split("[")[0].split(".")[0]
        spec = FIELDS.get(name)
        if spec is None:
            continue
        sub = key.rsplit(".", 1)[-1] if "[" in key else None
        identifying = spec.identifying if sub is None else next(
            s for s in spec.subfields if s.name == sub).identifying
        if identifying:
            assert value not in text, key


def test_a_weak_password_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    case = sample_case()
    meeting = Meeting(date="2026-11-24")
    meeting.add_case(case)
    target = tmp_path / "m.pdf"
    with pytest.raises(ExportPasswordError):
        save_minutes(render_minutes_pdf(meeting, {case.id: case}), target, "password1")
    assert not target.exists()


def test_a_rapid_review_meetings_minutes_check_the_partners_and_name_their_decision(
    tmp_path: Path,
) -> None:
    from scr_desktop.domain.rapid_review_meeting import prepare

    case = Case(reference="SCR-2027-0042", framework="wt2023-cspr")
    case.facts.update({"abuse_or_neglect": "suspected", "child_died": True})
    case.decision.decided, case.decision.decision_date = "local_cspr", "2027-01-08"
    case.decision.rationale = "Qzrationale learning for every agency"
    meeting = Meeting(date="2027-01-08")
    prepare(meeting)
    meeting.add_case(case)
    meeting.attendance[0].name = "Qzmember One"
    meeting.attendance[2].name = "Qzmember Two"
    target = tmp_path / "rapid.pdf"
    save_minutes(render_minutes_pdf(meeting, {case.id: case}), target, PASSWORD)
    text = _text(target)
    for expected in ("Rapid review meeting: minutes", "Rapid review meeting, 08/01/2027",
                     "Integrated care board is not represented at this rapid review meeting",
                     "The safeguarding partners' decision",
                     "Local Child Safeguarding Practice Review", "Qzrationale"):
        assert expected in text, expected
    for absent in ("Serious Case Review sub-group", "8.13", "Chair's decision", "Qzmember"):
        assert absent not in text, absent
    meeting.attendance[1].name = "Qzmember Three"
    save_minutes(render_minutes_pdf(meeting, {case.id: case}), tmp_path / "all.pdf", PASSWORD)
    assert "The three safeguarding partners (the local authority, the integrated care board " \
        "and the police) were all represented" in _text(tmp_path / "all.pdf")
