import decimal
try:
    async with decimal.localcontext():
        pass
except TypeError as e:
    r = str(e)
r
# expect: "'decimal.ContextManager' object does not support the asynchronous context manager protocol"
