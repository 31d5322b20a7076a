import io
f = io.StringIO('a\nb\n')
(f.readline(), f.read(), f.tell())
# expect: ('a\\n', 'b\\n', 4)
# expect: ('a\\n', 'b\\n', 4)
