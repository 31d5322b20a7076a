class H:
    def __enter__(self):
        return 1
try:
    with H():
        pass
except TypeError as e:
    msg = str(e)
msg
# expect: "'H' object does not support the context manager protocol (missed __exit__ method)"
# expect: "'H' object does not support the context manager protocol (missed __exit__ method)"
