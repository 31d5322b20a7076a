class Manager:
    async def __aenter__(self):
        return 5
    async def __aexit__(self, kind, error, tb):
        print("aexit", kind.__name__ if kind else None, error)
        return True
async def main():
    async with Manager() as (a, b):
        print("body")
    return "after"
await main()
# expect: 'after'
