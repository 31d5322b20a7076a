"""Durable programmatic tool calling on Temporal."""
