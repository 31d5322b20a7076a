# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=5)
report_lines = []
for u in users:
    status = "✅" if u["active"] else "❌"
    report_lines.append(f"{status} {u['name']:<12} {u['score']:>3}")
report = "\n".join(report_lines)
await write_file("report.md", report)
print(report)
len(report)
