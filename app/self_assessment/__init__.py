"""Deficit self-assessment: instruments, runs, scoring, deficits and strengths, the trail."""
