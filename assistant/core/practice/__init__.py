"""Prompt practice: frameworks as data, a deterministic prompt checker, exercises, prompt packs."""
