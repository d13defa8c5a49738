/** Reads Jupyter notebooks (.ipynb, Jackson): cell sources, text outputs and image outputs. */
package korrektor.document.notebook;
