"""The app's pages, one per task (chat for now)."""
