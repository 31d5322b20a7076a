class AppError(Exception):
    pass
class NotFound(AppError):
    pass
try:
    raise NotFound("x")
except AppError as e:
    r = (type(e).__name__, str(e), isinstance(e, Exception))
r
# expect: ('NotFound', 'x', True)
