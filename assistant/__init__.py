"""Study Assistant: an offline AI study assistant for the desktop."""

__version__ = "0.1.0"
