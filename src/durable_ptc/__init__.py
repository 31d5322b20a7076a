"""Durable programmatic tool calling on Temporal."""

from ._dev_server import DevServer, DevServerError
from ._temporal_cli import TEMPORAL_CLI_VERSION, TemporalCliNotFound, ensure_temporal_cli

__all__ = [
    "TEMPORAL_CLI_VERSION",
    "DevServer",
    "DevServerError",
    "TemporalCliNotFound",
    "ensure_temporal_cli",
]
