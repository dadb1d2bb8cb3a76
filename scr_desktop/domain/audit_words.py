"""The audit log's field names in the words the user knows from the screens.

The vault records which fields a save changed by their stored names
(``referrer_name``, ``facts.abuse_or_neglect``, ``deadlines_done.imr_completion``),
never their values.  :func:`readable_detail` turns such a detail into the
form's section titles and labels and the frameworks' wording ("Referrer: Your
name", "Flowchart answer: Is abuse or neglect known or suspected ...?") for the audit viewer; the
stored entries, and so the hash chain, are unchanged.
"""

from __future__ import annotations

from functools import cache

from .form import SECTIONS

FIELDS_PREFIX = "fields: "
_DECISION = {
    "recommendation": "Sub-group's recommendation",
    "recommendation_notes": "Recommendation notes",
    "formal_processes": "Formal processes",
    "decided": "Chair's decision",
    "decision_date": "Date of the decision",
    "decided_by": "Decided by",
    "rationale": "Rationale for the decision",
}
_TOP = {
    "status": "Status",
    "reference": "Case reference",
    "framework": "Guidance framework",
    "rapid_review": "Rapid review",
    "deleted": "Deleted",
}


# Each form field as "Section: label", since a label alone ("Your name", "Role") is
# ambiguous out of its page.
_FORM = {f.name: f"{s.title}: {f.label}" for s in SECTIONS for f in s.fields}


@cache
def _framework_words() -> dict[str, dict[str, str]]:
    """Return, from every shipped framework, the label of each fact, question, event and
    deadline (the first framework naming a key wins: they share one vocabulary)."""
    from .framework import FrameworkError, framework_ids, load_framework

    words: dict[str, dict[str, str]] = {"facts": {}, "questions": {}, "dates": {},
                                        "deadlines_done": {}}
    for fid in framework_ids():
        try:
            fw = load_framework(fid)
        except FrameworkError:
            continue
        for kind, items in (("facts", fw.all_facts), ("questions", fw.questions),
                            ("dates", fw.events), ("deadlines_done", fw.deadlines)):
            for item in items:
                words[kind].setdefault(item.key, item.label)
    return words


def field_words(name: str) -> str:
    """Return the words for one stored field name (the name itself if it has none)."""
    group, _, key = name.partition(".")
    if not key:
        return _FORM.get(name) or _TOP.get(name, name)
    if group == "decision":
        return _DECISION.get(key, name)
    label = _framework_words().get(group, {}).get(key)
    if label is None:
        return name
    return {"facts": "Flowchart answer: ", "questions": "Flowchart question: ",
            "dates": "Date: ", "deadlines_done": "Deadline done: "}[group] + label


def readable_detail(detail: str) -> str:
    """Return an audit detail with any list of changed fields in the screens' words."""
    if not detail.startswith(FIELDS_PREFIX):
        return detail
    names = [n.strip() for n in detail[len(FIELDS_PREFIX):].split(",") if n.strip()]
    return "Changed: " + "; ".join(field_words(n) for n in names)
