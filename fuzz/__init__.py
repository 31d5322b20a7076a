"""Property-based fuzzing of the interpreter's concurrency, cancellation and replay behaviour.

Programs are generated as a small IR (`ir`) by Hypothesis strategies (`strategies`), rendered to
source, and run on a simulated host with virtual time (`simhost`, `vloop`) and on a CPython
reference of the documented semantics (`reference`). `properties` holds the oracles, `campaign` the
time-boxed runner behind `python -m fuzz`, `server` the real-Temporal properties, `mutants` the
deliberately broken interpreters the tests use to prove the oracles bite, and `corpus` the
permanent regression examples in `fuzz/regressions/`.
"""
