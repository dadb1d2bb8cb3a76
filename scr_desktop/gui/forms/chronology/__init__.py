"""Python forms compiled from the Qt Designer files in ui/ by scripts/build_forms.py; do not edit."""
