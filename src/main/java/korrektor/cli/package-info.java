/** The command line: {@code korrektor grade | solve | rubric check}; all file I/O starts here. */
package korrektor.cli;
