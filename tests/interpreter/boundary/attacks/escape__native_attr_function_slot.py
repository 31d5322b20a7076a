# Attacks: reading the NativeFunction `function`/`name` slots or BoundNativeMethod `receiver`.
# Held: a clean PtcError.
f = [].append
[getattr(print, "function", None), getattr(f, "receiver", None), getattr(f, "name", None)]
