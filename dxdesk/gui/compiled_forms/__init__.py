"""Forms compiled from ui/*.ui (see dxdesk.gui.compile_forms)."""
