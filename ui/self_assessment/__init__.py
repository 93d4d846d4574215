"""Self-assessment section: instruments, runs, deficits and strengths, comparison, trail."""
