# Attacks: wall-clock readers (time.time, datetime.now, date.today, monotonic, perf_counter).
# Held: deterministic values or a clean error (the local host clock is the host's business; only report shape checked).
import time, datetime
[type(time.time()).__name__, type(datetime.datetime.now()).__name__, str(datetime.datetime.now().tzinfo), str(datetime.datetime.now().astimezone().tzinfo)]
