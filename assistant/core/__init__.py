"""Qt-free core of Study Assistant: engine, models, settings, storage."""
