/** Reads HTML pages such as Moodle online-text answers (jsoup): paragraphs, tables, images. */
package korrektor.document.html;
