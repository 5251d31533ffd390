"""The reading steps: spaCy per paragraph, then actors, coreference, quotes, cited outlets, places."""
