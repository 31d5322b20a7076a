import urllib.parse
(urllib.parse.quote('a b/é'), urllib.parse.unquote('%41%20'))
# expect: ('a%20b/%C3%A9', 'A ')
# expect: ('a%20b/%C3%A9', 'A ')
