"""Non-widget QObjects the pages use: engine and library bridges, checker, drafts, exports."""
