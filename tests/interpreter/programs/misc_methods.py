# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import math

header, body = "Subject: hello world: again".split(": ", maxsplit=1)
parts = "a-b-c-d".rsplit("-", maxsplit=2)
word = "stressed"
backwards = "".join(reversed(word))
stock_a = {"apple": 3, "pear": 1, "fig": 0}
stock_b = {"pear": 4, "kiwi": 2}
common = sorted(stock_a.keys() & stock_b.keys())
only_a = sorted(stock_a.keys() - stock_b.keys())
snapshot = stock_a.copy()
snapshot["apple"] = 99
queue = [1, 2, 3]
clone = queue.copy()
clone.append(4)
values = [1, 2.5, True, "3", None, float("nan")]
numeric = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
nan_count = sum(1 for v in numeric if isinstance(v, float) and math.isnan(v))
{"header": header, "body": body, "parts": parts, "backwards": backwards, "common": common, "only_a": only_a, "orig": stock_a["apple"], "queue": queue, "clone": clone, "numeric_count": len(numeric), "nan": nan_count, "pal": word[::-1] == backwards, "items_view": list(stock_b.items()), "in_values": 2 in stock_b.values()}
