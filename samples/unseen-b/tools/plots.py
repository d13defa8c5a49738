import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

LBL = {"g": "input gate g", "f": "forget gate f", "q": "output gate q", "a": "candidate",
       "s": "cell state s", "h": "hidden h", "y": "output"}


def plot(path, res, keys=("g", "f", "q", "a", "s", "h", "y"), labels=None, title=None,
         style="lines", t0=1, annotate=False, figsize=(6, 4), xlabel="t"):
    labels = labels or LBL
    ts = [t0 + i for i in range(len(res))]
    fig, ax = plt.subplots(figsize=figsize)
    if style == "bars":
        w = 0.8 / len(keys)
        for j, k in enumerate(keys):
            ax.bar([t + (j - len(keys) / 2) * w + w / 2 for t in ts], [d[k] for d in res], w,
                   label=labels.get(k, k))
    else:
        for k in keys:
            ax.plot(ts, [d[k] for d in res], marker="o", label=labels.get(k, k))
            if annotate:
                for t, d in zip(ts, res):
                    ax.annotate(f"{d[k]:.3f}", (t, d[k]), fontsize=7, textcoords="offset points",
                                xytext=(0, 4))
    ax.set_xticks(ts)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title)
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path
