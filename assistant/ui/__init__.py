"""The desktop app (PySide6): pages and widgets that talk to core through workers."""
