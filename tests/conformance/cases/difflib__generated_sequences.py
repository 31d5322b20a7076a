import difflib

state = [2024]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


def text(length, alphabet):
    return "".join(alphabet[rand(len(alphabet))] for _ in range(length))


def lines(count):
    return [text(rand(12), "ab c\t#") + "\n" for _ in range(count)]


out = []
for i in range(60):
    a = text(rand(60), "abcde ")
    b = text(rand(60), "abcde ")
    junk = [None, lambda ch: ch == " "][rand(2)]
    s = difflib.SequenceMatcher(junk, a, b, autojunk=rand(2) == 1)
    out.append(str((round(s.ratio(), 9), round(s.quick_ratio(), 9), s.get_opcodes())))
    out.append(str(list(s.get_grouped_opcodes(rand(4)))))
    la, lb = lines(rand(15)), lines(rand(15))
    out.extend(difflib.unified_diff(la, lb, "a", "b", n=rand(4)))
    out.extend(difflib.context_diff(la, lb, n=rand(3)))
    out.extend(difflib.ndiff(la, lb))
    out.extend(difflib.ndiff(la, lb, linejunk=difflib.IS_LINE_JUNK, charjunk=None))
    out.append(
        str(
            difflib.get_close_matches(
                a[:8], [b[i : i + 8] for i in range(0, 40, 4)], n=1 + rand(3), cutoff=rand(10) / 10
            )
        )
    )
print("".join(map(str, out)))
len(out)
# expect: 4264
