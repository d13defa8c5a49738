# Omar Haddad - DL exercise 9 - Q17
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

x = [0.7, 0.5, 0.7]
h, s = 0, 0
for t in range(3):
    g = sigmoid(0.1 + 0.3 * x[t] - 0.3 * h)
    f = sigmoid(0 + 0.25 * x[t] + 0.3 * h)
    q = sigmoid(0.2 + 0.4 * x[t] + 0.3 * h)
    c = sigmoid(1 + 0.01 * x[t] + 0.1 * h)
    s = f * s + g * c
    h = max(s, 0) * q
    out = sigmoid(5 * h - 1)
    print(t + 1, round(h, 3), round(out, 3))

# Output I got:
# 1 0.261 0.576
# 2 0.391 0.722
# 3 0.495 0.814
# (columns: t, h, output)
