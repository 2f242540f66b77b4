"""The app's dialogs: settings, models, first run, note history, save destination."""
