package org.annals.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remembered passwords: one full check per password and hash in a lifetime, and never a
 * match that the full check would not give.
 */
class RememberedPasswordsTests {

	private final CountingEncoder bcrypt = new CountingEncoder(new BCryptPasswordEncoder(4));

	private final MovableClock clock = new MovableClock();

	private final RememberedPasswords passwords = new RememberedPasswords(this.bcrypt, this.clock);

	/**
	 * The plain encoder ({@code annals.web.sign-in.remember-passwords=0s}) and this one,
	 * asked the same questions in the same order (right, wrong, changed, another user's
	 * hash, before and after a lifetime), answer each alike.
	 */
	@Test
	void answersEveryQuestionAsThePlainEncoderDoes() {
		PasswordEncoder plain = new BCryptPasswordEncoder(4);
		String alice = plain.encode("alice-1");
		String bob = plain.encode("bob-1");
		String aliceChanged = plain.encode("alice-2");
		String[][] questions = { { "alice-1", alice }, { "alice-1", alice }, { "alice-2", alice }, { "", alice },
				{ "bob-1", alice }, { "bob-1", bob }, { "alice-1", bob }, { "alice-1", aliceChanged },
				{ "alice-2", aliceChanged }, { "alice-2", aliceChanged }, { "ALICE-1", alice } };
		for (int round = 0; round < 3; round++) {
			for (String[] question : questions) {
				assertThat(this.passwords.matches(question[0], question[1]))
					.as("%s against %s", question[0], question[1])
					.isEqualTo(plain.matches(question[0], question[1]));
			}
			this.clock.advance(RememberedPasswords.LIFETIME.dividedBy(2));
		}
	}

	@Test
	void aPasswordThatMatchedIsCheckedInFullOnceInItsLifetime() {
		String hash = this.passwords.encode("secret");
		assertThat(this.passwords.matches("secret", hash)).isTrue();
		assertThat(this.passwords.matches("secret", hash)).isTrue();
		this.clock.advance(RememberedPasswords.LIFETIME.minusSeconds(1));
		assertThat(this.passwords.matches("secret", hash)).isTrue();
		assertThat(this.bcrypt.checks).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.passwords.matches("secret", hash)).isTrue();
		assertThat(this.bcrypt.checks).isEqualTo(2);
	}

	@Test
	void aWrongPasswordIsAlwaysCheckedInFullAndNeverMatchesEvenRightAfterTheRightOne() {
		String hash = this.passwords.encode("secret");
		assertThat(this.passwords.matches("secret", hash)).isTrue();
		assertThat(this.passwords.matches("secreT", hash)).isFalse();
		assertThat(this.passwords.matches("", hash)).isFalse();
		assertThat(this.passwords.matches("wrong", hash)).isFalse();
		assertThat(this.passwords.matches("wrong", hash)).isFalse();
		assertThat(this.bcrypt.checks).isEqualTo(5);
		assertThat(this.passwords.matches("secret", hash)).isTrue();
		assertThat(this.bcrypt.checks).isEqualTo(5);
	}

	@Test
	void aChangedPasswordIsCheckedAgainstItsNewHashAtOnce() {
		String old = this.passwords.encode("old");
		assertThat(this.passwords.matches("old", old)).isTrue();
		String changed = this.passwords.encode("new");
		assertThat(this.passwords.matches("old", changed)).isFalse();
		assertThat(this.passwords.matches("new", changed)).isTrue();
		assertThat(this.bcrypt.checks).isEqualTo(3);
	}

	@Test
	void theSamePasswordUnderAnotherUsersHashIsCheckedThere() {
		String first = this.passwords.encode("shared");
		String second = this.passwords.encode("shared");
		assertThat(this.passwords.matches("shared", first)).isTrue();
		assertThat(this.passwords.matches("shared", second)).isTrue();
		assertThat(this.bcrypt.checks).isEqualTo(2);
	}

	@Test
	void pastItsCapacityItStillAnswersRightAndKeepsNoMoreThanItMay() {
		RememberedPasswords many = new RememberedPasswords(new PlainEncoder(), this.clock);
		int users = RememberedPasswords.CAPACITY + 5;
		for (int i = 0; i < users; i++) {
			assertThat(many.matches("p" + i, many.encode("p" + i))).isTrue();
			assertThat(many.remembered()).isLessThanOrEqualTo(RememberedPasswords.CAPACITY);
		}
		for (int i = 0; i < users; i++) {
			assertThat(many.matches("p" + i, many.encode("p" + i))).isTrue();
			assertThat(many.matches("q" + i, many.encode("p" + i))).isFalse();
		}
		assertThat(many.remembered()).isLessThanOrEqualTo(RememberedPasswords.CAPACITY);
	}

	@Test
	void nullsAndUpgradesAreTheDelegates() {
		String hash = this.passwords.encode("secret");
		assertThat(this.passwords.matches(null, hash)).isFalse();
		assertThat(this.passwords.upgradeEncoding(hash)).isFalse();
		assertThat(hash).startsWith("$2a$04$");
	}

	private static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate;

		int checks;

		CountingEncoder(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence raw) {
			return this.delegate.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.checks++;
			return this.delegate.matches(raw, encoded);
		}

	}

	private static final class PlainEncoder implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return "plain:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return encoded.equals(encode(raw));
		}

	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-03T08:00:00Z");

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
