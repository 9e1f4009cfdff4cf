"""check stage: see README.md."""
