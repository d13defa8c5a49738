/**
 * The web pages: the students' self-check (one file graded in student mode, {@link
 * korrektor.web.SelfCheck}, a report that holds only what a student may see, the upload page served
 * by {@code korrektor serve}) and the tutors' review page over a grade output folder ({@link
 * korrektor.web.ReviewServer}, {@code korrektor review}).
 */
package korrektor.web;
