"""The audit viewer names changed fields in the screens' words, never by internal names."""

from __future__ import annotations

from pathlib import Path

from scr_desktop.gui.audit_dialog import AuditDialog
from scr_desktop.storage.vault import Vault


def test_a_change_lists_the_forms_labels_not_internal_names(qtbot, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.scrvault", "granite lantern orchard velvet")
    try:
        case = vault.cases.new_case("wt2015-scr")
        case.set("referrer_name", "Qzreferrer")
        case.answer_fact("abuse_or_neglect", "known")
        case.mark_deadline_done("decision_notifications", "2027-01-19")
        vault.cases.save(case)
        [stored] = [e.detail for e in vault.audit.entries(action="change")]
        assert "referrer_name" in stored  # the log keeps what it recorded
        dialog = AuditDialog(vault.audit)
        qtbot.addWidget(dialog)
        dialog.show()
        m = dialog.model
        shown = [m.data(m.index(r, 4)) for r in range(m.rowCount())
                 if m.data(m.index(r, 2)) == "change"]
        assert shown == [
            "Changed: Deadline done: Tell Ofsted of the decision; Flowchart answer: Is abuse "
            "or neglect known or suspected to be a factor?; Referrer: Your name"]
        assert "Qzreferrer" not in shown[0]
    finally:
        vault.close()
