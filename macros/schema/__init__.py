"""schema stage: see README.md."""
