import textwrap
textwrap.indent(textwrap.dedent('  a\n    b\n'), '> ')
# expect: '> a\\n>   b\\n'
# expect: '> a\\n>   b\\n'
