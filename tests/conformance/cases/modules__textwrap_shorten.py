import textwrap
textwrap.shorten('Hello   brave new world', width=15)
# expect: 'Hello [...]'
# expect: 'Hello [...]'
