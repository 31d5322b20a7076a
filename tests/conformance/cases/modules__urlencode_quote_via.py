# urlencode(quote_via=quote) encodes spaces as %20; quote_plus (the default) as '+'.
from urllib.parse import quote, quote_plus, urlencode

query = {"a b": "c/d e", "tags": ["x y", "z"]}
[urlencode(query, quote_via=quote), urlencode(query, True, "/", quote_via=quote), urlencode(query, quote_via=quote_plus)]
# expect: ['a%20b=c%2Fd%20e&tags=%5B%27x%20y%27%2C%20%27z%27%5D', 'a%20b=c/d%20e&tags=x%20y&tags=z', 'a+b=c%2Fd+e&tags=%5B%27x+y%27%2C+%27z%27%5D']
