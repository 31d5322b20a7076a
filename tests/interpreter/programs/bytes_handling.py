# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
content = "Zürich café — naïve"
encoded = content.encode("utf-8")
print(len(content), len(encoded))
ascii_safe = content.encode("ascii", errors="replace").decode("ascii")
raw = b"hello world"
parts = raw.split(b" ")
upper = raw.upper()
hexed = raw.hex()
back = bytes.fromhex(hexed)
info = await write_file("notes.txt", content)
{"bytes": info["bytes"], "ascii": ascii_safe, "parts": parts, "upper": upper, "hex": hexed[:10], "back": back == raw, "decoded": encoded.decode("utf-8") == content, "b0": raw[0], "slice": raw[:5], "startswith": raw.startswith(b"he")}
