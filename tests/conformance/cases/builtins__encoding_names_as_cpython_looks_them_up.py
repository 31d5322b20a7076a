# Encoding names go through CPython's normalisation and alias table: case, spaces, punctuation runs
# and aliases such as 'u8', 'us_ascii' or 'UnicodeLittleUnmarked' name the same codecs.
names = ["UTF 8", " utf--8 ", "u8", "utf", "cp65001", "us_ascii", "L1", "iso8859.1", "UnicodeLittleUnmarked", "utf-16be"]
[("hallo".encode(name), b"hallo".decode(name, "replace")) for name in names]
# expect: [(b'hallo', 'hallo'), (b'hallo', 'hallo'), (b'hallo', 'hallo'), (b'hallo', 'hallo'), (b'hallo', 'hallo'), (b'hallo', 'hallo'), (b'hallo', 'hallo'), (b'hallo', 'hallo'), (b'h\\x00a\\x00l\\x00l\\x00o\\x00', '慨汬�'), (b'\\x00h\\x00a\\x00l\\x00l\\x00o', '桡汬�')]
