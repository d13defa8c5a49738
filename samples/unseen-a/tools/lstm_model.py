"""LSTM forward pass for exercise sheet 9, Q17, with student-mistake variants.
Goodfellow ch.10.10.1: g=input gate, f=forget gate, q=output gate, candidate=sigma(b+Ux+Wh)."""
import math

X = [0.7, 0.5, 0.7]
P = dict(Ug=0.3, Wg=-0.3, bg=0.1, Uf=0.25, Wf=0.3, bf=0.0, Uq=0.4, Wq=0.3, bq=0.2,
         U=0.01, W=0.1, b=1.0, V=5.0, c=-1.0)
QUANT = ["input_gate", "forget_gate", "output_gate", "candidate", "cell_state", "hidden", "output"]


def sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def forward(variant="correct", rnd=None, slip=None, xs=X):
    """variant: correct | tanh-candidate | tanh-s | no-forget | swap-UW | no-c | no-recurrence
    rnd: round every value to rnd decimals and carry on
    slip: (step, quantity, func) -> replace the value at that step by func(value), carried on"""
    p = P
    V_ = set(variant.split("+"))
    h, s = 0.0, 0.0
    rows = []
    R = (lambda v: round(v, rnd)) if rnd is not None else (lambda v: v)
    for t, x in enumerate(xs, start=1):
        hp = 0.0 if "no-recurrence" in V_ else h
        def pre(U, W, b):
            if "swap-UW" in V_:
                return b + W * x + U * hp
            return b + U * x + W * hp
        vals = {}
        def put(k, v):
            v = R(v)
            if slip and slip[0] == t and slip[1] == k:
                v = slip[2](v)
            vals[k] = v
            return v
        g = put("input_gate", sig(pre(p["Ug"], p["Wg"], p["bg"])))
        f = put("forget_gate", sig(pre(p["Uf"], p["Wf"], p["bf"])))
        q = put("output_gate", sig(pre(p["Uq"], p["Wq"], p["bq"])))
        zc = pre(p["U"], p["W"], p["b"])
        cand = put("candidate", math.tanh(zc) if "tanh-candidate" in V_ else sig(zc))
        s_new = g * cand if "no-forget" in V_ else f * s + g * cand
        s = put("cell_state", s_new)
        act = math.tanh(s) if "tanh-s" in V_ else max(0.0, s)
        h = put("hidden", act * q)
        zo = p["V"] * h + (0.0 if "no-c" in V_ else p["c"])
        put("output", sig(zo))
        rows.append(vals)
    return rows


if __name__ == "__main__":
    for v in ["correct", "tanh-candidate", "tanh-s", "no-forget", "swap-UW", "no-c", "no-recurrence", "tanh-candidate+tanh-s"]:
        print(v)
        for t, r in enumerate(forward(v), 1):
            print(" ", t, " ".join(f"{r[k]:.6f}" for k in QUANT))
    for d in (2, 3):
        print("round", d)
        for t, r in enumerate(forward(rnd=d), 1):
            print(" ", t, " ".join(f"{r[k]}" for k in QUANT))
