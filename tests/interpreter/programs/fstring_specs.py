# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
weather = await fetch_weather("berlin", days=4)
width = 12
precision = 2
temps = weather["temps"]
avg = sum(temps) / len(temps)
print(f"{weather['city']:<{width}}|{avg:>{width}.{precision}f}|")
print(f"{weather['condition']!r} {weather['city']!s:>10}")
print(f"{avg=:.3f} {len(temps)=}")
print(f"{temps}")
print(f"{'nested ' + weather['condition'].upper():^30}")
print(f"{1234567:,} {0.25:.0%} {255:#x} {255:08b} {3.5e-5:g} {1e20:g}")
value = 42
print(f"{value:{'>' if value > 10 else '<'}{width}}")
print(f"{{literal braces}} {value // 5} {value % 5}")
f"{weather['humidity']}% humidity, {max(temps)}/{min(temps)} C"
