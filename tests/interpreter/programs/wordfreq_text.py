# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
stop = {"it", "was", "the", "of"}
top = [(w, c) for w, c in freq.most_common() if w not in stop][:5]
print(top)
print(len(words), len(freq), freq["was"], sum(1 for w in words if len(w) > 5))
lengths = Counter(map(len, words))
print(sorted(lengths.items()))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(2))
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(list(first_seen)[:6], max(first_seen, key=first_seen.get))
sentences = [s.strip() for s in re.split(r"[,.]", text) if s.strip()]
caps = [s[0].upper() + s[1:] for s in sentences]
print(caps[:2], len(sentences))
{w: c for w, c in sorted(freq.items()) if c >= 2}
