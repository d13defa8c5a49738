/** Per-student feedback documents (Markdown for now; HTML and PDF reports to come). */
package korrektor.feedback;
