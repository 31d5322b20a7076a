import time
[time.sleep(0) for _ in range(2)]
# expect: [None, None]
