package org.annals.scheduling;

/**
 * Why an operator's action on an execution is not allowed.
 *
 * @param code a short key for pages: {@code status}, {@code running}, {@code stopping},
 * {@code superseded}, {@code busy}, {@code unknownJob} (restart) or {@code notRunning}
 * (stop)
 * @param message the reason in Chinese, then English
 */
public record Refusal(String code, String message) {
}
