"""Shared helpers for generating the unseen sheet-9 submissions."""
import json, math, os, random, shutil, subprocess, sys, tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lstm_model import forward, QUANT, X, P, sig  # noqa

ROOT = Path("/work/unseen")
SUB = ROOT / "submissions"
TOOLS = ROOT / "tools"
BUILD = ROOT / "build"          # scratch space (not part of the hand-ins)

SHORT = dict(input_gate="g", forget_gate="f", output_gate="q", candidate="cand",
             cell_state="s", hidden="h", output="out")
QKEYS = ["16a", "16b", "16c", "16d", "16e", "17same"]


# ---------------------------------------------------------------- numbers
def rnd(v, d):
    return round(v + 0.0, d)


def trunc(v, d):
    return math.floor(v * 10 ** d) / 10 ** d


def fmt(v, d=4, comma=False, lead=False, sci=False, pct=False, strip=False, g=False):
    """Format a number the way a student would write it."""
    if sci:
        s = f"{v:.{d}e}"
    elif pct:
        s = f"{v*100:.{d}f} %"
    elif g:
        s = repr(v) if d is None else f"{v:.{d}g}"
    else:
        s = f"{v:.{d}f}"
        if strip and "." in s:
            s = s.rstrip("0").rstrip(".")
    if lead and s.startswith("0."):
        s = s[1:]
    if comma:
        s = s.replace(".", ",")
    return s


def parse_num(s):
    """Value of a written number (for the truth file)."""
    t = s.strip().replace("\u2212", "-").replace("≈", "").replace("~", "").strip()
    pct = t.endswith("%")
    t = t.rstrip("%").strip().replace(",", ".")
    if t.startswith("."):
        t = "0" + t
    v = float(t)
    return v / 100 if pct else v


# ---------------------------------------------------------------- student record
class Student:
    all = []

    def __init__(self, name, pid, scenario, notes=""):
        self.name, self.pid, self.scenario, self.notes = name, pid, scenario, notes
        self.folder = f"{name}_{pid}_assignsubmission_file"
        self.dir = SUB / self.folder
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        self.values = []
        self.text = {k: None for k in QKEYS}
        self.plot = False
        self.extra_files = []
        self.scratch = BUILD / str(pid)
        if self.scratch.exists():
            shutil.rmtree(self.scratch)
        self.scratch.mkdir(parents=True)
        Student.all.append(self)

    def p(self, fname):
        return self.dir / fname

    def s(self, fname):
        return self.scratch / fname

    def val(self, q, t, written, file, where, value=None):
        assert q in QUANT, q
        assert t in (1, 2, 3), t
        if value is None:
            value = parse_num(written)
        self.values.append(dict(quantity=q, step=t, written=written, value=value,
                                file=file, where=where))

    def answers(self, **kw):
        for k, v in kw.items():
            k2 = k.replace("q", "") if k.startswith("q") else k
            k2 = {"same": "17same"}.get(k2, k2)
            assert k2 in QKEYS, k
            self.text[k2] = v

    def record(self):
        files = sorted(str(p.relative_to(self.dir)) for p in self.dir.rglob("*") if p.is_file())
        return {"folder": self.folder, "participant": self.pid, "name": self.name,
                "files": files, "scenario": self.scenario, "values": self.values,
                "text_answers": self.text, "plot": self.plot, "notes": self.notes}


# ---------------------------------------------------------------- text documents with line tracking
class TextDoc:
    def __init__(self):
        self.lines, self.pending = [], []

    def add(self, line="", vals=()):
        """vals: iterable of (quantity, step, written[, value])"""
        self.lines.append(line)
        n = len(self.lines)
        for v in vals:
            q, t, w = v[0], v[1], v[2]
            assert w in line, (w, line)
            self.pending.append((q, t, w, v[3] if len(v) > 3 else None, n))
        return n

    def extend(self, lines):
        for l in lines:
            self.add(l)

    def text(self, newline="\n"):
        return newline.join(self.lines) + newline

    def write(self, stu, fname, encoding="utf-8", newline="\n", register=True, where_fmt="line {n}",
              target=None, file_label=None):
        path = target if target is not None else stu.p(fname)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding=encoding, newline="") as fh:
            fh.write(self.text(newline))
        if register:
            for q, t, w, v, n in self.pending:
                stu.val(q, t, w, file_label or fname, where_fmt.format(n=n), value=v)
        return path


