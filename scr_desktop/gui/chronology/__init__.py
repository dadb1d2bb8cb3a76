"""The integrated chronology's widgets: its table model, timeline and dialogs."""
