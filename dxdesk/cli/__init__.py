"""Command line: ``dxdesk`` (the GUI) and its sub-commands, on top of the services."""
