/**
 * The students' self-check: one file graded in student mode ({@link korrektor.web.SelfCheck}), a
 * report that holds only what a student may see, and the upload page served by {@code korrektor serve}.
 */
package korrektor.web;
