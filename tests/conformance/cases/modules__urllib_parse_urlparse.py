from urllib.parse import urlparse
r = urlparse('https://h.com:8080/p?q=1#f')
(r.scheme, r.hostname, r.port, r.path, r.query, r.fragment)
# expect: ('https', 'h.com', 8080, '/p', 'q=1', 'f')
# expect: ('https', 'h.com', 8080, '/p', 'q=1', 'f')
