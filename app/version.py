"""The application's version, kept in one place (pyproject reads the same number)."""

APP_VERSION = "0.1.0"
