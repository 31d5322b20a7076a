# Attacks: as bomb__identity_hash_keeps_big_objects_alive, with lists (8 bytes an element on the
# host) held by program instances and by bound methods: hash(box) and hash(box.m) record the box,
# which holds a fresh 100,000-element list each time.
# Held: the run ends cleanly (a limit) within the 1 GiB address-space cap, no dead process.
# expect: error
class Box:
    def m(self):
        pass
n = 0
while True:
    box = Box()
    box.data = [n] * 99_999
    hash(box)
    hash(box.m)
    n += 1
