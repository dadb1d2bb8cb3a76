"""Qt-free storage: the SQLCipher vault, migrations, repositories and the audit log."""
