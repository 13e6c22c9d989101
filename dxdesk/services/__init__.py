"""Services: one function per user action, each one transaction. The CLI, the GUI and the
tests all go through these."""
