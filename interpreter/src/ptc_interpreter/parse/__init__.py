"""Parse and validate: source text to a checked `ast` tree, every problem reported at once."""
