def sleep(seconds):
    return seconds * 2
sleep(21)
# expect: 42
