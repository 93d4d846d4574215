"""The «Reports» section (translation area ``reports``)."""
