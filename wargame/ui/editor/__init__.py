"""The scenario editor: a crisis built through forms and tables, never by writing JSON."""