# ---------------------------------------------------------------- external producers
def run(cmd, cwd=None, check=True, env=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if check and r.returncode != 0:
        raise RuntimeError(f"{cmd} failed:\n{r.stdout}\n{r.stderr}")
    return r


def soffice(src, fmt_, outdir, filter_opts=None):
    """LibreOffice headless conversion with a throw-away profile."""
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    target = fmt_ if filter_opts is None else f"{fmt_}:{filter_opts}"
    try:
        run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
             target, "--outdir", str(outdir), str(src)])
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    out = Path(outdir) / (Path(src).stem + "." + fmt_.split(":")[0])
    assert out.exists(), out
    return out


def pdflatex(tex_path, runs=2):
    tex_path = Path(tex_path)
    for _ in range(runs):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex_path.name], cwd=tex_path.parent)
    return tex_path.with_suffix(".pdf")


def pandoc(args, cwd=None):
    return run(["pandoc"] + args, cwd=cwd)


# ---------------------------------------------------------------- plots
def plot_values(rows, path, style="lines", keys=None, title=None, lang="en", annotate=False,
                xs_from=1, figsize=(6, 4), dpi=100, labels=None, fmt_ann="{:.3f}"):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    keys = keys or QUANT
    steps = [xs_from + i for i in range(len(rows))]
    names_en = dict(input_gate="input gate g", forget_gate="forget gate f", output_gate="output gate q",
                    candidate="candidate", cell_state="cell state s", hidden="hidden h", output="output")
    names_de = dict(input_gate="Eingangsgate", forget_gate="Vergessensgate", output_gate="Ausgangsgate",
                    candidate="Kandidat", cell_state="Zellzustand s", hidden="h", output="Ausgabe")
    names = labels or (names_de if lang == "de" else names_en)
    fig, ax = plt.subplots(figsize=figsize)
    if style == "bars":
        w = 0.8 / len(keys)
        for i, k in enumerate(keys):
            xs = [s + (i - len(keys) / 2) * w + w / 2 for s in steps]
            ax.bar(xs, [r[k] for r in rows], width=w, label=names[k])
            if annotate:
                for x_, r in zip(xs, rows):
                    ax.text(x_, r[k] + 0.01, fmt_ann.format(r[k]), ha="center", fontsize=6, rotation=90)
    else:
        for k in keys:
            ys = [r[k] for r in rows]
            ax.plot(steps, ys, marker="o", label=names[k])
            if annotate:
                for x_, y_ in zip(steps, ys):
                    ax.annotate(fmt_ann.format(y_), (x_, y_), textcoords="offset points", xytext=(4, 4), fontsize=7)
    ax.set_xticks(steps)
    ax.set_xlabel("Zeitschritt t" if lang == "de" else "time step t")
    ax.set_ylabel("Wert" if lang == "de" else "value")
    if title:
        ax.set_title(title)
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)
    return path


# ---------------------------------------------------------------- notebooks
def make_notebook(cells, path, kernel="python3", exec_outputs=True, namespace=None, drop_outputs=()):
    """cells: list of ("md", text) / ("code", src). Code is really executed; stdout and
    the last expression (text/plain + text/html for DataFrames) and matplotlib figures
    become outputs, as Jupyter would store them."""
    import nbformat, io, contextlib, base64, ast
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel},
                   "language_info": {"name": "python", "version": "3.10.12", "mimetype": "text/x-python",
                                     "file_extension": ".py"}}
    ns = namespace if namespace is not None else {}
    ns.setdefault("__name__", "__main__")
    count = 0
    for i, (kind, src) in enumerate(cells):
        if kind == "md":
            nb.cells.append(nbformat.v4.new_markdown_cell(src))
            continue
        count += 1
        cell = nbformat.v4.new_code_cell(src, execution_count=count)
        outputs = []
        if exec_outputs:
            buf = io.StringIO()
            tree = ast.parse(src)
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            with contextlib.redirect_stdout(buf):
                exec(compile(tree, f"<cell{count}>", "exec"), ns)
                res = eval(compile(last, f"<cell{count}>", "eval"), ns) if last is not None else None
            if buf.getvalue():
                outputs.append(nbformat.v4.new_output("stream", name="stdout", text=buf.getvalue()))
            for num in plt.get_fignums():
                fig = plt.figure(num)
                b = io.BytesIO()
                fig.savefig(b, format="png", dpi=72)
                outputs.append(nbformat.v4.new_output("display_data", data={
                    "image/png": base64.b64encode(b.getvalue()).decode(),
                    "text/plain": "<Figure size 640x480 with 1 Axes>"}))
                plt.close(fig)
            if res is not None and not (hasattr(res, "__module__") and "matplotlib" in str(type(res))):
                data = {"text/plain": repr(res)}
                if hasattr(res, "_repr_html_"):
                    data["text/html"] = res._repr_html_()
                outputs.append(nbformat.v4.new_output("execute_result", data=data, execution_count=count))
        if i in drop_outputs:
            outputs = [o for o in outputs if o.get("output_type") == "display_data"]
        cell.outputs = outputs
        nb.cells.append(cell)
    nbformat.validate(nb)
    with open(path, "w", encoding="utf-8") as fh:
        nbformat.write(nb, fh)
    return nb


