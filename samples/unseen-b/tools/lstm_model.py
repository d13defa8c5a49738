"""LSTM forward pass for sheet 9, Q17, plus the misconception variants students produce."""
import math

X = [0.7, 0.5, 0.7]
P = dict(Ug=0.3, Wg=-0.3, bg=0.1, Uf=0.25, Wf=0.3, bf=0.0, Uq=0.4, Wq=0.3, bq=0.2,
         U=0.01, W=0.1, b=1.0, V=5.0, c=-1.0)
Q = ["input_gate", "forget_gate", "output_gate", "candidate", "cell_state", "hidden", "output"]
KEYS = ["g", "f", "q", "a", "s", "h", "y"]


def sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def relu(z):
    return max(0.0, z)


def forward(variant="correct", rnd=None, slip=None, x=X, trunc=False):
    """Return list of 3 dicts with keys g,f,q,a,s,h,y.
    variant: correct | tanh_cand | tanh_s | no_forget | swap_UW | no_c | no_q | relu_cand | hprev_is_s
    rnd: round every quantity to rnd decimals and carry the rounded value on.
    slip: dict {(step, key): function(value)->wrong value}, carried on.
    """
    p = dict(P)
    vs = set(variant.split("+"))
    if "swap_UW" in vs:
        for k in ("g", "f", "q", ""):
            p["U" + k], p["W" + k] = P["W" + k], P["U" + k]
    h, s = 0.0, 0.0
    out = []
    if rnd is None:
        R = lambda v: v
    elif trunc:
        R = lambda v: math.floor(v * 10 ** rnd + 1e-9) / 10 ** rnd
    else:
        R = lambda v: round(v, rnd)
    for t, xt in enumerate(x, 1):
        d = {}
        def put(k, v):
            if slip and (t, k) in slip:
                v = slip[(t, k)](v)
            d[k] = R(v)
            return d[k]
        hp = s if "hprev_is_s" in vs else h
        g = put("g", sig(p["bg"] + p["Ug"] * xt + p["Wg"] * hp))
        f = put("f", sig(p["bf"] + p["Uf"] * xt + p["Wf"] * hp))
        q = put("q", sig(p["bq"] + p["Uq"] * xt + p["Wq"] * hp))
        za = p["b"] + p["U"] * xt + p["W"] * hp
        if "tanh_cand" in vs:
            a = put("a", math.tanh(za))
        elif "relu_cand" in vs:
            a = put("a", relu(za))
        else:
            a = put("a", sig(za))
        if "no_forget" in vs:
            s_new = put("s", g * a)
        else:
            s_new = put("s", f * s + g * a)
        if "tanh_s" in vs:
            h_new = put("h", math.tanh(s_new) * q)
        elif "no_q" in vs:
            h_new = put("h", relu(s_new))
        else:
            h_new = put("h", relu(s_new) * q)
        if "no_c" in vs:
            put("y", sig(p["V"] * h_new))
        elif "linear_out" in vs:
            put("y", p["V"] * h_new + p["c"])
        else:
            put("y", sig(p["V"] * h_new + p["c"]))
        out.append(d)
        h, s = h_new, s_new
    return out


if __name__ == "__main__":
    for v in ["correct", "tanh_cand", "tanh_s", "no_forget", "swap_UW", "no_c", "no_q", "hprev_is_s", "relu_cand", "tanh_cand+tanh_s", "linear_out"]:
        print(v)
        for t, d in enumerate(forward(v), 1):
            print(" ", t, " ".join(f"{k}={d[k]:.6f}" for k in KEYS))
    print("rounded 2")
    for t, d in enumerate(forward(rnd=2), 1):
        print(" ", t, " ".join(f"{k}={d[k]}" for k in KEYS))
