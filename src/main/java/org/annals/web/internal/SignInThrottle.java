package org.annals.web.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Failed sign-ins, counted per account and per client address in Bucket4j token buckets:
 * each failure takes a token from both of its buckets; a bucket without tokens refuses
 * every sign-in of its account (or from its address), right password or not, until tokens
 * come back (gradually, the whole allowance over the window). A success takes nothing, so
 * that a program's many requests at once never lock it out.
 * <p>
 * Guesses sent at once all pass the check before the first of them fails; each failure
 * still takes its token, into debt past zero, so that such a burst only locks its account
 * or address for longer: on average no more guesses get through than the allowance.
 * <p>
 * The buckets live in memory, in a bounded map that forgets a bucket once it has been
 * left alone for a window (when it is full again, unless a burst left it in debt): each
 * node of a cluster counts on its own.
 */
class SignInThrottle {

	private static final int MAX_BUCKETS = 100_000;

	private final WebProperties.SignIn settings;

	private final TimeMeter time;

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	SignInThrottle(WebProperties.SignIn settings, TimeMeter time) {
		this.settings = settings;
		this.time = time;
		this.accounts = Caffeine.newBuilder().maximumSize(MAX_BUCKETS).expireAfterAccess(settings.window()).build();
		this.addresses = Caffeine.newBuilder().maximumSize(MAX_BUCKETS).expireAfterAccess(settings.window()).build();
	}

	/**
	 * Lets a sign-in be checked, or refuses it.
	 * @param account the name signed in with
	 * @param address the client's address
	 * @throws SignInThrottledException when the account or the address has no tokens left
	 */
	void check(String account, String address) {
		refuseIfEmpty(this.accounts.getIfPresent(account), SignInThrottledException.Scope.ACCOUNT);
		refuseIfEmpty(this.addresses.getIfPresent(address), SignInThrottledException.Scope.ADDRESS);
	}

	private static void refuseIfEmpty(Bucket bucket, SignInThrottledException.Scope scope) {
		if (bucket != null && bucket.getAvailableTokens() <= 0) {
			long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			throw new SignInThrottledException(scope, Duration.ofNanos(Math.max(nanos, 0)));
		}
	}

	/**
	 * Counts a failed sign-in.
	 * @param account the name signed in with
	 * @param address the client's address
	 * @return the scope this failure left without tokens, if any (the account's first):
	 * from the next sign-in on, it is refused for a while
	 */
	Optional<SignInThrottledException.Scope> failed(String account, String address) {
		Bucket forAccount = this.accounts.get(account, (key) -> bucket(this.settings.accountFailures()));
		Bucket forAddress = this.addresses.get(address, (key) -> bucket(this.settings.addressFailures()));
		forAccount.consumeIgnoringRateLimits(1);
		forAddress.consumeIgnoringRateLimits(1);
		if (forAccount.getAvailableTokens() <= 0) {
			return Optional.of(SignInThrottledException.Scope.ACCOUNT);
		}
		if (forAddress.getAvailableTokens() <= 0) {
			return Optional.of(SignInThrottledException.Scope.ADDRESS);
		}
		return Optional.empty();
	}

	private Bucket bucket(int failures) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, this.settings.window()))
			.withCustomTimePrecision(this.time)
			.build();
	}

}
