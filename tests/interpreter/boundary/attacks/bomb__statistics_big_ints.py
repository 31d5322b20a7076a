# Attacks: statistics.mean/variance over max-size integers (exact fractions grow).
# Held: a clean PtcError or a result.
import statistics
big = (1 << 4090) - 1
data = [big - i * 7919 for i in range(50_000)]
statistics.pvariance(data) > 0
