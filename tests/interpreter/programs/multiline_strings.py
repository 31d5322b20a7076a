# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(team="billing", limit=4)
rows = "\n".join(f"  <li data-id=\"{u['id']}\">{u['name']}</li>" for u in users)
html = f"""<ul class="team">
{rows}
</ul>"""
template = """Dear {name},
Your team ({team}) ranked #{rank}.
Regards"""
letters = [template.format(name=u["name"], team=u["team"], rank=i) for i, u in enumerate(users, 1)]
print(html)
print(letters[0])
raw = r"C:\new\table" + "\\x"
{"lines": html.count("\n"), "raw": raw, "len": len(raw), "dedent": "\n".join(line.strip() for line in template.splitlines())}
