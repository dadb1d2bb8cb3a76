"""Qt-free domain: the case model, the form schema, validation, criteria and timescales."""
