"""Python client of the policy graph API: who says what about whom, as dicts, networkx graphs and DataFrames."""

from .client import Client
from .errors import GraphQLError, HTTPError, PolicyGraphError, TransportError
from .graphs import EntityGraph

__all__ = ["Client", "EntityGraph", "GraphQLError", "HTTPError", "PolicyGraphError", "TransportError"]
__version__ = "0.1.0"
