"""The notification content says, for each row of the framework that holds, who is
notified: the Panel for a serious incident; the Panel, the Secretary of State and Ofsted
for a looked-after child's death; the Secretary of State and Ofsted for a care leaver's."""

from __future__ import annotations

from typing import Any

import pytest

from scr_desktop.domain.assessment import assess_case
from scr_desktop.domain.model import Case
from scr_desktop.export.rapid_review import notification_fields


def fields_for(facts: dict[str, Any]) -> dict[str, str]:
    case = Case(reference="SCR-2028-0001", framework="wt2023-cspr")
    case.facts.update(facts)
    return dict(notification_fields(case, assess_case(case).to_contract()))


@pytest.mark.parametrize(("facts", "notified", "not_notified"), [
    ({"abuse_or_neglect": "suspected", "child_died": True}, "notifies the Panel",
     "Secretary of State"),
    ({"abuse_or_neglect": "not_suspected", "child_died": True, "looked_after": True},
     "the Panel, the Secretary of State and Ofsted", "care leaver"),
    ({"care_leaver_died": True}, "notified to the Secretary of State and Ofsted",
     "notifies the Panel"),
])
def test_each_row_says_who_is_notified(facts: dict[str, Any], notified: str,
                                       not_notified: str) -> None:
    who = fields_for(facts)["Who is notified"]
    assert notified in who and not_notified not in who


def test_an_incident_that_is_not_notifiable_names_nobody() -> None:
    assert fields_for({"abuse_or_neglect": "suspected"})["Who is notified"] == "None"
