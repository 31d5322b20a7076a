"""Fixtures for the fuzz tests: the testing kit's real dev server and client (started on demand)."""

from durable_ptc.testing import ptc_client, ptc_server

__all__ = ["ptc_client", "ptc_server"]
