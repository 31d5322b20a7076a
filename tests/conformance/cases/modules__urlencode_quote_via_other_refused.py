# A quote_via other than quote/quote_plus is refused with what to use instead.
from urllib.parse import quote, urlencode

urlencode({"a": "b c"}, quote_via=lambda text, *rest: quote(text.upper(), *rest))
# expect: 'A=B%20C'
