package org.annals.web.internal;

import org.annals.scheduling.DataYears;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Refuses a request for a year the database holds no data of ({@link DataYears}), with
 * the years it does, in the request's language: a download answers 404, a start 400,
 * never a table of {@code …} or an empty snapshot.
 */
@Component
@ConditionalOnWebApplication
class ApiYears {

	private final DataYears years;

	private final MessageSource messages;

	ApiYears(DataYears years, MessageSource messages) {
		this.years = years;
		this.messages = messages;
	}

	/**
	 * Checks a year.
	 * @param year the year
	 * @param status the answer when it is outside the data
	 * @throws OutsideException when it is outside the data
	 */
	void check(int year, HttpStatus status) {
		DataYears.OutOfRange outside = this.years.check(year).orElse(null);
		if (outside != null) {
			throw new OutsideException(status, outside, this.messages.getMessage("api.year." + outside.reason(),
					outside.arguments(), LocaleContextHolder.getLocale()));
		}
	}

	/**
	 * A year outside the data, with the answer to give.
	 */
	static class OutsideException extends RuntimeException {

		private final HttpStatus status;

		private final transient DataYears.OutOfRange outside;

		OutsideException(HttpStatus status, DataYears.OutOfRange outside, String message) {
			super(message);
			this.status = status;
			this.outside = outside;
		}

		HttpStatus status() {
			return this.status;
		}

		DataYears.OutOfRange outside() {
			return this.outside;
		}

	}

}
