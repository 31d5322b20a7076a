# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class QuotaError(Exception):
    pass

class RetryableError(QuotaError):
    def __init__(self, message, retry_after):
        super().__init__(message)
        self.retry_after = retry_after

def check_quota(used, limit):
    if used > limit * 2:
        raise QuotaError(f"hard limit exceeded: {used}/{limit}")
    if used > limit:
        raise RetryableError(f"soft limit exceeded: {used}/{limit}", retry_after=used - limit)
    return limit - used

log = []
for used in [5, 12, 30]:
    try:
        left = check_quota(used, 10)
        log.append(("ok", left))
    except RetryableError as e:
        log.append(("retry", e.retry_after, str(e)))
    except QuotaError as e:
        log.append(("fail", str(e)))

try:
    try:
        check_quota(100, 1)
    except QuotaError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    log.append((type(e).__name__, str(e), isinstance(e, Exception)))
log
