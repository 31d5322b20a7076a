import time
nap = time.sleep
nap(0)
"slept"
# expect: 'slept'
