"""site stage: see README.md."""
