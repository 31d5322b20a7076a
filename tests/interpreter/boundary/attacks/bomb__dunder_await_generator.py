# Attacks: a program class with __await__ returning an endless generator.
# Held: a clean PtcError.
# expect: error
class A:
    def __await__(self):
        while True:
            yield
async def main():
    await A()
await main()
