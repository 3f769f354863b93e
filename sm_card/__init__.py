"""sm-card: the record, wallet card, reminders and letters for people with systemic mastocytosis."""

__version__ = "0.1.0"
