/**
 * Per-student feedback (Markdown, HTML, PDF) and the tutors' class report, with their charts; the
 * rubric's reveal policy is applied once, in {@link korrektor.feedback.FeedbackView}.
 */
package korrektor.feedback;
