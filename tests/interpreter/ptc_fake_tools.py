"""Deterministic in-memory async tools shared by the interpreter's program, security and bomb tests.

The same tool set runs under the interpreter and under real CPython in the differential tests, so
every tool is a pure function of its arguments (plus the per-run `FakeWorld` state for writes):
no clock, no randomness, no I/O. Some tools yield to the event loop (`asyncio.sleep(0)`) so that
programs exercise the scheduler's suspension path, not only the synchronous fast path.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

TEAMS = ("platform", "search", "billing", "growth")
FIRST_NAMES = ("Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances", "Alan", "Edsger")
ITEMS = (("keyboard", 49.5), ("monitor", 189.0), ("mouse", 19.99), ("laptop", 1299.0), ("cable", 7.25))
STATUSES = ("pending", "shipped", "delivered", "cancelled")
CITIES = {
    "paris": (11, "cloudy"),
    "london": (9, "rain"),
    "tokyo": (16, "clear"),
    "berlin": (7, "windy"),
    "lima": (19, "fog"),
}
DOCUMENTS = (
    ("Temporal workflows and determinism", "https://docs.example.com/temporal/determinism"),
    ("Writing durable activities", "https://docs.example.com/temporal/activities"),
    ("Python asyncio gather explained", "https://blog.example.com/asyncio-gather"),
    ("Sandboxing untrusted Python", "https://blog.example.com/sandboxing"),
    ("Retry policies for flaky APIs", "https://docs.example.com/retries"),
    ("Grouping records with dictionaries", "https://blog.example.com/grouping"),
    ("Regular expressions without backtracking", "https://blog.example.com/re2"),
    ("Formatting tables in plain text", "https://blog.example.com/tables"),
)


class ToolFailure(Exception):
    """A tool's own error type; programs see it as an ordinary exception with the tool's message."""


def make_user(user_id: int) -> dict[str, Any]:
    return {
        "id": user_id,
        "name": f"{FIRST_NAMES[user_id % len(FIRST_NAMES)]} #{user_id}",
        "email": f"user{user_id}@example.com",
        "team": TEAMS[user_id % len(TEAMS)],
        "active": user_id % 3 != 0,
        "score": (user_id * 37) % 101,
        "joined": f"2023-{(user_id % 12) + 1:02d}-{(user_id * 7) % 28 + 1:02d}",
        "tags": [t for t in ("admin", "beta", "oncall") if (user_id + len(t)) % 3 == 0],
        "manager_id": user_id // 4 if user_id >= 4 else None,
    }


def make_order(order_id: int) -> dict[str, Any]:
    item, price = ITEMS[order_id % len(ITEMS)]
    return {
        "id": order_id,
        "user_id": order_id // 10,
        "item": item,
        "quantity": order_id % 4 + 1,
        "unit_price": price,
        "status": STATUSES[order_id % len(STATUSES)],
        "created": f"2024-{(order_id % 12) + 1:02d}-{(order_id * 3) % 28 + 1:02d}T{order_id % 24:02d}:15:00",
    }


@dataclass
class FakeWorld:
    """Per-run state of the fake tools: files written, emails sent, and the call log."""

    files: dict[str, str] = field(default_factory=dict[str, str])
    outbox: list[dict[str, str]] = field(default_factory=list[dict[str, str]])
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list[tuple[str, dict[str, Any]]])

    def tools(self) -> dict[str, Callable[..., Awaitable[Any]]]:
        world = self

        async def get_user(user_id: int) -> dict[str, Any]:
            """Fetch one user by id. Raises if the user does not exist (ids 1..999)."""
            world.calls.append(("get_user", {"user_id": user_id}))
            if user_id % 2 == 0:
                await asyncio.sleep(0)
            if not 1 <= user_id <= 999:
                raise ToolFailure(f"user {user_id} not found")
            return make_user(user_id)

        async def list_users(team: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
            """List users, optionally of one team."""
            world.calls.append(("list_users", {"team": team, "limit": limit}))
            users = [make_user(i) for i in range(1, 41)]
            if team is not None:
                users = [u for u in users if u["team"] == team]
            return users[:limit]

        async def list_orders(user_id: int, status: str | None = None) -> list[dict[str, Any]]:
            """Orders of one user, optionally filtered by status."""
            world.calls.append(("list_orders", {"user_id": user_id, "status": status}))
            await asyncio.sleep(0)
            orders = [make_order(user_id * 10 + k) for k in range(user_id % 5 + 1)]
            if status is not None:
                orders = [o for o in orders if o["status"] == status]
            return orders

        async def get_order(order_id: int) -> dict[str, Any]:
            """One order by id; order ids ending in 7 do not exist."""
            world.calls.append(("get_order", {"order_id": order_id}))
            if order_id % 10 == 7:
                raise ValueError(f"order {order_id} not found")
            return make_order(order_id)

        async def search(query: str, limit: int = 5) -> list[dict[str, Any]]:
            """Search the documentation; results ranked by word overlap with the query."""
            world.calls.append(("search", {"query": query, "limit": limit}))
            words = set(query.lower().split())
            hits: list[dict[str, Any]] = []
            for rank, (title, url) in enumerate(DOCUMENTS):
                overlap = len(words & set(title.lower().split()))
                if overlap:
                    hits.append(
                        {"title": title, "url": url, "score": round(overlap / len(words), 3), "rank": rank}
                    )
            hits.sort(key=lambda h: (-h["score"], h["rank"]))
            return hits[:limit]

        async def fetch_weather(city: str, days: int = 3) -> dict[str, Any]:
            """Forecast for a city: daily temperatures in Celsius and a condition."""
            world.calls.append(("fetch_weather", {"city": city, "days": days}))
            await asyncio.sleep(0)
            key = city.lower()
            if key not in CITIES:
                raise ToolFailure(f"unknown city: {city}")
            base, condition = CITIES[key]
            return {
                "city": city.title(),
                "condition": condition,
                "temps": [base + (d * 3) % 5 - 1 for d in range(days)],
                "humidity": 40 + len(key) * 5,
            }

        async def get_exchange_rate(base: str, quote: str) -> float:
            """Exchange rate base->quote."""
            world.calls.append(("get_exchange_rate", {"base": base, "quote": quote}))
            rates = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 151.3, "CHF": 0.88}
            if base not in rates or quote not in rates:
                raise ToolFailure(f"no rate for {base}/{quote}")
            return round(rates[quote] / rates[base], 6)

        async def get_stock_price(symbol: str) -> dict[str, Any]:
            """Latest price and 5-day history of a ticker."""
            world.calls.append(("get_stock_price", {"symbol": symbol}))
            seed = sum(ord(c) for c in symbol)
            history = [round(50 + (seed * (k + 3)) % 97 + k * 0.25, 2) for k in range(5)]
            return {"symbol": symbol.upper(), "price": history[-1], "history": history, "currency": "USD"}

        async def write_file(path: str, content: str) -> dict[str, Any]:
            """Write a text file into the workspace."""
            world.calls.append(("write_file", {"path": path, "content": content}))
            world.files[path] = content
            return {"path": path, "bytes": len(content.encode())}

        async def read_file(path: str) -> str:
            """Read a text file from the workspace."""
            world.calls.append(("read_file", {"path": path}))
            if path not in world.files:
                raise FileNotFoundError(f"no such file: {path}")
            return world.files[path]

        async def send_email(to: str, subject: str, body: str = "") -> dict[str, Any]:
            """Send an email; returns the message id."""
            world.calls.append(("send_email", {"to": to, "subject": subject, "body": body}))
            if "@" not in to:
                raise ToolFailure(f"invalid address: {to!r}")
            world.outbox.append({"to": to, "subject": subject, "body": body})
            return {"status": "sent", "id": f"msg-{len(world.outbox)}"}

        async def flaky_lookup(key: str, attempt: int = 0) -> str:
            """Fails on the first two attempts for keys starting with 'x', then succeeds."""
            world.calls.append(("flaky_lookup", {"key": key, "attempt": attempt}))
            await asyncio.sleep(0)
            if key.startswith("x") and attempt < 2:
                raise TimeoutError(f"lookup of {key} timed out (attempt {attempt})")
            return key.upper()

        async def slow_echo(value: Any, delay: float = 0.0) -> Any:
            """Echo a value after `delay` seconds."""
            world.calls.append(("slow_echo", {"value": value, "delay": delay}))
            await asyncio.sleep(delay)
            return value

        return {
            f.__name__: f
            for f in (
                get_user,
                list_users,
                list_orders,
                get_order,
                search,
                fetch_weather,
                get_exchange_rate,
                get_stock_price,
                write_file,
                read_file,
                send_email,
                flaky_lookup,
                slow_echo,
            )
        }
