# Attacks: a program __del__ on an object in a reference cycle (collected after run() returns).
# Held: validator refuses __del__ or nothing prints after return.
class A:
    def __del__(self):
        print("AFTER: del ran")
a = A()
a.me = a
1
