"""Qt-free export: encrypted PDFs, anonymised notifications and encrypted case packages."""
