"""publish stage: see README.md."""
