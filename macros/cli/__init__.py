"""cli stage: see README.md."""