# ---------------------------------------------------------------- Q16 / Q17 text answer pools
ANS = {
 "en": {
  "16a": [
   "y = f(W·f(W·f(W·f(W·f(U·x1) + U·x2) + U·x3) + U·x4) + U·x5), with h0 = 0.",
   "o = V·f(U·x5 + W·f(U·x4 + W·f(U·x3 + W·f(U·x2 + W·f(U·x1)))))",
   "h_t = f(W h_{t-1} + U x_t), so the final output is h_5 which depends on all the previous h's.",
   "y = f(W(x1 + x2 + x3 + x4 + x5) + U)",
   "h5 = f(U x5 + W f(U x4 + W f(U x3 + W f(U x2 + W f(U x1 + W h0)))))",
  ],
  "16b": [
   "GRU has fewer parameters (only two gates and no separate cell state), so it is faster to train and needs less memory.",
   "Fewer gates -> fewer weights -> computationally cheaper.",
   "GRU is simpler.",
   "GRUs can remember longer sequences than LSTMs.",
   "Less parameters to learn, so it trains faster and generalizes with less data.",
  ],
  "16c": [
   "Gradient clipping rescales the gradient when its norm exceeds a threshold. It prevents exploding gradients from causing huge, unstable parameter updates.",
   "If ||g|| > threshold we set g = threshold * g / ||g||. It is important because RNN gradients can explode over long sequences.",
   "Clipping the gradient values to a range like [-1, 1] so that training does not diverge.",
   "Gradient clipping removes very small gradients so the network trains faster.",
   "Limiting the gradient so it doesn't get too big.",
  ],
  "16d": [
   "When the gradient is backpropagated through many time steps it is multiplied by factors smaller than 1 and shrinks exponentially, so early steps (long-term dependencies) are not learned.",
   "The gradient becomes very small and the network stops learning.",
   "A gradient that goes to zero because we reached the minimum.",
   "Repeated multiplication with the same weight matrix (eigenvalues < 1) and small activation derivatives makes the gradient vanish for distant time steps.",
  ],
  "16e": [
   "They introduce gates and an additive self-loop (cell state), so information and gradients can flow over many time steps; this mitigates the vanishing gradient problem and allows learning long-term dependencies.",
   "They solve the vanishing gradient problem.",
   "They make RNNs faster by removing the recurrence.",
   "Gating: the network learns what to keep and what to forget, so it can keep long-term memory.",
  ],
  "17same": [
   "No. x(1) = x(3) = 0.7 and the weights are shared, but at t = 3 the LSTM has memory: h(2) and s(2) are not zero anymore, so the output is different ({o1} vs {o3}).",
   "No, because the cell state and the hidden state carry information from the previous steps.",
   "Yes, because the input is the same (0.7) and the weights are the same.",
   "No, the values are different because of the hidden state.",
   "No. The input is the same but the previous state is different (at t=1 it is 0), so the output at t=3 is larger.",
  ],
 },
 "de": {
  "16a": [
   "y = f(W·f(W·f(W·f(W·f(U·x1) + U·x2) + U·x3) + U·x4) + U·x5), mit h0 = 0.",
   "h5 = f(U x5 + W f(U x4 + W f(U x3 + W f(U x2 + W f(U x1)))))",
   "Man setzt h_t = f(W h_(t-1) + U x_t) fünfmal ineinander ein.",
   "y = f(U·x5 + W·h4) und h4 usw. genauso",
  ],
  "16b": [
   "GRUs haben weniger Parameter (nur 2 Gates, kein separater Zellzustand) und sind daher schneller zu trainieren.",
   "GRU ist einfacher.",
   "GRUs haben mehr Gates und lernen deshalb besser.",
   "Weniger Gewichte, also weniger Rechenaufwand und Speicher.",
  ],
  "16c": [
   "Beim Gradient Clipping wird der Gradient auf eine maximale Norm begrenzt (reskaliert), wenn er einen Schwellwert überschreitet. Das verhindert explodierende Gradienten und instabiles Training.",
   "Man schneidet zu große Gradienten ab.",
   "Man begrenzt jeden Eintrag des Gradienten auf [-c, c], damit das Training nicht divergiert.",
  ],
  "16d": [
   "Der Gradient wird bei der Backpropagation durch viele Zeitschritte immer wieder mit Faktoren < 1 multipliziert und geht exponentiell gegen 0, sodass frühe Zeitschritte kaum gelernt werden.",
   "Der Gradient wird sehr klein.",
   "Wenn der Gradient verschwindet, weil das Minimum erreicht ist.",
  ],
  "16e": [
   "Sie führen Gates und einen Zellzustand mit additiver Aktualisierung ein; dadurch fließen Informationen und Gradienten über viele Zeitschritte (weniger Vanishing Gradient, Langzeitabhängigkeiten).",
   "Sie lösen das Vanishing-Gradient-Problem.",
   "Gates, die steuern was vergessen und was gespeichert wird.",
  ],
  "17same": [
   "Nein. Obwohl x(1) = x(3) = 0,7 ist, sind h(2) und s(2) ungleich 0 – das LSTM hat ein Gedächtnis, deshalb ist die Ausgabe bei t=3 größer ({o1} vs. {o3}).",
   "Ja, da die Eingabe gleich ist.",
   "Nein, wegen dem Zellzustand.",
   "Nein, weil der vorherige Zustand (h und s) mit eingeht, bei t=1 war er noch 0.",
  ],
 },
}


