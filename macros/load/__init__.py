"""load stage: see README.md."""
