"""Qt-free export: encrypted PDFs, anonymised notifications and encrypted case packages.

Modules (import them directly; this package imports nothing, so reportlab,
pikepdf and cryptography load only when an export is first made):

* :mod:`.pdf_form` - the Case for Consideration (Appendix 1) as PDF bytes;
* :mod:`.pdf_decision` - the decision record (flowchart result, decision, deadlines);
* :mod:`.notification` - the notification to Ofsted, the DfE or the National Panel,
  anonymised by default (:mod:`scr_desktop.domain.anonymise`);
* :mod:`.encrypt` - AES-256 revision 6 encryption in memory, password checks;
* :mod:`.atomic` - atomic, durable writes with plain-words errors;
* :mod:`.package` - encrypted ``.scrcase`` case packages;
* :mod:`.save` - the one audited write path every export takes;
* :mod:`.wording` - the words each document prints for a case's criteria, levels,
  processes, deadlines and decisions, from the case's own framework file;
* :mod:`.layout` - shared page furniture.
"""
