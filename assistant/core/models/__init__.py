"""Model files: GGUF headers, the model folders, fit, choice, the model catalog, downloads,
the starter model and the class kit."""
