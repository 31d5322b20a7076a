"""`durable-ptc demo`: a durable agent to talk to, on a real Temporal server, with scripted scenarios.

Module map: `tools` (the demo's tools, side effects in a sandbox dir), `scripted` (the keyless
scripted model), `scenarios` (prompts, scripts, expectations), `agents` (assistant + researcher,
scripted or live model), `session` (worker process, runs, disruptions; its graphs come from
`durable_ptc._graph`), `repl` (the interactive loop), `cli` (the `demo` subcommand).
"""
