ascii("é✓")
# expect: "'\\\\xe9\\\\u2713'"
