/**
 * The review of an incident when it ends (振り返り, GEN-1): its outcome, root cause, what
 * went well and badly, and the prevention measures (再発防止策) tracked as follow-up tasks
 * with owner and due date after the incident is closed. Closing requires a review, and
 * the closing report (インシデント対応終結報告書) prints the handling times, obligations and review.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "identity", "directory", "incident", "response", "reporting" })
package jp.hikeshi.review;
