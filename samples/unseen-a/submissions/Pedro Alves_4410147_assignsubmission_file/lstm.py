# Pedro Alves - DL sheet 9 - Q17
import numpy as np

ORDER = ['g', 'f', 'q', 'c', 's', 'h', 'y']   # c = cell input (candidate), y = output

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

x = [0.7, 0.5, 0.7]
h = s = 0.0
for xt in x:
    g = sigmoid(0.1 + 0.3 * xt - 0.3 * h)
    f = sigmoid(0.0 + 0.25 * xt + 0.3 * h)
    q = sigmoid(0.2 + 0.4 * xt + 0.3 * h)
    c = sigmoid(1.0 + 0.01 * xt + 0.1 * h)
    s = f * s + g * c
    h = max(s, 0) * q
    y = sigmoid(5 * h - 1)
    print(' '.join('%.4f' % v for v in (g, f, q, c, s, h, y)))
