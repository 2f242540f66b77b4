"""Local notes library: SQLite schema, notes, search, backup and export."""
