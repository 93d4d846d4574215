"""Report sections: each ``build(ctx)`` returns flowables (an empty list when no data)."""
