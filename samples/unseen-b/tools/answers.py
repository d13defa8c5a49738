"""Pools of Q16 / Q17 free-text answers, English and German, in several students' voices."""
from common import RNG

EN = {
    "16a": [
        "y = f(W f(W f(W f(W f(U x1) + U x2) + U x3) + U x4) + U x5)",
        "h5 = f(U*x5 + W*f(U*x4 + W*f(U*x3 + W*f(U*x2 + W*f(U*x1 + W*h0)))))",
        "o_5 = f(W*h_4 + U*x_5) with h_t = f(W*h_(t-1) + U*x_t), i.e. o = f(Wf(Wf(Wf(Wf(Ux1)+Ux2)+Ux3)+Ux4)+Ux5)",
        "output = f(Ux5 + Wf(Ux4 + Wf(Ux3 + Wf(Ux2 + Wf(Ux1))))), assuming h0 = 0 and no bias",
    ],
    "16b": [
        "GRU has fewer parameters (only two gates and no separate cell state), so it is faster to train and needs less memory.",
        "GRUs are computationally cheaper: fewer gates/weights, so training is faster and they need less data.",
        "Less parameters -> faster training and less overfitting on small data sets.",
        "The GRU is simpler (update + reset gate only), which means less computation per step.",
    ],
    "16c": [
        "Gradient clipping rescales the gradient if its norm is larger than a threshold. It prevents exploding gradients, which would make the training unstable.",
        "Clipping the gradient values (or the norm) to a maximum value before the update step; it is important because RNN gradients can explode and the weights would jump to NaN.",
        "If ||g|| > threshold we set g = threshold * g/||g||. This avoids huge update steps caused by exploding gradients.",
        "It limits the size of the gradient so that one bad batch cannot destroy the weights (exploding gradient problem).",
    ],
    "16d": [
        "When gradients are backpropagated through many time steps they get multiplied by small factors again and again and shrink towards zero, so the early steps don't learn.",
        "The gradient becomes exponentially small for long sequences (products of derivatives < 1), so long-term dependencies can not be learned.",
        "Vanishing gradient means the gradient w.r.t. early layers/time steps is almost 0, so their weights are barely updated.",
        "Repeated multiplication with W (eigenvalues < 1) and the derivative of tanh/sigmoid makes the gradient go to zero over time.",
    ],
    "16e": [
        "They introduce gates and an additive memory (cell state) so that the gradient can flow over many steps; this solves the vanishing gradient problem and lets the network learn long-term dependencies.",
        "Gating mechanisms that control what to keep and what to forget, so information and gradients are preserved over long sequences.",
        "The self-loop with a learned (gated) weight lets the model remember things for a long time and reduces vanishing gradients.",
        "Long term memory: the gates decide what gets written, kept and read, which fixes vanishing gradients of plain RNNs.",
    ],
    "17same": [
        "No. The input is the same (0.7) but the hidden state and cell state are different at t = 3, because the LSTM remembers the previous inputs.",
        "No, they are different. The output depends not only on x(t) but also on h(t-1) and s(t-1), which carry information from steps 1 and 2.",
        "Not the same: at t=1 the memory is empty (h0 = s0 = 0), at t=3 the cell state has accumulated information, so the output is higher.",
        "No - even with the same x the recurrent part W*h_prev and the forget gate * old state change the result. The network has memory.",
    ],
}

DE = {
    "16a": [
        "y = f(W f(W f(W f(W f(U x1) + U x2) + U x3) + U x4) + U x5)",
        "h5 = f(W*h4 + U*x5) = f(W*f(W*f(W*f(W*f(U*x1) + U*x2) + U*x3) + U*x4) + U*x5)",
        "Ausgabe = f(U x5 + W f(U x4 + W f(U x3 + W f(U x2 + W f(U x1)))))  (mit h0 = 0)",
    ],
    "16b": [
        "GRU hat weniger Parameter (nur zwei Gates, kein eigener Zellzustand) und ist deshalb schneller zu trainieren.",
        "Weniger Gates -> weniger Rechenaufwand und weniger Speicherbedarf beim Training.",
        "Die GRU ist einfacher aufgebaut, braucht weniger Gewichte und lernt dadurch schneller.",
    ],
    "16c": [
        "Beim Gradient Clipping wird der Gradient abgeschnitten bzw. skaliert, wenn seine Norm einen Schwellwert überschreitet. Das verhindert explodierende Gradienten.",
        "Der Gradient wird auf einen Maximalwert begrenzt; wichtig, weil sonst explodierende Gradienten das Training instabil machen.",
        "Wenn die Norm des Gradienten zu groß ist, wird er auf den Schwellwert normiert, damit die Updates nicht zu groß werden.",
    ],
    "16d": [
        "Der Gradient wird über viele Zeitschritte immer wieder mit kleinen Faktoren multipliziert und geht gegen 0, so dass frühe Zeitschritte nichts mehr lernen.",
        "Ein verschwindender Gradient ist ein Gradient, der beim Backpropagation Through Time exponentiell klein wird; langfristige Abhängigkeiten werden nicht gelernt.",
        "Die Ableitungen (< 1) werden multipliziert, dadurch wird der Gradient für weit zurückliegende Eingaben fast null.",
    ],
    "16e": [
        "Sie führen Gates und einen Zellzustand ein, über den der Gradient fast ungehindert fließen kann. Dadurch wird das Vanishing-Gradient-Problem gelöst und langfristige Abhängigkeiten können gelernt werden.",
        "Gating-Mechanismen, die steuern, was gespeichert, vergessen und ausgegeben wird -> Langzeitgedächtnis.",
        "Ein additiver Speicherpfad (Zellzustand) mit Gates, der verschwindende Gradienten verhindert.",
    ],
    "17same": [
        "Nein. Die Eingabe ist zwar gleich (0.7), aber der versteckte Zustand h und der Zellzustand s sind bei t = 3 anders, weil das LSTM sich an die vorherigen Eingaben erinnert.",
        "Nein, die Ausgabe hängt nicht nur von x ab, sondern auch von h(t-1) und s(t-1). Bei t=1 ist der Speicher noch leer.",
        "Nicht gleich: Das Netz hat ein Gedächtnis, der Zellzustand wächst von Schritt zu Schritt, deshalb ist die Ausgabe bei t=3 größer.",
    ],
}


def pick(lang="en", skip=(), only=None):
    pool = EN if lang == "en" else DE
    out = {}
    for k in ["16a", "16b", "16c", "16d", "16e", "17same"]:
        if k in skip or (only is not None and k not in only):
            out[k] = None
        else:
            out[k] = RNG.choice(pool[k])
    return out


LABEL_EN = {"16a": "a)", "16b": "b)", "16c": "c)", "16d": "d)", "16e": "e)"}
