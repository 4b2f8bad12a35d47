package jp.hikeshi.shared.web;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A write that lost a race against an identical one (two triages of one report, two
 * promotions of one alert) hits a unique key: the caller gets 409 problem+json in its
 * language saying that someone else was first, never a 500. The detail names what exists
 * already when the constraint has a message ({@code problem.duplicate.<constraint>}). A
 * write that waited too long for the lock of another one writing the same rows (H2's lock
 * timeout, a PostgreSQL deadlock or lock timeout) is the same race seen earlier: 409 too,
 * try again. Other integrity violations stay unexpected. A class of its own beside
 * {@link ApiProblems}, consulted before the last-resort advice.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRaceProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiRaceProblems.class);

	/** SQLSTATE of a unique violation on PostgreSQL and H2. */
	private static final String UNIQUE_VIOLATION = "23505";

	/**
	 * Our unique keys are named ux_… (indexes) or uq_… (constraints); H2 appends _INDEX_n
	 * to a constraint's.
	 */
	private static final Pattern CONSTRAINT = Pattern.compile("(?i)\\b(u[xq]_\\w+?)(?:_index_\\d+)?\\b");

	private final ApiProblems problems;

	private final MessageSource messages;

	ApiRaceProblems(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> duplicate(DataIntegrityViolationException ex) throws Exception {
		if (!isUniqueViolation(ex)) {
			return problems.unexpected(ex);
		}
		String constraint = constraint(ex);
		log.info("A write lost a race on the unique key {}: answered 409", constraint);
		return conflict(detail(constraint, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler({ PessimisticLockingFailureException.class, QueryTimeoutException.class })
	ResponseEntity<Object> locked(DataAccessException ex) throws Exception {
		if (ex instanceof QueryTimeoutException && !isLockTimeout(ex)) {
			return problems.unexpected(ex);
		}
		log.info("A write waited in vain for the lock of a concurrent one: answered 409 ({})", ex.getMessage());
		return conflict(ProblemBodies.text(messages, LocaleContextHolder.getLocale(), "problem.duplicate.locked"));
	}

	private ResponseEntity<Object> conflict(String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		body.setTitle(ProblemBodies.text(messages, LocaleContextHolder.getLocale(), "problem.duplicate.title"));
		body.setType(ProblemBodies.type("duplicate"));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/**
	 * H2 reports a lock wait that ran out as SQLSTATE HYT00 (error 50200), which Spring
	 * calls a query timeout.
	 */
	private static boolean isLockTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && (sql.getErrorCode() == 50200 || "55P03".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	static boolean isUniqueViolation(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DuplicateKeyException
					|| t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The name of the unique key in the database's message, lower case; null when the
	 * message names none.
	 */
	static String constraint(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			Matcher name = CONSTRAINT.matcher(String.valueOf(t.getMessage()));
			if (name.find()) {
				return name.group(1).toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	private String detail(String constraint, Locale locale) {
		if (constraint != null) {
			try {
				return messages.getMessage("problem.duplicate." + constraint, null, locale);
			}
			catch (NoSuchMessageException generic) {
				// a key without its own words: the general detail below
			}
		}
		return ProblemBodies.text(messages, locale, "problem.duplicate.detail");
	}

}
