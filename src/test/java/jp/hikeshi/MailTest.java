package jp.hikeshi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application for tests that deliver the mail outbox or run the legal reminders,
 * on a database of its own ({@link OwnDatabase}): the outbox and the deadlines then hold
 * only these tests' mail, not that of every other test class of the run. SMTP goes to
 * 127.0.0.1 with short time-outs; the test class gives the port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.properties.mail.smtp.connectiontimeout=2000",
		"spring.mail.properties.mail.smtp.timeout=5000" })
@ContextConfiguration(initializers = OwnDatabase.class)
@Import(TestAccounts.class)
public @interface MailTest {

}
