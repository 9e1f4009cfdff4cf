"""model stage: see README.md."""
