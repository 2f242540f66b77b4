"""Reusable widgets: the model bar, the thinking panel, ..."""
