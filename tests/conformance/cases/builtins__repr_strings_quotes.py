[repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\x00"), repr("é")]
# expect: ['"it\\'s"', '\\'say "hi"\\'', '\\'both \\\\\\' "\\'', "'\\\\n\\\\t\\\\x00'", "'é'"]
