# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import random

deck = [f"{rank}{suit}" for suit in "SHDC" for rank in ["A", "K", "Q", "J"]]
shuffled = deck[:]
random.shuffle(shuffled)
hand = random.sample(deck, 5)
roll = random.randint(1, 6)
pick = random.choice(deck)
x = random.random()
u = random.uniform(2.0, 3.0)
{"same_cards": sorted(shuffled) == sorted(deck), "hand": len(set(hand)), "hand_in_deck": all(c in deck for c in hand), "roll": 1 <= roll <= 6, "pick": pick in deck, "x": 0 <= x < 1, "u": 2.0 <= u <= 3.0}
