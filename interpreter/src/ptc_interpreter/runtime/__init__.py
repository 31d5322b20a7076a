"""Runtime: the objects and rules the compiled program executes against (values, attributes, calls,
operators, formatting, exceptions, the task scheduler)."""
