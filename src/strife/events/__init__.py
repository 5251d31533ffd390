"""Event coding: codebook, patterns, clauses, modality, dates, places and the coder step."""
