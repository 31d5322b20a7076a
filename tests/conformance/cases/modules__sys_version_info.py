import sys
(sys.version_info[:2], sys.version_info >= (3, 10), sys.maxsize)
# expect: ((3, 11), True, 9223372036854775807)
# expect: ((3, 11), True, 9223372036854775807)
