"""Dyad analytics over the store's event frame: plain DataFrames in, plain DataFrames out.

    import dyadwatch
    from dyadwatch.analysis import dyad_series, escalation
    frame = dyadwatch.open("events.db").events_frame()
    dyad_series(frame, "RUS", "AZE", by="month")
    escalation(frame, "RUS", "AZE").message

Every count is of event clusters (one incident reported by many articles counts once),
asserted and reported events only unless `modality` says otherwise.
"""

from dyadwatch.analysis.actors import top_actors, top_dyads
from dyadwatch.analysis.escalation import Episode, Escalation, Settings, escalation
from dyadwatch.analysis.frame import clusters
from dyadwatch.analysis.matrix import relationship_matrix
from dyadwatch.analysis.series import dyad_events, dyad_series

__all__ = [
    "Episode", "Escalation", "Settings", "clusters", "dyad_events", "dyad_series",
    "escalation", "relationship_matrix", "top_actors", "top_dyads",
]
