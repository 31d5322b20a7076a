s = "q"
f"{s!r} {s!s} {s!a} {3.0!s}"
# expect: "'q' q 'q' 3.0"
