package org.annals.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.annals.PostgresTestSupport;
import org.annals.web.PasswordPolicy;
import org.annals.web.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The user accounts on PostgreSQL: two nodes starting at once on an empty database make
 * one first operator and neither fails (issue 19, point 12); every user created, password
 * changed and role changed is in the audit log, which refuses changes (point 11).
 */
class UserAccountsIntegrationTests extends PostgresTestSupport {

	@Autowired
	DataSource dataSource;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditLog audit;

	@Autowired
	UserAccounts users;

	/**
	 * Two nodes' accounts, each hashing its password only once the other has looked for
	 * {@code admin} too: both find none, both go on to make it at the same moment.
	 */
	private List<UserAccounts> twoNodes() {
		CyclicBarrier together = new CyclicBarrier(2);
		PasswordEncoder meeting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				try {
					together.await(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return UserAccountsIntegrationTests.this.encoder.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return UserAccountsIntegrationTests.this.encoder.matches(raw, encoded);
			}
		};
		return List.of(new UserAccounts(JdbcClient.create(this.dataSource), meeting, this.audit),
				new UserAccounts(JdbcClient.create(this.dataSource), meeting, this.audit));
	}

	private List<Optional<String>> startTwoNodes(String password) throws Exception {
		List<UserAccounts> nodes = twoNodes();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Optional<String>>> started = new ArrayList<>();
			for (UserAccounts node : nodes) {
				started.add(pool.submit(() -> new FirstOperator(node).ensure(password)));
			}
			List<Optional<String>> printed = new ArrayList<>();
			for (Future<Optional<String>> node : started) {
				// an exception here is a node that failed to start
				printed.add(node.get(60, TimeUnit.SECONDS));
			}
			return printed;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void twoNodesStartingOnAnEmptyDatabaseMakeOneFirstOperatorAndPrintOnePassword() throws Exception {
		for (int round = 0; round < 5; round++) {
			this.jdbc.update("delete from web_user");
			List<Optional<String>> printed = startTwoNodes("");
			assertThat(this.jdbc.queryForList("select username from web_user", String.class)).containsExactly("admin");
			assertThat(printed.stream().filter(Optional::isPresent).count()).as("passwords printed").isEqualTo(1);
			String password = printed.stream().flatMap(Optional::stream).findFirst().orElseThrow();
			String hash = this.jdbc.queryForObject("select password_hash from web_user where username = 'admin'",
					String.class);
			assertThat(this.encoder.matches(password, hash)).as("the printed password is the one that works").isTrue();
		}
	}

	@Test
	void twoNodesStartingWithTheAdminPasswordSetMakeOneFirstOperator() throws Exception {
		for (int round = 0; round < 3; round++) {
			this.jdbc.update("delete from web_user");
			assertThat(startTwoNodes("first-operator-secret")).containsOnly(Optional.empty());
			assertThat(this.jdbc.queryForList("select role from web_user where username = 'admin'", String.class))
				.containsExactly("OPERATOR");
		}
	}

	@Test
	void userAndRoleChangesAreAuditedWithWhoMadeThem() {
		String name = "audited-" + System.nanoTime();
		this.users.save(name, "first strong password", "DEPARTMENT", "省统计局", "cli:ops");
		this.users.save(name, "first strong password", "EDITOR", null, "cli:ops");
		this.users.save(name, "second strong password", "EDITOR", null, "cli:root");
		assertThatThrownBy(() -> this.users.save(name, "short", "EDITOR", null, "cli:root"))
			.isInstanceOf(PasswordPolicy.WeakPasswordException.class);
		List<AuditEvent> events = this.audit.find(null, null, null)
			.stream()
			.filter((e) -> name.equals(e.getData().get("user")))
			.toList();
		assertThat(events).extracting(AuditEvent::getType)
			.containsExactly(UserAccounts.USER_CREATED, UserAccounts.ROLE_CHANGED, UserAccounts.PASSWORD_CHANGED);
		assertThat(events).extracting(AuditEvent::getPrincipal).containsExactly("cli:ops", "cli:ops", "cli:root");
		assertThat(events.get(0).getData()).containsEntry("role", "DEPARTMENT").containsEntry("department", "省统计局");
		assertThat(events.get(1).getData()).containsEntry("role", "EDITOR")
			.containsEntry("previousRole", "DEPARTMENT")
			.containsEntry("previousDepartment", "省统计局");
		assertThat(this.jdbc.queryForObject("select count(*) from web_audit_event where detail like ?", Integer.class,
				"%" + name + "%"))
			.as("nothing written for the refused password")
			.isEqualTo(3);
	}

	@Test
	void theAuditLogRefusesChangesAndDeletions() {
		this.audit.add(new AuditEvent("someone", "TEST_EVENT", java.util.Map.of("remoteAddress", "192.0.2.1")));
		assertThatThrownBy(() -> this.jdbc.update("update web_audit_event set principal = 'nobody'"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from web_audit_event")).hasMessageContaining("append-only");
		assertThat(this.audit.find("someone", null, "TEST_EVENT")).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.getData()).containsEntry("remoteAddress", "192.0.2.1"));
	}

}
