"""Build notebooks whose outputs are real: every code cell is executed here, in order,
in one namespace; stdout, the value of a last expression and matplotlib figures shown
with plt.show() become the cell's outputs."""
import ast
import base64
import contextlib
import io

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import nbformat
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_output


def build(cells, path, kernel="python3", lang_version="3.8.10"):
    ns = {"__name__": "__main__"}
    nb = new_notebook()
    nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": kernel},
                   "language_info": {"name": "python", "version": lang_version}}
    count = 0
    figs = []

    def fake_show(*a, **k):
        for num in plt.get_fignums():
            fig = plt.figure(num)
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=72)
            figs.append(base64.b64encode(buf.getvalue()).decode())
        plt.close("all")

    plt.show = fake_show
    for kind, src in cells:
        if kind == "md":
            nb.cells.append(new_markdown_cell(src))
            continue
        if kind == "code_noexec":
            nb.cells.append(new_code_cell(src))
            continue
        count += 1
        figs.clear()
        out = io.StringIO()
        tree = ast.parse(src)
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last = ast.Expression(tree.body[-1].value)
            tree.body = tree.body[:-1]
        with contextlib.redirect_stdout(out):
            exec(compile(tree, "<cell>", "exec"), ns)
            res = eval(compile(last, "<cell>", "eval"), ns) if last is not None else None
        outputs = []
        if out.getvalue():
            outputs.append(new_output("stream", name="stdout", text=out.getvalue()))
        for f in figs:
            outputs.append(new_output("display_data", data={"image/png": f, "text/plain": "<Figure size 432x288 with 1 Axes>"}))
        if res is not None:
            data = {"text/plain": repr(res)}
            if hasattr(res, "_repr_html_"):
                data["text/html"] = res._repr_html_()
            outputs.append(new_output("execute_result", data=data, execution_count=count))
        c = new_code_cell(src, execution_count=count)
        c.outputs = outputs
        nb.cells.append(c)
    nbformat.write(nb, path)
    return nb
