package io.hearth.mail;

import org.jspecify.annotations.Nullable;

/**
 * One message: plain text always, HTML as the rich alternative when given.
 *
 * @param to a single recipient address
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String html) {

}
