"""Monitoring what the store holds: stories and incidents, dyad time series, escalation alerts.

- :mod:`strife.monitor.series`: the events two actors exchanged, bucket by bucket (``strife dyad``);
  actor names resolved to codes, the bucketing rules.
- :mod:`strife.monitor.detectors`: the two escalation detectors, pure functions over a count series.
- :mod:`strife.monitor.alerts`: escalations per country and per dyad over the store (``strife alerts``).
- :mod:`strife.monitor.plot`: a series as a PNG chart or a self-contained HTML page.
- :mod:`strife.monitor.incidents`, :mod:`strife.monitor.stories`: one real-world event however many
  articles report it, and the stories articles form.

This package imports nothing on its own (the store imports :mod:`strife.monitor.incidents`, and some
of these modules import the store): import the module you need.
"""
