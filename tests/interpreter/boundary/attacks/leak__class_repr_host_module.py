# Attacks: repr of an exception class the json shim exposes shows its host module path.
# Held: no host module path (json.decoder).
import json, re, statistics, asyncio, dataclasses
[repr(json.JSONDecodeError), str(re.error), repr(statistics.StatisticsError), repr(asyncio.QueueEmpty), repr(dataclasses.FrozenInstanceError)]
