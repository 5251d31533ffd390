"""Story clustering across outlets: which articles report one happening, and which happenings belong
together.

:func:`cluster_stories` takes :class:`StoryDoc` records (headline, body, outlet, publication time,
actors) and returns a :class:`Clustering` of :class:`Story` records (one happening each, syndicated
copies always together) grouped into :class:`Thread` records (related happenings: two earthquakes in
one region, successive rounds of the same talks). It is unsupervised and deterministic; see
:mod:`strife.stories.cluster` for the method and :class:`StorySettings` for the thresholds.
"""

from __future__ import annotations

from strife.stories.cluster import cluster_stories
from strife.stories.model import Clustering, Story, StoryDoc, StoryError, StorySettings, Thread, lead

__all__ = [
    "Clustering",
    "Story",
    "StoryDoc",
    "StoryError",
    "StorySettings",
    "Thread",
    "cluster_stories",
    "lead",
]
