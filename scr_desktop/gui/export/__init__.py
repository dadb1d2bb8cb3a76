"""Secure export and import screens: password choice, notification preview, package import.

:class:`~.controller.ExportController` drives each export from the file
name to the saved, encrypted file and its audit entry; the dialogs
(:mod:`.password_dialog`, :mod:`.notification_dialog`, :mod:`.import_dialog`)
each ask one thing.  Rendering, encryption and writing happen in
:mod:`scr_desktop.export`, off the UI thread.
"""
