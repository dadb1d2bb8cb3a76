"""The rapid review step's frames are Designer forms that match the domain's lists: one
labelled field per safeguarding partner (meeting and sign-off) and per heading of the
Panel's template, named and labelled as the domain names them, and Tab visits the
fields in the order they are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from scr_desktop.domain.rapid_review import PARTNERS, REPORT_HEADINGS
from scr_desktop.gui.rapid_review.review_sections import (
    MeetingSection,
    ReportSection,
    SignOffSection,
)


def label_of(host: QWidget, field: QWidget) -> str:
    labels = [label.text() for label in host.findChildren(QLabel) if label.buddy() is field]
    assert len(labels) == 1, field.objectName()
    return labels[0]


def test_each_partner_and_heading_has_its_labelled_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    meeting, report, signoff = MeetingSection(), ReportSection(), SignOffSection()
    for widget in (meeting, report, signoff):
        qtbot.addWidget(widget)
    assert list(meeting.present) == list(PARTNERS) == list(signoff.names)
    for key, name in PARTNERS.items():
        assert label_of(meeting, meeting.present[key]) == f"{name}:"
        assert label_of(signoff, signoff.names[key]) == f"{name}:"
        assert signoff.buttons[key].accessibleName() == \
            f"Record the sign-off of the {name.lower()}"
    assert list(report.texts) == list(REPORT_HEADINGS)
    for key, heading in REPORT_HEADINGS.items():
        assert label_of(report, report.texts[key]) == f"{heading}:"
        assert report.texts[key].accessibleName() == heading


def test_tab_visits_the_sign_off_in_the_order_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    signoff = SignOffSection()
    qtbot.addWidget(signoff)
    signoff.show()
    order, widget = [signoff.names["local_authority"]], signoff.names["local_authority"]
    while len(order) < 9:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    expected = [w for k in PARTNERS for w in (signoff.names[k], signoff.dates[k],
                                               signoff.buttons[k])]
    assert order == expected
