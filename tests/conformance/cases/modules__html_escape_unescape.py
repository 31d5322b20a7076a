import html
(html.escape('<a href="x">'), html.unescape('&lt;&#39;&amp;'))
# expect: ('&lt;a href=&quot;x&quot;&gt;', "<'&")
# expect: ('&lt;a href=&quot;x&quot;&gt;', "<'&")
