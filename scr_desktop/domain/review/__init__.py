"""Qt-free model of a review once one is decided: set-up, agencies, consent, family,
parallel processes, report and publication, recommendations and actions.

Modules: :mod:`.vocab` (the wording and lists, read from
``resources/review/review.json``), :mod:`.records` (the fields of each kind
of record, like the form schema), :mod:`.model` (the :class:`~.model.Review`
and its domain methods), :mod:`.status` (where each agency, consent and
action stands), :mod:`.deadlines` (the review's deadlines, added to the
case's) and :mod:`.monitoring` (actions across every review).
"""
