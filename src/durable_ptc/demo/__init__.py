"""`durable-ptc demo`: a durable agent to talk to, on a real Temporal server, with scripted scenarios.

Module map: `tools` (the demo's tools, side effects in a sandbox dir), `scripted` (the keyless
scripted model), `scenarios` (prompts, scripts, expectations), `agents` (assistant + researcher,
scripted or live model), `graph` (the workflow graph from the real history), `session` (worker
process, runs, disruptions), `repl` (the interactive loop), `cli` (the demo/worker/replay/check
subcommands).
"""
