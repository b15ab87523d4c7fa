"""The client analysts use: queries and pagination (transport.py), graphs, frames and exports."""

from __future__ import annotations

from .brokers import BrokerReads
from .export import Exports
from .frames import FrameReads
from .graphs import GraphReads


class Client(GraphReads, FrameReads, BrokerReads, Exports):
    """A connection to one policy graph API.

    ``Client("http://127.0.0.1:4000/graphql", api_key=None, timeout=30.0)``: ``url`` is the GraphQL endpoint,
    ``api_key`` (an API key or a JWT) is sent as ``Authorization: Bearer``, ``timeout`` is in seconds.

    - ``query(document, **variables)`` and ``paginate(document, connection_path, page_size, **variables)``
    - ``neighborhood_graph``, ``paths_graph``: networkx MultiDiGraphs with evidence on every edge
    - ``claims_frame``, ``contradictions_frame``, ``tracks_routed_through``: pandas DataFrames
    - ``brokers``: who brokers policy tracks, bucket by bucket, as a pandas DataFrame
    - ``export``, ``export_graph``: the server's ``GET /export`` (GraphML, JSON, CSV)
    """
