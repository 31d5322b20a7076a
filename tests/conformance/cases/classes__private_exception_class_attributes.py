class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self._code = code
    def _describe(self):
        return f"{self} ({self._code})"
try:
    raise AppError("failed", 42)
except AppError as e:
    result = (e._describe(), e._code, e.args)
result
# expect: ('failed (42)', 42, ('failed',))
