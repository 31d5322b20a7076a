# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import statistics as st
ints = [1, 2, 3, 4]
floats = [1.5, 2.5, 3.5]
mixed = [1, 2.5, 3]
print(st.mean(ints), st.mean([1, 2]), st.mean(floats), st.mean(mixed), st.median(ints), st.median([1, 2, 3]), st.median([1, 2]))
print(st.stdev(ints), st.pstdev(ints), st.variance([1, 1, 1]), st.pvariance([2, 4]), st.mode(["a", "b", "a"]), st.median_grouped([1, 2, 2, 3]))
print(st.quantiles(range(1, 101), n=10), st.quantiles([1, 2, 3], n=4, method="inclusive"))
scores = [u["score"] for u in await list_users(limit=30)]
print(round(st.mean(scores), 3), st.median(scores), round(st.stdev(scores), 4), st.mode(scores), st.multimode(scores)[:3])
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 7]))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([2, 8]), st.harmonic_mean([40, 60]), type(st.mean([1, 3])).__name__, type(st.median([1, 3])).__name__)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("err:", e)
try:
    st.mode([])
except st.StatisticsError as e:
    print("err:", e)
[st.mean([True, False, True]), st.median(["a", "c", "b"]), st.mean([0.1] * 3)]