def pick(lang, key, i):
    return ANS[lang][key][i]


def write_truth(students, path):
    recs = [s.record() for s in students]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(recs, fh, ensure_ascii=False, indent=1)
    return recs

_r = random.Random(20180627)
PIDS = _r.sample(range(4410000, 4420000), 90)


def rows_fmt(rows, d=4, **kw):
    """[{quantity: written}] for a list of forward() rows"""
    return [{k: fmt(r[k], d, **kw) for k in QUANT} for r in rows]


# ---------------------------------------------------------------- locating values in produced files
def pdf_pages(pdf):
    r = run(["pdfinfo", str(pdf)])
    n = int([l for l in r.stdout.splitlines() if l.startswith("Pages:")][0].split()[1])
    out = []
    for i in range(1, n + 1):
        out.append(run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"]).stdout)
    return out


def pdf_find(pages, written, context=None, after=None):
    """page number (1-based) of the first line containing written (and context, if given).
    after: only consider text after this marker (first occurrence, in reading order)."""
    started = after is None
    for i, pg in enumerate(pages, 1):
        for line in pg.splitlines():
            if not started:
                if after in line:
                    started = True
                else:
                    continue
            if written in line and (context is None or context in line):
                return i
    raise LookupError((written, context, after))


def docx_paragraphs(path):
    import docx
    d = docx.Document(str(path))
    return [p.text for p in d.paragraphs]


def docx_find(paras, written, context=None, after=None):
    started = after is None
    for i, t in enumerate(paras, 1):
        if not started:
            if after in t:
                started = True
            else:
                continue
        if written in t and (context is None or context in t):
            return i
    raise LookupError((written, context, after))


def text_find(lines, written, context=None, after=None, start=1):
    started = after is None
    for i, l in enumerate(lines, 1):
        if i < start:
            continue
        if not started:
            if after in l:
                started = True
            else:
                continue
        if written in l and (context is None or context in l):
            return i
    raise LookupError((written, context, after))


def office_paras(path, scratch):
    """paragraph texts of an odt/doc/rtf as LibreOffice sees them (via a docx conversion)"""
    out = Path(scratch) / "paras_conv"
    out.mkdir(exist_ok=True)
    return docx_paragraphs(soffice(path, "docx", out))
