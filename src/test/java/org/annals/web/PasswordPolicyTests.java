package org.annals.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The password policy (issue 19, point 11): at least twelve characters, and none of the
 * kinds that are guessed first.
 */
class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "elevenchars", "年鉴大事记年鉴大事记年" })
	void fewerThanTwelveCharactersAreRefused(String password) {
		assertThatThrownBy(() -> PasswordPolicy.check("tjj", password))
			.isInstanceOf(PasswordPolicy.WeakPasswordException.class)
			.hasMessageContaining("至少要 12 个字符")
			.hasMessageContaining("at least 12 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password!2024", "123456789012", "098765432109", "qwertyuiopas",
			"abcdefghijklmn", "aaaaaaaaaaaa", "abababababab", "abcabcabcabc", "2022annals2022", "p@ssw0rd2022!",
			"my-tjj-password-x" })
	void theTriviallyWeakAreRefused(String password) {
		assertThatThrownBy(() -> PasswordPolicy.check("tjj", password))
			.isInstanceOf(PasswordPolicy.WeakPasswordException.class)
			.hasMessageContaining("太容易猜到")
			.hasMessageContaining("too easy to guess");
	}

	@Test
	void aLongUncommonPasswordIsTaken() {
		assertThatCode(() -> PasswordPolicy.check("tjj", "correct horse battery")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("tjj", "统计局报送二〇二二年第三季度")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("tjj", "Kx7#mPq2vL9w")).doesNotThrowAnyException();
	}

}
