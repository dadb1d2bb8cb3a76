"""Meeting mode: the chair plans and runs the Serious Case Review sub-group meeting.

:class:`~.meetings_page.MeetingsPage` lists meetings and edits one in tabs
(plan and agenda, agency checks, attendance, outcomes); the presenter view
shows the flowchart on a projector with identifying details hidden; the
minutes dialog exports encrypted minutes.  Each widget lives in its own
module; this package imports nothing, so the main window loads it only
when meeting mode is used.
"""
